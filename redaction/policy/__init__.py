"""The Woo policy: data a privacy officer can read and change (YAML), and the rules that apply it."""

from redaction.policy.grounds import GROUNDS, Ground, noot_line, normalise_ground
from redaction.policy.model import EntityRule, Policy, load_policy
from redaction.policy.rules import Detection, PolicyDecider

__all__ = [
    "GROUNDS",
    "Detection",
    "EntityRule",
    "Ground",
    "Policy",
    "PolicyDecider",
    "load_policy",
    "noot_line",
    "normalise_ground",
]
