"""E-mail (.eml, RFC 5322/MIME) with the standard library's modern parser."""

from __future__ import annotations

import datetime
import email
import mimetypes
from email import policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

from redaction.ingest.containers import check_mail_parts
from redaction.ingest.errors import CorruptFileError
from redaction.ingest.mail import dutch_sent_line, header_block, read_html, thread_key
from redaction.ingest.model import Attachment, Extraction
from redaction.ingest.registry import register

_KNOWN_HEADERS = ("from", "to", "subject", "date", "message-id")


@register(".eml", kind="eml", role="email")
def read_eml(data: bytes) -> Extraction:
    check_mail_parts(data)
    msg = email.message_from_bytes(data, policy=policy.default)
    if not isinstance(msg, EmailMessage) or not any(msg.get(h) for h in _KNOWN_HEADERS):
        raise CorruptFileError("no e-mail headers found / geen e-mailkoppen gevonden")
    values = {key: _header(msg, key) for key in ("from", "date", "to", "cc", "subject")}
    sent = _sent(values["date"])
    if sent is not None:
        values["date"] = dutch_sent_line(sent)
    body, hidden = _body(msg)
    text = header_block(values) + body
    return Extraction(
        text=text,
        date=_date(msg),
        thread_key=thread_key(_header(msg, "message-id"), _header(msg, "in-reply-to"), _header(msg, "references")),
        title=values["subject"] or None,
        attachments=tuple(_attachments(msg)),
        hidden=hidden,
    )


def _header(msg: EmailMessage, name: str) -> str:
    try:
        value = msg.get(name)
        return str(value) if value is not None else ""
    except Exception:
        # A malformed header must not cost the whole message; the raw value is still text.
        raw = msg.get_all(name, failobj=[])
        return str(raw[0]) if raw else ""


def _date(msg: EmailMessage) -> datetime.date | None:
    sent = _sent(_header(msg, "date"))
    return sent.date() if sent else None


def _sent(value: str) -> datetime.datetime | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def _body(msg: EmailMessage) -> tuple[str, tuple[str, ...]]:
    """The body a reader sees (plain text, else HTML) and what of it is hidden from them."""
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return "", ()
    try:
        content = part.get_content()
    except (LookupError, ValueError):
        # Unknown charset: decode what we can rather than lose the body's names.
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("utf-8", errors="replace")
    if not isinstance(content, str):
        return "", ()
    if part.get_content_subtype() == "html":
        return read_html(content)
    return content.replace("\r\n", "\n"), ()


def _attachments(msg: EmailMessage) -> list[Attachment]:
    out: list[Attachment] = []
    for number, part in enumerate(msg.iter_attachments(), start=1):
        try:
            out.append(_attachment(part, number))
        except Exception as exc:
            out.append(Attachment(filename="", data=b"", error=exc))
    return out


def _attachment(part: EmailMessage, number: int) -> Attachment:
    ctype = part.get_content_type()
    filename = part.get_filename() or ""
    if ctype == "message/rfc822":
        inner = part.get_content()
        data = inner.as_bytes(policy=policy.default) if isinstance(inner, EmailMessage) else bytes(inner)
        return Attachment(filename=filename or f"bijlage-{number}.eml", data=data)
    if not filename:
        # No name: the MIME type decides the reader, as a mail client would.
        filename = f"bijlage-{number}{mimetypes.guess_extension(ctype) or ''}"
    return Attachment(filename=filename, data=part.get_payload(decode=True) or b"")
