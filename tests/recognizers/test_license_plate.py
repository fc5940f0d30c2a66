"""LICENSE_PLATE: Dutch sidecodes; hyphenated capitals alone, other spellings with a cue."""

from __future__ import annotations

import random

import pytest

from redaction.recognizers.license_plate import LicensePlateRecognizer

from .helpers import Expected, assert_spans


@pytest.fixture(scope="module")
def recognizer() -> LicensePlateRecognizer:
    return LicensePlateRecognizer()


@pytest.mark.parametrize(
    ("text", "expected", "score"),
    [
        # every sidecode, hyphenated
        ("BD-12-34", ["BD-12-34"], 0.6),
        ("12-34-BD", ["12-34-BD"], 0.6),
        ("12-BD-34", ["12-BD-34"], 0.6),
        ("BD-12-FG", ["BD-12-FG"], 0.6),
        ("BD-FG-12", ["BD-FG-12"], 0.6),
        ("12-BD-FG", ["12-BD-FG"], 0.6),
        ("12-BDF-3", ["12-BDF-3"], 0.6),
        ("1-KBD-12", ["1-KBD-12"], 0.6),
        ("GH-123-X", ["GH-123-X"], 0.6),
        ("T-123-BD", ["T-123-BD"], 0.6),
        ("BDF-12-T", ["BDF-12-T"], 0.6),
        ("B-12-BDF", ["B-12-BDF"], 0.6),
        ("1-BD-123", ["1-BD-123"], 0.6),
        ("123-BD-1", ["123-BD-1"], 0.6),
        # with a cue: 1.0; unhyphenated and lower case only with a cue
        ("kenteken GH-123-X", ["GH-123-X"], 1.0),
        ("kenteken GH123X", ["GH123X"], 1.0),
        ("de auto met kenteken gh-123-x", ["gh-123-x"], 1.0),
        ("voertuig: 1KBD12", ["1KBD12"], 1.0),
        # negatives
        ("GH123X", [], None),
        ("gh-123-x", [], None),
        ("automatisch GH123X", [], None),  # "auto" inside a word is no cue
        ("kenteken 1234BD", [], None),  # unhyphenated sidecode 2 is a postcode
        ("AB-12-CD", [], None),  # vowels are not used on plates
        ("12-AB-34", [], None),
        ("12-05-2025", [], None),
        ("art. 5-12-3", [], None),
        ("BD-12-345", [], None),
        ("XBD-12-34", [], None),
    ],
)
def test_license_plate(
    recognizer: LicensePlateRecognizer, text: str, expected: Expected, score: float | None
) -> None:
    results = recognizer.analyze(text, entities=["LICENSE_PLATE"], nlp_artifacts=None)
    assert_spans(results, text, expected, score=score)


# -- the prefilter (candidate_starts) finds what a search through the whole text finds ---------------


class _FullSearch(LicensePlateRecognizer):
    """The recognizer without its prefilter: every pattern searched through the whole text."""

    def candidate_starts(self, text: str) -> None:
        return None


def _cue_at_distances() -> list[str]:
    # A plate at every distance before and after a cue, up to past the context windows.
    texts = []
    for cue in ("personenauto", "rdw", "kenteken", "auto", "AUTOMATISCH", "Bestelwagen"):
        for plate in ("GH123X", "gh-123-x", "1kbd12"):
            for gap in range(70):
                texts.append(f"{plate}{' ' * gap}{cue}")
                texts.append(f"{cue}{' ' * gap}{plate}")
                texts.append(f"{cue} {'a ' * (gap // 2)}{plate} en")
    return texts


PREFILTER_EDGES = [
    "BDF-12-T en 123-BD-1 en 1-KBD-12 en 12-BDF-3",
    "BD-12-34-56 BD-12-34- -BD-12-34 12-05-2025",
    "kenteken: gh-123-x, GH123X; auto BD12FG of bd-12-fg",
    "GH-123-X\nkenteken gh-123-x\nauto",
    "ka-12-ſt of KA-12-\u212aT bij de auto",
]


def _soup(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    pieces = [
        "GH-123-X", "gh-123-x", "GH123X", "1KBD12", "BD-12-34", "12-BD-34", "T-123-BD", "BDF-12-T", "12-05-2025",
        "kenteken", "auto", "personenauto", "automatisch", "motor", "RDW", "wagen", "de", "met", "-", "12", "BD",
        "\n", "x" * 25,
    ]  # fmt: skip
    separators = [" "] * 8 + ["", "-", "\n", ": "]
    return [
        "".join(rnd.choice(pieces) + rnd.choice(separators) for _ in range(rnd.randrange(3, 30)))
        for _ in range(count)
    ]


def _found(recognizer: LicensePlateRecognizer, text: str) -> list[tuple[int, int, float, str | None]]:
    return [
        (x.start, x.end, x.score, x.analysis_explanation.pattern_name)
        for x in recognizer.analyze(text, entities=["LICENSE_PLATE"], nlp_artifacts=None)
    ]


@pytest.mark.parametrize("text", PREFILTER_EDGES + _soup(20250611, 300))
def test_prefilter_keeps_every_result(recognizer: LicensePlateRecognizer, text: str) -> None:
    assert _found(recognizer, text) == _found(_FullSearch(), text)


def test_prefilter_keeps_plates_at_every_distance_from_a_cue(recognizer: LicensePlateRecognizer) -> None:
    full = _FullSearch()
    differing = [t for t in _cue_at_distances() if _found(recognizer, t) != _found(full, t)]
    assert not differing, differing[:3]


def test_prefilter_reads_cue_words_in_lower_case() -> None:
    # The cue words are looked for in the lower-cased text: the cue regex must be lower case.
    cue_regex = LicensePlateRecognizer.CONTEXT_REGEX
    assert cue_regex == cue_regex.lower()
