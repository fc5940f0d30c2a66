"""Hostile inbox files through ingest (issue 17): each test failed before its fix.

The inbox-level items (symlinks, hidden names) and the whole batch are in
tests/pipelines/test_hostile_inbox.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from redaction.ingest import ingest_bytes
from tests.ingest import builders as b
from tests.ingest import hostile as h

REPOSITORY = Path(__file__).resolve().parents[2]


# -- 5. tracked changes and hidden content ---------------------------------------------------------


def test_inserted_tracked_changes_are_read_and_deleted_ones_stay_out() -> None:
    result = ingest_bytes(h.tracked_changes_docx(), "brief.docx")
    assert result.failures == []
    text = result.documents[0].text
    assert f"ingediend door {h.INSERTED}, die wij hebben gesproken." in text
    assert h.DELETED not in text


HIDDEN: list[tuple[str, Callable[[], bytes], str, str, str]] = [
    ("white.docx", lambda: h.hidden_docx("white"), "brief.docx", h.WHITE, "white text"),
    ("vanish.docx", lambda: h.hidden_docx("vanish"), "brief.docx", h.VANISHED, "hidden text"),
    ("comment.docx", lambda: h.hidden_docx("comment"), "brief.docx", h.COMMENTED, "comment"),
    ("display-none.eml", h.hidden_html_eml, "vraag.eml", h.HTML_HIDDEN, "display:none"),
]


@pytest.mark.parametrize(("case", "make", "filename", "secret", "what"), HIDDEN, ids=[x[0] for x in HIDDEN])
def test_hidden_content_is_read_and_flagged_with_what_was_hidden(
    case: str, make: Callable[[], bytes], filename: str, secret: str, what: str
) -> None:
    """The hidden passage is in the text (so its names are found) and the document says what was
    hidden, without quoting it: the pipeline holds such a document for a person."""
    result = ingest_bytes(make(), filename)
    assert result.failures == []
    doc = result.documents[0]
    assert secret in doc.text
    assert doc.hidden, "hidden content must be flagged"
    assert any(what in item for item in doc.hidden), doc.hidden
    assert not any(part in item for item in doc.hidden for part in secret.split())


ORDINARY: list[tuple[Callable[[], bytes], str]] = [
    (b.docx, "a.docx"), (b.eml, "a.eml"), (lambda: b.eml(html=True), "a.eml"), (h.tracked_changes_docx, "a.docx"),
    (b.msg, "a.msg"),
]  # fmt: skip


@pytest.mark.parametrize(("make", "filename"), ORDINARY, ids=["docx", "eml", "html-eml", "tracked-changes", "msg"])
def test_ordinary_documents_are_not_flagged(make: Callable[[], bytes], filename: str) -> None:
    result = ingest_bytes(make(), filename)
    assert result.documents and all(doc.hidden == () for doc in result.documents)


# -- 6. UTF-16 text and a PDF without pages -----------------------------------------------------


@pytest.mark.parametrize("big_endian", [False, True], ids=["le", "be"])
def test_utf16_text_with_a_byte_order_mark_is_read(big_endian: bool) -> None:
    text = f"Notitie over {b.NAME}, café in Zwijndrecht\n"
    result = ingest_bytes(h.utf16_txt(text, big_endian=big_endian), "notitie.txt")
    assert result.failures == []
    assert result.documents[0].text == text


def test_a_pdf_without_pages_is_reported_as_such_not_as_a_scan() -> None:
    result = ingest_bytes(h.zero_page_pdf(), "leeg.pdf")
    assert result.documents == []
    assert [f.code for f in result.failures] == ["W402"]
    assert "no pages" in result.failures[0].reason


# -- 4. file content is never a path -------------------------------------------------------------

_opened: list[str] = []
_watching: list[bool] = [False]


def _audit(event: str, args: tuple[object, ...]) -> None:
    if _watching[0] and event == "open" and isinstance(args[0], (str, bytes)):
        _opened.append(os.fsdecode(args[0]))


sys.addaudithook(_audit)  # cannot be removed again; it only records while a test watches


@pytest.fixture
def opened_paths() -> Iterator[list[str]]:
    _opened.clear()
    _watching[0] = True
    try:
        yield _opened
    finally:
        _watching[0] = False


@pytest.mark.parametrize("suffix", [".msg", ".docx"])
def test_file_content_is_never_opened_as_a_path(suffix: str, tmp_path: Path, opened_paths: list[str]) -> None:
    """olefile.isOleFile(data) takes bytes shorter than 1,536 as a file name: a tiny .msg whose
    content is a server path made the platform open that path, and the answer told whether it exists."""
    target = tmp_path / "elders.ole"
    target.write_bytes(b.encrypted_docx())  # a real OLE file at the path named by the content
    opened_paths.clear()
    present = ingest_bytes(str(target).encode(), f"klein{suffix}")
    missing = ingest_bytes(str(tmp_path / "bestaat-niet.ole").encode(), f"klein{suffix}")
    assert not [p for p in opened_paths if "elders" in p or "bestaat-niet" in p]
    assert present.documents == [] and [f.code for f in present.failures] == ["W404"]
    assert [(f.code, f.reason) for f in present.failures] == [(f.code, f.reason) for f in missing.failures]


# -- 3. zip bombs -------------------------------------------------------------------------------

_CAPPED = textwrap.dedent("""
    import json, resource, sys
    from tests.ingest import hostile as h
    from redaction.ingest import ingest_bytes

    data = getattr(h, sys.argv[1])(*json.loads(sys.argv[2]))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    cap = 768 * 1024 * 1024  # address space: the unpacked document (1.1 GB) cannot fit
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    result = ingest_bytes(data, sys.argv[3])
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"documents": len(result.documents),
                      "failures": [[f.part, f.code, f.reason] for f in result.failures],
                      "grew_mb": (after - before) / 1024}))
""")


def _capped_ingest(builder: str, args: list[object], filename: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
    done = subprocess.run([sys.executable, "-c", _CAPPED, builder, json.dumps(args), filename], cwd=REPOSITORY,
                          env=env, capture_output=True, text=True, timeout=300, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
@pytest.mark.parametrize("forged", [False, True], ids=["honest", "forged-size"])
def test_a_zip_bomb_is_refused_before_it_is_unpacked_under_a_memory_cap(forged: bool) -> None:
    """A 1 MB .docx that inflates to 1.1 GB (the tester's drove the job to 2.6 GB): refused with a
    reason from the zip directory alone; a directory that lies about the size cannot inflate either."""
    outcome = _capped_ingest("zip_bomb_docx", [1100, forged], "stukken.docx")
    assert outcome["documents"] == 0
    [(part, code, reason)] = outcome["failures"]
    assert part == "file"
    assert code == ("W411" if not forged else "W404"), reason
    assert "MemoryError" not in reason
    assert outcome["grew_mb"] < 100, outcome


@pytest.mark.slow
def test_a_zip_bomb_attached_to_a_mail_costs_only_that_attachment() -> None:
    bomb = h.zip_bomb_docx(400)
    result = ingest_bytes(h.mail_with_bomb_attachment(bomb), "stukken.eml")
    assert len(result.documents) == 1 and "Zie de bijlage" in result.documents[0].text
    assert [(f.part, f.code) for f in result.failures] == [("attachment 1", "W411")]


def test_a_container_of_too_many_parts_is_refused() -> None:
    result = ingest_bytes(h.many_parts_docx(6000), "veel.docx")
    assert [f.code for f in result.failures] == ["W411"]
    assert "parts" in result.failures[0].reason


def test_a_mail_of_too_many_parts_is_refused_before_parsing() -> None:
    result = ingest_bytes(h.many_parts_eml(20000), "veel.eml")
    assert [f.code for f in result.failures] == ["W411"]
    assert "parts" in result.failures[0].reason
