"""Fixture builders for the ingest tests: every file is made here, with invented people."""

from __future__ import annotations

import datetime
import io
import random

from pypdf import PdfReader, PdfWriter

from eval.inbox.formats import docx_bytes, eml_bytes, eml_message, pdf_bytes, scan_pdf_bytes
from eval.inbox.msg import Msg, MsgAttachment, build_encrypted_docx, build_msg

SENT = datetime.datetime(2025, 3, 4, 10, 15, tzinfo=datetime.UTC)
NAME = "Yasmina Oukili"
MAIL = "y.oukili@postvak.example"


def pdf(text: str = f"Brief van {NAME}") -> bytes:
    return pdf_bytes([text], title="Brief", created=datetime.date(2025, 5, 2))


def two_page_pdf() -> bytes:
    return pdf_bytes(["Pagina een regel"] * 60 + ["TWEEDE-PAGINA Bram Kuipers"], created=datetime.date(2025, 1, 2))


def encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf())))
    writer.encrypt(user_password="geheim", owner_password="ook-geheim")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx() -> bytes:
    return docx_bytes(
        [f"Verslag gesprek met {NAME}"], table=[["Naam", "Telefoon"], ["Bram Kuipers", "06-12345678"]],
        header="Gemeente Dordrecht", footer="Vertrouwelijk", title="Verslag", created=datetime.date(2025, 2, 3),
    )


def encrypted_docx() -> bytes:
    return build_encrypted_docx(random.Random(7))


def eml(
    *, attachments: tuple[tuple[str, bytes], ...] = (), message_id: str = "<root-1@postvak.example>",
    in_reply_to: str = "", references: str = "", html: bool = False,
) -> bytes:
    msg = eml_message(
        sender=(NAME, MAIL), to=[("Raadsgriffie", "raadsgriffie@dordrecht.nl")], cc=[("Bram Kuipers", "b@x.example")],
        subject="Vraag over bijstand", body=f"Geachte griffie,\n\nGroet,\n{NAME}\n", sent=SENT, message_id=message_id,
        in_reply_to=in_reply_to, references=references, attachments=attachments, html=html,
    )
    return eml_bytes(msg, "t")


def msg_message(*, unicode: bool = True, attachments: tuple[tuple[str, bytes], ...] = (),
                embedded: tuple[tuple[str, Msg], ...] = ()) -> Msg:  # fmt: skip
    return Msg(
        subject="Overdracht dossier", sender_name="Sanne Dekker", sender_email="s.dekker@dordrecht.nl",
        to=[(NAME, MAIL)], cc=[("Raadsgriffie", "raadsgriffie@dordrecht.nl")], body=f"Beste {NAME},\n\nZie bijlage.\n",
        sent=SENT, message_id="<m-1@dordrecht.nl>", unicode=unicode,
        attachments=[MsgAttachment(n, d) for n, d in attachments] + [MsgAttachment(n, message=m) for n, m in embedded],
    )


def msg(*, unicode: bool = True, attachments: tuple[tuple[str, bytes], ...] = (),
        embedded: tuple[tuple[str, Msg], ...] = ()) -> bytes:  # fmt: skip
    return build_msg(msg_message(unicode=unicode, attachments=attachments, embedded=embedded))


def forwarded_msg(*, unicode: bool = True, attachments: tuple[tuple[str, bytes], ...] = ()) -> Msg:
    """A citizen's mail as an Outlook item that a colleague forwards as an attachment."""
    return Msg(
        subject="Klacht over de wijkagent", sender_name="Teun Brouwers", sender_email="teun.b@postvak.example",
        to=[("Gemeente Dordrecht", "info@dordrecht.nl")], body="Geachte heer, mevrouw,\n\nMijn buurman Joost Verwey "
        "maakt al weken overlast.\n\nTeun Brouwers\n", sent=SENT - datetime.timedelta(days=2),
        message_id="<k-9@postvak.example>", unicode=unicode, attachments=[MsgAttachment(n, d) for n, d in attachments],
    )


def scan() -> bytes:
    return scan_pdf_bytes([f"Brief van {NAME}", "BSN 111222333"])
