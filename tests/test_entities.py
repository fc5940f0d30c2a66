"""The entity table (`redaction.entities`): it agrees with the policy files, everything derives from
it, and a new entity is one recognizer plus one entry that flows through analysis, the Noot and the
review cockpit. All names, numbers and case numbers are invented."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from presidio_analyzer import Pattern

from redaction import Redactor
from redaction.engine import PRIORITY
from redaction.entities import ENTITY_REGISTRY, NEUTRAL_CLASS, EntityRegistry, EntitySpec
from redaction.policy import load_policy
from redaction.recognizers import DutchPatternRecognizer, pattern_recognizers
from redaction.recognizers.registry import all_recognizers
from redaction.review import NewDocument
from redaction.review.web import view
from tests.web.conftest import BATCH, make_cockpit

REPOSITORY = Path(__file__).resolve().parent.parent
POLICIES = [None, REPOSITORY / "examples" / "policies" / "dordrecht.yaml"]


@pytest.mark.parametrize("path", POLICIES, ids=lambda p: "default" if p is None else p.name)
def test_every_declared_entity_has_a_rule_in_the_shipped_policies_and_no_rule_is_orphaned(path: Path | None) -> None:
    policy = load_policy(path)
    assert set(policy.entities) == set(ENTITY_REGISTRY.names())
    for spec in ENTITY_REGISTRY:
        rule = policy.entities[spec.name]
        if rule.decision == "redact":
            # The Noot names what is withheld the way the table declares it.
            assert rule.category == spec.noot_category, spec.name
        else:
            # What is kept is no personal data: it has no line in the Noot.
            assert spec.noot_category is None and rule.category is None, spec.name


def test_an_entity_a_policy_forgets_is_withheld_under_its_declared_noot_category() -> None:
    # The explicit default for a declared entity without a rule: withheld (recall first), with the
    # kind of data its declaration names; an unknown one as "persoonsgegeven".
    policy = load_policy()
    trimmed = replace(policy, entities={k: v for k, v in policy.entities.items() if k != "LICENSE_PLATE"})
    rule = trimmed.rule_for("LICENSE_PLATE")
    assert (rule.decision, rule.ground, rule.category) == ("redact", "5.1.2e", "kenteken")
    assert trimmed.rule_for("NOG_ONBEKEND").category == "persoonsgegeven"


def test_engine_recognizers_and_cockpit_derive_from_the_table() -> None:
    assert PRIORITY is ENTITY_REGISTRY.priority
    assert {spec.name: spec.priority for spec in ENTITY_REGISTRY} == PRIORITY
    recognizers = all_recognizers()
    assert {e for r in recognizers for e in r.supported_entities} == set(ENTITY_REGISTRY.detected())
    assert sum(len(spec.recognizers) for spec in ENTITY_REGISTRY) == len(recognizers)
    # LOCATION is policy-only: nothing registered finds it, so the engine does not ask for it.
    assert "LOCATION" in ENTITY_REGISTRY and "LOCATION" not in ENTITY_REGISTRY.detected()
    assert all(isinstance(r, DutchPatternRecognizer) for r in pattern_recognizers())
    assert view.entity_class("POSTCODE") == view.entity_class("ADDRESS") == "ent-address"
    assert view.entity_class("URL") == view.entity_class("HANDMATIG") == f"ent-{NEUTRAL_CLASS}"
    assert view.entity_label("DATE_OF_BIRTH") == "geboortedatum" and view.entity_label("HANDMATIG") == "handmatig"
    assert view.categories()["adres"] == "ADDRESS" and view.categories()["overig"] == "HANDMATIG"
    css = view.entity_stylesheet()
    for spec in ENTITY_REGISTRY:
        if spec.colour:
            rule = f".ent-{spec.css_class}.dec-redact, .chip.ent-{spec.css_class} {{ background: {spec.colour}; }}"
            assert rule in css, spec.name


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": "zaak nummer"}, "upper-case"),
        ({"css_class": "x{}"}, "plain class name"),
        ({"colour": "red;}"}, "not #rgb"),
        ({"colour": None}, "a colour needs"),
    ],
)
def test_a_declaration_that_could_break_the_cockpit_is_refused(changes: dict[str, object], message: str) -> None:
    fields: dict[str, object] = {"name": "ZAAK", "label_nl": "zaak", "recognizers": (), "priority": 1,
                                 "noot_category": None, "css_class": "zaak", "colour": "#abcdef"}  # fmt: skip
    with pytest.raises(ValueError, match=message):
        EntitySpec(**{**fields, **changes})  # type: ignore[arg-type]


def test_a_name_or_a_colour_declared_twice_is_refused() -> None:
    spec = EntitySpec("ZAAK", "zaak", (), 1, None, "person", "#000000")
    with pytest.raises(ValueError, match="already has colour"):
        EntityRegistry((*ENTITY_REGISTRY, spec))
    with pytest.raises(ValueError, match="declared twice"):
        EntityRegistry((*ENTITY_REGISTRY, ENTITY_REGISTRY["PERSON"]))


# -- a new entity is one module and one entry ----------------------------------------------------


class CaseNumberRecognizer(DutchPatternRecognizer):
    """The "module" of a throwaway entity: a municipality's own case numbers, "ZK-123456"."""

    ENTITY = "TEST_ZAAKNUMMER"
    PATTERNS = (Pattern("zaaknummer", r"\bZK-\d{6}\b", 0.9),)
    CONTEXT = ("zaak", "zaaknummer")


CASE_NUMBER = EntitySpec("TEST_ZAAKNUMMER", "zaaknummer", (CaseNumberRecognizer,), priority=85,
                         noot_category="zaaknummer", css_class="zaak", colour="#c0ffee")  # fmt: skip
LETTER = "Geachte heer,\n\nUw aanvraag is geregistreerd onder zaaknummer ZK-482913. Wij beslissen binnen acht weken.\n"


def test_one_entry_takes_a_new_entity_through_analysis_the_noot_and_the_cockpit(tmp_path: Path) -> None:
    cockpit = make_cockpit(tmp_path)
    with ENTITY_REGISTRY.added(CASE_NUMBER):
        result = Redactor(ner="off").redact(LETTER)
        [found] = [d for d in result.decisions if d.entity == "TEST_ZAAKNUMMER"]
        # No rule in the policy: withheld under the explicit default, named as declared.
        assert (found.text, found.decision, found.ground, found.category) == ("ZK-482913", "redact", "5.1.2e",
                                                                              "zaaknummer")  # fmt: skip
        assert "ZK-482913" not in result.text
        assert any("zaaknummer" in line for line in result.noot)

        cockpit.store.add_document(BATCH, NewDocument(id="d0009", number=f"{BATCH}-0009", kind="txt", text=LETTER),
                                   result.decisions)  # fmt: skip
        client = cockpit.client("beoordelaar-a")
        page = client.get("/documents/d0009").text
        assert 'class="det ent-zaak dec-redact state-proposed"' in page
        assert '<mark class="det ent-zaak dec-redact">zaaknummer</mark>' in page  # the legend
        assert '<option value="zaaknummer">' in page  # a reviewer can add one by hand
        css = client.get("/entities.css")
        assert css.headers["content-type"].startswith("text/css")
        assert ".ent-zaak.dec-redact, .chip.ent-zaak { background: #c0ffee; }" in css.text
    cockpit.app.state.store.close()
    cockpit.store.close()
    # Gone again with its entry.
    assert "TEST_ZAAKNUMMER" not in ENTITY_REGISTRY and "TEST_ZAAKNUMMER" not in PRIORITY
    assert ".ent-zaak" not in view.entity_stylesheet()
