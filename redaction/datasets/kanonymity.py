"""k-anonymity by full-domain generalisation and record suppression.

Every combination of quasi-identifier values that is kept must be shared by at least k records.
Each quasi-identifier has a short ladder of levels (config), so the combinations of levels form
a small lattice (4 x 3 x 3 x 3 nodes for the shipped config). We try them all and keep the least
generalised one (Sweeney's precision metric) for which the records in classes smaller than k are
at most ``max_suppression`` of the whole; those records are then suppressed. Exhaustive search
beats greedy Datafly here: Datafly first flattened nationality and district to "*" on the demo
register where one step of each sufficed. For configs whose lattice is too large to search,
Datafly is the fallback. Either way it terminates: at the top of every ladder all records fall
into one class.

l-diversity. k-anonymity stops an attacker from singling a person out, not from learning what
everyone in the person's class shares: if all five Eritrean single men aged 60-64 were handed
over to partners, knowing someone is one of them tells the outcome. So a class must also hold at
least ``l_diversity`` different values of every sensitive column (outcome, duration; configured
per column), and no value more than ``max_share`` of it. A class that fails is treated like a
class smaller than k: generalise further or suppress its records, within the same budget.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from redaction.datasets.config import ColumnRule
from redaction.datasets.generalise import generalise_value

MAX_LATTICE = 4096  # level combinations searched exhaustively; larger configs fall back to Datafly


@dataclass(frozen=True, slots=True)
class KAnonymityResult:
    """The generalised quasi-identifier columns (output names), which records survive, and why."""

    generalised: pd.DataFrame
    keep: pd.Series  # bool per input record
    levels: dict[str, str]  # output column -> level used ("*" = fully suppressed)
    k_reached: int
    records_suppressed: int
    # Per sensitive column (output name): the fewest distinct values and the largest share of
    # one value in any kept class.
    l_reached: dict[str, int] = field(default_factory=dict)
    max_share_reached: dict[str, float] = field(default_factory=dict)


def smallest_class(frame: pd.DataFrame, columns: Sequence[str]) -> int:
    """The k a table actually has: the size of its smallest equivalence class (0 if it is empty)."""
    if frame.empty:
        return 0
    if not columns:
        return len(frame)
    return int(frame.groupby(list(columns), dropna=False, sort=False).size().min())


def _ladders(records: pd.DataFrame, rules: Sequence[ColumnRule]) -> dict[str, list[pd.Series]]:
    """All levels of every quasi-identifier, computed once (the ladders are short)."""
    rows = records.to_dict("records")
    ladders: dict[str, list[pd.Series]] = {}
    for rule in rules:
        ladders[rule.name] = [
            pd.Series([generalise_value(rule, level, row.get(rule.name), row) for row in rows],
                      index=records.index, dtype=object)
            for level in range(len(rule.levels) + 1)
        ]
    return ladders


def _table(ladders: dict[str, list[pd.Series]], level: dict[str, int], rules: Sequence[ColumnRule],
           index: pd.Index) -> pd.DataFrame:
    return pd.DataFrame({rule.output_name: ladders[rule.name][level[rule.name]] for rule in rules}, index=index)


def sensitive_values(records: pd.DataFrame, rule: ColumnRule) -> pd.Series:
    """A sensitive column as it ends up in the records (a duration as its band, say)."""
    rows = records.to_dict("records")
    if rule.action == "generalise":
        values = [generalise_value(rule, 0, row.get(rule.name), row) for row in rows]
    else:
        values = [str(row.get(rule.name) or "") for row in rows]
    return pd.Series(values, index=records.index, dtype=object)


def diversity(classes: pd.Series, values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Per record: how many distinct sensitive values its class holds, and the largest share of one."""
    frame = pd.DataFrame({"c": classes.to_numpy(), "v": values.to_numpy()}, index=values.index)
    distinct = frame.groupby("c", sort=False)["v"].transform("nunique")
    per_value = frame.groupby(["c", "v"], sort=False)["v"].transform("size")
    largest = per_value.groupby(frame["c"], sort=False).transform("max")
    size = frame.groupby("c", sort=False)["v"].transform("size")
    return distinct, largest / size


def _short(ladders: dict[str, list[pd.Series]], level: dict[str, int], rules: Sequence[ColumnRule], k: int,
           index: pd.Index, sensitive: Sequence[tuple[ColumnRule, pd.Series]] = ()) -> pd.Series:
    """Which records sit in an equivalence class smaller than k, or not diverse enough, at these levels."""
    if len(index) == 0:
        return pd.Series(dtype=bool, index=index)
    if rules:
        current = _table(ladders, level, rules, index)
        columns = list(current.columns)
        classes = current.groupby(columns, dropna=False, sort=False).ngroup()
    else:
        classes = pd.Series(0, index=index)
    short = classes.groupby(classes).transform("size") < k
    for rule, values in sensitive:
        distinct, share = diversity(classes, values)
        short |= (distinct < rule.l_diversity) | (share > rule.max_share + 1e-12)
    return short


def _precision_loss(level: dict[str, int], rules: Sequence[ColumnRule]) -> float:
    """Sweeney's Prec, as a loss: the mean height climbed, 0 = as published at level 0, 1 = all '*'."""
    if not rules:
        return 0.0
    return sum(level[rule.name] / len(rule.levels) for rule in rules) / len(rules)


def _lattice_search(ladders: dict[str, list[pd.Series]], rules: Sequence[ColumnRule], k: int, allowed: float,
                    index: pd.Index, sensitive: Sequence[tuple[ColumnRule, pd.Series]]) -> dict[str, int]:
    """Every combination of levels; the least generalised one that needs at most ``allowed``
    suppressions wins (ties: fewer suppressions, then the earliest in config order)."""
    best: tuple[float, int, tuple[int, ...]] | None = None
    for combination in itertools.product(*(range(len(rule.levels) + 1) for rule in rules)):
        level = {rule.name: value for rule, value in zip(rules, combination, strict=True)}
        loss = _precision_loss(level, rules)
        if best is not None and loss > best[0]:
            continue
        suppressed = int(_short(ladders, level, rules, k, index, sensitive).sum())
        if suppressed <= allowed and (best is None or (loss, suppressed) < best[:2]):
            best = (loss, suppressed, combination)
    if best is None:  # only possible when nothing at all can be kept: top of every ladder
        return {rule.name: len(rule.levels) for rule in rules}
    return {rule.name: value for rule, value in zip(rules, best[2], strict=True)}


def _datafly(ladders: dict[str, list[pd.Series]], rules: Sequence[ColumnRule], k: int, allowed: float,
             index: pd.Index, sensitive: Sequence[tuple[ColumnRule, pd.Series]]) -> dict[str, int]:
    """Sweeney's Datafly for configs too large to search: climb the attribute with the most
    distinct values until few enough records are short of k."""
    level = {rule.name: 0 for rule in rules}
    while int(_short(ladders, level, rules, k, index, sensitive).sum()) > allowed:
        climbable = [rule for rule in rules if level[rule.name] < len(rule.levels)]
        if not climbable:
            break
        widest = max(climbable, key=lambda rule: ladders[rule.name][level[rule.name]].nunique())
        level[widest.name] += 1
    return level


def enforce_k_anonymity(
    records: pd.DataFrame, rules: Sequence[ColumnRule], k: int, max_suppression: float,
    sensitive: Sequence[ColumnRule] = (),
) -> KAnonymityResult:
    """Generalise the quasi-identifiers in ``rules`` and suppress what still falls short of ``k``
    (or of the l-diversity of the ``sensitive`` columns).

    Postcondition (tested with arbitrary inputs): every class of the kept records has >= k
    members and is diverse enough, and the number of suppressed records is reported, never hidden.
    """
    ladders = _ladders(records, rules)
    diverse = [(rule, sensitive_values(records, rule)) for rule in sensitive]
    allowed = max_suppression * len(records)
    heights = [len(rule.levels) for rule in rules]
    nodes = math.prod(height + 1 for height in heights)
    if nodes <= MAX_LATTICE:
        level = _lattice_search(ladders, rules, k, allowed, records.index, diverse)
    else:
        level = _datafly(ladders, rules, k, allowed, records.index, diverse)
    short = _short(ladders, level, rules, k, records.index, diverse)
    current = _table(ladders, level, rules, records.index)
    keep = ~short
    kept = current[keep]
    l_reached: dict[str, int] = {}
    shares: dict[str, float] = {}
    if len(kept):
        classes = kept.groupby(list(kept.columns), dropna=False, sort=False).ngroup() if rules else \
            pd.Series(0, index=kept.index)
        for rule, values in diverse:
            distinct, share = diversity(classes, values[keep])
            l_reached[rule.output_name] = int(distinct.min())
            shares[rule.output_name] = round(float(share.max()), 4)
    return KAnonymityResult(
        generalised=current,
        keep=keep,
        levels={rule.output_name: (rule.levels[level[rule.name]] if level[rule.name] < len(rule.levels) else "*")
                for rule in rules},
        k_reached=smallest_class(kept, list(kept.columns)),
        records_suppressed=int(short.sum()),
        l_reached=l_reached,
        max_share_reached=shares,
    )
