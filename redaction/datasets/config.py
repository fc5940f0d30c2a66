"""The per-column anonymisation config: what happens to every column of a case-record export.

A privacy officer reads and changes the YAML file (``case_records.yaml``); the code only
interprets it. Every column of the source must be listed, so a new column in an export is never
published by accident: an unlisted column is an error, not a silent pass-through.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml

from redaction.datasets.cellkey import PerturbationTable, validate_probabilities
from redaction.datasets.cells import ProtectionLevels
from redaction.datasets.errors import DatasetConfigError

Action = Literal["drop", "pseudonymise", "generalise", "keep", "redact"]
ColumnType = Literal["text", "date", "postcode"]
ACTIONS: tuple[str, ...] = ("drop", "pseudonymise", "generalise", "keep", "redact")
TYPES: tuple[str, ...] = ("text", "date", "postcode")
# Level names a column may climb through; "*" (everything suppressed) is always the implicit top.
LEVEL_KINDS: tuple[str, ...] = ("value", "age", "month", "quarter", "year", "postcode4", "group", "duration")
DEFAULT_CONFIG = "case_records.yaml"


@dataclass(frozen=True, slots=True)
class ColumnRule:
    """What happens to one source column."""

    name: str
    action: Action
    type: ColumnType = "text"
    required: bool = False
    direct_identifier: bool = False
    # The kind of identifier, for the leak scanner's spelling variants (name, email, phone, bsn, id).
    kind: str = ""
    output: str = ""
    quasi_identifier: bool = False
    levels: tuple[str, ...] = ()
    groups: Mapping[str, str] = field(default_factory=dict)
    other: str = "Overig"
    bands: tuple[int, ...] = ()
    relative_to: str = ""
    open_value: str = "lopend"
    # A sensitive column (l-diversity): every class of quasi-identifiers must hold at least
    # ``l_diversity`` different values of it, and no value may make up more than ``max_share``
    # of a class. 0 and 1.0 switch the two conditions off.
    l_diversity: int = 0
    max_share: float = 1.0

    @property
    def sensitive(self) -> bool:
        return self.l_diversity > 1 or self.max_share < 1.0

    @property
    def output_name(self) -> str:
        return self.output or self.name


@dataclass(frozen=True, slots=True)
class MartSpec:
    """One dashboard table: counts by one or two generalised columns."""

    name: str
    title: str
    rows: str
    row_label: str
    columns: str = ""
    column_label: str = ""
    order: tuple[str, ...] = ()
    # Categories below the threshold are merged into this label before suppression (nationalities).
    merge_small_into: str = ""
    chart: Literal["bar", "line", "stacked"] = "bar"


@dataclass(frozen=True, slots=True)
class DatasetConfig:
    """The whole file: columns, k, the cell threshold and the marts."""

    dataset: str
    record_id: str
    columns: Mapping[str, ColumnRule]
    k: int = 5
    cell_threshold: int = 5
    max_suppression: float = 0.05
    marts: tuple[MartSpec, ...] = ()
    protection: ProtectionLevels = field(default_factory=lambda: ProtectionLevels(lower=4, upper=4))
    cell_key: PerturbationTable = field(default_factory=lambda: PerturbationTable(2, (0.1, 0.2, 0.4, 0.2, 0.1)))
    # Who the attacker is and what they know, in words for the risk report (Dutch, for readers).
    threat_model: str = ""

    @property
    def sensitive_columns(self) -> list[ColumnRule]:
        return [rule for rule in self.columns.values() if rule.sensitive]

    @property
    def quasi_identifiers(self) -> list[ColumnRule]:
        return [rule for rule in self.columns.values() if rule.quasi_identifier]

    @property
    def direct_identifiers(self) -> list[ColumnRule]:
        return [rule for rule in self.columns.values() if rule.direct_identifier]

    @property
    def required_columns(self) -> list[str]:
        return [rule.name for rule in self.columns.values() if rule.required]

    @property
    def date_columns(self) -> list[str]:
        return [rule.name for rule in self.columns.values() if rule.type == "date"]

    def output_columns(self) -> list[str]:
        """The columns of the anonymised records, in config order."""
        return [rule.output_name for rule in self.columns.values() if rule.action != "drop"]


def _level_kind(level: str) -> str:
    return level.split(":", 1)[0]


def _column_rule(name: str, raw: Any) -> ColumnRule:
    if not isinstance(raw, dict):
        raise DatasetConfigError(f"column '{name}' must be a mapping")
    unknown = set(raw) - (set(ColumnRule.__slots__) - {"name"})
    if unknown:
        raise DatasetConfigError(f"column '{name}' has unknown keys: {', '.join(sorted(unknown))}")
    action = raw.get("action")
    if action not in ACTIONS:
        raise DatasetConfigError(f"column '{name}' needs an action out of {', '.join(ACTIONS)}")
    col_type = raw.get("type", "text")
    if col_type not in TYPES:
        raise DatasetConfigError(f"column '{name}' has an unknown type; use one of {', '.join(TYPES)}")
    levels = tuple(str(level) for level in raw.get("levels", ()))
    for level in levels:
        if _level_kind(level) not in LEVEL_KINDS:
            raise DatasetConfigError(f"column '{name}' has an unknown generalisation level")
    if action == "generalise" and not levels:
        raise DatasetConfigError(f"column '{name}' is generalised but lists no levels")
    if raw.get("quasi_identifier") and action != "generalise":
        raise DatasetConfigError(f"quasi-identifier '{name}' must have action generalise")
    l_diversity = int(raw.get("l_diversity", 0))
    max_share = float(raw.get("max_share", 1.0))
    if l_diversity < 0 or not 0.0 < max_share <= 1.0:
        raise DatasetConfigError(f"column '{name}' needs l_diversity >= 0 and max_share in (0, 1]")
    if (l_diversity > 1 or max_share < 1.0) and (raw.get("quasi_identifier") or action not in ("keep", "generalise")):
        raise DatasetConfigError(f"sensitive column '{name}' must be kept or generalised, not a quasi-identifier")
    direct = bool(raw.get("direct_identifier", False))
    if direct and action not in ("drop", "pseudonymise"):
        raise DatasetConfigError(f"direct identifier '{name}' must be dropped or pseudonymised")
    if action == "pseudonymise" and not direct:
        raise DatasetConfigError(f"pseudonymised column '{name}' must be marked direct_identifier")
    return ColumnRule(
        name=name,
        action=action,
        type=col_type,
        required=bool(raw.get("required", False)),
        direct_identifier=direct,
        kind=str(raw.get("kind", "")),
        output=str(raw.get("output", "")),
        quasi_identifier=bool(raw.get("quasi_identifier", False)),
        levels=levels,
        groups={str(k): str(v) for k, v in (raw.get("groups") or {}).items()},
        other=str(raw.get("other", "Overig")),
        bands=tuple(int(b) for b in raw.get("bands", ())),
        relative_to=str(raw.get("relative_to", "")),
        open_value=str(raw.get("open_value", "lopend")),
        l_diversity=l_diversity,
        max_share=max_share,
    )


def _mart(name: str, raw: Any, outputs: set[str]) -> MartSpec:
    if not isinstance(raw, dict) or "rows" not in raw:
        raise DatasetConfigError(f"mart '{name}' needs at least 'rows'")
    for key in ("rows", "columns"):
        if raw.get(key) and raw[key] not in outputs:
            raise DatasetConfigError(f"mart '{name}' uses '{raw[key]}', which is not an output column")
    return MartSpec(
        name=name,
        title=str(raw.get("title", name)),
        rows=str(raw["rows"]),
        row_label=str(raw.get("row_label", raw["rows"])),
        columns=str(raw.get("columns", "")),
        column_label=str(raw.get("column_label", raw.get("columns", ""))),
        order=tuple(str(v) for v in raw.get("order", ())),
        merge_small_into=str(raw.get("merge_small_into", "")),
        chart=raw.get("chart", "bar"),
    )


def parse_config(data: Any) -> DatasetConfig:
    """Build and validate a config from parsed YAML."""
    if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
        raise DatasetConfigError("the dataset config needs a 'columns' mapping")
    columns = {str(name): _column_rule(str(name), raw) for name, raw in data["columns"].items()}
    record_id = str(data.get("record_id", ""))
    if record_id not in columns:
        raise DatasetConfigError("'record_id' must name one of the configured columns")
    for rule in columns.values():
        if rule.relative_to and rule.relative_to not in columns:
            raise DatasetConfigError(f"column '{rule.name}' refers to an unknown column")
        for level in rule.levels:
            if _level_kind(level) == "duration" and level.split(":", 1)[-1] not in columns:
                raise DatasetConfigError(f"column '{rule.name}' measures a duration from an unknown column")
    outputs = [rule.output_name for rule in columns.values() if rule.action != "drop"]
    if len(outputs) != len(set(outputs)):
        raise DatasetConfigError("two columns have the same output name")
    k = int(data.get("k", 5))
    threshold = int(data.get("cell_threshold", 5))
    max_suppression = float(data.get("max_suppression", 0.05))
    # A threshold of 2 cannot be protected: two "<2" cells under a published total of 2 are both 1.
    if k < 2 or threshold < 3:
        raise DatasetConfigError("k must be at least 2 and cell_threshold at least 3")
    if not 0.0 <= max_suppression <= 1.0:
        raise DatasetConfigError("max_suppression must be a fraction between 0 and 1")
    marts = tuple(_mart(str(n), raw, set(outputs)) for n, raw in (data.get("marts") or {}).items())
    protection = _protection(data.get("protection") or {}, threshold)
    cell_key = _cell_key(data.get("cell_key") or {})
    return DatasetConfig(
        dataset=str(data.get("dataset", "dataset")),
        record_id=record_id,
        columns=columns,
        k=k,
        cell_threshold=threshold,
        max_suppression=max_suppression,
        marts=marts,
        protection=protection,
        cell_key=cell_key,
        threat_model=" ".join(str(data.get("threat_model", "")).split()),
    )


def _protection(raw: Any, threshold: int) -> ProtectionLevels:
    """Upper and lower protection levels (tau-ARGUS's terms); by default threshold - 1 both ways,
    so a hidden count can always be any of the values a "<threshold" mark would have allowed."""
    if not isinstance(raw, dict) or set(raw) - {"lower", "upper"}:
        raise DatasetConfigError("'protection' takes 'lower' and 'upper'")
    levels = ProtectionLevels(lower=int(raw.get("lower", threshold - 1)), upper=int(raw.get("upper", threshold - 1)))
    if levels.lower < 1 or levels.upper < 1:
        raise DatasetConfigError("protection levels must be at least 1")
    return levels


def _cell_key(raw: Any) -> PerturbationTable:
    if not isinstance(raw, dict) or set(raw) - {"max_deviation", "probabilities"}:
        raise DatasetConfigError("'cell_key' takes 'max_deviation' and 'probabilities'")
    deviation = int(raw.get("max_deviation", 2))
    default = (0.1, 0.2, 0.4, 0.2, 0.1) if deviation == 2 else (1.0 / (2 * deviation + 1),) * (2 * deviation + 1)
    probabilities = tuple(float(p) for p in raw.get("probabilities", default))
    problem = validate_probabilities(deviation, probabilities)
    if problem:
        raise DatasetConfigError(problem)
    return PerturbationTable(max_deviation=deviation, probabilities=probabilities)


def load_config(path: str | Path | None = None) -> DatasetConfig:
    """The config at ``path``, or the shipped case-record config."""
    try:
        if path is None:
            text = resources.files("redaction.datasets").joinpath(DEFAULT_CONFIG).read_text(encoding="utf-8")
        else:
            text = Path(path).read_text(encoding="utf-8")
        data = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        source = path or DEFAULT_CONFIG
        raise DatasetConfigError(f"cannot read the dataset config {source}: {type(exc).__name__}") from None
    return parse_config(data)
