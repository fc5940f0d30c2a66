"""Every recognizer the engine registers. A new entity: its module + one line here."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from redaction.lexicons import Lexicons, load_lexicons


def all_recognizers(lexicons: Lexicons | None = None) -> list[EntityRecognizer]:
    from redaction.recognizers import pattern_recognizers
    from redaction.recognizers.organization import DutchOrganizationRecognizer
    from redaction.recognizers.person import DutchPersonRecognizer
    from redaction.recognizers.staff_initials import StaffInitialsRecognizer

    lexicons = lexicons or load_lexicons()
    return [
        *pattern_recognizers(),
        DutchPersonRecognizer(lexicons),
        DutchOrganizationRecognizer(lexicons),
        StaffInitialsRecognizer(lexicons),
    ]
