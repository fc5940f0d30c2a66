"""Leak scanner: a Presidio-style table of (text, expected kinds), near misses included."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from openpyxl import Workbook
from pypdf import PdfWriter
from reportlab.pdfgen.canvas import Canvas

from redaction.scan import (
    BSN,
    EMAIL,
    IBAN,
    PHONE,
    FixedTexts,
    Leak,
    ScanError,
    describe,
    elfproef,
    find_values,
    iban_valid,
    line_and_column,
    scan_file,
    scan_text,
)

SWITCHBOARD = "14 078"  # not a personal number: the body's general number style
BODY_LANDLINE = "078 770 4911"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # e-mail
        ("Mail naar m.dekker@voorbeeldzorg.nl graag.", [EMAIL]),
        ("Stuur het naar raadsgriffie@dordrecht.nl of info@dordrecht.nl.", []),
        ("woo@gemeente.example en noreply@gemeente.example en no-reply@x.example", []),
        ("Griffie@Dordrecht.nl, Postbus@dordrecht.nl, pers@dordrecht.nl", []),
        ("informatiebeveiliging.jansen@dordrecht.nl", [EMAIL]),
        # BSN-like numbers (11-proef)
        ("BSN 111222333.", [BSN]),
        ("burgerservicenummer 123.456.782", [BSN]),
        ("nummer 1234.56.782", [BSN]),
        ("nummer 123 456 782", [BSN]),
        ("oud nummer 12345672", [BSN]),
        ("zaak 123456789 is gesloten", []),  # 9 digits, fails the 11-proef
        ("kenmerk 1234567890 en 12345678901", []),  # too long
        # IBAN
        ("rekening NL91 ABNA 0417 1643 00 t.n.v.", [IBAN]),
        ("rekening NL91ABNA0417164300.", [IBAN]),
        ("Konto DE89 3704 0044 0532 0130 00", [IBAN]),
        ("account GB82WEST12345698765432", [IBAN]),
        ("rekening NL92 ABNA 0417 1643 00", []),  # wrong check digits
        ("rekening NL91 ABNA 0417 1643 01", []),  # one digit off
        # phones
        ("bel 06-12345678", [PHONE]),
        ("bel 0612345678 of +31 6 1234 5678", [PHONE, PHONE]),
        ("bel (078) 770 49 11", [PHONE]),
        ("gratis 0800-1234567", []),
        ("bel 14 078", []),
        # near misses that are no personal data
        ("brief van 27-05-2025 en 27.05.2025, vergadering 20 mei 2025", []),
        ("postcode 3311 AB Dordrecht", []),
        ("factuurnummer 2024-118734 en INV-20240518", []),
        ("75% redt zichzelf, 21 statushouders, 2030", []),
        ("", []),
    ],
)
def test_scan_text_table(text: str, kinds: list[str]) -> None:
    assert [leak.kind for leak in scan_text(text)] == kinds


def test_allowed_addresses_and_phones() -> None:
    text = f"Mail a.smit@dordrecht.nl of bel {BODY_LANDLINE}; mobiel 06 87654321."
    assert [leak.kind for leak in scan_text(text)] == [EMAIL, PHONE, PHONE]
    allowed = scan_text(text, allowed_emails={"A.Smit@dordrecht.nl"}, allowed_phones=["+31787704911"])
    assert [leak.kind for leak in allowed] == [PHONE]  # a mobile number is never allowed
    assert "mobiel" in allowed[0].reason


def test_email_patterns_are_configurable() -> None:
    text = "contact via team.jeugd@dordrecht.nl"
    assert [leak.kind for leak in scan_text(text)] == [EMAIL]
    assert scan_text(text, allowed_email_patterns=[r"team\.\w+"]) == []


def test_a_leak_says_where_but_never_what() -> None:
    text = "Hallo, mijn nummer is 06-12345678 en mail p.devries@voorbeeld.nl, BSN 111222333, NL91ABNA0417164300."
    leaks = scan_text(text)
    assert [leak.kind for leak in leaks] == [PHONE, EMAIL, BSN, IBAN]
    for leak in leaks:
        value = text[leak.start : leak.end]
        assert value.strip(), "the span points at the value"
        for shown in (leak.reason, str(leak), repr(leak)):
            assert value not in shown
            digits = re.sub(r"\D", "", value)
            if len(digits) >= 6:  # the tail of a number must not appear either
                assert digits[-6:] not in re.sub(r"\D", "", shown.replace(str(leak.start), ""))
    assert leaks[1].reason == f"e-mailadres op positie {text.index('p.devries')} (niet functioneel)"
    assert describe(leaks) == {"leaks": 4, "per_kind": {BSN: 1, EMAIL: 1, IBAN: 1, PHONE: 1}}


def test_checksums() -> None:
    assert elfproef("111222333") and elfproef("123456782") and elfproef("12345672")
    assert not elfproef("123456789") and not elfproef("000000000") and not elfproef("12a456782")
    assert iban_valid("NL91ABNA0417164300") and not iban_valid("NL91ABNA0417164301")


# --- files -------------------------------------------------------------------------------------

SECRET_MAIL = "e.bosman@voorbeeldmail.nl"
SECRET_PHONE = "06-11223344"


def _pdf(tmp_path: Path, body: str, author: str | None = None, xmp: bytes | None = None) -> Path:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.drawString(72, 720, body)
    canvas.save()
    writer = PdfWriter(clone_from=io.BytesIO(buffer.getvalue()))
    writer.metadata = None
    writer.add_metadata({"/Title": "DOC-1", **({"/Author": author} if author else {})})
    if xmp is not None:
        writer.xmp_metadata = xmp
    path = tmp_path / "doc.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def test_scan_pdf_text_metadata_and_xmp(tmp_path: Path) -> None:
    clean = _pdf(tmp_path, "Beste raad, mail raadsgriffie@dordrecht.nl")
    assert scan_file(clean) == []
    text_leak = scan_file(_pdf(tmp_path, f"Beste raad, mail {SECRET_MAIL}"))
    assert [(leak.kind, leak.where) for leak in text_leak] == [(EMAIL, "pagina 1")]
    author = scan_file(_pdf(tmp_path, "Beste raad", author=SECRET_MAIL))
    assert [(leak.kind, leak.where) for leak in author] == [(EMAIL, "metadata")]
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>tel 06 11223344</dc:creator>'
        b"</rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    assert [(leak.kind, leak.where) for leak in scan_file(_pdf(tmp_path, "Beste raad", xmp=xmp))] == [(PHONE, "XMP")]


def test_scan_html_text_and_attributes(tmp_path: Path) -> None:
    page = tmp_path / "doc.html"
    page.write_text(
        f'<p title="{SECRET_PHONE}">Hallo</p><a href="mailto:{SECRET_MAIL}">mail</a>'
        "<p>BSN 111<b>222</b>333</p><!-- raadsgriffie@dordrecht.nl -->",
        encoding="utf-8",
    )
    leaks = scan_file(page)
    assert sorted((leak.kind, leak.where) for leak in leaks) == [(BSN, "tekst"), (EMAIL, "bron"), (PHONE, "bron")]
    encoded = tmp_path / "encoded.htm"
    encoded.write_text("<p>e.bosman&#64;voorbeeldmail.nl</p>", encoding="utf-8")
    assert [leak.kind for leak in scan_file(encoded)] == [EMAIL]  # reported once, not per view


def test_scan_xlsx_every_cell_and_properties(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Document ID", "Toelichting"])
    sheet.append(["DOC-1", "Openbaar"])
    sheet["D7"] = f"zie {SECRET_MAIL}"
    workbook.properties.creator = SECRET_PHONE
    path = tmp_path / "inventaris.xlsx"
    workbook.save(path)
    leaks = scan_file(path)
    assert sorted((leak.kind, leak.where) for leak in leaks) == [(EMAIL, "blad 1 cel D7"), (PHONE, "metadata")]


@pytest.mark.parametrize(
    ("name", "content", "kinds"),
    [
        ("a.txt", f"mail {SECRET_MAIL}", [EMAIL]),
        ("a.txt", "niets aan de hand", []),
        ("a.csv", "Document ID;Toelichting\nDOC-1;NL91ABNA0417164300\n", [IBAN]),
        ("a.xml", "<d><t a='06&#45;11223344'>x</t><u>111222333</u></d>", [PHONE, BSN]),
        ("a.json", json.dumps({"toelichting": SECRET_MAIL.replace("@", "\u0040")}), [EMAIL]),
        ("a.json", '{"mail": "e.bosman\\u0040voorbeeldmail.nl"}', [EMAIL]),
    ],
)
def test_scan_text_like_files(tmp_path: Path, name: str, content: str, kinds: list[str]) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert [leak.kind for leak in scan_file(path)] == kinds


def test_unknown_type_and_missing_file_raise_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(ScanError, match=r"^\[W510\] cannot scan a\.docx: unknown file type \.docx$"):
        scan_file(tmp_path / "a.docx")
    with pytest.raises(ScanError, match=r"^\[W510\] cannot scan weg\.pdf: not a file$"):
        scan_file(tmp_path / "weg.pdf")


def test_leak_is_a_frozen_value() -> None:
    leak = Leak(EMAIL, 1, 2, "e-mailadres op positie 1 (niet functioneel)", "pagina 1")
    assert str(leak) == "pagina 1: e-mailadres op positie 1 (niet functioneel)"
    with pytest.raises(AttributeError):
        leak.kind = BSN  # type: ignore[misc]


# --- renderer-owned text and withheld values ---------------------------------------------------

NOOT = (
    "Noot\nIn dit document zijn gedeeltes onleesbaar gemaakt op grond van artikel 5 van de Wet open overheid:\n"
    "• Art. 5.1 lid 2 onderdeel e Woo (naam)\n"
)
NOOT_PHRASES = FixedTexts(
    ("Noot In dit document zijn gedeeltes onleesbaar gemaakt op grond van artikel 5 van de Wet open overheid:",
     "Art. 5.1 lid 2 onderdeel e Woo (naam)", "5.1.2e")
)  # fmt: skip


def test_a_word_in_the_noot_or_a_mark_is_no_leak_but_the_same_word_in_the_body_is() -> None:
    # "Woo" and "Art" withheld (a surname, a given name) while the Noot and the marks say them too.
    published = f"Beste raad,\nVolgens [5.1.2e] en [5.1.2e] klopt het.\n\n{NOOT}"
    assert find_values([("tekst", published)], ["Woo", "Art", "Noot", "5.1.2e"], fixed=NOOT_PHRASES) == []
    assert len(find_values([("tekst", published)], ["Woo", "Art"])) == 2  # without the list: both "leak"
    # The same words in the body are readable there: leaks, with where they stand.
    leaking = f"Beste raad,\nMevrouw Noot en Art Woo belden.\n\n{NOOT}"
    hits = find_values([("tekst", leaking)], ["Woo", "Art", "Noot"], fixed=NOOT_PHRASES)
    assert [(hit.index, leaking[hit.start : hit.end]) for hit in hits] == [(2, "Noot"), (1, "Art"), (0, "Woo")]
    assert line_and_column(leaking, hits[0].start) == (2, 9)
    for hit in hits:  # a hit names the value by its index only
        assert not any(word in repr(hit) for word in ("Noot", "Art", "Woo"))


def test_fixed_phrases_match_across_rewrapped_lines_and_bare_tags_only() -> None:
    pdf_text = "Noot\nIn dit document zijn gedeeltes onleesbaar gemaakt op grond van artikel 5 van de Wet\n" \
               "open overheid:"  # fmt: skip
    assert NOOT_PHRASES.ranges(pdf_text) == [(0, len(pdf_text))]
    html_source = "<h2 id=\"kop\">Noot</h2>\n<p>In dit document zijn gedeeltes onleesbaar gemaakt op grond van " \
                  "artikel 5 van de Wet open overheid:</p>"  # fmt: skip
    assert html_source[slice(*NOOT_PHRASES.ranges(html_source)[0])].startswith("Noot</h2>\n<p>In dit")
    # The heading alone (a surname, say) is not the Noot, and a tag with attributes is no gap.
    assert NOOT_PHRASES.ranges("Noot\nIn dit huis") == []
    assert NOOT_PHRASES.ranges('Noot<span title="x">In dit document zijn gedeeltes onleesbaar gemaakt op grond '
                               'van artikel 5 van de Wet open overheid:') == []  # fmt: skip


def test_the_renderers_markup_is_fixed_but_attribute_values_and_look_alike_tags_are_not() -> None:
    xml = ('<?xml version="1.0"?><diwoo:publisher resource="https://example.org/lotte">gemeente Voorbeeld'
           "</diwoo:publisher><diwoo:titel>Brief van <Lotte publisher></diwoo:titel>")  # fmt: skip
    fixed = FixedTexts(("gemeente Voorbeeld",), tags=r"xml|diwoo:[A-Za-z]+")
    hits = find_values([("bron", xml)], ["publisher", "lotte", "Lotte", "Voorbeeld", "xml"], fixed=fixed)
    # The attribute value and the decoded text that only looks like a tag are read; the rest is fixed.
    assert [xml[hit.start : hit.end] for hit in hits] == ["lotte", "Lotte", "publisher"]


def test_kept_texts_and_html_views_are_searched_as_a_reader_reads_them() -> None:
    parts = [("bron", "<p>Bakker &amp; Zn en Bakker</p>"), ("tekst", "Bakker & Zn en Bakker")]
    hits = find_values(parts, ["Bakker"], ignore=["Bakker & Zn"], deduplicate=True)
    assert [(hit.where, hit.start) for hit in hits] == [("tekst", 15)]  # one view, the kept firm skipped
