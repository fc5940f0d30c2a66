"""Builders of hostile inbox files, as a careful tester makes them (issue 17). Invented people only.

Each builder returns bytes; the zip bombs are written without ever holding their inflated content
in memory (a deflate block of one chunk, repeated after a full flush, inflates to the same chunk).
"""

from __future__ import annotations

import codecs
import io
import struct
import zipfile
import zlib
from email.message import EmailMessage

import docx
from docx.oxml import parse_xml
from pypdf import PdfWriter

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f'xmlns:w="{W_NS}"'

INSERTED = "Meindert Okkerse"
DELETED = "Hendrika Bosveld"
WHITE = "Wessel Kroonenberg"
VANISHED = "Grietje Harmsen-Bol"
COMMENTED = "Navragen bij Rutger Hoogstraten"
HTML_HIDDEN = "Dirkje Wolterink"

_MB = 1024 * 1024


def _save(document: object) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


def tracked_changes_docx() -> bytes:
    """'ingediend door <ins>Meindert Okkerse</ins><del>Hendrika Bosveld</del>, die wij ...'."""
    document = docx.Document()
    paragraph = document.add_paragraph("De aanvraag is ingediend door ")
    paragraph._p.append(parse_xml(
        f'<w:ins {_W} w:id="1" w:author="" w:date="2025-03-04T10:00:00Z"><w:r><w:t>{INSERTED}</w:t></w:r></w:ins>'
    ))  # fmt: skip
    paragraph._p.append(parse_xml(
        f'<w:del {_W} w:id="2" w:author="" w:date="2025-03-04T10:00:00Z"><w:r><w:delText>{DELETED}</w:delText>'
        "</w:r></w:del>"
    ))  # fmt: skip
    paragraph._p.append(parse_xml(f'<w:r {_W}><w:t xml:space="preserve">, die wij hebben gesproken.</w:t></w:r>'))
    return _save(document)


def hidden_docx(kind: str) -> bytes:
    """A letter with one passage the reader of Word does not see: white text, w:vanish, a comment."""
    document = docx.Document()
    document.add_paragraph("Geachte raad, hierbij de gevraagde stukken.")
    paragraph = document.add_paragraph("Met vriendelijke groet. ")
    if kind == "white":
        paragraph._p.append(parse_xml(
            f'<w:r {_W}><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>{WHITE}</w:t></w:r>'
        ))  # fmt: skip
    elif kind == "vanish":
        paragraph._p.append(parse_xml(f'<w:r {_W}><w:rPr><w:vanish/></w:rPr><w:t>{VANISHED}</w:t></w:r>'))
    elif kind == "comment":
        document.add_comment(paragraph.runs, text=COMMENTED, author="", initials="")
    else:
        raise ValueError(kind)
    return _save(document)


def hidden_html_eml() -> bytes:
    """An HTML mail with a passage styled display:none (a mail client shows nothing there)."""
    msg = EmailMessage()
    msg["From"] = "Loket <loket@gemeente.example>"
    msg["To"] = "Griffie <griffie@gemeente.example>"
    msg["Subject"] = "Vraag"
    msg["Message-ID"] = "<verborgen-1@gemeente.example>"
    msg.set_content(
        "<html><body><p>Geachte griffie,</p>"
        f'<p style="color: red; DISPLAY : none">Achtergrond: {HTML_HIDDEN} belde.</p>'
        "<p>Met groet, het loket</p></body></html>",
        subtype="html",
    )
    return msg.as_bytes()


def utf16_txt(text: str, *, big_endian: bool = False) -> bytes:
    """Notepad's 'Unicode' (UTF-16 with a byte order mark)."""
    if big_endian:
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    return codecs.BOM_UTF16_LE + text.encode("utf-16-le")


def zero_page_pdf() -> bytes:
    out = io.BytesIO()
    PdfWriter().write(out)
    return out.getvalue()


# -- zip bombs -------------------------------------------------------------------------------------


def _raw_deflate(data: bytes) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def _bomb_stream(prefix: bytes, chunk: bytes, repeats: int, suffix: bytes) -> tuple[bytes, int, int]:
    """Raw deflate of prefix + chunk * repeats + suffix, its CRC-32 and inflated size."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = c.compress(prefix) + c.flush(zlib.Z_FULL_FLUSH)
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    again = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    assert block == again, "a full flush must make every block alike"
    tail = c.compress(suffix) + c.flush()
    crc = zlib.crc32(prefix)
    for _ in range(repeats):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(suffix, crc)
    return head + block * repeats + tail, crc, len(prefix) + len(chunk) * repeats + len(suffix)


def _zip(members: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip of already deflated members: (name, deflated, crc, inflated size, declared size)."""
    out = io.BytesIO()
    central = []
    for name, deflated, crc, _size, declared in members:
        offset = out.tell()
        raw_name = name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(deflated), declared,
                              len(raw_name), 0) + raw_name)  # fmt: skip
        out.write(deflated)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(deflated),
                                   declared, len(raw_name), 0, 0, 0, 0, 0, offset) + raw_name)  # fmt: skip
    start = out.tell()
    for entry in central:
        out.write(entry)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), out.tell() - start, start, 0))
    return out.getvalue()


def zip_bomb_docx(inflated_mb: int = 1100, forged: bool = False) -> bytes:
    """A valid .docx whose document.xml inflates to ``inflated_mb`` MB of paragraphs (about 1,000:1).

    ``forged``: the zip's directory claims a small size for it, as a bomb that lies about itself would.
    """
    base = zipfile.ZipFile(io.BytesIO(_save(docx.Document())))
    members = []
    for info in base.infolist():
        data = base.read(info)
        if info.filename == "word/document.xml":
            prefix = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {_W}><w:body>').encode()
            paragraph = b"<w:p><w:r><w:t>bom</w:t></w:r></w:p>"
            chunk = paragraph * (_MB // len(paragraph))
            deflated, crc, size = _bomb_stream(prefix, chunk, inflated_mb, b"</w:body></w:document>")
            members.append((info.filename, deflated, crc, size, 64 * 1024 if forged else size))
        else:
            members.append((info.filename, _raw_deflate(data), zlib.crc32(data), len(data), len(data)))
    return _zip(members)


def many_parts_docx(parts: int) -> bytes:
    """A valid .docx plus ``parts`` tiny extra members: a container that is all directory."""
    buffer = io.BytesIO(_save(docx.Document()))
    with zipfile.ZipFile(buffer, "a") as z:
        for number in range(parts):
            z.writestr(f"extra/deel{number}.xml", "<a/>")
    return buffer.getvalue()


def mail_with_bomb_attachment(bomb: bytes) -> bytes:
    """A harmless mail carrying a zip bomb as its Word attachment."""
    msg = EmailMessage()
    msg["From"] = "Loket <loket@gemeente.example>"
    msg["To"] = "Griffie <griffie@gemeente.example>"
    msg["Subject"] = "Stukken"
    msg["Message-ID"] = "<bom-1@gemeente.example>"
    msg.set_content("Geachte griffie,\n\nZie de bijlage.\n")
    msg.add_attachment(
        bomb, maintype="application", subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="stukken.docx",
    )
    return msg.as_bytes()


def many_parts_eml(parts: int) -> bytes:
    """A mail of ``parts`` tiny MIME parts (the parser builds an object for each)."""
    boundary = "grens"
    body = [f"From: a@gemeente.example\nTo: b@gemeente.example\nSubject: x\nMessage-ID: <p@gemeente.example>\n"
            f'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="{boundary}"\n']  # fmt: skip
    body += [f"--{boundary}\nContent-Type: text/plain\n\nx\n" for _ in range(parts)]
    body.append(f"--{boundary}--\n")
    return "\n".join(body).encode()
