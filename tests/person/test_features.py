"""Features of the person scorer that encode a fact about the document (synthetic text)."""

from __future__ import annotations

import pytest

from redaction.engine import Detection, resolve_overlaps
from redaction.lexicons import load_lexicons
from redaction.person import Candidate, FeatureExtractor


@pytest.fixture(scope="module")
def extractor() -> FeatureExtractor:
    return FeatureExtractor(load_lexicons())


def _features(extractor: FeatureExtractor, text: str, spans: list[tuple[str, str]]) -> list[dict[str, float]]:
    cands = []
    for value, source in spans:
        start = text.index(value)
        cands.append(Candidate(start, start + len(value), 0.85, source))
    return extractor.named_document(text, cands)


def test_strong_elsewhere_needs_another_candidate_with_a_strong_cue(extractor: FeatureExtractor) -> None:
    text = "Mevrouw Verhoeckx belde. Later schreef Verhoeckx een brief over Kwaaitaal."
    titled, bare, alone = _features(extractor, text, [("Verhoeckx", "person:title"),
                                                      ("Verhoeckx een", "person:ner"),
                                                      ("Kwaaitaal", "person:ner")])
    assert bare["doc.strong_elsewhere"] == 1.0  # the titled mention vouches for the bare one
    assert titled.get("doc.strong_elsewhere", 0.0) == 0.0  # but not for itself
    assert alone.get("doc.strong_elsewhere", 0.0) == 0.0  # a model score alone is no strong cue


def test_english_pronoun_is_no_initial(extractor: FeatureExtractor) -> None:
    text = "I came here in April. J Verbeek came later."
    pronoun, initial = _features(extractor, text, [("I came", "person:ner"), ("J Verbeek", "person:ner")])
    assert pronoun.get("has_initial", 0.0) == 0.0
    assert initial["has_initial"] == 1.0


@pytest.mark.parametrize(("word", "expected"), [
    ("Moharnmad", 1.0),  # "rn" read for "m"
    ("yi1maz", 1.0),  # a one read for an "l"
    ("Hoorn", 0.0),  # a place, not a name misread
    ("Bernard", 0.0),  # already a name: no second reading needed
])
def test_ocr_reading_of_a_listed_name(extractor: FeatureExtractor, word: str, expected: float) -> None:
    assert extractor.word_info(word)["ocr_name"] == expected


def test_share_of_lines_written_small(extractor: FeatureExtractor) -> None:
    small = "geachte heer\n\nik schrijf u over de brug.\n- 3. de borden staan er nog\nmet groet\nwopke"
    usual = "Geachte heer,\n\nIk schrijf u over de brug.\nMet groet,\nWopke"
    assert _features(extractor, small, [("wopke", "person:ner")])[0]["doc.lower_case"] == 1.0
    assert _features(extractor, usual, [("Wopke", "person:ner")])[0].get("doc.lower_case", 0.0) == 0.0


def test_a_line_without_letters_is_read_in_linear_time(extractor: FeatureExtractor) -> None:
    # A nested quantifier over digits once made this take minutes (exponential backtracking).
    text = "Wopke Verbeek\n" + "12-03-2031 09:20 " * 400 + "\n"
    assert _features(extractor, text, [("Wopke Verbeek", "person:lexicon")])[0]["doc.lower_case"] == 0.0


def test_overlap_ties_resolve_the_same_whatever_the_order() -> None:
    a = Detection(0, 9, "PERSON", 0.85, "person:title")
    b = Detection(0, 9, "PERSON", 0.85, "person:staff_initials")
    assert resolve_overlaps([a, b]) == resolve_overlaps([b, a])


def test_a_word_repeated_alone_and_never_in_a_full_name(extractor: FeatureExtractor) -> None:
    def at_each(text: str, value: str, source: str) -> list[Candidate]:
        found, start = [], text.find(value)
        while start >= 0:
            found.append(Candidate(start, start + len(value), 0.85, source))
            start = text.find(value, start + 1)
        return found

    firm = "De offerte van Bouwmeesterk. Bouwmeesterk heeft de planning gestuurd."
    assert [f["doc.alone_repeated"] for f in extractor.named_document(
        firm, at_each(firm, "Bouwmeesterk", "person:ner"))] == [1.0, 1.0]
    # a person the document introduces in full, then names by surname alone
    person = "Gesprek met Joke Kanterink. Later belde Kanterink terug. Kanterink komt morgen."
    cands = [Candidate(12, 26, 0.85, "person:lexicon"), *at_each(person, "Kanterink", "person:ner")[1:]]
    assert [f.get("doc.alone_repeated", 0.0) for f in extractor.named_document(person, cands)] == [0.0, 0.0, 0.0]
    # once alone is no repetition
    once = _features(extractor, "De offerte van Bouwmeesterk is binnen.", [("Bouwmeesterk", "person:ner")])[0]
    assert once.get("doc.alone_repeated", 0.0) == 0.0


@pytest.mark.parametrize(("text", "value", "expected"), [
    ("Bel vooraf met mevr. van Kanterink.", "van Kanterink", 1.0),
    # a form of address that ends the line above is the word before the name all the same
    ("Bel vooraf met mevr.\nvan Kanterink.", "van Kanterink", 1.0),
    # ... not one a comma closes ("Geachte heer,\n" ends the salutation)
    ("Geachte heer,\nKanterink belde gisteren.", "Kanterink", 0.0),
])
def test_form_of_address_before_the_name(extractor: FeatureExtractor, text: str, value: str,
                                         expected: float) -> None:
    (features,) = _features(extractor, text, [(value, "person:title")])
    assert features.get("prev.honorific", 0.0) == expected
