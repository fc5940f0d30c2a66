"""A hostile inbox through the publication job (issue 17): nothing outside the inbox is read, every
entry is processed or listed as not processed with a reason, and nothing hidden is published unseen.

The memory-capped zip bomb and the file-content-as-path probe at the level of one file are in
tests/ingest/test_hostile.py; here they travel through the whole batch.
"""

from __future__ import annotations

import csv
import io
import os

import pytest

from tests.ingest import builders as b
from tests.ingest import hostile as h
from tests.pipelines.conftest import Platform
from tests.pipelines.test_documents import approve_all

OUTSIDE = "Cornelis Buitenweg-Vlasblom"  # planted in files outside the inbox: must never be read
HIDDEN_FILE = "Hanneke Verstoppertje"
LETTER = "Geachte raad,\nWij vragen aandacht voor de speeltuin.\nMet vriendelijke groet,\nNoor Verbeek\n"


def _hostile_inbox(platform: Platform) -> dict[str, str]:
    """The inbox; returns the code each top-level entry must end with (by entry name)."""
    elsewhere = platform.root / "elders"
    elsewhere.mkdir()
    (elsewhere / "geheim.txt").write_text(f"Dossier van {OUTSIDE}\n", "utf-8")
    (elsewhere / "oud.ole").write_bytes(b.encrypted_docx())
    inbox = platform.inbox
    os.symlink(elsewhere / "geheim.txt", inbox / "brief.txt")
    os.symlink(elsewhere, inbox / "map")
    (inbox / ".x").write_text(f"Notitie {HIDDEN_FILE}\n", "utf-8")
    (inbox / "..%2f..%2fetc.txt").write_text(f"Notitie {HIDDEN_FILE} 2\n", "utf-8")
    (inbox / "bom.docx").write_bytes(h.zip_bomb_docx(150))
    (inbox / "klein.msg").write_bytes(str(elsewhere / "oud.ole").encode())
    (inbox / "wijzigingen.docx").write_bytes(h.tracked_changes_docx())
    (inbox / "wit.docx").write_bytes(h.hidden_docx("white"))
    (inbox / "opmerking.docx").write_bytes(h.hidden_docx("comment"))
    (inbox / "verborgen.eml").write_bytes(h.hidden_html_eml())
    (inbox / "unicode.txt").write_bytes(h.utf16_txt(LETTER))
    (inbox / "leeg.pdf").write_bytes(h.zero_page_pdf())
    (inbox / "brief-raad.txt").write_text(LETTER.replace("speeltuin", "bushalte"), "utf-8")
    return {
        "brief.txt": "W412", "map": "W412", ".x": "W413", "..%2f..%2fetc.txt": "W413", "bom.docx": "W411",
        "klein.msg": "W404", "wit.docx": "W410", "opmerking.docx": "W410", "verborgen.eml": "W410",
        "leeg.pdf": "W402", "wijzigingen.docx": "", "unicode.txt": "", "brief-raad.txt": "",
    }  # fmt: skip


@pytest.mark.slow
def test_a_hostile_inbox_is_refused_entry_by_entry_and_the_rest_published(platform: Platform) -> None:
    expected = _hostile_inbox(platform)
    batch = platform.tick()
    assert batch is not None
    assert platform.run("woo_publication_job", batch).success
    queue = platform.store.queue(batch)
    not_processed = [q for q in queue if q.status == "not_processed"]
    codes = sorted(q.failure_code or "" for q in not_processed)
    assert codes == sorted(code for code in expected.values() if code), [(q.failure_code, q.failure_reason)
                                                                         for q in not_processed]  # fmt: skip
    # Every entry of the inbox is accounted for: the three readable ones are in review.
    assert sum(q.status == "in_review" for q in queue) == 3
    reasons = {q.failure_code: q.failure_reason or "" for q in not_processed}
    assert "symbolic link" in reasons["W412"] and "hidden" in reasons["W413"]
    assert "white text" in " ".join(q.failure_reason or "" for q in not_processed if q.failure_code == "W410")
    assert "no pages" in reasons["W402"]
    for q in not_processed:  # one line, no file name, no content
        reason = q.failure_reason or ""
        assert "\n" not in reason and "etc" not in reason and "Verstoppertje" not in reason

    texts = {q.id: platform.store.document(q.id).text for q in queue if q.status == "in_review"}
    joined = "\n".join(texts.values())
    assert f"ingediend door {h.INSERTED}, die wij" in joined and h.DELETED not in joined
    assert "speeltuin" in joined  # the UTF-16 letter
    approve_all(platform, batch)
    assert platform.run("woo_republish_job", batch).success

    # Nothing from outside the inbox, from hidden files or from hidden passages was read or published.
    for path in [*platform.public.rglob("*"), *platform.restricted.rglob("*")]:
        if path.is_file() and path.suffix in (".txt", ".html", ".xml", ".csv", ".jsonl", ".json"):
            content = path.read_text("utf-8", errors="replace")
            for secret in (OUTSIDE, HIDDEN_FILE, h.WHITE, h.COMMENTED, h.HTML_HIDDEN):
                assert secret not in content, (path.name, secret)
    inventory = (platform.public / "inventaris" / f"inventarislijst-{batch}.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(inventory), delimiter=";"))
    assert len(rows) == len(queue)
    assert sum(r["Verwerkingsstatus"] == "Niet verwerkt" for r in rows) == len(not_processed)

    # Listed once: the next tick finds nothing new, not the same skipped entries again.
    assert platform.tick() is None


def test_a_symlink_swapped_in_after_the_sensor_saw_the_file_is_not_followed(platform: Platform) -> None:
    """The file is read again when the batch copies it: by then it may be a link to elsewhere."""
    outside = platform.root / "geheim.txt"
    outside.write_text(f"Dossier van {OUTSIDE}\n", "utf-8")
    letter = platform.inbox / "brief.txt"
    letter.write_text(LETTER, "utf-8")
    batch = platform.tick()
    assert batch is not None
    letter.unlink()
    outside.write_text(LETTER, "utf-8")  # even with the very same content
    os.symlink(outside, letter)
    assert platform.run("woo_publication_job", batch).success
    [entry] = platform.store.queue(batch)
    assert entry.status == "not_processed" and entry.failure_code == "W407"
    assert "symbolic link" in (entry.failure_reason or "")
    raw = platform.restricted / "batches" / batch / "raw"
    assert not [p for p in raw.iterdir() if not p.name.endswith(".unreadable.json")]  # nothing copied
