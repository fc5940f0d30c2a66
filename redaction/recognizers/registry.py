"""Every recognizer the engine registers: those of the entities declared in `redaction.entities`.

A new entity: its recognizer module + one `EntitySpec` there; nothing to add here.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from redaction.entities import ENTITY_REGISTRY
from redaction.lexicons import Lexicons, load_lexicons


def all_recognizers(lexicons: Lexicons | None = None) -> list[EntityRecognizer]:
    """A fresh instance of every declared entity's recognizers, in the table's order."""
    return ENTITY_REGISTRY.build_recognizers(lexicons or load_lexicons())
