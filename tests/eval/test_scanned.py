"""eval.scanned carries gold spans over to OCR text: the same words, wherever OCR moved them."""

from __future__ import annotations

from eval.scanned import carry_spans


def test_gold_spans_follow_their_words_into_the_ocr_text() -> None:
    source = "Geachte heer Kanterink,\n\nMevrouw Sabelsma belt u. Groet, Jan de Wit"
    target = "Geachte heer Kanterink,\nMevrouw Sabe1sma belt u.\n\nGroet, Jan de Wit"
    spans = [(source.index("Kanterink"), source.index("Kanterink") + 9),
             (source.index("Sabelsma"), source.index("Sabelsma") + 8),
             (source.index("Jan de Wit"), len(source))]  # fmt: skip
    carried = carry_spans(source, target, spans)
    assert [target[a:b] for a, b in carried] == ["Kanterink", "Sabe1sma", "Jan de Wit"]


def test_a_span_whose_words_ocr_lost_is_not_carried() -> None:
    source = "Brief van Kanterink over de aanvraag."
    target = "Brief van over de aanvraag."
    start = source.index("Kanterink")
    assert carry_spans(source, target, [(start, start + 9)]) == [None]
