"""Outlook .msg ([MS-OXMSG]): an OLE compound file with one stream per MAPI property.

Variable-length properties live in streams named ``__substg1.0_<id><type>`` (type 001F is
UTF-16LE, 001E an 8-bit code page, 0102 binary); fixed-size ones (dates, numbers) in the
``__properties_version1.0`` stream. Recipients and attachments are sub-storages.
"""

from __future__ import annotations

import datetime
import io
import struct

import olefile

from redaction.ingest.containers import MAX_PARTS, is_ole
from redaction.ingest.errors import (
    ContainerLimitError,
    CorruptFileError,
    EncryptedFileError,
    NestingTooDeepError,
    UnsupportedFormatError,
)
from redaction.ingest.mail import dutch_sent_line, header_block, read_html, thread_key
from redaction.ingest.model import Attachment, Extraction
from redaction.ingest.registry import MAX_DEPTH, register

PT_LONG = 0x0003
PT_SYSTIME = 0x0040
PT_UNICODE = 0x001F
PT_STRING8 = 0x001E
PT_BINARY = 0x0102
PT_OBJECT = 0x000D

PR_SUBJECT = 0x0037
PR_CLIENT_SUBMIT_TIME = 0x0039
PR_SENDER_NAME = 0x0C1A
PR_SENDER_EMAIL_ADDRESS = 0x0C1F
PR_SENDER_SMTP_ADDRESS = 0x5D01
PR_DISPLAY_CC = 0x0E03
PR_DISPLAY_TO = 0x0E04
PR_MESSAGE_DELIVERY_TIME = 0x0E06
PR_BODY = 0x1000
PR_HTML = 0x1013
PR_INTERNET_MESSAGE_ID = 0x1035
PR_INTERNET_REFERENCES = 0x1039
PR_IN_REPLY_TO_ID = 0x1042
PR_MESSAGE_CODEPAGE = 0x3FFD
PR_INTERNET_CPID = 0x3FDE
PR_RECIPIENT_TYPE = 0x0C15
PR_DISPLAY_NAME = 0x3001
PR_EMAIL_ADDRESS = 0x3003
PR_SMTP_ADDRESS = 0x39FE
PR_ATTACH_DATA = 0x3701
PR_ATTACH_FILENAME = 0x3704
PR_ATTACH_LONG_FILENAME = 0x3707
PR_ATTACH_METHOD = 0x3705

ATTACH_EMBEDDED_MSG = 5
# Storage of an embedded Outlook item below its attachment ([MS-OXMSG] 2.2.2.1).
EMBEDDED_MESSAGE = f"__substg1.0_{PR_ATTACH_DATA:04X}{PT_OBJECT:04X}"
MAPI_TO, MAPI_CC = 1, 2
# 100-nanosecond ticks between 1601-01-01 (FILETIME) and 1970-01-01.
_FILETIME_EPOCH = 116444736000000000


@register(".msg", kind="msg", role="email")
def read_msg(data: bytes) -> Extraction:
    if not is_ole(data):
        raise CorruptFileError("not an OLE compound file / geen Outlook-bericht")
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        if ole.exists("EncryptionInfo"):
            raise EncryptedFileError("encrypted Office file, not a mail message / versleuteld bestand")
        if not ole.exists("__properties_version1.0") and not any(
            e[0].startswith("__substg1.0_") for e in ole.listdir(streams=True, storages=False)
        ):
            raise CorruptFileError("OLE file without message properties / geen Outlook-bericht")
        return _Message(ole, "").extraction()


class _Message:
    """One message storage: the top level, or an embedded message below an attachment."""

    def __init__(self, ole: olefile.OleFileIO, prefix: str, depth: int = 0) -> None:
        self.ole = ole
        self.prefix = prefix
        self.depth = depth
        header = 32 if prefix == "" else 24  # [MS-OXMSG] 2.4.1.1: top level vs embedded message
        self.fixed = _fixed_properties(ole, prefix, header)
        codepage = self.fixed.get(PR_INTERNET_CPID) or self.fixed.get(PR_MESSAGE_CODEPAGE)
        self.codepage = f"cp{codepage}" if codepage else "cp1252"

    def string(self, prop: int, prefix: str | None = None) -> str:
        return _string(self.ole, self.prefix if prefix is None else prefix, prop, self.codepage)

    def extraction(self) -> Extraction:
        sender_name = self.string(PR_SENDER_NAME)
        sender_addr = self.string(PR_SENDER_SMTP_ADDRESS) or self.string(PR_SENDER_EMAIL_ADDRESS)
        if "@" not in sender_addr:
            sender_addr = ""  # an Exchange X.500 DN says nothing a reader sees
        sender = f"{sender_name} <{sender_addr}>" if sender_name and sender_addr else sender_name or sender_addr
        to, cc = self.recipients()
        when = self.fixed.get(PR_CLIENT_SUBMIT_TIME) or self.fixed.get(PR_MESSAGE_DELIVERY_TIME)
        moment = _filetime(when) if isinstance(when, int) else None
        subject = self.string(PR_SUBJECT)
        values = {
            "from": sender,
            "date": dutch_sent_line(moment) if moment else "",
            "to": to or self.string(PR_DISPLAY_TO),
            "cc": cc or self.string(PR_DISPLAY_CC),
            "subject": subject,
        }
        body = self.string(PR_BODY)
        hidden: tuple[str, ...] = ()
        if not body.strip():
            html = _stream(self.ole, self.prefix, PR_HTML, PT_BINARY)
            body, hidden = read_html(html.decode(self.codepage, errors="replace")) if html else ("", ())
        return Extraction(
            text=header_block(values) + body.replace("\r\n", "\n"),
            date=moment.date() if moment else None,
            thread_key=thread_key(
                self.string(PR_INTERNET_MESSAGE_ID), self.string(PR_IN_REPLY_TO_ID),
                self.string(PR_INTERNET_REFERENCES),
            ),
            title=subject or None,
            attachments=tuple(self.attachments()),
            hidden=hidden,
        )

    def recipients(self) -> tuple[str, str]:
        to: list[str] = []
        cc: list[str] = []
        for storage in self._children("__recip_version1.0_#"):
            prefix = self.prefix + storage + "/"
            name = self.string(PR_DISPLAY_NAME, prefix)
            addr = self.string(PR_SMTP_ADDRESS, prefix) or self.string(PR_EMAIL_ADDRESS, prefix)
            if "@" not in addr:
                addr = ""
            shown = f"{name} <{addr}>" if name and addr and name != addr else name or addr
            kind = _fixed_properties(self.ole, prefix, 8).get(PR_RECIPIENT_TYPE, MAPI_TO)
            if shown and kind == MAPI_CC:
                cc.append(shown)
            elif shown and kind == MAPI_TO:
                to.append(shown)  # BCC is not what a reader of the message sees
        return "; ".join(to), "; ".join(cc)

    def attachments(self) -> list[Attachment]:
        out: list[Attachment] = []
        storages = self._children("__attach_version1.0_#")
        if len(storages) > MAX_PARTS:
            raise ContainerLimitError(f"message of {len(storages)} attachments (limit {MAX_PARTS}) / te veel bijlagen")
        for storage in storages:
            prefix = self.prefix + storage + "/"
            name = self.string(PR_ATTACH_LONG_FILENAME, prefix) or self.string(PR_ATTACH_FILENAME, prefix)
            try:
                method = _fixed_properties(self.ole, prefix, 8).get(PR_ATTACH_METHOD)
                if method == ATTACH_EMBEDDED_MSG or self.ole.exists(prefix + EMBEDDED_MESSAGE):
                    out.append(self.embedded(prefix, name))
                    continue
                data = _stream(self.ole, prefix, PR_ATTACH_DATA, PT_BINARY)
                if data is None:
                    raise UnsupportedFormatError("attachment without data (a link or OLE object) / bijlage zonder data")
                out.append(Attachment(filename=name or "bijlage", data=data))
            except Exception as exc:
                out.append(Attachment(filename="", data=b"", error=exc))
        return out

    def embedded(self, attach_prefix: str, name: str) -> Attachment:
        """An Outlook item attached to this one (a forwarded mail): read as a message of its own."""
        storage = attach_prefix + EMBEDDED_MESSAGE + "/"
        if not self.ole.exists(storage.rstrip("/")) or self.ole.get_type(storage.rstrip("/")) != olefile.STGTY_STORAGE:
            raise UnsupportedFormatError("embedded object that is not a mail message / ingesloten object")
        if self.depth + 1 > MAX_DEPTH:
            raise NestingTooDeepError(f"attachments nested deeper than {MAX_DEPTH} levels / te diep genest")
        inner = _Message(self.ole, storage, self.depth + 1)
        extraction = inner.extraction()
        # The hash that recognises the same item again is taken over its streams, in name order.
        parts = sorted(
            entry for entry in self.ole.listdir(streams=True, storages=False)
            if "/".join(entry).startswith(storage)
        )  # fmt: skip
        data = b"".join(self.ole.openstream(entry).read() for entry in parts)
        base = name or extraction.title or "bericht"
        filename = base if base.lower().endswith(".msg") else f"{base}.msg"
        return Attachment(filename=filename, data=data, extraction=extraction)

    def _children(self, start: str) -> list[str]:
        """Names of the direct sub-storages starting with ``start``, in numeric order."""
        depth = self.prefix.count("/")
        names = {
            entry[depth]
            for entry in self.ole.listdir(streams=False, storages=True)
            if len(entry) == depth + 1 and "/".join(entry[:depth]) + ("/" if depth else "") == self.prefix
            and entry[depth].startswith(start)
        }
        return sorted(names)


def _name(prop: int, ptype: int) -> str:
    return f"__substg1.0_{prop:04X}{ptype:04X}"


def _stream(ole: olefile.OleFileIO, prefix: str, prop: int, ptype: int) -> bytes | None:
    path = prefix + _name(prop, ptype)
    if not ole.exists(path):
        return None
    return ole.openstream(path).read()


def _string(ole: olefile.OleFileIO, prefix: str, prop: int, codepage: str) -> str:
    raw = _stream(ole, prefix, prop, PT_UNICODE)
    if raw is not None:
        return raw.decode("utf-16-le", errors="replace").rstrip("\x00")
    raw = _stream(ole, prefix, prop, PT_STRING8)
    if raw is not None:
        try:
            return raw.decode(codepage, errors="replace").rstrip("\x00")
        except LookupError:
            return raw.decode("cp1252", errors="replace").rstrip("\x00")
    return ""


def _fixed_properties(ole: olefile.OleFileIO, prefix: str, header: int) -> dict[int, int]:
    """PT_LONG and PT_SYSTIME values from the property stream (16-byte entries after a header)."""
    path = prefix + "__properties_version1.0"
    if not ole.exists(path):
        return {}
    raw = ole.openstream(path).read()
    out: dict[int, int] = {}
    for offset in range(header, len(raw) - 15, 16):
        tag, _flags, value = struct.unpack_from("<IIQ", raw, offset)
        ptype, prop = tag & 0xFFFF, tag >> 16
        if ptype == PT_LONG:
            out[prop] = value & 0xFFFFFFFF
        elif ptype == PT_SYSTIME:
            out[prop] = value
    return out


def _filetime(ticks: int) -> datetime.datetime | None:
    try:
        return datetime.datetime.fromtimestamp((ticks - _FILETIME_EPOCH) / 10_000_000, tz=datetime.UTC)
    except (OverflowError, OSError, ValueError):
        return None
