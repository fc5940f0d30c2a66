"""Word .docx via python-docx: body paragraphs and tables in reading order, headers, footers,
and then what python-docx's reading order leaves out: text boxes, footnotes, endnotes and
comments. The published version is typeset from this text, so anything not read here would be
missing from it without anyone noticing; names in a footnote must be found and redacted too.

Paragraph text is read from the XML here, not from python-docx's ``Paragraph.text``, which only
sees runs directly below the paragraph: an inserted tracked change (``w:ins``), a content control
or a field would silently be missing ("ingediend door , die wij ..."). Deleted tracked changes
(``w:del``, ``w:moveFrom``) stay out: they are not part of the document as it reads.

What a reader of the document does not see (white text, ``w:vanish``, text of one point, comments)
is read too, so its names are found, and listed in ``Extraction.hidden``: a person must look at
the original before such a document is published.

A password-protected .docx is not a zip at all but an OLE container with an ``EncryptionInfo``
stream ([MS-OFFCRYPTO]); it gets its own failure, so the user knows to ask for the password
rather than for a new copy.
"""

from __future__ import annotations

import io
import zipfile

import docx
import olefile
from docx.document import Document as DocxDocument
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from redaction.ingest.containers import is_ole
from redaction.ingest.errors import CorruptFileError, EncryptedFileError, UnsupportedFormatError
from redaction.ingest.model import Extraction
from redaction.ingest.registry import register


@register(".docx", kind="docx")
def read_docx(data: bytes) -> Extraction:
    if is_ole(data):
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if ole.exists("EncryptionInfo") or ole.exists("EncryptedPackage"):
                raise EncryptedFileError("password-protected Word document / document is beveiligd met een wachtwoord")
        raise UnsupportedFormatError("old binary Word file (.doc) named .docx / oud Word-formaat (.doc)")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise CorruptFileError("not a valid .docx (zip) file / beschadigd Word-document")
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise CorruptFileError(f"damaged .docx ({type(exc).__name__}) / beschadigd Word-document") from None
    hidden = _Hidden(_styles(document))
    blocks = [*_headers_footers(document, "header", hidden), *_blocks(document, hidden),
              *_headers_footers(document, "footer", hidden), *_extra_parts(document, hidden)]  # fmt: skip
    props = document.core_properties
    created = props.created
    return Extraction(
        text="\n".join(blocks).strip("\n") + "\n",
        date=created.date() if created else None,
        title=props.title or None,
        hidden=hidden.summary(),
    )


def _blocks(container: DocxDocument | object, hidden: _Hidden) -> list[str]:
    """Lines of paragraphs and table rows, in document order (tables nested in cells too)."""
    lines: list[str] = []
    for item in container.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(item, Paragraph):
            lines.append(_paragraph_text(item._p, hidden))
        elif isinstance(item, Table):
            lines.extend(_table(item, hidden))
    return lines


def _table(table: Table, hidden: _Hidden) -> list[str]:
    lines: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            # A merged cell is returned once per grid column; its text must appear once.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(line for line in _blocks(cell, hidden) if line.strip()))
        lines.append("\t".join(cells))
    return lines


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
# Related parts whose text python-docx does not return, with the heading they get in the text.
_EXTRA_PARTS = (("/footnotes", "Voetnoten:"), ("/endnotes", "Eindnoten:"), ("/comments", "Opmerkingen:"))


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


# A run below one of these is not part of this paragraph's text: deleted or moved-away tracked
# changes, a text box (read under its own heading) or its VML copy, a nested paragraph.
_NOT_OURS = frozenset({_w("del"), _w("moveFrom"), _w("txbxContent"), _w("p"), f"{{{_MC}}}Fallback"})
_RUN_TEXT = {_w("tab"): "\t", _w("ptab"): "\t", _w("br"): "\n", _w("cr"): "\n", _w("noBreakHyphen"): "-"}


def _paragraph_text(paragraph: etree._Element, hidden: _Hidden) -> str:
    """The paragraph as it reads: every run in it, also those inside w:ins, fields and controls."""
    parts: list[str] = []
    for run in paragraph.iter(_w("r")):
        if not _belongs_to(run, paragraph):
            continue
        text = "".join(
            (child.text or "") if child.tag == _w("t") else _RUN_TEXT.get(child.tag, "") for child in run
        )  # fmt: skip
        if text.strip():
            hidden.check(run, paragraph)
        parts.append(text)
    return "".join(parts)


def _belongs_to(run: etree._Element, paragraph: etree._Element) -> bool:
    node = run.getparent()
    while node is not None and node is not paragraph:
        if node.tag in _NOT_OURS:
            return False
        node = node.getparent()
    return node is paragraph


def _paragraph_texts(root: etree._Element, hidden: _Hidden) -> list[str]:
    texts = []
    # Each paragraph once, nested ones (a text box in a footnote) too: a paragraph's text holds
    # only its own runs.
    for paragraph in root.iter(_w("p")):
        text = _paragraph_text(paragraph, hidden)
        if text.strip():
            texts.append(text)
    return texts


def _extra_parts(document: DocxDocument, hidden: _Hidden) -> list[str]:
    """Text boxes in the body, then footnotes, endnotes and comments, each under a heading."""
    lines: list[str] = []
    # A text box is stored twice (the drawing and a VML fallback): each text once, in order.
    boxes = dict.fromkeys(
        text for box in document.element.body.iter(_w("txbxContent")) for text in _paragraph_texts(box, hidden)
    )
    if boxes:
        lines += ["", "Tekstvakken:", *boxes]
    for rel in document.part.rels.values():
        for suffix, heading in _EXTRA_PARTS:
            if rel.is_external or not rel.reltype.endswith(suffix):
                continue
            root = etree.fromstring(rel.target_part.blob)
            texts = _paragraph_texts(root, hidden)
            if texts:
                lines += ["", heading, *texts]
            if suffix == "/comments":
                comments = sum(1 for c in root.iter(_w("comment")) if "".join(c.itertext()).strip())
                hidden.count("comments (not shown in the document)", comments)
    return lines


def _headers_footers(document: DocxDocument, which: str, hidden: _Hidden) -> list[str]:
    """Text of every distinct header (or footer) of every section, each once."""
    lines: list[str] = []
    seen: set[str] = set()
    for section in document.sections:
        for attr in (f"first_page_{which}", which, f"even_page_{which}"):
            part = getattr(section, attr)
            if part.is_linked_to_previous:
                continue
            text = "\n".join(line for line in _blocks(part, hidden) if line.strip())
            if text and text not in seen:
                seen.add(text)
                lines.append(text)
    return lines


# -- what a reader does not see --------------------------------------------------------------------

_VAL = _w("val")
# Half-points: below 2 pt no one reads the text on paper or screen.
_TINY_HALF_POINTS = 4


def _on(element: etree._Element | None) -> bool | None:
    """A toggle property (w:vanish): None if absent, else whether it is switched on."""
    if element is None:
        return None
    return element.get(_VAL, "true").lower() not in ("0", "false", "off")


def _white(element: etree._Element | None) -> bool | None:
    if element is None:
        return None
    value = element.get(_VAL, "").lower()
    if len(value) != 6:
        return False  # "auto" and theme colours: the reader sees them
    try:
        return all(int(value[i : i + 2], 16) >= 0xF0 for i in (0, 2, 4))
    except ValueError:
        return False


def _tiny(element: etree._Element | None) -> bool | None:
    if element is None:
        return None
    try:
        return int(element.get(_VAL, "24")) < _TINY_HALF_POINTS
    except ValueError:
        return False


_PROPERTIES = (
    ("hidden text (w:vanish)", lambda rpr: _on(rpr.find(_w("vanish")))),
    ("white text", lambda rpr: _white(rpr.find(_w("color")))),
    ("text smaller than 2 pt", lambda rpr: _tiny(rpr.find(_w("sz")))),
)


class _Styles:
    """Run properties of the document's styles, following ``w:basedOn`` (a style may hide text)."""

    def __init__(self, root: etree._Element | None) -> None:
        self.rpr: dict[str, etree._Element] = {}
        self.based_on: dict[str, str] = {}
        self.defaults: etree._Element | None = None
        if root is None:
            return
        self.defaults = root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{_w('rPr')}")
        for style in root.iter(_w("style")):
            style_id = style.get(_w("styleId"))
            if not style_id:
                continue
            rpr = style.find(_w("rPr"))
            if rpr is not None:
                self.rpr[style_id] = rpr
            based = style.find(_w("basedOn"))
            if based is not None and based.get(_VAL):
                self.based_on[style_id] = based.get(_VAL, "")

    def chain(self, style_id: str | None) -> list[etree._Element]:
        """The style's run properties, most specific first (a cycle in basedOn is cut)."""
        found: list[etree._Element] = []
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            if style_id in self.rpr:
                found.append(self.rpr[style_id])
            style_id = self.based_on.get(style_id)
        return found


def _styles(document: DocxDocument) -> _Styles:
    try:
        return _Styles(document.styles.element)
    except (KeyError, ValueError, AttributeError):
        return _Styles(None)  # a document without a styles part: direct formatting only


class _Hidden:
    """Counts, per kind, the passages of text a reader of the document does not see."""

    def __init__(self, styles: _Styles) -> None:
        self.styles = styles
        self.counts: dict[str, int] = {}

    def count(self, kind: str, number: int = 1) -> None:
        if number:
            self.counts[kind] = self.counts.get(kind, 0) + number

    def check(self, run: etree._Element, paragraph: etree._Element) -> None:
        """The run's effective properties: its own, its character style, its paragraph's style, the defaults."""
        sources: list[etree._Element] = []
        own = run.find(_w("rPr"))
        if own is not None:
            sources.append(own)
            sources += self.styles.chain(_val(own.find(_w("rStyle"))))
        ppr = paragraph.find(_w("pPr"))
        sources += self.styles.chain(_val(ppr.find(_w("pStyle"))) if ppr is not None else None)
        if self.styles.defaults is not None:
            sources.append(self.styles.defaults)
        for kind, prop in _PROPERTIES:
            for rpr in sources:
                value = prop(rpr)
                if value is not None:
                    if value:
                        self.count(kind)
                    break

    def summary(self) -> tuple[str, ...]:
        return tuple(f"{kind}: {n}" for kind, n in self.counts.items())


def _val(element: etree._Element | None) -> str | None:
    return element.get(_VAL) if element is not None else None
