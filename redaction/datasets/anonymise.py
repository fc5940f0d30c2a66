"""Validated case records -> anonymised records: drop, pseudonymise, generalise, redact, k-anonymise.

The anonymised records keep one row per client that survives k-anonymity, with pseudonyms
instead of ids, generalised quasi-identifiers and redacted notes. They are still personal data
in the GDPR sense (whoever holds the key can re-link the pseudonyms), so they belong in the
restricted area; the marts built from them are what gets published.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import pandas as pd

from redaction.datasets.cellkey import RECORD_KEY_COLUMN
from redaction.datasets.config import ColumnRule, DatasetConfig
from redaction.datasets.errors import TextRedactionError
from redaction.datasets.generalise import generalise_value
from redaction.datasets.kanonymity import enforce_k_anonymity
from redaction.datasets.pseudonym import PseudonymKey
from redaction.datasets.risk import record_risk, suppression_bias
from redaction.decisions import Decision

# The mark a known identifier gets when the record-aware pass finds it (BSN has its own ground).
MARKS: dict[str, str] = {"bsn": "[5.1.1e]"}
DEFAULT_MARK = "[5.1.2e]"
SHORT_NAME_PART = 4  # shorter name parts ("Li", "Nur") only match with their exact capitalisation


class TextAnalyzer(Protocol):
    """What the notes need from the engine: ``redaction.Redactor`` satisfies it.

    ``analyze_batch`` (one process) rather than ``analyze_many`` (forked workers): on 4,960 short
    notes it measured 3.7 s against 4.6 s, and forking inside a Dagster step makes Dagster's
    interrupt handler print tracebacks from the workers when the pool shuts down."""

    def analyze_batch(self, texts: Sequence[str]) -> list[list[Decision]]: ...


@dataclass
class AnonymisedRecords:
    """The anonymised table and counts about how it was made (counts only, no values)."""

    frame: pd.DataFrame
    records_in: int
    records_suppressed: int
    k_required: int
    k_reached: int
    levels: dict[str, str]
    quasi_identifiers: list[str]
    notes_redacted: int = 0
    dropped_columns: list[str] = field(default_factory=list)
    pseudonymised_columns: list[str] = field(default_factory=list)
    l_reached: dict[str, int] = field(default_factory=dict)
    max_share_reached: dict[str, float] = field(default_factory=dict)
    # Risk per set of columns an attacker may know, and utility lost per variable (counts only).
    risk: list[dict[str, object]] = field(default_factory=list)
    utility: dict[str, dict[str, object]] = field(default_factory=dict)


def _known_values(record: dict[str, object], rules: Sequence[ColumnRule]) -> list[tuple[str, str]]:
    """The record's own identifiers as (text, mark): whole values and, for names, their parts."""
    known: list[tuple[str, str]] = []
    for rule in rules:
        value = record.get(rule.name)
        if not value:
            continue
        text = " ".join(str(value).split())
        mark = MARKS.get(rule.kind, DEFAULT_MARK)
        known.append((text, mark))
        if rule.kind == "name":
            parts = text.split()
            known.extend((part, mark) for part in parts if len(part) >= 2 and part[0].isupper())
            if len(parts) > 2:  # "El Amrani", "van der Linden": the surname without the first name
                known.append((" ".join(parts[1:]), mark))
    return sorted(set(known), key=lambda item: -len(item[0]))


def _replace_known(text: str, known: list[tuple[str, str]]) -> str:
    for value, mark in known:
        flags = re.IGNORECASE if len(value) >= SHORT_NAME_PART else 0
        text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", mark, text, flags=flags)
    return text


def redact_notes(
    texts: Sequence[str], known: Sequence[list[tuple[str, str]]], analyzer: TextAnalyzer | None
) -> list[str]:
    """Free text with personal data replaced by the Woo mark (no Noot: a dataset cell is not a letter).

    Two passes: the project's engine finds what it can in the untouched text (best context), then
    the record's own identifiers (the client's name and its parts, the volunteer, BSN, phone) are
    replaced wherever the engine left them. The second pass is why a note about "Fatima" loses
    the name even when the engine's model would not recognise it.
    """
    from redaction.render.text import redacted_body  # the render package registers all formats

    if analyzer is None:
        raise TextRedactionError("free-text column configured as 'redact' but no redaction engine given")
    decisions = analyzer.analyze_batch(list(texts))
    out = []
    for text, found, own in zip(texts, decisions, known, strict=True):
        out.append(_replace_known(redacted_body(text, found), own))
    return out


def anonymise_records(
    valid: pd.DataFrame, config: DatasetConfig, key: PseudonymKey, analyzer: TextAnalyzer | None = None
) -> AnonymisedRecords:
    """Apply the config to validated records (see ``source.validate_records``)."""
    rules = list(config.columns.values())
    quasi = config.quasi_identifiers
    k_result = enforce_k_anonymity(valid, quasi, config.k, config.max_suppression, config.sensitive_columns)
    kept = valid[k_result.keep.to_numpy()]
    rows = kept.to_dict("records")
    identifiers = config.direct_identifiers
    columns: dict[str, list[object]] = {}
    notes_redacted = 0
    for rule in rules:
        if rule.action == "drop":
            continue
        if rule.quasi_identifier:
            columns[rule.output_name] = list(k_result.generalised.loc[kept.index, rule.output_name])
        elif rule.action == "generalise":
            columns[rule.output_name] = [generalise_value(rule, 0, row.get(rule.name), row) for row in rows]
        elif rule.action == "pseudonymise":
            columns[rule.output_name] = [
                key.pseudonym(row[rule.name], domain=rule.kind or rule.name) if row.get(rule.name) else ""
                for row in rows
            ]
        elif rule.action == "redact":
            texts = [str(row.get(rule.name) or "") for row in rows]
            known = [_known_values(row, identifiers) for row in rows]
            columns[rule.output_name] = redact_notes(texts, known, analyzer) if rows else []
            notes_redacted += sum(bool(text) for text in texts)
        else:
            columns[rule.output_name] = [str(row.get(rule.name) or "") for row in rows]
    frame = pd.DataFrame(columns, columns=config.output_columns()).astype(object)
    # The record key for the cell-key noise of the marts: restricted like the rest of the frame.
    frame[RECORD_KEY_COLUMN] = pd.Series([key.record_key(row[config.record_id]) for row in rows], dtype="int64")
    return AnonymisedRecords(
        frame=frame.reset_index(drop=True),
        records_in=len(valid),
        records_suppressed=k_result.records_suppressed,
        k_required=config.k,
        k_reached=k_result.k_reached,
        levels=k_result.levels,
        quasi_identifiers=[rule.output_name for rule in quasi],
        notes_redacted=notes_redacted,
        dropped_columns=[rule.name for rule in rules if rule.action == "drop"],
        pseudonymised_columns=[rule.output_name for rule in rules if rule.action == "pseudonymise"],
        l_reached=k_result.l_reached,
        max_share_reached=k_result.max_share_reached,
        risk=record_risk(frame, [rule.output_name for rule in quasi], _other_columns(config), config.k),
        utility=_utility(valid, config, k_result.generalised, k_result.keep, k_result.levels),
    )


def _other_columns(config: DatasetConfig) -> list[str]:
    """Columns an acquaintance may also know besides the quasi-identifiers (month, language, ...)."""
    return [rule.output_name for rule in config.columns.values()
            if rule.action in ("generalise", "keep") and not rule.quasi_identifier]


def _utility(valid: pd.DataFrame, config: DatasetConfig, generalised: pd.DataFrame, keep: pd.Series,
             levels: dict[str, str]) -> dict[str, dict[str, object]]:
    """Per published variable: categories lost to generalisation and the bias of suppression."""
    rows = valid.to_dict("records")
    out: dict[str, dict[str, object]] = {}
    for rule in config.columns.values():
        if rule.action not in ("generalise", "keep"):
            continue
        raw = pd.Series([generalise_value(rule, 0, row.get(rule.name), row) if rule.action == "generalise"
                         else str(row.get(rule.name) or "") for row in rows], index=valid.index, dtype=object)
        published = generalised[rule.output_name] if rule.quasi_identifier else raw
        entry: dict[str, object] = {"level": levels.get(rule.output_name, "value"),
                                    "categories_in_source": int(raw.nunique())}
        entry.update(suppression_bias(published, published[keep.to_numpy()]))
        out[rule.output_name] = entry
    return out
