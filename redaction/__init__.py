"""Dutch Woo redaction: detect personal data, decide per span on the Woo ground, render the result.

A plain library: it never imports Dagster (the pipelines/ layer builds on it).

`Redactor` pulls in Presidio and spaCy (about a second): it is loaded on first use, so the review
store, the cockpit and the CLI's `woo review` start without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from redaction.decisions import Decision
from redaction.policy import Policy, load_policy

if TYPE_CHECKING:
    from redaction.engine import RedactionResult, Redactor

__all__ = ["Decision", "Policy", "RedactionResult", "Redactor", "load_policy"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name in ("Redactor", "RedactionResult"):
        from redaction.lean_imports import import_engine_libraries

        import_engine_libraries()  # without what the engine never runs (cold start)
        from redaction import engine

        return getattr(engine, name)
    raise AttributeError(f"module 'redaction' has no attribute {name!r}")
