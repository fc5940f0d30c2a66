"""Correspondence in the inbox -> decisions (restricted) -> published letters (public).

The minimal document path on the engine; the full platform (ingest of EML/MSG/PDF/DOCX, review
gate, inventory, leak checks) builds on these assets. Metadata holds counts only: file names and
text may carry personal data and never reach Dagster's database.
"""


import hashlib
import json

from dagster import AssetExecutionContext, MaterializeResult, MetadataValue, asset

from pipelines.defs.resources import RedactionEngine, StorageAreas
from redaction.decisions import Decision, decisions_to_jsonl
from redaction.errors import WooError
from redaction.render import render
from redaction.textio import read_text_document


def document_id(content: bytes) -> str:
    """Opaque, stable id from the content: never derived from a file name or subject."""
    return hashlib.sha256(content).hexdigest()[:16]


@asset(group_name="publication")
def document_decisions(
    context: AssetExecutionContext, engine: RedactionEngine, areas: StorageAreas
) -> MaterializeResult:
    """One decision per detected span for every text document in the inbox (restricted area)."""
    redactor = engine.get()
    out_dir = areas.restricted_path("decisions")
    failed: dict[str, str] = {}
    counts = {"documents": 0, "redact": 0, "keep": 0}
    for path in sorted(areas.inbox_path.glob("*.txt")):
        doc_id = document_id(path.read_bytes())
        try:
            text = read_text_document(path)
        except WooError as exc:
            failed[doc_id] = exc.code
            (out_dir / f"{doc_id}.error").write_text(str(exc), encoding="utf-8")
            continue
        decisions = redactor.analyze(text)
        (out_dir / f"{doc_id}.jsonl").write_text(decisions_to_jsonl(path.name, decisions), encoding="utf-8")
        (out_dir / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        counts["documents"] += 1
        counts["redact"] += sum(d.is_redaction for d in decisions)
        counts["keep"] += sum(not d.is_redaction for d in decisions)
    context.log.info(f"analysed {counts['documents']} documents, {len(failed)} not processed")
    return MaterializeResult(
        metadata={
            **{k: MetadataValue.int(v) for k, v in counts.items()},
            "not_processed": MetadataValue.int(len(failed)),
        }
    )


@asset(group_name="publication", deps=[document_decisions])
def published_documents(context: AssetExecutionContext, areas: StorageAreas) -> MaterializeResult:
    """The publishable text of every analysed document: marks with the ground, then the Noot."""
    source = areas.restricted_path("decisions")
    public = areas.public_path("documents")
    published = 0
    for decisions_file in sorted(source.glob("*.jsonl")):
        doc_id = decisions_file.stem
        record = json.loads(decisions_file.read_text(encoding="utf-8"))
        decisions = [Decision.from_json_dict(span) for span in record["spans"]]
        text = (source / f"{doc_id}.txt").read_text(encoding="utf-8")
        (public / f"{doc_id}.txt").write_text(render("text", text, decisions), encoding="utf-8")
        published += 1
    context.log.info(f"published {published} documents")
    return MaterializeResult(metadata={"published": MetadataValue.int(published)})
