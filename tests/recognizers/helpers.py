"""The one assertion every recognizer table uses."""

from __future__ import annotations

from collections.abc import Sequence

from presidio_analyzer import RecognizerResult

Expected = Sequence[str | tuple[int, int]]


def assert_spans(
    results: Sequence[RecognizerResult],
    text: str,
    expected: Expected,
    score: float | None = None,
    min_score: float | None = None,
) -> None:
    """The results cover exactly ``expected``, in text order.

    ``expected`` holds matched texts or ``(start, end)`` spans. ``score`` checks every result's
    score exactly (to 1e-9), ``min_score`` only from below.
    """
    ordered = sorted(results, key=lambda r: (r.start, r.end))
    found = [text[r.start : r.end] for r in ordered]
    wanted = [text[item[0] : item[1]] if isinstance(item, tuple) else item for item in expected]
    assert found == wanted, f"in {text!r}: found {found}, expected {wanted}"
    for result in ordered:
        matched = text[result.start : result.end]
        if score is not None:
            assert abs(result.score - score) < 1e-9, f"{matched!r} scored {result.score}, expected {score}"
        if min_score is not None:
            assert result.score >= min_score, f"{matched!r} scored {result.score} < {min_score}"
