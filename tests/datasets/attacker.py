"""An attacker written for the tests, independently of the library's suppression code.

It reads what anyone can read (the published long tables, the mart definitions of the public
dashboard, the number of records in the public risk report and the published noise bound) and
asks a solver, for every hidden cell, the smallest and the largest count the published figures
still allow. Its model is the strongest one the marts admit: one unknown per combination of
categories of the variables that marts tie together (an "atom"), every published cell a sum of
atoms, all atoms non-negative integers. Variables that share no mart are tied only by the
number of records, so each group of linked variables is its own block of atoms.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.optimize import Bounds, LinearConstraint, milp

TOTAL = "Totaal"
COUNT = "aantal"


@dataclass(frozen=True)
class MartShape:
    """What the attacker knows of a mart's structure: its name, its variables, a merged label."""

    name: str
    variables: tuple[str, ...]
    merged_label: str = ""


def shapes_from_config(config: object) -> list[MartShape]:
    return [MartShape(spec.name, tuple(v for v in (spec.rows, spec.columns) if v), spec.merge_small_into)
            for spec in config.marts]  # type: ignore[attr-defined]


def _components(shapes: Sequence[MartShape]) -> list[list[str]]:
    parent: dict[str, str] = {}

    def find(v: str) -> str:
        while parent.setdefault(v, v) != v:
            v = parent[v]
        return v

    for shape in shapes:
        for v in shape.variables:
            parent[find(v)] = find(shape.variables[0])
    groups: dict[str, list[str]] = {}
    for v in list(parent):
        groups.setdefault(find(v), []).append(v)
    return list(groups.values())


def _categories(tables: Mapping[str, pd.DataFrame], shapes: Sequence[MartShape]) -> dict[str, list[str]]:
    merged = {s.merged_label for s in shapes if s.merged_label}
    seen: dict[str, set[str]] = {}
    for shape in shapes:
        for v in shape.variables:
            seen.setdefault(v, set()).update(str(x) for x in tables[shape.name][v] if x != TOTAL)
    # A merged label is a category of its own only where no other mart splits it up.
    out = {}
    for v, labels in seen.items():
        split = {x for x in labels if x not in merged}
        out[v] = sorted(split | ({x for x in labels if x in merged} if not _split_elsewhere(v, shapes) else set()))
    return out


def _split_elsewhere(variable: str, shapes: Sequence[MartShape]) -> bool:
    return any(variable in s.variables and not s.merged_label for s in shapes)


def attack(tables: Mapping[str, pd.DataFrame], shapes: Sequence[MartShape], records: int, *,
           noise: int = 0, integer: bool = True) -> dict[tuple[str, tuple[str, ...]], tuple[float, float]]:
    """For every hidden cell (mart, labels): the interval of counts the published data allow.

    ``noise``: published counts may differ from the truth by at most this much (the published
    bound of the cell-key perturbation); ``records`` is the exact number of records (risk report).
    """
    categories = _categories(tables, shapes)
    result: dict[tuple[str, tuple[str, ...]], tuple[float, float]] = {}
    for component in _components(shapes):
        atoms = list(itertools.product(*(categories[v] for v in component)))
        position = {v: i for i, v in enumerate(component)}
        rows_a: list[np.ndarray] = [np.ones(len(atoms))]
        low_b: list[float] = [records]
        high_b: list[float] = [records]
        hidden: list[tuple[tuple[str, tuple[str, ...]], np.ndarray]] = []
        for shape in (s for s in shapes if set(s.variables) <= set(component)):
            table = tables[shape.name]
            shown = {x for v in shape.variables for x in table[v]}
            for _, row in table.iterrows():
                labels = tuple(str(row[v]) for v in shape.variables)
                mask = np.ones(len(atoms), dtype=bool)
                for v, label in zip(shape.variables, labels, strict=True):
                    values = np.array([atom[position[v]] for atom in atoms])
                    if label == TOTAL:
                        continue
                    if label == shape.merged_label and _split_elsewhere(v, shapes):
                        mask &= ~np.isin(values, [x for x in shown if x not in (TOTAL, label)])
                    else:
                        mask &= values == label
                vector = mask.astype(float)
                if pd.isna(row[COUNT]):
                    hidden.append(((shape.name, labels), vector))
                else:
                    exact = all(label == TOTAL for label in labels)
                    slack = 0 if exact else noise
                    rows_a.append(vector)
                    low_b.append(float(row[COUNT]) - slack)
                    high_b.append(float(row[COUNT]) + slack)
        constraint = LinearConstraint(np.vstack(rows_a), np.array(low_b), np.array(high_b))
        integrality = np.ones(len(atoms)) if integer else np.zeros(len(atoms))
        for key, vector in hidden:
            ends = []
            for sign in (1.0, -1.0):
                solved = milp(sign * vector, constraints=constraint, integrality=integrality,
                              bounds=Bounds(0, np.inf))
                assert solved.success, f"published tables inconsistent: {solved.message}"
                ends.append(sign * solved.fun)
            result[key] = (ends[0], ends[1])
    return result


def true_counts(records: pd.DataFrame, shape: MartShape, table: pd.DataFrame) -> dict[tuple[str, ...], int]:
    """The real count behind every cell of a published mart, straight from the records."""
    frame = records.astype(str).replace({"*": "niet uitgesplitst"})  # the published name of '*'
    shown = {x for v in shape.variables for x in table[v]}
    out = {}
    for _, row in table.iterrows():
        labels = tuple(str(row[v]) for v in shape.variables)
        mask = pd.Series(True, index=frame.index)
        for v, label in zip(shape.variables, labels, strict=True):
            if label == TOTAL:
                continue
            if label == shape.merged_label:
                mask &= ~frame[v].isin([x for x in shown if x not in (TOTAL, label)])
            else:
                mask &= frame[v] == label
        out[labels] = int(mask.sum())
    return out


def breaches(intervals: Mapping[tuple[str, tuple[str, ...]], tuple[float, float]],
             truth: Mapping[tuple[str, tuple[str, ...]], int], threshold: int, lower: int, upper: int,
             ) -> list[tuple[tuple[str, tuple[str, ...]], int, tuple[float, float]]]:
    """Hidden small cells whose interval is narrower than the protection levels demand:
    the attacker can rule out a count within ``lower`` below or ``upper`` above the truth."""
    found = []
    for key, (low, high) in intervals.items():
        value = truth[key]
        if value >= threshold:
            continue
        if low > max(0, value - lower) + 1e-6 or high < value + upper - 1e-6:
            found.append((key, value, (low, high)))
    return found
