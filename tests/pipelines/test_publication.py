"""The Dagster layer: materialise the publication assets in-process on a temporary instance."""

from __future__ import annotations

import shutil
from pathlib import Path

from dagster import DagsterInstance, materialize

from pipelines.defs.publication import document_decisions, published_documents
from pipelines.defs.resources import RedactionEngine, StorageAreas

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_inbox_to_published_documents(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(EXAMPLES / "inbox" / "raadsbrief-dordrecht-met-persoonsgegevens.txt", inbox / "brief.txt")
    (inbox / "leeg.txt").write_text("", encoding="utf-8")  # bad input must not stop the batch
    areas = StorageAreas(inbox=str(inbox), restricted=str(tmp_path / "restricted"), public=str(tmp_path / "public"))
    with DagsterInstance.ephemeral() as instance:
        result = materialize(
            [document_decisions, published_documents],
            instance=instance,
            resources={"engine": RedactionEngine(policy_path=str(EXAMPLES / "policies" / "dordrecht.yaml")),
                       "areas": areas},
        )
        assert result.success
        metadata = result.asset_materializations_for_node("document_decisions")[0].metadata
        assert metadata["documents"].value == 1 and metadata["not_processed"].value == 1
        # Counts only: no metadata value is text that could carry personal data.
        assert all(isinstance(v.value, int) for v in metadata.values())
    published = list((tmp_path / "public" / "documents").glob("*.txt"))
    assert len(published) == 1
    text = published[0].read_text(encoding="utf-8")
    assert "Annelies" not in text and "Kooij" not in text and "a.vanderkooij" not in text
    assert "Raadsgriffie@dordrecht.nl" in text and "• Art. 5.1 lid 2 onderdeel e Woo (naam)" in text
    # File names are opaque ids, never derived from the original name.
    assert "brief" not in published[0].name
    assert not list((tmp_path / "public").rglob("*.jsonl"))
