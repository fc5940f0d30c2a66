"""The per-document work of a batch in worker processes: the same result as in one process, a bad
or worker-killing file costs itself only, and storage areas in an object store (fsspec memory://)."""

from __future__ import annotations

import csv
import io
import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import fsspec
import pytest
from dagster import DagsterInstance
from pypdf import PdfReader

from eval.inbox.formats import pdf_bytes
from eval.inbox.generate import dordrecht_eml
from pipelines.defs.resources import RedactionEngine, StorageAreas, document_resources
from tests.pipelines.conftest import Platform

# Invented people, addresses and numbers only.
LETTERS = {
    "brief-speeltuin.txt": "Geachte raad,\n\nNamens de buurt vraag ik aandacht voor de speeltuin aan de Lindelaan 4. "
    "Bel mij op 06 38 47 12 95 of mail naar m.terhorst@voorbeeldmail.example.\n\nMet vriendelijke groet,\n"
    "Marloes ter Horst\n",
    "notitie-casus.txt": "Casus 7: mw. Fenna Wijnstra belde op 3 maart over haar aanvraag. Haar zoon Daan "
    "Wijnstra (BSN 111222333) woont bij haar.\n",
    "brief-bomen.txt": "Beste college,\n\nDe bomen aan de Kastanjelaan zijn ziek. Graag een reactie aan "
    "j.abbink@post.example.\n\nGroet,\nJoris Abbink\n",
    "verzoek.txt": "Geachte heer Oosterwijk,\n\nHierbij mijn verzoek om informatie over de vergunning. "
    "IBAN NL91 ABNA 0417 1643 00.\n\nHoogachtend,\nSelma Karaca\n",
}


def _platform(root: Path, engine: RedactionEngine, processes: int, areas: StorageAreas | None = None,
              instance: DagsterInstance | None = None) -> Platform:  # fmt: skip
    resources = document_resources(engine, areas or StorageAreas.under(root),
                                   f"sqlite:///{root / 'review.db'}", processes=processes)  # fmt: skip
    assert instance is not None
    return Platform(root, instance, resources)


@pytest.fixture
def instance() -> Iterator[DagsterInstance]:
    with DagsterInstance.ephemeral() as dagster:
        yield dagster


def _fill_inbox(inbox: Path) -> None:
    inbox.mkdir(parents=True, exist_ok=True)
    for name, text in LETTERS.items():
        (inbox / name).write_text(text, "utf-8")
    lines = ["Geachte raad,", "Wij vragen aandacht voor de wijk.", "Met vriendelijke groet,", "Noor Verbeek"]
    (inbox / "brief.pdf").write_bytes(pdf_bytes(lines))
    dordrecht_eml(inbox / "raadsbrief.eml")  # an e-mail with a PDF attachment: a family of two


def _publish(platform: Platform) -> str:
    batch = platform.tick()
    assert batch is not None
    assert platform.run("woo_publication_job", batch).success
    for summary in platform.store.queue(batch, statuses=["in_review"]):
        platform.store.approve(summary.id, "griffier-b")
    assert platform.run("woo_republish_job", batch).success
    return batch


def _outcome(platform: Platform, batch: str) -> dict[str, object]:
    """Everything a run decided and published, with the batch's random id taken out."""
    store = platform.store
    decisions = {}
    for summary in store.queue(batch, statuses=None):
        number = summary.number.removeprefix(batch)
        decisions[number] = (summary.status, summary.failure_code, [
            (d.start, d.end, d.entity, d.decision, d.ground, d.category, d.rule, d.source, d.score)
            for d in store.final_decisions(summary.id)])  # fmt: skip
    published: dict[str, object] = {}
    for path in sorted((platform.public / "documenten").iterdir()):
        name = path.name.removeprefix(batch)
        if path.suffix == ".pdf":  # the PDF carries the moment of publication: compare what it shows
            published[name] = [page.extract_text().replace(batch, "<batch>") for page in PdfReader(path).pages]
        elif path.suffix != ".xml":  # DiWoo metadata holds that moment too, and nothing of the text
            published[name] = path.read_text("utf-8").replace(batch, "<batch>")
    return {"decisions": decisions, "published": published}


@pytest.mark.slow
def test_two_workers_decide_and_publish_exactly_what_one_process_does(
    tmp_path: Path, redactor_for_dordrecht: RedactionEngine, instance: DagsterInstance
) -> None:
    outcomes = []
    for processes in (1, 2):
        root = tmp_path / f"workers-{processes}"
        _fill_inbox(root / "inbox")
        platform = _platform(root, redactor_for_dordrecht, processes, instance=instance)
        outcomes.append(_outcome(platform, _publish(platform)))
        platform.store.close()
    sequential, parallel = outcomes
    assert len(sequential["decisions"]) == 7  # type: ignore[arg-type]
    assert sum(len(d[2]) for d in sequential["decisions"].values()) > 20  # type: ignore[union-attr]
    assert len(sequential["published"]) == 7 * 3  # type: ignore[arg-type]
    assert parallel["decisions"] == sequential["decisions"]
    assert list(parallel["published"]) == list(sequential["published"])  # type: ignore[call-overload]
    for name, content in sequential["published"].items():  # type: ignore[union-attr]
        assert parallel["published"][name] == content, name  # type: ignore[index]


@pytest.mark.slow
def test_a_bad_file_and_a_file_that_kills_its_worker_cost_themselves_only(
    tmp_path: Path, redactor_for_dordrecht: RedactionEngine, instance: DagsterInstance,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    import redaction.batchwork as batchwork

    real = batchwork.ingest_file

    def crashes_on_one(path: Path) -> object:
        if b"CRASH-THE-READER" in Path(path).read_bytes():
            os._exit(9)  # a crash in a reader's C code, or the kernel's OOM killer
        return real(path)

    monkeypatch.setattr(batchwork, "ingest_file", crashes_on_one)  # inherited by the forked workers
    _fill_inbox(tmp_path / "inbox")
    (tmp_path / "inbox" / "kapot.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<< kapot")
    (tmp_path / "inbox" / "zwaar.txt").write_text("CRASH-THE-READER\n", "utf-8")
    platform = _platform(tmp_path, redactor_for_dordrecht, 2, instance=instance)
    batch = _publish(platform)
    queue = {q.number: q for q in platform.store.queue(batch, statuses=None)}
    failed = sorted((q.failure_code, q.failure_reason) for q in queue.values() if q.status == "not_processed")
    assert [code for code, _ in failed] == ["W404", "W900"]
    assert "worker process stopped" in failed[1][1]  # type: ignore[operator]
    assert "CRASH" not in failed[1][1]  # type: ignore[operator]
    assert sum(q.status == "published" for q in queue.values()) == 7
    inventory = (platform.public / "inventaris" / f"inventarislijst-{batch}.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(inventory), delimiter=";"))
    assert len(rows) == 9 and sum(r["Verwerkingsstatus"] == "Niet verwerkt" for r in rows) == 2
    platform.store.close()


@pytest.mark.slow
def test_the_job_runs_on_storage_areas_in_an_object_store(
    tmp_path: Path, redactor_for_dordrecht: RedactionEngine, instance: DagsterInstance
) -> None:
    # fsspec's memory store lives in this process: forked workers would write into their own copy,
    # so this runs in one process (an S3-compatible store is shared by all processes).
    bucket = f"woo-{uuid.uuid4().hex[:12]}"
    memory = fsspec.filesystem("memory")
    areas = StorageAreas(inbox=f"memory://{bucket}/inbox", restricted=f"memory://{bucket}/restricted",
                         public=f"memory://{bucket}/public")  # fmt: skip
    local = tmp_path / "staging"
    _fill_inbox(local)
    for path in sorted(local.iterdir()):
        memory.pipe_file(f"/{bucket}/inbox/{path.name}", path.read_bytes())
    memory.pipe_file(f"/{bucket}/inbox/.DS_Store", b"\x00")
    platform = _platform(tmp_path, redactor_for_dordrecht, 1, areas=areas, instance=instance)
    try:
        batch = _publish(platform)
        assert platform.tick() is None  # the ledger in the object store remembers the files
        published = sorted(p.rsplit("/", 1)[-1] for p in memory.find(f"/{bucket}/public/documenten"))
        assert len(published) == 7 * 4 and all(name.startswith(batch) for name in published)
        texts = "".join(memory.cat_file(f"/{bucket}/public/documenten/{n}").decode() for n in published
                        if n.endswith(".txt"))  # fmt: skip
        assert "Wijnstra" not in texts and "06 38 47 12 95" not in texts and "[5.1.2e]" in texts
        assert memory.exists(f"/{bucket}/public/inventaris/inventarislijst-{batch}.xlsx")
        inventory = memory.cat_file(f"/{bucket}/public/inventaris/inventarislijst-{batch}.csv").decode("utf-8-sig")
        assert "W413" in inventory  # the hidden file is listed as not processed
        assert memory.exists(f"/{bucket}/restricted/batches/{batch}/leak_report.json")
        assert not (tmp_path / "public").exists() and not (tmp_path / "restricted" / "batches").exists()
        assert re.fullmatch(r"b[0-9a-f]{12}", batch)
    finally:
        platform.store.close()
        memory.rm(f"/{bucket}", recursive=True)


def test_a_document_that_cannot_be_rendered_stays_approved_and_the_rest_publish(
    tmp_path: Path, redactor_for_dordrecht: RedactionEngine, instance: DagsterInstance,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    import redaction.batchwork as batchwork

    real = batchwork.publication_files

    def fails_on_one(doc: object, *args: object, **kwargs: object) -> object:
        if "Kastanjelaan" in doc.text:  # type: ignore[attr-defined]
            raise ValueError("a renderer's bug")
        return real(doc, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batchwork, "publication_files", fails_on_one)
    (tmp_path / "inbox").mkdir()
    for name in ("brief-speeltuin.txt", "brief-bomen.txt", "verzoek.txt"):
        (tmp_path / "inbox" / name).write_text(LETTERS[name], "utf-8")
    platform = _platform(tmp_path, redactor_for_dordrecht, 2, instance=instance)
    batch = _publish(platform)
    statuses = sorted(q.status for q in platform.store.queue(batch, statuses=None))
    assert statuses == ["approved", "published", "published"]
    published = sorted((platform.public / "documenten").iterdir())
    assert len(published) == 2 * 4
    assert not any("Kastanjelaan" in p.read_text("utf-8") for p in published if p.suffix == ".txt")
    failures = (platform.restricted / "batches" / batch / "render_failures.json").read_text("utf-8")
    assert "ValueError" in failures and "W900" in failures and "Kastanjelaan" not in failures
    platform.store.close()
