"""Person names: candidates from rules, lists and the name model; one calibrated scorer decides."""

from redaction.person.features import FEATURE_NAMES, Candidate, FeatureExtractor
from redaction.person.scorer import RULE, PersonScorer, ScorerWeights, load_person_scorer

__all__ = ["FEATURE_NAMES", "RULE", "Candidate", "FeatureExtractor", "PersonScorer", "ScorerWeights",
           "load_person_scorer"]
