"""The synthetic inbox: the promised mix, deterministic, and readable by ingest as its truth says."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import olefile
import pytest

from eval.inbox.cfb import CompoundFile
from eval.inbox.generate import dordrecht_eml, generate_inbox
from redaction.ingest import ingest_file


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("inbox")
    generate_inbox(root / "inbox", root / "truth.json", documents=36, seed=3)
    return root / "inbox", json.loads((root / "truth.json").read_text(encoding="utf-8"))


def test_the_promised_mix(inbox: tuple[Path, dict]) -> None:
    folder, _ = inbox
    suffixes = Counter(p.suffix for p in folder.iterdir())
    assert sum(suffixes.values()) == 36
    assert suffixes[".pdf"] >= 4 and suffixes[".docx"] >= 3 and suffixes[".eml"] >= 3
    assert suffixes[".msg"] >= 1 and suffixes[".txt"] >= 1 and suffixes[".heic"] == 1


def test_ingest_agrees_with_the_truth(inbox: tuple[Path, dict]) -> None:
    folder, truth = inbox
    codes: Counter[str] = Counter()
    for name, entry in truth["files"].items():
        result = ingest_file(folder / name)
        assert len(result.documents) == entry["documents"], name
        assert [f.code for f in result.failures] == entry["failures"], name
        codes.update(entry["failures"])
        # OCR keeps a scan's line breaks, so a name may run onto the next line: compare words.
        text = " ".join("\n".join(d.text for d in result.documents).split())
        for value in entry["redact"] + entry["keep"] if entry["documents"] else []:
            assert value in text, (name, value)
    assert codes == Counter({"W404": 1, "W402": 1, "W401": 1, "W405": 1})


def test_threads_share_a_key(inbox: tuple[Path, dict]) -> None:
    folder, truth = inbox
    keys: dict[str, set[str | None]] = {}
    for name, entry in truth["files"].items():
        if entry["thread"]:
            keys.setdefault(entry["thread"], set()).add(ingest_file(folder / name).documents[0].thread_key)
    assert keys and all(len(k) == 1 for k in keys.values())
    assert len({next(iter(k)) for k in keys.values()}) == len(keys)


def test_deterministic_for_a_seed(tmp_path: Path) -> None:
    def make(seed: int, where: str) -> dict[str, bytes]:
        generate_inbox(tmp_path / where, tmp_path / f"{where}.json", documents=12, seed=seed)
        return {p.name: p.read_bytes() for p in (tmp_path / where).iterdir()}

    first, again, other = make(5, "a"), make(5, "b"), make(6, "c")
    assert first == again
    assert first != other
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_dordrecht_eml(tmp_path: Path) -> None:
    path = tmp_path / "raadsbrief.eml"
    dordrecht_eml(path)
    result = ingest_file(path)
    assert result.failures == []
    mail, letter = result.documents
    assert letter.kind == "pdf" and letter.parent_index == 0
    assert "Annelies van der Kooij <a.vanderkooij@vluchtelingenwerk.nl>" in mail.text
    assert "Raadsgriffie@dordrecht.nl" in mail.text
    assert "Geachte raadsleden" in letter.text and letter.text.rstrip().endswith("Annelies van der Kooij")
    assert (mail.text + letter.text).count("Annelies van der Kooij") == 3  # as in the example: header, cover, letter


def test_cfb_writer_round_trips_small_and_large_streams() -> None:
    cf = CompoundFile()
    streams = {f"opslag/s{i}": bytes([i]) * (i * 700) for i in range(1, 12)} | {"leeg": b"", "groot": b"x" * 70000}
    for path, data in streams.items():
        cf.add_stream(path, data)
    ole = olefile.OleFileIO(cf.to_bytes(), raise_defects=olefile.DEFECT_INCORRECT)
    for path, data in streams.items():
        assert ole.openstream(path).read() == data
