"""One table per format: the happy path and every bad input with its stable code."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

import pytest

from redaction.ingest import SUPPORTED_SUFFIXES, ingest_bytes, ingest_file
from redaction.ingest.errors import IngestError
from tests.ingest import builders as b

HAPPY: list[tuple[str, Callable[[], bytes], str, list[str]]] = [
    ("brief.txt", lambda: f"Notitie over {b.NAME}\n".encode(), "txt", [b.NAME]),
    ("bom.txt", lambda: f"\ufeffNotitie {b.NAME}".encode(), "txt", [b.NAME]),
    ("brief.pdf", b.pdf, "pdf", [b.NAME]),
    ("verslag.docx", b.docx, "docx", [b.NAME, "Bram Kuipers\t06-12345678", "Gemeente Dordrecht", "Vertrouwelijk"]),
    ("vraag.eml", b.eml, "eml", [f"Van: {b.NAME} <{b.MAIL}>", "Aan: Raadsgriffie <raadsgriffie@dordrecht.nl>",
                                 "CC: Bram Kuipers", "Onderwerp: Vraag over bijstand", "Groet,\n" + b.NAME]),
    ("html.eml", lambda: b.eml(html=True), "eml", [b.NAME]),
    ("dossier.msg", b.msg, "msg", ["Van: Sanne Dekker <s.dekker@dordrecht.nl>", f"Aan: {b.NAME} <{b.MAIL}>",
                                   "CC: Raadsgriffie <raadsgriffie@dordrecht.nl>", "Onderwerp: Overdracht dossier",
                                   f"Beste {b.NAME}"]),
    ("ansi.msg", lambda: b.msg(unicode=False), "msg", ["Van: Sanne Dekker", f"Beste {b.NAME}"]),
    ("HOOFDLETTERS.PDF", b.pdf, "pdf", [b.NAME]),
]


@pytest.mark.parametrize(("filename", "make", "kind", "expected"), HAPPY, ids=[h[0] for h in HAPPY])
def test_happy_path(filename: str, make: Callable[[], bytes], kind: str, expected: list[str]) -> None:
    result = ingest_bytes(make(), filename)
    assert result.failures == []
    doc = result.documents[0]
    assert doc.kind == kind
    assert doc.role == ("email" if kind in ("eml", "msg") else "document")
    for phrase in expected:
        assert phrase in doc.text
    assert doc.pages[0].start == 0 and doc.pages[-1].end == len(doc.text)
    assert len(doc.sha256) == 64


BAD: list[tuple[str, Callable[[], bytes], str]] = [
    ("leeg.txt", lambda: b"", "W402"),
    ("spaties.pdf", lambda: b"  \n ", "W402"),
    ("foto.heic", lambda: b"\x00\x01heic", "W401"),
    ("geen-extensie", lambda: b"tekst", "W401"),
    ("binair.txt", lambda: b"ab\x00cd", "W408"),
    ("latin1.txt", lambda: "caf\xe9".encode("latin-1"), "W408"),
    ("kapot.pdf", lambda: b"%PDF-1.7\n" + bytes(range(256)) * 8, "W404"),
    ("geen-pdf.pdf", lambda: b"dit is geen pdf", "W404"),
    ("afgekapt.pdf", lambda: b.pdf()[:300], "W404"),
    ("beveiligd.pdf", b.encrypted_pdf, "W405"),
    ("kapot.docx", lambda: b"PK\x03\x04 dit is geen zip", "W404"),
    ("zip-zonder-word.docx", lambda: _zip_without_word(), "W404"),
    ("beveiligd.docx", b.encrypted_docx, "W405"),
    ("kapot.msg", lambda: b"geen OLE-bestand", "W404"),
    ("geen-mail.eml", lambda: b"zomaar wat tekst zonder koppen\n", "W404"),
]


def _zip_without_word() -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("iets.txt", "x")
    return out.getvalue()


@pytest.mark.parametrize(("filename", "make", "code"), BAD, ids=[x[0] for x in BAD])
def test_bad_input_becomes_a_failure_with_its_code(filename: str, make: Callable[[], bytes], code: str) -> None:
    # The file name carries a surname, as inbox names do: it must not leak into the reason.
    result = ingest_bytes(make(), f"brief-Oukili-{filename}")
    assert result.documents == []
    assert [(f.part, f.code) for f in result.failures] == [("file", code)]
    reason = result.failures[0].reason
    assert "\n" not in reason and "Oukili" not in reason


def test_failure_codes_match_the_error_classes() -> None:
    codes = {cls.code for cls in IngestError.__subclasses__()}
    assert {"W401", "W402", "W403", "W404", "W405", "W406", "W407", "W408", "W409", "W414"} <= codes


def test_supported_suffixes() -> None:
    assert {".txt", ".eml", ".msg", ".pdf", ".docx", ".png", ".jpg", ".jpeg", ".tif", ".tiff"} == set(
        SUPPORTED_SUFFIXES
    )


def test_ingest_file_reads_from_disk_and_reports_missing_files(tmp_path: Path) -> None:
    path = tmp_path / f"brief-{b.NAME}.pdf"
    path.write_bytes(b.pdf())
    assert ingest_file(path).documents[0].text.startswith("Brief van")
    missing = ingest_file(tmp_path / "weg.pdf")
    assert [f.code for f in missing.failures] == ["W407"]
    assert [f.code for f in ingest_file(tmp_path).failures] == ["W407"]


def test_pdf_page_map_and_metadata() -> None:
    doc = ingest_bytes(b.two_page_pdf(), "twee.pdf").documents[0]
    assert [p.number for p in doc.pages] == [1, 2]
    second = doc.pages[1]
    start = doc.text.index("TWEEDE-PAGINA Bram Kuipers")
    assert second.start <= start < start + len("TWEEDE-PAGINA Bram Kuipers") <= second.end
    assert doc.pages[0].end <= second.start
    assert "TWEEDE-PAGINA" not in doc.text[doc.pages[0].start : doc.pages[0].end]
    assert doc.date == datetime.date(2025, 1, 2)


def test_dates_and_titles() -> None:
    mail = ingest_bytes(b.eml(), "a.eml").documents[0]
    assert (mail.date, mail.title) == (datetime.date(2025, 3, 4), "Vraag over bijstand")
    outlook = ingest_bytes(b.msg(), "a.msg").documents[0]
    assert (outlook.date, outlook.title) == (datetime.date(2025, 3, 4), "Overdracht dossier")
    word = ingest_bytes(b.docx(), "a.docx").documents[0]
    assert (word.date, word.title) == (datetime.date(2025, 2, 3), "Verslag")


@pytest.mark.parametrize("build", [b.eml, b.msg], ids=["eml", "msg"])
def test_send_time_is_written_as_a_dutch_reader_sees_it(build: Callable[[], bytes]) -> None:
    """'Verzonden: dinsdag 27 mei ...', not 'Tue, 27 May': English day names look like names to a Dutch model."""
    document = ingest_bytes(build(), "bericht" + (".eml" if build is b.eml else ".msg")).documents[0]
    line = next(line for line in document.text.splitlines() if line.startswith("Verzonden: "))
    sent = b.SENT  # a UTC time: both formats keep the clock time as sent
    weekday = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")[sent.weekday()]
    assert line.startswith(f"Verzonden: {weekday} {sent.day} ")
    assert line.endswith(f"{sent.year} {sent:%H:%M}")
    assert not any(day in line for day in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))


def test_a_partly_scanned_pdf_is_read_by_ocr_and_an_empty_page_is_fine() -> None:
    """Page 2 a scanned image: its content would be missing from the publication, so Tesseract
    reads it (and only it: page 1 keeps its text layer). A blank page (nothing drawn) stays empty."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from eval.inbox.scans import draw_page, png_bytes

    def pdf(second_page: str) -> bytes:
        buffer = io.BytesIO()
        c = canvas.Canvas(buffer, pagesize=A4, invariant=1)
        c.drawString(72, 760, "Geachte raad, zie de bijlage.")
        c.showPage()
        if second_page == "scan":
            png = png_bytes(draw_page(["Bijlage: verklaring van Sabelsma."], dpi=150, height_inch=2.0), 150)
            c.drawImage(ImageReader(io.BytesIO(png)), 0, A4[1] - 144, width=A4[0], height=144)
        c.showPage()
        c.save()
        return buffer.getvalue()

    scanned = ingest_bytes(pdf("scan"), "brief.pdf")
    assert scanned.failures == []
    document = scanned.documents[0]
    second = document.text[document.pages[1].start : document.pages[1].end]
    assert "Sabelsma" in second and "Geachte raad" in document.text[: document.pages[0].end]
    pages = [(p.ocr, p.source.kind, p.source.index) for p in document.layout.pages]
    assert pages == [(False, "pdf", 0), (True, "pdf", 1)]
    assert document.pages_to_review == []  # the scan was read; nothing else on the pages
    blank = ingest_bytes(pdf("blank"), "brief.pdf")
    assert blank.failures == [] and len(blank.documents[0].pages) == 2
    assert blank.documents[0].layout.pages[1].words == () and not blank.documents[0].layout.pages[1].ocr


def test_an_image_on_a_typed_page_sends_the_page_to_a_person() -> None:
    """A signature or a pasted scan on a page with text is not in the text layer: a mark."""
    import io

    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    c.drawString(72, 760, "Met vriendelijke groet,")
    c.drawImage(ImageReader(Image.new("L", (200, 60), 40)), 72, 680, width=144, height=40)
    c.drawImage(ImageReader(Image.new("L", (4, 4), 40)), 72, 600, width=4, height=4)  # a bullet: no mark
    c.showPage()
    c.save()
    document = ingest_bytes(buffer.getvalue(), "brief.pdf").documents[0]
    [mark] = document.layout.pages[0].marks
    assert (round(mark.x0), round(mark.top), round(mark.x1), round(mark.bottom)) == (72, 122, 216, 162)
    assert document.pages_to_review == [1] and not document.layout.pages[0].ocr


def test_docx_text_boxes_and_comments_are_read() -> None:
    """The published version is typeset from the extracted text: a name in a text box or a comment
    must be in it (to be found and redacted), not silently dropped."""
    import io

    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    paragraph = document.add_paragraph("Zie het kader hiernaast.")
    box = parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        "<w:t>kader:</w:t><wps:txbx><w:txbxContent><w:p><w:r><w:t>Contactpersoon Ilona Verwegen</w:t></w:r></w:p>"
        "</w:txbxContent></wps:txbx></w:r>"
    )
    paragraph._p.append(box)
    commented = document.add_paragraph("De aanvraag is compleet.")
    document.add_comment(commented.runs, text="Navragen bij Rutger Hoogstraten", author="", initials="")
    buffer = io.BytesIO()
    document.save(buffer)
    text = ingest_bytes(buffer.getvalue(), "brief.docx").documents[0].text
    assert "Tekstvakken:\nContactpersoon Ilona Verwegen" in text
    assert "Opmerkingen:\nNavragen bij Rutger Hoogstraten" in text
    assert text.index("De aanvraag is compleet.") < text.index("Opmerkingen:")
