"""DATE_OF_BIRTH: a date only right after a birth cue; the span is the date alone."""

from __future__ import annotations

import pytest

from redaction.recognizers.date_of_birth import DateOfBirthRecognizer

from .helpers import Expected, assert_spans


@pytest.fixture(scope="module")
def recognizer() -> DateOfBirthRecognizer:
    return DateOfBirthRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # positives: every date form, every cue
        ("geboren op 12-03-1988", ["12-03-1988"]),
        ("geb. 12/03/1988", ["12/03/1988"]),
        ("F. Yilmaz (geb. 12.03.1988)", ["12.03.1988"]),
        ("geb 12-03-88", ["12-03-88"]),
        ("Geboortedatum: 12 maart 1988", ["12 maart 1988"]),
        ("geboren 3 mrt. 1988 te Aleppo", ["3 mrt. 1988"]),
        ("DOB 1988-03-12", ["1988-03-12"]),
        ("born 12 March 1988", ["12 March 1988"]),
        ("d.d. geboorte: 01-01-1990", ["01-01-1990"]),
        ("Geboren te 's-Gravenhage op 1 januari 1990", ["1 januari 1990"]),
        ("Zij is geboren in Aleppo (Syrië) op 5 juni 1979.", ["5 juni 1979"]),
        ("geboren 12-03-1988, ingeschreven 01-02-2020", ["12-03-1988"]),  # only the nearest
        # negatives: letter and meeting dates, cues too far away or in another sentence
        ("Dordrecht, 20 mei 2025", []),
        ("de vergadering van 3 juni 2025", []),
        ("Datum: 12-03-2025", []),
        ("geboren in 1988 en op 3 juni 2025 aangekomen", []),
        ("Zij is geboren in Syrië. De vergadering is op 3 juni 2025.", []),
        ("De kinderen zijn hier geboren\n12-03-2025 gesprek gehad", []),  # a dated note after the cue
        # a form's label alone on its line, the date on the next
        ("Geboortedatum:\n03-02-1985", ["03-02-1985"]),
        ("Geb.datum: 03/02/1985", ["03/02/1985"]),
        ("Geboren: 3 februari '85", ["3 februari '85"]),
        ("Yonas Tekle (*12-03-1988) woont hier.", ["12-03-1988"]),  # the genealogists' star
        ("Geboorte: 12-03-1988", ["12-03-1988"]),
        ("geboren 12 03 1988 in Herat", ["12 03 1988"]),  # spaces between day, month and year
        ("Opmerking: *zie bijlage 12-03-2025", []),
        ("geboren op 31-02-1988", []),  # no such date
        # tables (cells separated by tabs, as ingest writes Word tables): the column header is the cue
        ("Naam\tGeboortedatum\tRelatie\nA. Jaber\t09-04-1961\tpartner\nB. Jaber\t17 december 2020\tkind",
         ["09-04-1961", "17 december 2020"]),
        ("Naam\tgeb.\nA. Jaber\t2003-08-11", ["2003-08-11"]),
        ("Naam\tAankomst\tGeboortedatum\nA. Jaber\t01-02-2020\t09-04-1961", ["09-04-1961"]),  # other column
        ("Naam\tGeboortedatum\n\nDatum\tBedrag\n01-02-2024\t300", []),  # the table ended at the blank line
        ("Datum\tOnderwerp\n12-03-2025\tHuisbezoek", []),  # a dated table without a birth column
        # tables exported with bars or semicolons; a header may close a line of prose, a blank line follow it
        ("Overzicht, kolommen: nr | naam | geb.datum | BSN\n\n01 | Kanterink, Y. | 12-05-1991 | 108390342\n"
         "02 | Dijkhof, R. | 03-11-1986 | 250984167", ["12-05-1991", "03-11-1986"]),
        ("naam;geboortedatum;plaats\nSabelsma, T.;2003-08-11;Hoorn", ["2003-08-11"]),
        ("nr | datum | onderwerp\n01 | 12-05-2024 | intake", []),  # no birth column
        # a household's children, each with the date in brackets after the name
        ("Kinderen: Jayden (14-08-2010), Lieke (22-01-2014)", ["14-08-2010", "22-01-2014"]),
        ("Gezinssamenstelling: partner Rob (geb. 17-12-1980), dochter Noor (3 mei 2015)",
         ["17-12-1980", "3 mei 2015"]),
        ("Overleg: Jan (12-03-2024), Piet (13-03-2024)", []),  # no family line: meeting dates
        ("geboren op 12 maart", []),  # no year
        # birthdays: a newsletter's section, a line saying so, a date someone was born on
        ("Jarig\nIn april zijn jarig: Jappie Kanterink (12 april), Femke Dijkhof (3 mei).", ["12 april", "3 mei"]),
        ("Jarigen in mei\nTim Sabelsma (O11) – 2 mei\nLotte Dijkhof (VR1) – 9 mei\n\nDe ALV is op 12 mei.",
         ["2 mei", "9 mei"]),
        ("Wim Kanterink (4 februari) en Gerda Dijkhof (19 februari) vierden hun verjaardag.",
         ["4 februari", "19 februari"]),
        ("Jantje Kanterink wordt op 2 augustus 100 jaar!", ["2 augustus"]),
        ("vrijwilliger Pytsje Sabelsma, die op 21 mei 1933 werd geboren", ["21 mei 1933"]),
        ("Het 40-jarig bestaan vieren we op 3 mei.", []),  # an anniversary, no birthday
        ("De subsidie wordt per 1 januari 5 jaar verlengd.", []),
        # a date in brackets after a relative's name, or after a titled adult's
        ("Hun dochter Lotte 't Kanterink (15-02-2001) woont in Rotterdam.", ["15-02-2001"]),
        ("Een van de betrokkenen, de heer K. Dijkhof (14-04-2003), wordt aangehouden.", ["14-04-2003"]),
        ("De brief van mevrouw Dijkhof (12-03-2025) is ontvangen.", []),  # that letter's date
        ("geboortegrond 12-03-1988", []),
        ("ongeboren kind, termijn 12-03-2026", []),
    ],
)
def test_date_of_birth(recognizer: DateOfBirthRecognizer, text: str, expected: Expected) -> None:
    results = recognizer.analyze(text, entities=["DATE_OF_BIRTH"], nlp_artifacts=None)
    assert_spans(results, text, expected, min_score=0.9)


# Every spelling of the cue CUE_REGEX allows, in capitals and small letters: candidate_starts
# (_CUE_OPENINGS on the folded text) must find where each of them opens.
CUE_SPELLINGS = ["geboren", "geboortedatum", "geboortedag", "geb.dat.", "geb. datum", "gebdatum", "geb dat",
                 "geb.", "geb", "d.d. geboorte", "datum van geboorte", "geboorte", "birthday", "dob", "d.o.b.",
                 "born", "date of birth", "birth date", "birthdate"]


@pytest.mark.parametrize("cue", CUE_SPELLINGS)
def test_the_prefilter_lets_every_cue_through(recognizer: DateOfBirthRecognizer, cue: str) -> None:
    import regex

    from redaction.recognizers.base import fold_case
    from redaction.recognizers.date_of_birth import _CUE_OPENINGS, CUE_REGEX

    for spelling in (cue, cue.upper(), cue.capitalize()):
        text = f"Naam: X. {spelling} 12-03-1988 te Almere"
        found = regex.search(CUE_REGEX, text, regex.IGNORECASE)
        assert found and found.start() == text.index(spelling), spelling
        assert _CUE_OPENINGS.match(fold_case(text), found.start()), spelling
        assert [(r.start, r.end) for r in recognizer.analyze(text, ["DATE_OF_BIRTH"])] == [
            (text.index("12-03"), text.index("12-03") + 10)], spelling


def test_no_cue_word_skips_the_cued_patterns(recognizer: DateOfBirthRecognizer) -> None:
    text = "Het gebied bij de gebouwen werd op 12-03-1988 gebruikt."
    assert recognizer.candidate_starts(text) == {"date_after_birth_cue": [], "date_under_birth_label": []}
    assert recognizer.analyze(text, ["DATE_OF_BIRTH"]) == []


class _FullSearch(DateOfBirthRecognizer):
    """The recognizer without its prefilter: every pattern searched through the whole text."""

    def candidate_starts(self, text: str) -> None:
        return None


def test_the_prefilter_finds_what_a_full_search_finds(recognizer: DateOfBirthRecognizer) -> None:
    import random

    rnd = random.Random(7)
    pieces = [*CUE_SPELLINGS, "GEBOREN", "Geb.", "12-03-1988", "3 maart 1985", "1988-03-12", "gebied", "datum",
              "date", ":", " ", " ", " ", "\n", "\n", "\t", ">", ".", "(", ")", "ſ", "İ"]
    full = _FullSearch()
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14)))
        assert ([(r.start, r.end, r.score) for r in recognizer.analyze(text, ["DATE_OF_BIRTH"])]
                == [(r.start, r.end, r.score) for r in full.analyze(text, ["DATE_OF_BIRTH"])]), text


def test_the_dates_before_born_are_found_as_a_full_search_finds_them() -> None:
    import random

    from redaction.recognizers import date_of_birth

    rnd = random.Random(11)
    pieces = ["geboren", "Geboren", "GEBOREN", " werd ", " is ", "was", "12-03-1988 ", "3", "maart", "1985 ",
              "'85 ", "1988-03-12 ", "12", "03", " ", " ", "\t", "\n", "\n", "-", ".", "x", "geborene",
              "3 maart\n1985 geboren", "12 03 1988\twerd geboren", "\n12\nmei\n2001 geboren"]
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 16)))
        full = [(m.start("value"), m.end("value"), "date before born")
                for m in date_of_birth._DATE_BEFORE_BORN.finditer(text)
                if date_of_birth.parse_date(m.group("value")) is not None]
        assert [f for f in date_of_birth.birthday_dates(text) if f[2] == "date before born"] == full, text
