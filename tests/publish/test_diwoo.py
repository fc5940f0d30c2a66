from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime

import pytest

from redaction.publish import PublishError
from redaction.publish.diwoo import (
    ANONIMISEREN,
    DIWOO_NAMESPACE,
    INGEKOMEN_STUKKEN,
    ONTVANGST,
    OPENBAARMAKING,
    DiWooConfig,
    DocumentAction,
    diwoo_xml,
)

DORDRECHT = "https://identifier.overheid.nl/tooi/id/gemeente/gm0505"
# A stand-in category URI for the test; the real one is configuration (see the module docstring).
CATEGORY = "https://identifier.overheid.nl/tooi/def/thes/kern/c_test"
CONFIG = DiWooConfig(DORDRECHT, "gemeente Dordrecht", CATEGORY, action_uris={ONTVANGST: CATEGORY + "_ontvangst"})
NS = {"diwoo": DIWOO_NAMESPACE}
SOURCE_PERSONAL = ["Lotte Hoogland", "l.hoogland@voorbeeldmail.nl", "06-55443322"]


def _xml(title: str = "Ingekomen stuk DOC-2025-0042 & bijlage <1>") -> bytes:
    return diwoo_xml(
        document_id="DOC-2025-0042",
        official_title=title,
        creation_date=date(2025, 5, 27),
        actions=[
            DocumentAction(OPENBAARMAKING, datetime(2025, 6, 2, 9, 0, tzinfo=UTC)),
            DocumentAction(ONTVANGST, datetime(2025, 5, 27, 14, 16, tzinfo=UTC)),
            DocumentAction(ANONIMISEREN, datetime(2025, 5, 30, 11, 5, tzinfo=UTC)),
        ],
        config=CONFIG,
    )


def test_well_formed_with_the_required_elements() -> None:
    root = ET.fromstring(_xml())
    assert root.tag == f"{{{DIWOO_NAMESPACE}}}Document"
    meta = root.find("diwoo:DiWoo", NS)
    assert meta is not None
    assert meta.findtext("diwoo:creatiedatum", namespaces=NS) == "2025-05-27"
    publisher = meta.find("diwoo:publisher", NS)
    assert publisher is not None and publisher.get("resource") == DORDRECHT
    assert meta.findtext("diwoo:titelcollectie/diwoo:officieleTitel", namespaces=NS) == (
        "Ingekomen stuk DOC-2025-0042 & bijlage <1>"
    )
    category = meta.find("diwoo:classificatiecollectie/diwoo:informatiecategorieen/diwoo:informatiecategorie", NS)
    assert category is not None and category.get("resource") == CATEGORY and category.text == INGEKOMEN_STUKKEN
    handlings = meta.findall("diwoo:documenthandelingen/diwoo:documenthandeling", NS)
    assert [(h.findtext("diwoo:soortHandeling", namespaces=NS), h.findtext("diwoo:atTime", namespaces=NS))
            for h in handlings] == [
        (ONTVANGST, "2025-05-27T14:16:00+00:00"),
        (ANONIMISEREN, "2025-05-30T11:05:00+00:00"),
        (OPENBAARMAKING, "2025-06-02T09:00:00+00:00"),
    ]  # fmt: skip
    first = handlings[0].find("diwoo:soortHandeling", NS)
    assert first is not None and first.get("resource") == CATEGORY + "_ontvangst"


def test_values_are_escaped_and_no_personal_data_from_the_source() -> None:
    data = _xml()
    assert b"&amp; bijlage &lt;1&gt;" in data
    for value in SOURCE_PERSONAL:
        assert value.encode() not in data


@pytest.mark.parametrize("title", ["Brief van l.hoogland@voorbeeldmail.nl", "Terugbelverzoek 06-55443322"])
def test_a_title_with_personal_data_is_refused(title: str) -> None:
    with pytest.raises(PublishError, match=r"^\[W520\] DiWoo element 'officieleTitel'") as caught:
        _xml(title)
    assert "voorbeeldmail" not in str(caught.value) and "55443322" not in str(caught.value)


def test_configuration_must_use_tooi_identifiers() -> None:
    with pytest.raises(PublishError, match="TOOI"):
        DiWooConfig("https://example.org/dordrecht", "gemeente Dordrecht", CATEGORY)
