"""Dutch Woo redaction: detect personal data, decide per span on the Woo ground, render the result.

A plain library: it never imports Dagster (the pipelines/ layer builds on it).
"""

from redaction.decisions import Decision
from redaction.engine import RedactionResult, Redactor
from redaction.policy import Policy, load_policy

__all__ = ["Decision", "Policy", "RedactionResult", "Redactor", "load_policy"]
__version__ = "0.1.0"
