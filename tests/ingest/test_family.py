"""Attachments as family members, threads, and bad attachments that do not cost the rest."""

from __future__ import annotations

from redaction.ingest import ingest_bytes
from tests.ingest import builders as b


def test_eml_attachments_are_family_members() -> None:
    result = ingest_bytes(b.eml(attachments=(("brief-Oukili.pdf", b.pdf()), ("verslag.docx", b.docx()))), "m.eml")
    assert result.failures == []
    assert [(d.kind, d.role, d.parent_index) for d in result.documents] == [
        ("eml", "email", None), ("pdf", "attachment", 0), ("docx", "attachment", 0),
    ]
    assert result.documents[1].title == "brief-Oukili.pdf"


def test_msg_attachments_are_family_members() -> None:
    result = ingest_bytes(b.msg(attachments=(("notitie.txt", b"Bram Kuipers belde"), ("b.pdf", b.pdf()))), "m.msg")
    assert [(d.kind, d.parent_index) for d in result.documents] == [("msg", None), ("txt", 0), ("pdf", 0)]
    assert result.documents[1].text == "Bram Kuipers belde"


def test_outlook_item_attached_to_a_msg_is_read_with_its_headers_and_its_own_attachment() -> None:
    inner = b.forwarded_msg(attachments=(("foto-overlast.pdf", b.pdf("Brief van Joost Verwey")),))
    result = ingest_bytes(b.msg(embedded=(("Klacht over de wijkagent", inner),)), "fw.msg")
    assert result.failures == []
    assert [(d.kind, d.role, d.parent_index) for d in result.documents] == [
        ("msg", "email", None), ("msg", "attachment", 0), ("pdf", "attachment", 1),
    ]
    forwarded = result.documents[1]
    assert forwarded.text.startswith("Van: Teun Brouwers <teun.b@postvak.example>\nVerzonden: zondag 2 maart 2025")
    assert "Aan: Gemeente Dordrecht <info@dordrecht.nl>" in forwarded.text
    assert "Mijn buurman Joost Verwey maakt al weken overlast." in forwarded.text
    assert forwarded.title == "Klacht over de wijkagent.msg"
    assert forwarded.thread_key is not None and forwarded.thread_key != result.documents[0].thread_key
    assert result.documents[2].text.strip() == "Brief van Joost Verwey"
    # the same item attached to another mail is recognised by its hash
    again = ingest_bytes(b.msg(embedded=(("Doorgestuurd", inner),), attachments=(("a.txt", b"x"),)), "other.msg")
    assert again.documents[2].sha256 == forwarded.sha256


def test_outlook_items_nested_too_deep_are_reported_and_the_rest_is_read() -> None:
    item = b.forwarded_msg()
    for _ in range(8):  # forwarded as an attachment, again and again
        item = b.msg_message(embedded=(("Fw", item),))
    result = ingest_bytes(b.build_msg(item), "diep.msg")
    assert [d.kind for d in result.documents] == ["msg"] * 6  # the top level and five levels below it
    assert [(f.part, f.code) for f in result.failures] == [("attachment 1.1.1.1.1.1", "W409")]


def test_second_attachment_corrupt_still_yields_the_first_and_third() -> None:
    attachments = (("a.pdf", b.pdf()), ("kapot.pdf", b"%PDF-1.4 rommel"), ("c.docx", b.docx()))
    for result in (ingest_bytes(b.eml(attachments=attachments), "m.eml"),
                   ingest_bytes(b.msg(attachments=attachments), "m.msg")):
        assert [d.kind for d in result.documents] == [result.documents[0].kind, "pdf", "docx"]
        assert [(f.part, f.code) for f in result.failures] == [("attachment 2", "W404")]
        assert not result.ok


def test_attached_email_is_ingested_recursively_with_its_own_attachment() -> None:
    inner = b.eml(attachments=(("scan.pdf", b.scan()), ("brief.pdf", b.pdf())))
    outer = b.eml(attachments=(("doorgestuurd.eml", inner),), message_id="<outer@x>")
    result = ingest_bytes(outer, "fw.eml")
    kinds = [(d.kind, d.parent_index) for d in result.documents]
    assert kinds == [("eml", None), ("eml", 0), ("pdf", 1), ("pdf", 1)] and result.failures == []
    assert b.NAME in result.documents[2].text and result.documents[2].layout.ocr_pages == 1  # the scan, by OCR


def test_thread_key_same_within_a_thread_and_different_across_threads() -> None:
    root = ingest_bytes(b.eml(message_id="<root-1@x>"), "1.eml").documents[0]
    reply = ingest_bytes(b.eml(message_id="<r-2@y>", in_reply_to="<root-1@x>", references="<root-1@x>"), "2.eml")
    second = ingest_bytes(
        b.eml(message_id="<r-3@y>", in_reply_to="<r-2@y>", references="<root-1@x> <r-2@y>"), "3.eml"
    )
    other = ingest_bytes(b.eml(message_id="<other@x>"), "4.eml").documents[0]
    keys = {root.thread_key, reply.documents[0].thread_key, second.documents[0].thread_key}
    assert len(keys) == 1 and root.thread_key is not None
    assert other.thread_key != root.thread_key
    assert "root" not in root.thread_key  # opaque, not the Message-ID itself
