"""Dashboard marts: counts by one or two columns of the anonymised records, small cells suppressed.

Each mart is a long table (one row per cell, totals included) with the exact count where it is
published and an empty count where it is not, plus the text a reader sees ("12", "<5" or "x").
Published as Parquet files and as tables in one DuckDB database.
"""

from __future__ import annotations

import os
from collections.abc import Hashable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from redaction.datasets.cells import Line, Suppression, suppress_cells
from redaction.datasets.config import DatasetConfig, MartSpec
from redaction.datasets.generalise import SUPPRESSED

TOTAL = "Totaal"
COUNT = "aantal"
SHOWN = "weergave"
HIDDEN = "onderdrukt"
SHARE = "aandeel_procent"
SECONDARY_MARK = "x"  # hidden to protect a small cell; the legend on the dashboard explains it
# A quasi-identifier generalised all the way up (k-anonymity) shows as this category.
GENERALISED_AWAY = "niet uitgesplitst"
DUCKDB_FILE = "dashboard.duckdb"


def small_mark(threshold: int) -> str:
    return f"<{threshold}"


@dataclass
class Mart:
    """One published table and what its suppression cost."""

    spec: MartSpec
    table: pd.DataFrame
    cells: int
    primary: int
    secondary: int
    merged_categories: int = 0

    @property
    def smallest_published(self) -> int | None:
        counts = [int(v) for v in self.table[COUNT].dropna() if int(v) > 0]
        return min(counts) if counts else None


def _ordered(values: list[str], order: tuple[str, ...]) -> list[str]:
    known = [v for v in order if v in values]
    return known + sorted(v for v in values if v not in order)


def _shown(count: int, state: str, threshold: int) -> str:
    if state == "primary":
        return small_mark(threshold)
    if state == "secondary":
        return SECONDARY_MARK
    return str(count)


def _labels(values: pd.Series) -> pd.Series:
    return values.astype(str).replace({SUPPRESSED: GENERALISED_AWAY})


def one_way(values: pd.Series, spec: MartSpec, threshold: int) -> Mart:
    """Counts per category with a grand total."""
    values = _labels(values)
    merged = 0
    if spec.merge_small_into:
        sizes = values.value_counts()
        small = set(sizes[sizes < threshold].index)
        merged = len(small)
        values = values.map(lambda v: spec.merge_small_into if v in small else v)
    labels = _ordered(sorted(set(values)), spec.order)
    if spec.merge_small_into in labels:  # "Overige ..." last, whatever its size
        labels = [label for label in labels if label != spec.merge_small_into] + [spec.merge_small_into]
    sizes = values.value_counts()
    counts: dict[Hashable, int] = {(label,): int(sizes.get(label, 0)) for label in labels}
    counts[(TOTAL,)] = len(values)
    lines: list[Line] = [((TOTAL,), tuple((label,) for label in labels))]
    result = suppress_cells(counts, lines, threshold)
    rows = []
    total_shown = result.status[(TOTAL,)] == "published"
    for key in [*((label,) for label in labels), (TOTAL,)]:
        state = result.status[key]
        share = (round(100.0 * counts[key] / counts[(TOTAL,)], 1)
                 if state == "published" and total_shown and counts[(TOTAL,)] else None)
        rows.append({spec.rows: key[0], COUNT: counts[key] if state == "published" else None,
                     SHOWN: _shown(counts[key], state, threshold), HIDDEN: state != "published", SHARE: share})
    return _mart(spec, rows, result, merged)


def two_way(frame: pd.DataFrame, spec: MartSpec, threshold: int) -> Mart:
    """A cross table with row, column and grand totals; every total is a line to protect."""
    rows_values = _labels(frame[spec.rows])
    col_values = _labels(frame[spec.columns])
    row_labels = _ordered(sorted(set(rows_values)), spec.order)
    col_labels = sorted(set(col_values))
    crosstab = pd.crosstab(rows_values, col_values)
    counts: dict[Hashable, int] = {}
    for r in row_labels:
        for c in col_labels:
            counts[(r, c)] = int(crosstab.at[r, c]) if r in crosstab.index and c in crosstab.columns else 0
        counts[(r, TOTAL)] = sum(counts[(r, c)] for c in col_labels)
    for c in col_labels:
        counts[(TOTAL, c)] = sum(counts[(r, c)] for r in row_labels)
    counts[(TOTAL, TOTAL)] = len(frame)
    lines: list[Line] = [((r, TOTAL), tuple((r, c) for c in col_labels)) for r in row_labels]
    lines += [((TOTAL, c), tuple((r, c) for r in row_labels)) for c in col_labels]
    lines.append(((TOTAL, TOTAL), tuple((r, TOTAL) for r in row_labels)))
    lines.append(((TOTAL, TOTAL), tuple((TOTAL, c) for c in col_labels)))
    result = suppress_cells(counts, lines, threshold)
    rows = []
    for r in [*row_labels, TOTAL]:
        for c in [*col_labels, TOTAL]:
            state = result.status[(r, c)]
            rows.append({spec.rows: r, spec.columns: c, COUNT: counts[(r, c)] if state == "published" else None,
                         SHOWN: _shown(counts[(r, c)], state, threshold), HIDDEN: state != "published"})
    return _mart(spec, rows, result, 0)


def _mart(spec: MartSpec, rows: list[dict[str, object]], result: Suppression, merged: int) -> Mart:
    table = pd.DataFrame(rows)
    table[COUNT] = table[COUNT].astype("Int64")
    if SHARE in table:
        table[SHARE] = table[SHARE].astype("Float64")
    return Mart(spec=spec, table=table, cells=len(table), primary=result.count("primary"),
                secondary=result.count("secondary"), merged_categories=merged)


def build_marts(records: pd.DataFrame, config: DatasetConfig) -> list[Mart]:
    """Every configured mart from the anonymised records."""
    marts = []
    for spec in config.marts:
        if spec.columns:
            marts.append(two_way(records, spec, config.cell_threshold))
        else:
            marts.append(one_way(records[spec.rows], spec, config.cell_threshold))
    return marts


def write_marts(marts: list[Mart], directory: Path) -> list[Path]:
    """One Parquet file per mart and a DuckDB database with a table per mart.

    Written under temporary names and renamed, so a dashboard reading the folder never sees half
    a file. Returns the paths written.
    """
    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for mart in marts:
        target = directory / f"{mart.spec.name}.parquet"
        partial = target.with_suffix(".parquet.partial")
        mart.table.to_parquet(partial, index=False)
        os.replace(partial, target)
        written.append(target)
    database = directory / DUCKDB_FILE
    partial_db = directory / (DUCKDB_FILE + ".partial")
    partial_db.unlink(missing_ok=True)
    with duckdb.connect(str(partial_db)) as connection:
        for mart in marts:
            connection.register("mart_frame", mart.table)
            connection.execute(f'CREATE TABLE "{mart.spec.name}" AS SELECT * FROM mart_frame')
            connection.unregister("mart_frame")
    os.replace(partial_db, database)
    written.append(database)
    return written


def read_published_tables(directory: Path) -> dict[str, pd.DataFrame]:
    """Every Parquet mart in a folder, by name (what a dashboard or a check reads back)."""
    return {path.stem: pd.read_parquet(path) for path in sorted(directory.glob("*.parquet"))}


def cells_below_threshold(table: pd.DataFrame, threshold: int) -> int:
    """Published counts below the threshold (zero included: see ``cells``) and shown texts that
    disagree with the count they stand for; must be 0 for anything published."""
    bad = 0
    for count, shown in zip(table[COUNT], table[SHOWN], strict=True):
        if pd.isna(count):
            bad += shown not in (small_mark(threshold), SECONDARY_MARK)
        else:
            bad += int(count) < threshold or shown != str(int(count))
    return bad
