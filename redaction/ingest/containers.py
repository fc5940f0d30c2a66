"""Limits on what a container may unpack to, checked before any reader parses it.

A zip-based file (DOCX, XLSX, a zip attachment) is read from its central directory first: too
many parts, too many bytes once unpacked or a compression ratio no document has (a zip bomb:
3 MB that inflate to more than a gigabyte) is refused with a reason before a byte is inflated.
The directory can lie, and Python's ``zipfile`` does not hold it to its word (``read()`` asks
zlib for up to 2 GB in one call and cuts the surplus off afterwards), so every part is also
inflated here in small steps, counting and keeping nothing, and a part that inflates to more
than its entry claims is refused as damaged. After that the reader's own inflating is bounded.

A mail's MIME parts are counted the same way before the parser builds an object for each.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass

import olefile

from redaction.ingest.errors import ContainerLimitError, CorruptFileError

_MB = 1024 * 1024

# A Word document with many photos has a few hundred parts; thousands are a generated trap.
MAX_PARTS = 5_000
# What one inbox file may unpack to, all its containers (attachments, nested mails) together:
# readers hold what they unpack in memory, shared with the other batches on the machine.
MAX_UNPACKED_BYTES = 512 * _MB
# One part: a document.xml of a thousand pages is some 20 MB; parsed it takes ten times that.
MAX_PART_BYTES = 128 * _MB
# Office XML compresses 5 to 20 times, images not at all; a zip bomb a thousand times.
MAX_RATIO = 200
# Below this a part's ratio says nothing (a small XML of repeated empty cells compresses well).
RATIO_FROM_BYTES = 1 * _MB
# A mail has a handful of parts; a thread of forwarded mails some dozens.
MAX_MAIL_PARTS = 1_000

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_DIRECTORY_ENTRY = b"PK\x01\x02"
_STEP = 256 * 1024
_LOCAL_HEADER = struct.Struct("<IHHHHHIIIHH")
_MAIL_PART = re.compile(rb"^content-type[ \t]*:", re.IGNORECASE | re.MULTILINE)


@dataclass
class UnpackBudget:
    """What is left of ``MAX_UNPACKED_BYTES`` for one inbox file and everything inside it."""

    left: int = MAX_UNPACKED_BYTES

    def spend(self, size: int) -> None:
        if size > self.left:
            raise ContainerLimitError(
                f"unpacks to more than {MAX_UNPACKED_BYTES // _MB} MB in all (a zip bomb?) "
                "/ pakt uit tot te veel data"
            )
        self.left -= size


def is_zip(data: bytes) -> bool:
    return data[:4] in _ZIP_MAGIC


def is_ole(data: bytes) -> bool:
    """An OLE compound file (.msg, .doc, an encrypted Office file), by its magic bytes.

    Never ``olefile.isOleFile(data)``: it takes bytes shorter than 1,536 for a file name and opens
    it, so a tiny inbox file could make the platform open, and reveal the existence of, any path.
    """
    return data[:8] == olefile.MAGIC


def check_zip(data: bytes, budget: UnpackBudget) -> None:
    """Refuse a zip that would unpack beyond the limits; return quietly when reading it is safe."""
    # Counted on the raw bytes before zipfile builds an object per directory entry: a directory
    # of millions of entries would cost gigabytes by itself. Every entry starts with this mark,
    # so the count is an upper bound (stray marks in compressed data are one in four billion).
    marks = data.count(_DIRECTORY_ENTRY)
    if marks > MAX_PARTS:
        raise ContainerLimitError(f"container of some {marks} parts (limit {MAX_PARTS}) / te veel onderdelen")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, struct.error, EOFError):
        return  # not a zip after all: the reader reports it as damaged
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_PARTS:
            raise ContainerLimitError(f"container of {len(infos)} parts (limit {MAX_PARTS}) / te veel onderdelen")
        declared = 0
        for info in infos:
            _check_declared(info)
            declared += info.file_size
        if declared > MAX_UNPACKED_BYTES:
            raise ContainerLimitError(
                f"unpacks to {declared / _MB:.0f} MB (limit {MAX_UNPACKED_BYTES // _MB} MB; a zip bomb?) "
                "/ pakt uit tot te veel data"
            )
        budget.spend(declared)
        for info in infos:
            _check_inflated(data, info)


def _check_declared(info: zipfile.ZipInfo) -> None:
    if info.file_size > MAX_PART_BYTES:
        raise ContainerLimitError(
            f"a part unpacks to {info.file_size / _MB:.0f} MB (limit {MAX_PART_BYTES // _MB} MB) / onderdeel te groot"
        )
    if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        ratio = info.file_size / max(info.compress_size, 1)
        raise ContainerLimitError(
            f"a part is compressed {ratio:.0f} to 1 (limit {MAX_RATIO}; a zip bomb?) / verdacht sterk gecomprimeerd"
        )


def _check_inflated(data: bytes, info: zipfile.ZipInfo) -> None:
    """Inflate one part in small steps without keeping it: it may not exceed what its entry claims."""
    if info.compress_type == zipfile.ZIP_STORED:
        return  # stored bytes are read as they are: no more than the file holds
    if info.compress_type != zipfile.ZIP_DEFLATED:
        # Office writes deflate only; bzip2 and LZMA would need their own bounded check.
        raise CorruptFileError("zip part with an unusual compression method / ongebruikelijke compressie")
    start = _data_offset(data, info)
    compressed = memoryview(data)[start : start + info.compress_size]
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    produced = 0
    pending = compressed
    try:
        while pending and not inflater.eof:
            produced += len(inflater.decompress(pending, _STEP))
            pending = inflater.unconsumed_tail
            if produced > info.file_size:
                raise _disguised()
        produced += len(inflater.flush())
    except zlib.error:
        raise CorruptFileError("a zip part does not inflate / beschadigde zip") from None
    if produced > info.file_size:
        raise _disguised()


def _disguised() -> CorruptFileError:
    return CorruptFileError("a zip part unpacks to more than its entry says (a disguised zip bomb?) / beschadigde zip")


def _data_offset(data: bytes, info: zipfile.ZipInfo) -> int:
    """Where a part's compressed bytes start: after its local header (whose lengths may differ from
    the central directory's)."""
    offset = info.header_offset
    if offset < 0 or offset + _LOCAL_HEADER.size > len(data):
        raise CorruptFileError("zip entry points outside the file / beschadigde zip")
    fields = _LOCAL_HEADER.unpack_from(data, offset)
    if fields[0] != 0x04034B50:
        raise CorruptFileError("zip entry without its local header / beschadigde zip")
    name_length, extra_length = fields[9], fields[10]
    return offset + _LOCAL_HEADER.size + name_length + extra_length


def check_mail_parts(data: bytes) -> None:
    """Refuse a mail of more MIME parts than any correspondence has, before parsing builds them."""
    parts = sum(1 for _ in _MAIL_PART.finditer(data))
    if parts > MAX_MAIL_PARTS:
        raise ContainerLimitError(f"mail of {parts} parts (limit {MAX_MAIL_PARTS}) / e-mail met te veel onderdelen")
