"""Every name the shipped lists hold is withheld in plain name position.

A name list is only as good as the rules that read it: a given name that is also a word, a
language, a month or a particle ("Frans", "April", "Ben") once left the whole name readable
before a surname the lists lack. These tests put every listed given name before an invented
surname, and every listed surname after a common given name, in one ordinary sentence each, and
ask that the engine withhold the whole name. The few names the engine reads otherwise on purpose
are listed with the reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redaction import Redactor
from redaction.paths import models_dir

# Given names that are also an institution or a place the engine keeps in that sentence.
GIVEN_NAMES_READ_OTHERWISE = {
    "Raad": "de Raad: the council",
    "Liibaan": "Somali for Lebanon, a listed place",
}
# Surnames that are also well-known firms (word_classes.tsv, class "firm"), kept bare after a
# given name that is part of the firm's own name ("Jan Snel", "Jan de Rijk"), or an organisation
# word after a given name the lists also know as a word ("Jan Bond").
SURNAMES_READ_OTHERWISE = {
    "Snel": "Jan Snel, a known firm",
    "de Rijk": "Jan de Rijk, a known firm",
    "Bond": "'Bond' is an organisation word and 'Jan' also a word",
    "Linders": "Jan Linders, a known firm (supermarkets)",
    "van Breemen": "Jan van Breemen, a known firm (a clinic)",
}


def _names(file: str) -> list[str]:
    lines = (models_dir() / "lexicons" / file).read_text("utf-8").splitlines()
    return [line.split("\t")[0] for line in lines if line.strip() and not line.startswith("#")]


def _not_withheld(redactor: Redactor, template: str, names: list[str]) -> set[str]:
    texts = [template.format(name) for name in names]
    missed = set()
    for name, text, decisions in zip(names, texts, redactor.analyze_many(texts), strict=True):
        at = text.index(name)
        if not any(d.entity == "PERSON" and d.decision == "redact" and d.start <= at and at + len(name) <= d.end
                   for d in decisions):
            missed.add(name)
    return missed


@pytest.mark.parametrize("template", ["Gisteren belde {} Kanterink over de bomen.",
                                      "Aanwezig: de heer Dijkhof en {} Sabelsma (buurman)."])
def test_every_listed_given_name_before_an_unlisted_surname_is_withheld(redactor: Redactor, template: str) -> None:
    assert _not_withheld(redactor, template, _names("first_names.tsv")) <= set(GIVEN_NAMES_READ_OTHERWISE)


def test_every_listed_surname_after_a_given_name_is_withheld(redactor: Redactor) -> None:
    missed = _not_withheld(redactor, "Gisteren belde Jan {} over de bomen.", _names("surnames.tsv"))
    assert missed <= set(SURNAMES_READ_OTHERWISE)


def test_the_lists_are_read_from_the_shipped_models() -> None:
    assert Path(models_dir(), "lexicons", "first_names.tsv").exists()
    assert len(_names("first_names.tsv")) > 6000 and len(_names("surnames.tsv")) > 5000
