"""Engine mechanics: overlap resolution, chunking, and decisions as the single truth."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from redaction import Redactor
from redaction.engine import BATCH_GROUP, chunks, resolve_overlaps
from redaction.policy import Detection


def _d(start: int, end: int, entity: str, score: float = 0.8) -> Detection:
    return Detection(start, end, entity, score, "test")


@pytest.mark.parametrize(
    ("detections", "expected"),
    [
        # same entity overlapping: one span, their union
        ([_d(0, 5, "PERSON"), _d(3, 10, "PERSON")], [(0, 10, "PERSON")]),
        # a name inside an e-mail address is the address
        ([_d(0, 20, "EMAIL_ADDRESS", 1.0), _d(2, 8, "PERSON")], [(0, 20, "EMAIL_ADDRESS")]),
        # a person-like word inside an organisation's name is the organisation ...
        ([_d(0, 20, "ORGANIZATION"), _d(10, 20, "PERSON", 0.6)], [(0, 20, "ORGANIZATION")]),
        # ... unless structure or a title says it is a person (recall first)
        ([_d(0, 20, "ORGANIZATION"), _d(10, 20, "PERSON", 0.95)], [(0, 20, "ORGANIZATION"), (10, 20, "PERSON")]),
        # an organisation the model saw inside a header name is dropped
        ([_d(0, 20, "PERSON", 0.95), _d(5, 10, "ORGANIZATION")], [(0, 20, "PERSON")]),
        # the same words called both, never neither of them: a person found by our rules stands
        # against an organisation only the model saw ...
        ([Detection(0, 20, "ORGANIZATION", 0.85, "organization:ner"), _d(0, 20, "PERSON", 0.8)],
         [(0, 20, "PERSON")]),
        # ... a listed organisation ("Reinier van Arkel", a hospital) against a weakly evidenced person
        ([Detection(0, 20, "ORGANIZATION", 0.9, "organization:gazetteer"), _d(0, 20, "PERSON", 0.8)],
         [(0, 20, "ORGANIZATION")]),
        # ... and a person found by title or structure against anything
        ([Detection(0, 20, "ORGANIZATION", 0.9, "organization:gazetteer"), _d(0, 20, "PERSON", 0.95)],
         [(0, 20, "PERSON")]),
        # a listed organisation keeps its own boundaries against the model's longer span
        # ("Juultje van Vluchtelingenwerk"), and a person inside words only the model called an
        # organisation stands
        ([Detection(0, 29, "ORGANIZATION", 0.85, "organization:ner"),
          Detection(12, 29, "ORGANIZATION", 0.9, "organization:gazetteer"), _d(0, 7, "PERSON", 0.85)],
         [(0, 7, "PERSON"), (12, 29, "ORGANIZATION")]),
        ([Detection(0, 29, "ORGANIZATION", 0.85, "organization:ner"), _d(0, 7, "PERSON", 0.85)],
         [(0, 29, "ORGANIZATION"), (0, 7, "PERSON")]),
        # partial overlap of different entities: both stay, the renderer merges what disappears
        ([_d(0, 10, "ADDRESS"), _d(8, 15, "POSTCODE")], [(0, 10, "ADDRESS"), (8, 15, "POSTCODE")]),
    ],
)
def test_resolve_overlaps(detections: list[Detection], expected: list[tuple[int, int, str]]) -> None:
    assert [(d.start, d.end, d.entity) for d in resolve_overlaps(detections)] == expected


def test_chunks_cover_the_text_exactly_and_cut_at_blank_lines() -> None:
    text = ("Alinea met tekst.\n" * 40 + "\n") * 50
    pieces = list(chunks(text, size=2_000))
    assert "".join(piece for _, piece in pieces) == text
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)
    assert all(piece.endswith("\n\n") for _, piece in pieces[:-1])
    assert max(len(piece) for _, piece in pieces) <= 2_000


def test_offsets_survive_chunking(redactor: Redactor) -> None:
    filler = "Dit is een zin zonder persoonsgegevens over de begroting.\n" * 2_000
    text = filler + "\nGeachte heer Okbay,\n\nMijn BSN is 111222333.\n" + filler
    decisions = redactor.analyze(text)
    assert {(d.text, d.decision) for d in decisions} >= {("Okbay", "redact"), ("111222333", "redact")}
    assert all(text[d.start : d.end] == d.text for d in decisions)


def test_every_decision_has_a_reason_and_a_ground_when_redacted(redactor: Redactor) -> None:
    text = (
        "Van: Fatima El Amrani <f.elamrani@postvak.example>\nAan: info@gemeente.example\n\n"
        "Wethouder Pieters heeft mij beloofd te bellen op 06-12345678. Mijn IBAN is NL91ABNA0417164300.\n"
    )
    decisions = redactor.analyze(text)
    assert decisions
    for d in decisions:
        assert d.reason and d.source and d.rule
        assert (d.ground is not None) == (d.decision == "redact")
        assert d.category
    assert {d.entity for d in decisions if d.decision == "redact"} >= {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER",
                                                                        "IBAN_CODE"}


def test_analyze_many_equals_analyze_in_order(redactor: Redactor) -> None:
    texts = [f"Geachte heer Okbay,\n\nBel mij op 06-1234567{i % 10}.\n\nGroet,\nYonas Okbay\n" for i in range(12)]
    texts[5] = "Geen persoonsgegevens in deze notitie."
    assert redactor.analyze_many(texts, processes=2) == [redactor.analyze(t) for t in texts]


def test_analyze_many_leaves_the_garbage_collector_as_it_found_it(redactor: Redactor) -> None:
    # The pipeline is frozen for the workers' sake only; the caller's process must not keep
    # everything alive at that moment for good.
    import gc

    frozen_before = gc.get_freeze_count()
    redactor.analyze_many(["Groet,\nYonas Okbay\n"] * (BATCH_GROUP * 2), processes=2)
    assert gc.get_freeze_count() == frozen_before


def test_a_decision_survives_pickling_field_for_field(redactor: Redactor) -> None:
    import pickle

    decisions = redactor.analyze("Geachte heer Okbay,\n\nGroet,\nwethouder Annemiek Mulder\n")
    assert {d.decision for d in decisions} == {"redact", "keep"}
    copies = pickle.loads(pickle.dumps(decisions))
    assert copies == decisions
    assert [d.rule for d in copies] == [d.rule for d in decisions]


def test_a_recognizer_with_its_own_context_enhancement_still_gets_it(redactor: Redactor) -> None:
    # The engine skips Presidio's per-recognizer context pass only while no recognizer uses it.
    from presidio_analyzer import Pattern, PatternRecognizer

    class Boosted(PatternRecognizer):
        def enhance_using_context(self, text, raw_recognizer_results, other_raw_recognizer_results,
                                  nlp_artifacts, context=None):  # type: ignore[no-untyped-def]
            for result in raw_recognizer_results:
                result.score = 0.99
            return raw_recognizer_results

    boosted = Boosted(supported_entity="TEST_CODE", patterns=[Pattern("code", r"\bXQ\d{4}\b", 0.4)],
                      supported_language="nl")
    text = "Kenmerk XQ1234 bij de gemeente."
    plain = redactor.analyzer.analyze(text, language="nl", entities=["TEST_CODE"], ad_hoc_recognizers=[
        PatternRecognizer(supported_entity="TEST_CODE", patterns=[Pattern("code", r"\bXQ\d{4}\b", 0.4)],
                          supported_language="nl")], nlp_artifacts=redactor._rules_only_artifacts())
    enhanced = redactor.analyzer.analyze(text, language="nl", entities=["TEST_CODE"], ad_hoc_recognizers=[boosted],
                                         nlp_artifacts=redactor._rules_only_artifacts())
    assert [r.score for r in plain] == [0.4]
    assert [r.score for r in enhanced] == [0.99]


@pytest.mark.parametrize(
    ("text", "person", "organisation"),
    [
        # a name chain that ran on over "van" into the organisation the person works for
        ("Het dossier is doorgestuurd naar Kian Simanjuntak van Politie.", "Kian Simanjuntak", "Politie"),
        ("Volgens de heer Novikov van Rijkswaterstaat is de aanbesteding rechtmatig.", "Novikov",
         "Rijkswaterstaat"),
        ("De bewonersavond was druk. Ionut Segers van Lentis gaf een presentatie.", "Ionut Segers", "Lentis"),
    ],
)
def test_a_person_of_an_organisation_ends_before_its_name(redactor: Redactor, text: str, person: str,
                                                          organisation: str) -> None:
    decisions = {d.text: d for d in redactor.analyze(text)}
    assert decisions[person].decision == "redact"
    assert decisions[organisation].decision == "keep"


def test_a_name_that_runs_on_into_an_address_ends_before_it(redactor: Redactor) -> None:
    # the model took the street into the surname; the house number after it says where she lives
    text = "Update: mevrouw Nguyen van de Lange Groenendaal 41 belde weer over het aggregaat."
    redacted = {(d.entity, d.text) for d in redactor.analyze(text) if d.decision == "redact"}
    assert ("ADDRESS", "Lange Groenendaal 41") in redacted
    assert ("PERSON", "Nguyen") in redacted


def test_van_and_a_surname_that_names_an_organisation_stay_the_persons_name(redactor: Redactor) -> None:
    # recall first: when "van" and the organisation's first word are a surname, the name goes on
    text = "Namens mevrouw Shena Lagerwerf heeft I.E. Sulaiman van Vroom Advocaten bezwaar gemaakt."
    assert redactor.lexicons.is_surname("Vroom")
    redacted = [d.text for d in redactor.analyze(text) if d.decision == "redact"]
    assert any("Sulaiman van Vroom" in t for t in redacted)


def test_map_ordered_yields_each_result_before_the_batch_is_done(redactor: Redactor, tmp_path: Path) -> None:
    # The last item's worker waits until the caller has received the first result: a map that
    # collected every result before handing out the first would never let it see the flag.
    flag = tmp_path / "first-result-received"

    def work(engine: Redactor, item: int) -> tuple[int, bool]:
        if item == 3:
            for _ in range(400):  # at most 20 s, then it says it never saw the flag
                if flag.exists():
                    return item, True
                time.sleep(0.05)
            return item, False
        return item, len(engine.analyze("Groet,\nYonas Okbay\n")) > 0

    received = []
    for result in redactor.map_ordered(work, [0, 1, 2, 3], processes=2):
        received.append(result)
        flag.touch()
    assert received == [(0, True), (1, True), (2, True), (3, True)]


def test_map_ordered_in_this_process_for_one_job(redactor: Redactor) -> None:
    pids = list(redactor.map_ordered(lambda engine, item: os.getpid(), ["a", "b"], processes=1))
    assert pids == [os.getpid(), os.getpid()]
    forked = list(redactor.map_ordered(lambda engine, item: os.getpid(), ["a", "b", "c"], processes=2))
    assert os.getpid() not in forked


def test_recognizers_run_in_the_order_they_were_registered(redactor: Redactor) -> None:
    # Presidio hands them out from a set (ordered by memory address): the credited source of a
    # span found twice, and the scorer's probability with it, changed from run to run.
    from redaction.engine import ENTITY_REGISTRY
    from redaction.nlp import LANGUAGE

    registry = redactor.analyzer.registry
    entities = list(ENTITY_REGISTRY.detected())
    handed_out = registry.get_recognizers(language=LANGUAGE, entities=entities)
    expected = [r for r in registry.recognizers if set(r.supported_entities) & set(entities)]
    assert handed_out == expected and len(expected) > 5


def test_a_long_document_decides_across_its_chunks_as_one_document(redactor: Redactor) -> None:
    # The rules and the name model read a long document chunk by chunk (CHUNK_CHARS); what is
    # document-wide (a name introduced once, then mentioned alone) must still reach past a chunk's end.
    from redaction.engine import CHUNK_CHARS

    opening = "Geachte heer Okbay,\n\nNamens mevrouw Wieke Kanterink schrijf ik u over de aanvraag.\n\n"
    filler = "De commissie besprak de planning van het nieuwe plein en de bomen langs de kade.\n\n"
    later = "Kanterink belde gisteren opnieuw over de vergunning.\n"
    text = opening + filler * (CHUNK_CHARS // len(filler) + 20) + later
    pieces = list(chunks(text))
    assert len(pieces) >= 2 and pieces[-1][0] > len(opening)  # the mention is in a later chunk
    decisions = redactor.analyze(text)
    mention = text.rindex("Kanterink")
    assert any(d.start == mention and d.end == mention + len("Kanterink") and d.decision == "redact"
               for d in decisions), [d for d in decisions if d.start > len(opening)]
    # alone, the surname is no name to the scorer: only the introduction chunks earlier makes it one
    assert not any(d.decision == "redact" for d in redactor.analyze(later))
    # what the first chunk shows is decided as in that text alone
    alone = {(d.start, d.end, d.decision) for d in redactor.analyze(opening)}
    assert alone <= {(d.start, d.end, d.decision) for d in decisions}


@pytest.mark.parametrize("text", [
    # a surname with its particles in small letters after a form of address is withheld whole
    "De heer van het Kanterhof belde.",
    "Wijkoverleg Drievliet / Het Zand\nDe heer van het Kanterhof belde gisteren.",
])
def test_a_surname_with_small_particles_after_a_title_is_withheld(redactor: Redactor, text: str) -> None:
    surname = text.index("Kanterhof")
    assert any(d.decision == "redact" and d.start <= surname and d.end >= surname + len("Kanterhof")
               for d in redactor.analyze(text))


@pytest.mark.parametrize(("text", "name"), [
    # a foreign colleague's office before the name is no part of it: the office stays, the name is kept
    ("We also ask whether Alderman Kanterink could join the opening.", "Kanterink"),
    ("Thanks for your message. Alderman Jeroen Dijkhof will open the session.", "Jeroen Dijkhof"),
    # a former official named in the past office: "oud-wethouder" is no part of the name either
    ("In veel stukken staat oud-wethouder Bas Kanterink.", "Bas Kanterink"),
])
def test_a_foreign_office_is_the_names_context(redactor: Redactor, text: str, name: str) -> None:
    persons = [d for d in redactor.analyze(text) if d.entity == "PERSON"]
    assert [(d.text, d.decision) for d in persons] == [(name, "keep")]


def test_care_of_above_an_address_is_no_name(redactor: Redactor) -> None:
    # "p/a RTV Oost": the address is the organisation's, and "p" of "p/a" is nobody's name
    text = ("Mevrouw K.A. Kanterink-Tanis\np/a RTV Oost, redactie\nMr. G.J. van Heuven Goedhartlaan 1a\n"
            "7559 BB Hengelo\n")
    persons = [d.text for d in redactor.analyze(text) if d.entity == "PERSON" and d.decision == "redact"]
    assert persons == ["K.A. Kanterink-Tanis"]


def test_the_label_of_a_flattened_members_list_is_no_part_of_the_first_name(redactor: Redactor) -> None:
    # "Leden M. van X," as a PDF flattens an attendance block: "Leden" labels the list, the member is kept
    text = ("Notulen openbare vergadering gemeenteraad Oostrand, donderdag 20 juni 2024, 19.30 uur, raadzaal "
            "stadhuis\nAanwezig Voorzitter burgemeester mr. A.J.M. Dijkhof Griffier mw. drs. C. Sabelsma Leden "
            "M. van Kanterink,\nR. Pals (Lijst Van Kanterink), S. Ouafik, T. de Jong (VVD), H. Pijnenburg\n")
    persons = {d.text: d.decision for d in redactor.analyze(text) if d.entity == "PERSON"}
    assert persons["M. van Kanterink"] == "keep"
    assert "redact" not in persons.values()


def test_a_former_office_is_no_name(redactor: Redactor) -> None:
    # "oud-burgemeester" names an office held before, and the name model took it for a name
    text = ("Ja hoor. Hy wennet op Dijkhofweg 8, dat is trouwens gewoon toeval, geen familie van de "
            "oud-burgemeester 😂\nB.\n\n---\nVan: Anna Sabelsma\nDatum: 13-10-2025 14:20\n")
    assert not [d for d in redactor.analyze(text) if "burgemeester" in d.text]


def test_repair_windows_reach_from_blank_line_to_blank_line_around_each_repair() -> None:
    from redaction.engine import repair_windows

    paragraph = "Een alinea over de planning van het plein.\n\n"  # 44 characters
    text = paragraph * 100
    first, second = 10 * len(paragraph) + 5, 80 * len(paragraph) + 5
    windows = repair_windows(text, [(second, second + 3), (first, first + 3)], margin=100)
    assert len(windows) == 2  # far apart: two parts, in text order
    for (start, end), at in zip(windows, (first, second), strict=True):
        assert start <= at - 100 and end >= at + 103
        assert start == 0 or text[start - 2:start] == "\n\n"  # whole paragraphs
        assert end == len(text) or text[end - 2:end] == "\n\n"
        assert end - start < 300
    # near each other: one part; near the ends: to the text's ends
    assert repair_windows(text, [(first, first + 3), (first + 50, first + 53)], margin=100) == [
        (windows[0][0], repair_windows(text, [(first + 50, first + 53)], margin=100)[0][1])]
    assert repair_windows(text, [(5, 8)], margin=100)[0][0] == 0
    assert repair_windows(text, [(len(text) - 5, len(text) - 2)], margin=100)[0][1] == len(text)


def test_the_ocr_passes_read_again_only_around_the_damage(redactor: Redactor,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # A long document with one scanned letter in it: the second reading of the rules on the repaired
    # copy covers the paragraphs around the damaged number and name, not the whole chunk again (a
    # 3 MB file paid a second pass over every chunk that held one damaged word).
    from redaction.engine import REPAIR_CONTEXT_CHARS

    filler = "De commissie besprak de planning van het nieuwe plein en de bomen langs de kade.\n\n"
    letter = "Geachte heer Kanterink,\n\nBel mij op 06 2O4 17 553. Met groet, Wieke Oostrand-Sabe1sma\n\n"
    half = filler * (3 * REPAIR_CONTEXT_CHARS // len(filler))
    text = half + letter + half
    read: list[int] = []
    analyze = redactor.analyzer.analyze

    def counting(chunk: str, **kwargs: object) -> object:
        read.append(len(chunk))
        return analyze(chunk, **kwargs)

    monkeypatch.setattr(redactor.analyzer, "analyze", counting)
    decisions = redactor.analyze(text)
    assert read[0] == len(text)  # the first reading: the whole text
    assert len(read) == 3 and all(n < len(text) // 2 for n in read[1:])  # numbers, then names
    found = {(d.entity, d.text) for d in decisions if d.decision == "redact"}
    assert ("PHONE_NUMBER", "06 2O4 17 553") in found
    monkeypatch.undo()
    # the same as the letter read alone
    alone = {(d.entity, d.text, d.decision) for d in redactor.analyze(letter)}
    assert alone <= {(d.entity, d.text, d.decision) for d in decisions}
