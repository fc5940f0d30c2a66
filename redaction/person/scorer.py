"""One calibrated decision on every person-name candidate: is this a person's name?

The rules, the lists and the name model propose candidates; each has its own blind spots (the
model calls towns, firms and English words names; the lists know "Hoorn" as a surname). The
scorer weighs all the evidence at once (see `features.py`) with a logistic regression trained on
annotated text that nobody here generated (``models/training/person_scorer.py``), and its output
is a probability: the decision's score, the cockpit's risk order.

A candidate below the threshold is not withheld. The threshold is chosen in training for recall
first (cross-validated over documents, so the scorer is judged on documents it did not see), and
recorded with the weights in ``models/person_scorer/scorer.json``.

Weights are JSON, not a pickle: readable, diffable, and loading them runs no code.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from redaction.lexicons import Lexicons
from redaction.paths import models_dir
from redaction.person.features import FEATURE_NAMES, Candidate, FeatureExtractor

logger = logging.getLogger(__name__)

RULE = "person.scorer"


def scorer_path() -> Path:
    return models_dir() / "person_scorer" / "scorer.json"


@dataclass(frozen=True)
class ScorerWeights:
    weights: tuple[float, ...]  # in FEATURE_NAMES order
    threshold: float
    version: str

    def by_name(self) -> dict[str, float]:
        """The non-zero weights by feature name."""
        return {n: w for n, w in zip(FEATURE_NAMES, self.weights, strict=True) if w}

    @classmethod
    def load(cls, path: Path) -> ScorerWeights:
        data = json.loads(path.read_text("utf-8"))
        by_name: dict[str, float] = data["weights"]
        unknown = set(by_name) - set(FEATURE_NAMES)
        if unknown:
            raise ValueError(f"person scorer {path.name}: unknown features {sorted(unknown)[:3]}")
        return cls(tuple(float(by_name.get(n, 0.0)) for n in FEATURE_NAMES), float(data["threshold"]),
                   str(data.get("version", "")))


class PersonScorer:
    """Scores person candidates of a document; ``probabilities`` is the whole API."""

    def __init__(self, lexicons: Lexicons, weights: ScorerWeights) -> None:
        self.extractor = FeatureExtractor(lexicons)
        self.weights = weights
        self._by_name = weights.by_name()

    @property
    def threshold(self) -> float:
        return self.weights.threshold

    def probabilities(self, text: str, candidates: Sequence[Candidate]) -> list[float]:
        if not candidates:
            return []
        w = self._by_name
        out = []
        for named in self.extractor.named_document(text, candidates):
            # Only the features with a weight: a term without one adds 0.0, which changes no sum.
            # (a list, not a generator: the same terms added in the same order, a little faster)
            z = sum([w[name] * value for name, value in named.items() if name in w])
            out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
        return out


def load_person_scorer(lexicons: Lexicons, path: Path | None = None) -> PersonScorer | None:
    """The shipped scorer, or None (with a warning) when its file is missing: then every
    candidate the rules and the model propose is withheld, as before the scorer (recall first)."""
    path = path or scorer_path()
    if not path.is_file():
        logger.warning("person scorer missing (%s): every person candidate is withheld", path.name)
        return None
    return PersonScorer(lexicons, ScorerWeights.load(path))
