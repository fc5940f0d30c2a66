"""The decision record: one per detected span, the single truth every output renders.

The Noot, the PDF boxes, the review screen, the inventory and the audit log are all views of a
list of `Decision`s; none of them keeps its own copy of what was decided.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from operator import attrgetter
from typing import Any, Literal

Action = Literal["redact", "keep"]

# Field order is the order of the JSON output contract of `woo analyze --json`.
JSON_FIELDS: tuple[str, ...] = (
    "start",
    "end",
    "text",
    "entity",
    "decision",
    "ground",
    "category",
    "reason",
    "score",
    "source",
)


@dataclass(frozen=True, slots=True)
class Decision:
    """What happens to one span of a document, and why.

    ``start``/``end`` are Python string indices into the document text. ``ground`` is a
    normalised Woo ground code (``5.1.2e``) for a redaction and ``None`` for a keep.
    ``category`` is the kind of data as the Noot names it (``naam``, ``e-mail``, ...).
    ``source`` names the recognizer that found the span, ``rule`` the policy rule that decided.
    """

    start: int
    end: int
    text: str
    entity: str
    decision: Action
    ground: str | None
    category: str | None
    reason: str
    score: float
    source: str
    rule: str = ""

    @property
    def is_redaction(self) -> bool:
        return self.decision == "redact"

    def with_changes(self, **changes: Any) -> Decision:
        return replace(self, **changes)

    def at(self, start: int, end: int, text: str) -> Decision:
        """``with_changes(start=start, end=end, text=text)``: the same decision on another span, made
        with the constructor (``dataclasses.replace`` costs several times more, and every decision
        of a long document with repaired characters is moved back to the original's offsets)."""
        return Decision(start, end, text, *_after_span(self))

    def __reduce__(self) -> tuple[type[Decision], tuple[Any, ...]]:
        # Decisions cross processes by the ten thousand (analyze_many's workers send theirs back);
        # the constructor with the fields in order pickles in a third of the time of the
        # attribute-by-attribute state a slotted dataclass uses by default.
        return (Decision, _decision_values(self))

    def to_json_dict(self) -> dict[str, Any]:
        """The public output contract (see README): exactly the documented keys, in order."""
        # Read straight off the fields: every value is an int, str, float or None, so the deep copy
        # ``dataclasses.asdict`` makes of each cost more than encoding the line.
        out = dict(zip(JSON_FIELDS, _json_values(self), strict=True))
        out["score"] = round(float(self.score), 4)
        return out

    @classmethod
    def from_json_dict(cls, data: dict[str, Any]) -> Decision:
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            entity=str(data["entity"]),
            decision=data["decision"],
            ground=data.get("ground"),
            category=data.get("category"),
            reason=str(data.get("reason", "")),
            score=float(data.get("score", 0.0)),
            source=str(data.get("source", "")),
            rule=str(data.get("rule", "")),
        )


def decisions_to_jsonl(document: str, decisions: Iterable[Decision]) -> str:
    """One line of the `woo analyze --json` contract for one document."""
    return json.dumps(
        {"document": document, "spans": [d.to_json_dict() for d in decisions]},
        ensure_ascii=False,
    )


# The field values in constructor order, for Decision.__reduce__.
_decision_values = attrgetter(*(f.name for f in fields(Decision)))
# The field values after the span (start, end, text: the first three fields), for Decision.at.
_after_span = attrgetter(*(f.name for f in fields(Decision)[3:]))
# The values of JSON_FIELDS, in that order, for Decision.to_json_dict.
_json_values = attrgetter(*JSON_FIELDS)
