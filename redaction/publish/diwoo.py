"""DiWoo metadata XML per published document, for open.overheid.nl and municipal platforms.

DiWoo (the metadata standard for Woo publications, by KOOP) describes a document with values from
the TOOI value lists: the publisher as the body's TOOI identifier, the information category, the
kinds of document action. Only the elements woo.md names are written: creation date, publisher
(also as the responsible body), official title, information category, and document actions with
their time, plus the document's identifier and language.

What is configuration and why: the body's TOOI id and name differ per body; the TOOI URIs of the
information category and of the document actions are not in this repository's reference material,
so they are configured (`DiWooConfig`) rather than guessed; an action without a configured URI is
written with its label only. `DIWOO_NAMESPACE` is the one of the DiWoo 0.9.x schemas; a receiving
platform's XSD version decides which elements it requires.

Every value is checked with the independent leak scanner: the title must be the neutral document
number or a neutral description, never an e-mail subject.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Final

from redaction.publish import PublishError
from redaction.scan import scan_text

# The DiWoo metadata namespace as public DiWoo implementations and the 0.9.8 schema use it
# (https://standaarden.overheid.nl/diwoo/metadata/0.9.8/xsd/diwoo/diwoo-metadata.xsd).
DIWOO_NAMESPACE: Final = "https://standaarden.overheid.nl/diwoo/metadata/"
TOOI_ID_PREFIX: Final = "https://identifier.overheid.nl/tooi/"
LANGUAGE_DUTCH: Final = "http://publications.europa.eu/resource/authority/language/NLD"
INGEKOMEN_STUKKEN: Final = "bij vertegenwoordigende organen ingekomen stukken"
LANGUAGE_LABEL: Final = "Nederlands"
# The element names this module writes, and the XML declaration (a regex, for the leak check).
MARKUP_TAGS: Final = r"xml|diwoo:[A-Za-z]+"

ONTVANGST: Final = "ontvangst"
ANONIMISEREN: Final = "anonimiseren"
OPENBAARMAKING: Final = "openbaarmaking"

ET.register_namespace("diwoo", DIWOO_NAMESPACE)


@dataclass(frozen=True, slots=True)
class DiWooConfig:
    """Per-body settings, e.g. for Dordrecht
    ``DiWooConfig("https://identifier.overheid.nl/tooi/id/gemeente/gm0505", "gemeente Dordrecht", <category URI>)``.
    """

    publisher_uri: str
    publisher_label: str
    information_category_uri: str
    information_category_label: str = INGEKOMEN_STUKKEN
    action_uris: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in ("publisher_uri", "information_category_uri"):
            value = getattr(self, name)
            if not value.startswith(TOOI_ID_PREFIX):
                raise PublishError(f"DiWoo configuration: {name} must be a TOOI URI ({TOOI_ID_PREFIX}...)")
        if not self.publisher_label.strip() or not self.information_category_label.strip():
            raise PublishError("DiWoo configuration: publisher and information category need a label")


@dataclass(frozen=True, slots=True)
class DocumentAction:
    """A documenthandeling: what happened to the document (``ontvangst``, ...) and when."""

    kind: str
    at: datetime


def fixed_texts(config: DiWooConfig) -> tuple[str, ...]:
    """Every value the metadata takes from configuration and vocabulary, not from a document: what
    the leak check may find in the XML without it being a leak (the title and number aside)."""
    actions = (ONTVANGST, ANONIMISEREN, OPENBAARMAKING, *config.action_uris)
    return (
        DIWOO_NAMESPACE, LANGUAGE_DUTCH, LANGUAGE_LABEL, config.publisher_uri, config.publisher_label,
        config.information_category_uri, config.information_category_label, *actions,
        *config.action_uris.values(),
    )  # fmt: skip


def _q(name: str) -> str:
    return f"{{{DIWOO_NAMESPACE}}}{name}"


def _sub(parent: ET.Element, name: str, text: str | None = None, resource: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, _q(name))
    if resource is not None:
        element.set("resource", resource)
    if text is not None:
        element.text = text
    return element


def _timestamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _check(root: ET.Element) -> None:
    """Refuse metadata in which any text or attribute looks like personal data."""
    for element in root.iter():
        values = [element.text or "", *element.attrib.values()]
        for value in values:
            leaks = scan_text(value)
            if leaks:
                name = element.tag.rsplit("}", 1)[-1]
                raise PublishError(f"DiWoo element {name!r} looks like personal data ({leaks[0].kind})")


def diwoo_document(
    *,
    document_id: str,
    official_title: str,
    creation_date: date,
    actions: Sequence[DocumentAction],
    config: DiWooConfig,
) -> ET.Element:
    """The ``diwoo:Document`` element for one published document."""
    if not official_title.strip():
        raise PublishError("DiWoo: the official title is empty")
    if not actions:
        raise PublishError("DiWoo: a published document needs at least one document action")
    document = ET.Element(_q("Document"))
    metadata = _sub(document, "DiWoo")
    identifiers = _sub(metadata, "identifiers")
    _sub(identifiers, "identifier", document_id)
    _sub(metadata, "publisher", config.publisher_label, config.publisher_uri)
    _sub(metadata, "verantwoordelijke", config.publisher_label, config.publisher_uri)
    _sub(metadata, "language", LANGUAGE_LABEL, LANGUAGE_DUTCH)
    titles = _sub(metadata, "titelcollectie")
    _sub(titles, "officieleTitel", official_title.strip())
    classification = _sub(metadata, "classificatiecollectie")
    categories = _sub(classification, "informatiecategorieen")
    _sub(categories, "informatiecategorie", config.information_category_label, config.information_category_uri)
    creation = creation_date.date() if isinstance(creation_date, datetime) else creation_date
    _sub(metadata, "creatiedatum", creation.isoformat())
    handlings = _sub(metadata, "documenthandelingen")
    for action in sorted(actions, key=lambda a: a.at):
        handling = _sub(handlings, "documenthandeling")
        _sub(handling, "soortHandeling", action.kind, config.action_uris.get(action.kind))
        _sub(handling, "atTime", _timestamp(action.at))
        _sub(handling, "wasAssociatedWith", config.publisher_label, config.publisher_uri)
    _check(document)
    return document


def diwoo_xml(
    *,
    document_id: str,
    official_title: str,
    creation_date: date,
    actions: Sequence[DocumentAction],
    config: DiWooConfig,
) -> bytes:
    """The DiWoo metadata as UTF-8 XML bytes (ElementTree escapes every value)."""
    document = diwoo_document(
        document_id=document_id,
        official_title=official_title,
        creation_date=creation_date,
        actions=actions,
        config=config,
    )
    ET.indent(document)
    return ET.tostring(document, encoding="utf-8", xml_declaration=True) + b"\n"
