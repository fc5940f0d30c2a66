from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from redaction.decisions import Decision
from redaction.render import RenderError, render

TEXT = (
    "Van: Sanne Verhoeven <s.verhoeven@voorbeeldmail.nl>\n"
    "Aan: raadsgriffie@dordrecht.nl\n"
    "Onderwerp: <script>alert('x')</script> & de bezuinigingen\n\n"
    "Beste raad,\nBel mij op 06-98765432.\nGroet, Sanne\n"
)


def _redact(text: str, value: str, category: str, ground: str = "5.1.2e", occurrence: int = 0) -> Decision:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(value, start + 1)
    return Decision(start, start + len(value), value, "X", "redact", ground, category, "r", 1.0, "test")


DECISIONS = [
    _redact(TEXT, "Sanne Verhoeven", "naam"),
    _redact(TEXT, "s.verhoeven@voorbeeldmail.nl", "e-mail"),
    _redact(TEXT, "06-98765432", "telefoonnummer"),
    _redact(TEXT, "Sanne", "naam", occurrence=1),
    Decision(
        TEXT.index("raadsgriffie"),
        TEXT.index("raadsgriffie") + 25,
        "raadsgriffie@dordrecht.nl",
        "EMAIL",
        "keep",
        None,
        "e-mail",
        "functional",
        1.0,
        "test",
    ),
]


class _Structure(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)


@pytest.fixture(scope="module")
def page() -> str:
    return render("html", TEXT, DECISIONS, title="DOC-2025-0007")


@pytest.mark.parametrize("secret", ["Sanne", "Verhoeven", "s.verhoeven", "voorbeeldmail", "98765432"])
def test_redacted_text_is_absent_from_the_source(page: str, secret: str) -> None:
    assert secret.lower() not in page.lower()
    assert secret.lower() not in re.sub(r"\s+", "", page).lower()


def test_marks_carry_ground_and_kind_of_data(page: str) -> None:
    marks = re.findall(r'<span class="woo-redactie" title="([^"]+)">\[([^\]]+)\]', page)
    assert marks == [
        ("Art. 5.1 lid 2 onderdeel e Woo (naam)", "5.1.2e"),
        ("Art. 5.1 lid 2 onderdeel e Woo (e-mail)", "5.1.2e"),
        ("Art. 5.1 lid 2 onderdeel e Woo (telefoonnummer)", "5.1.2e"),
        ("Art. 5.1 lid 2 onderdeel e Woo (naam)", "5.1.2e"),
    ]


def test_page_is_dutch_complete_escaped_and_self_contained(page: str) -> None:
    parser = _Structure()
    parser.feed(page)
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="nl">' in page
    assert "<title>DOC-2025-0007</title>" in page
    assert {"html", "head", "body", "main", "h1", "h2", "ul", "li"} <= set(parser.tags)
    assert "script" not in parser.tags
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; de bezuinigingen" in page
    assert not any(name in {"src", "href"} for name, _ in parser.attrs)
    assert "raadsgriffie@dordrecht.nl" in page  # kept text stays


def test_noot_at_the_end_lists_each_ground_and_kind_once(page: str) -> None:
    noot = page[page.index('<section class="woo-noot"') :]
    assert re.findall(r"<li>(.*?)</li>", noot) == [
        "Art. 5.1 lid 2 onderdeel e Woo (naam)",
        "Art. 5.1 lid 2 onderdeel e Woo (e-mail)",
        "Art. 5.1 lid 2 onderdeel e Woo (telefoonnummer)",
    ]


def test_title_is_escaped() -> None:
    out = render("html", "tekst", [], title="<b>DOC</b>")
    assert "<b>DOC</b>" not in out
    assert "&lt;b&gt;DOC&lt;/b&gt;" in out


def test_no_redactions_no_noot_and_text_renderer_ignores_options() -> None:
    out = render("html", "Niets te melden.", [], title="DOC-1")
    assert "woo-noot" not in out.split("</style>")[1]
    assert "Niets te melden." in out
    assert render("text", "Niets te melden.", [], title="DOC-1", pages=[(0, 16)]) == "Niets te melden."


def test_unknown_format_has_a_stable_code() -> None:
    with pytest.raises(RenderError, match=r"^\[W500\] unknown output format 'docx'"):
        render("docx", "x", [])
    with pytest.raises(ValueError):
        render("docx", "x", [])
