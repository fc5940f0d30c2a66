"""The policy file's data model and loader (YAML, validated on load with one-line errors)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from redaction.entities import ENTITY_REGISTRY
from redaction.errors import PolicyError
from redaction.policy.grounds import normalise_ground


@dataclass(frozen=True, slots=True)
class EntityRule:
    entity: str
    decision: str
    ground: str | None
    category: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class Official:
    name: str
    role: str


@dataclass(frozen=True, slots=True)
class ReviewPolicy:
    """How documents pass the review gate.

    ``four_eyes``: the approver must be someone who did not review the document.
    ``auto_approve``: documents in which every decision scores at least ``auto_approve_min_score``
    are approved without a person (off by default: a person approves every publication).
    """

    four_eyes: bool = False
    auto_approve: bool = False
    auto_approve_min_score: float = 0.9


@dataclass(frozen=True)
class Policy:
    entities: dict[str, EntityRule]
    official_titles: tuple[str, ...]
    official_register: tuple[Official, ...]
    functional_local_parts: frozenset[str]
    functional_addresses: frozenset[str]
    # An address whose local part carries no name is functional (evidence.functional_mailbox).
    functional_by_evidence: bool = True
    body_name: str = ""
    body_domains: frozenset[str] = frozenset()
    body_addresses: tuple[str, ...] = ()
    body_postcodes: tuple[str, ...] = ()
    body_phone_numbers: tuple[str, ...] = ()
    review: ReviewPolicy = field(default_factory=ReviewPolicy)
    source: str = "default"
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def rule_for(self, entity: str) -> EntityRule:
        try:
            return self.entities[entity]
        except KeyError:
            # Recall first: an entity the policy forgot is withheld, never published by default,
            # and the Noot names it as its declaration in redaction/entities.py does.
            return EntityRule(entity, "redact", "5.1.2e", ENTITY_REGISTRY.noot_category(entity) or "persoonsgegeven",
                              f"Geen regel voor {entity} in het beleid: uit voorzorg weggelakt.")


def _as_list(value: Any, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise PolicyError(f"policy: {where} must be a list")
    return value


def parse_policy(raw: dict[str, Any], source: str) -> Policy:
    if not isinstance(raw, dict) or "entities" not in raw:
        raise PolicyError(f"policy {source}: missing 'entities' section")
    entities: dict[str, EntityRule] = {}
    for entity, spec in raw["entities"].items():
        if not isinstance(spec, dict) or spec.get("decision") not in ("redact", "keep"):
            raise PolicyError(f"policy {source}: entity {entity} needs decision redact or keep")
        ground = spec.get("ground")
        if spec["decision"] == "redact":
            if not ground or not spec.get("category"):
                raise PolicyError(f"policy {source}: entity {entity} is redacted but has no ground/category")
            ground = normalise_ground(str(ground))
        entities[entity] = EntityRule(
            entity=entity,
            decision=spec["decision"],
            ground=ground if spec["decision"] == "redact" else None,
            category=spec.get("category"),
            reason=str(spec.get("reason") or ""),
        )
    exceptions = raw.get("exceptions") or {}
    officials = exceptions.get("public_officials") or {}
    mailboxes = exceptions.get("functional_mailboxes") or {}
    body = raw.get("body") or {}
    register = []
    for item in _as_list(officials.get("register"), "public_officials.register"):
        if not isinstance(item, dict) or not item.get("name") or not item.get("role"):
            raise PolicyError(f"policy {source}: every register entry needs name and role")
        register.append(Official(name=str(item["name"]), role=str(item["role"])))
    csv_file = officials.get("register_csv")
    if csv_file:
        register.extend(read_officials_csv(_beside(source, str(csv_file)), source))
    return Policy(
        entities=entities,
        official_titles=tuple(str(t).lower() for t in _as_list(officials.get("titles"), "titles")),
        official_register=tuple(register),
        functional_local_parts=frozenset(
            str(p).lower() for p in _as_list(mailboxes.get("local_parts"), "local_parts")
        ),
        functional_addresses=frozenset(
            str(a).lower() for a in _as_list(mailboxes.get("addresses"), "addresses")
        ),
        functional_by_evidence=bool(mailboxes.get("by_evidence", True)),
        body_name=str(body.get("name") or ""),
        body_domains=frozenset(str(d).lower() for d in _as_list(body.get("domains"), "body.domains")),
        body_addresses=tuple(str(a) for a in _as_list(body.get("addresses"), "body.addresses")),
        body_postcodes=tuple(str(a) for a in _as_list(body.get("postcodes"), "body.postcodes")),
        body_phone_numbers=tuple(str(a) for a in _as_list(body.get("phone_numbers"), "body.phone_numbers")),
        review=_review_policy(raw.get("review") or {}, source),
        source=source,
        raw=raw,
    )


def _review_policy(raw: Any, source: str) -> ReviewPolicy:
    if not isinstance(raw, dict):
        raise PolicyError(f"policy {source}: 'review' must be a mapping")
    auto = raw.get("auto_approve") or {}
    if not isinstance(auto, dict):
        raise PolicyError(f"policy {source}: review.auto_approve must be a mapping")
    try:
        min_score = float(auto.get("min_score", 0.9))
    except (TypeError, ValueError):
        raise PolicyError(f"policy {source}: review.auto_approve.min_score must be a number") from None
    if not 0.0 <= min_score <= 1.0:
        raise PolicyError(f"policy {source}: review.auto_approve.min_score must lie between 0 and 1")
    return ReviewPolicy(
        four_eyes=bool(raw.get("four_eyes", False)),
        auto_approve=bool(auto.get("enabled", False)),
        auto_approve_min_score=min_score,
    )


def _read_yaml(text: str, source: str) -> dict[str, Any]:
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise PolicyError(f"policy {source}: not valid YAML ({exc.__class__.__name__})") from None
    if not isinstance(raw, dict):
        raise PolicyError(f"policy {source}: missing 'entities' section")
    return raw


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """Deep merge: mappings merge key by key, anything else in ``override`` replaces ``base``."""
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _beside(source: str, name: str) -> Path:
    """A file named in a policy, relative to the policy file's folder."""
    path = Path(name)
    if path.is_absolute() or source == "default":
        return path
    return Path(source).parent / path


# Column names a body's export may use for the official's name and role.
_NAME_COLUMNS = ("naam", "name", "volledige naam", "ambtsdrager")
_ROLE_COLUMNS = ("functie", "rol", "role", "ambt", "hoedanigheid")


def read_officials_csv(path: Path, source: str = "") -> list[Official]:
    """The register of officials from a CSV export (columns "naam" and "functie", or "name" and
    "role"; comma, semicolon or tab, sniffed by the csv module). A bad file is one clear error."""
    if not path.is_file():
        raise PolicyError(f"policy {source}: register_csv not found: {path}")
    try:
        text = path.read_text("utf-8-sig")
    except UnicodeDecodeError:
        raise PolicyError(f"policy {source}: register_csv {path.name} is not UTF-8 text") from None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    if not rows:
        return []
    header = [h.strip().lower() for h in rows[0]]
    name_col = next((header.index(c) for c in _NAME_COLUMNS if c in header), None)
    role_col = next((header.index(c) for c in _ROLE_COLUMNS if c in header), None)
    if name_col is None or role_col is None:
        raise PolicyError(f"policy {source}: register_csv {path.name} needs the columns naam and functie "
                          f"(or name and role)")
    officials = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) <= max(name_col, role_col) or not row[name_col].strip() or not row[role_col].strip():
            raise PolicyError(f"policy {source}: register_csv {path.name} line {number}: a name and a role needed")
        officials.append(Official(name=row[name_col].strip(), role=row[role_col].strip()))
    return officials


def default_policy_raw() -> dict[str, Any]:
    text = resources.files("redaction.policy").joinpath("default.yaml").read_text("utf-8")
    return _read_yaml(text, "default")


def load_policy(path: str | Path | None = None) -> Policy:
    """Load a policy file, or the shipped default when ``path`` is None.

    A municipality's file may start with ``extends: default`` and hold only what differs (its
    body, its register of officials); everything else comes from the shipped default.
    """
    if path is None:
        return parse_policy(default_policy_raw(), "default")
    p = Path(path)
    if not p.is_file():
        raise PolicyError(f"policy file not found: {p}")
    raw = _read_yaml(p.read_text("utf-8"), str(p))
    base = raw.pop("extends", None)
    if base is not None:
        if base != "default":
            raise PolicyError(f"policy {p}: can only extend 'default', not {base!r}")
        raw = _merge(default_policy_raw(), raw)
    return parse_policy(raw, str(p))
