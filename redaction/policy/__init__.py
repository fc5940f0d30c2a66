"""The Woo policy: data a privacy officer can read and change (YAML), and the rules that apply it.

The rules (`Detection`, `PolicyDecider`) use the phone recognizer and with it Presidio: they are
loaded on first use, so reading a policy (the review store, the cockpit) stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from redaction.policy.grounds import GROUNDS, Ground, noot_line, normalise_ground
from redaction.policy.model import EntityRule, Policy, load_policy

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    if name in ("Detection", "PolicyDecider"):
        from redaction.policy import rules

        return getattr(rules, name)
    raise AttributeError(f"module 'redaction.policy' has no attribute {name!r}")
