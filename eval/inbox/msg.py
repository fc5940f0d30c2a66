"""Outlook .msg files ([MS-OXMSG]) and password-protected .docx containers, for fixtures and the demo.

Both are compound files (``eval.inbox.cfb``). A message is a set of property streams:
variable-length values in ``__substg1.0_<id><type>`` streams, fixed-size ones in the
``__properties_version1.0`` stream, recipients and attachments in numbered sub-storages.
"""

from __future__ import annotations

import datetime
import random
import struct
from dataclasses import dataclass, field

from eval.inbox.cfb import CompoundFile

PT_LONG, PT_SYSTIME, PT_UNICODE, PT_STRING8, PT_BINARY = 0x0003, 0x0040, 0x001F, 0x001E, 0x0102
_FILETIME_EPOCH = 116444736000000000
_READ_WRITE = 0x06


@dataclass
class MsgAttachment:
    """A file attached by value, or (``message`` set) an Outlook item attached as such."""

    filename: str
    data: bytes = b""
    mime: str = "application/octet-stream"
    message: Msg | None = None


@dataclass
class Msg:
    """The parts of an Outlook message a reader sees, plus the thread headers."""

    subject: str
    sender_name: str
    sender_email: str
    to: list[tuple[str, str]]
    body: str
    sent: datetime.datetime
    cc: list[tuple[str, str]] = field(default_factory=list)
    message_id: str = ""
    in_reply_to: str = ""
    references: str = ""
    attachments: list[MsgAttachment] = field(default_factory=list)
    unicode: bool = True  # False writes 8-bit PT_STRING8 (cp1252) strings, as older Outlook did


class _Props:
    """Collects the properties of one object: substg streams plus the fixed-size entries."""

    def __init__(self, cf: CompoundFile, prefix: str, unicode: bool) -> None:
        self.cf, self.prefix, self.unicode = cf, prefix, unicode
        self.entries: list[bytes] = []

    def string(self, prop: int, value: str) -> None:
        if not value:
            return
        if self.unicode:
            raw, ptype = value.encode("utf-16-le"), PT_UNICODE
            size = len(raw) + 2
        else:
            raw, ptype = value.encode("cp1252", errors="replace"), PT_STRING8
            size = len(raw) + 1
        self.cf.add_stream(f"{self.prefix}__substg1.0_{prop:04X}{ptype:04X}", raw)
        self.entries.append(struct.pack("<IIII", (prop << 16) | ptype, _READ_WRITE, size, 0))

    def binary(self, prop: int, value: bytes) -> None:
        self.cf.add_stream(f"{self.prefix}__substg1.0_{prop:04X}{PT_BINARY:04X}", value)
        self.entries.append(struct.pack("<IIII", (prop << 16) | PT_BINARY, _READ_WRITE, len(value), 0))

    def long(self, prop: int, value: int) -> None:
        self.entries.append(struct.pack("<IIQ", (prop << 16) | PT_LONG, _READ_WRITE, value))

    def time(self, prop: int, value: datetime.datetime) -> None:
        ticks = int(value.timestamp() * 10_000_000) + _FILETIME_EPOCH
        self.entries.append(struct.pack("<IIQ", (prop << 16) | PT_SYSTIME, _READ_WRITE, ticks))

    def close(self, header: bytes) -> None:
        self.cf.add_stream(f"{self.prefix}__properties_version1.0", header + b"".join(self.entries))


def build_msg(message: Msg) -> bytes:
    """Serialise ``message`` as a .msg file that olefile and ``redaction.ingest`` read."""
    cf = CompoundFile()
    # The named-property map must exist, even when empty ([MS-OXMSG] 2.2.3).
    for stream in ("00020102", "00030102", "00040102"):
        cf.add_stream(f"__nameid_version1.0/__substg1.0_{stream}", b"")
    _write_message(cf, "", message)
    return cf.to_bytes()


def _write_message(cf: CompoundFile, prefix: str, message: Msg) -> None:
    """One message object at ``prefix`` ("" for the file itself, a storage for an embedded item)."""
    top = _Props(cf, prefix, message.unicode)
    top.string(0x001A, "IPM.Note")
    top.string(0x0037, message.subject)
    top.string(0x0070, message.subject)  # conversation topic
    top.string(0x0C1A, message.sender_name)
    top.string(0x0C1E, "SMTP")
    top.string(0x0C1F, message.sender_email)
    top.string(0x5D01, message.sender_email)
    top.string(0x0E04, "; ".join(name for name, _ in message.to))
    top.string(0x0E03, "; ".join(name for name, _ in message.cc))
    top.string(0x1000, message.body)
    top.string(0x1035, message.message_id)
    top.string(0x1042, message.in_reply_to)
    top.string(0x1039, message.references)
    top.time(0x0039, message.sent)
    top.time(0x0E06, message.sent)
    top.long(0x0E07, 0x01)  # MSGFLAG_READ
    if not message.unicode:
        top.long(0x3FFD, 1252)
    recipients = [(n, a, 1) for n, a in message.to] + [(n, a, 2) for n, a in message.cc]
    for i, (name, address, kind) in enumerate(recipients):
        props = _Props(cf, f"{prefix}__recip_version1.0_#{i:08X}/", message.unicode)
        props.string(0x3001, name)
        props.string(0x3002, "SMTP")
        props.string(0x3003, address)
        props.string(0x39FE, address)
        props.long(0x0C15, kind)
        props.long(0x3000, i)
        props.close(bytes(8))
    for i, att in enumerate(message.attachments):
        att_prefix = f"{prefix}__attach_version1.0_#{i:08X}/"
        props = _Props(cf, att_prefix, message.unicode)
        props.string(0x3001, att.filename)
        if att.message is not None:
            # ATTACH_EMBEDDED_MSG: the item is a storage (PR_ATTACH_DATA_OBJ), not a byte stream.
            cf.add_storage(f"{att_prefix}__substg1.0_3701000D")
            _write_message(cf, f"{att_prefix}__substg1.0_3701000D/", att.message)
            props.long(0x3705, 5)
        else:
            props.string(0x3707, att.filename)
            props.string(0x3704, _short_name(att.filename))
            props.string(0x370E, att.mime)
            props.binary(0x3701, att.data)
            props.long(0x3705, 1)  # ATTACH_BY_VALUE
        props.long(0x0E21, i)
        props.close(bytes(8))
    n_recip, n_att = len(recipients), len(message.attachments)
    counts = struct.pack("<IIII", n_recip, n_att, n_recip, n_att)
    # [MS-OXMSG] 2.4.1: the top level's header has 8 more reserved bytes than an embedded one's.
    top.close(bytes(8) + counts + (bytes(8) if prefix == "" else b""))


def _short_name(filename: str) -> str:
    stem, _, ext = filename.rpartition(".")
    return f"{stem[:6].upper()}~1.{ext[:3].upper()}" if stem else filename[:8].upper()


def build_encrypted_docx(rng: random.Random, size: int = 6000) -> bytes:
    """What Word writes for a password-protected .docx: an OLE container, not a zip.

    The streams hold random bytes: no reader can decrypt them, which is the point.
    """
    cf = CompoundFile()
    # Version 4.4 marks agile encryption; the rest of the descriptor is irrelevant here.
    cf.add_stream("EncryptionInfo", struct.pack("<HHI", 4, 4, 0x40) + rng.randbytes(900))
    cf.add_stream("EncryptedPackage", struct.pack("<Q", size) + rng.randbytes(size))
    cf.add_stream("\x06DataSpaces/Version", rng.randbytes(76))
    return cf.to_bytes()
