"""Record-level risk and utility loss: the figures of the risk report that concern records.

Risk. The register is the whole population of clients (no sample), so an attacker who knows a
set of columns of a person and finds a class of f records with those values picks the right one
with chance 1/f (the prosecutor model). Per set of columns we give the records that are unique
(f = 1), the records in classes below k, and the expected number of people re-identified if an
attacker tried everyone: the sum of 1/f over all records, which is the number of classes.

Utility. What anonymisation took away per variable: categories before and after generalisation,
and whether suppressing records for k-anonymity shifted the distribution: the total variation
distance between all valid records and the kept ones (percentage points) and a chi-square test of
kept-or-suppressed against the variable (scipy). Counts and percentages only, never a value of
a record.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

import pandas as pd
from scipy.stats import chi2_contingency

BIAS_P_VALUE = 0.01  # below this (and a distance over 1 point) suppression counts as biased
BIAS_DISTANCE = 1.0


def class_risk(frame: pd.DataFrame, columns: Sequence[str], k: int) -> dict[str, Any]:
    """Uniqueness and expected re-identifications when an attacker knows ``columns``."""
    if frame.empty:
        return {"columns": list(columns), "records": 0, "unique_records": 0, "unique_percent": 0.0,
                "records_below_k": 0, "expected_reidentifications": 0.0, "highest_record_risk": 0.0}
    sizes = frame.groupby(list(columns), dropna=False, sort=False)[columns[0]].transform("size")
    return {
        "columns": list(columns),
        "records": len(frame),
        "unique_records": int((sizes == 1).sum()),
        "unique_percent": round(100.0 * float((sizes == 1).mean()), 1),
        "records_below_k": int((sizes < k).sum()),
        "expected_reidentifications": round(float((1.0 / sizes).sum()), 1),
        "highest_record_risk": round(float(1.0 / sizes.min()), 3),
    }


def record_risk(frame: pd.DataFrame, quasi: Sequence[str], others: Sequence[str], k: int) -> list[dict[str, Any]]:
    """Scenarios: the quasi-identifiers; the quasi-identifiers plus each other column and plus
    each pair of other columns (arrival month and interpreter language, say: an acquaintance
    knows both); and all columns together (an insider with the restricted file)."""
    scenarios: list[list[str]] = [list(quasi)] if quasi else []
    scenarios += [[*quasi, column] for column in others]
    scenarios += [[*quasi, *pair] for pair in itertools.combinations(others, 2)]
    scenarios.append([*quasi, *others])
    seen: set[tuple[str, ...]] = set()
    out = []
    for columns in scenarios:
        if columns and tuple(columns) not in seen:
            seen.add(tuple(columns))
            out.append(class_risk(frame, columns, k))
    return out


def suppression_bias(before: pd.Series, kept: pd.Series) -> dict[str, Any]:
    """How the records kept differ from all valid records on one variable."""
    all_shares = before.astype(str).value_counts(normalize=True)
    kept_shares = kept.astype(str).value_counts(normalize=True).reindex(all_shares.index, fill_value=0.0)
    distance = 50.0 * float((all_shares - kept_shares).abs().sum())  # TVD in percentage points
    suppressed = len(before) - len(kept)
    p_value = 1.0
    if suppressed and len(kept) and before.nunique() > 1:
        flag = pd.Series("kept", index=before.index)
        flag[~before.index.isin(kept.index)] = "suppressed"
        table = pd.crosstab(before.astype(str), flag)
        if table.shape[1] == 2:
            p_value = float(chi2_contingency(table)[1])
    return {"categories_before": int(before.nunique()), "categories_after": int(kept.nunique()),
            "distance_points": round(distance, 2), "p_value": round(p_value, 4),
            "biased": bool(p_value < BIAS_P_VALUE and distance > BIAS_DISTANCE)}
