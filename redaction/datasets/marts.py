"""Dashboard marts: counts by one or two columns of the anonymised records, protected together.

Each mart is a long table (one row per cell, totals included) with the published count where
it is published and an empty count where it is not, plus the text a reader sees ("12" or "x").
Published as Parquet files and as tables in one DuckDB database.

All marts are protected as one system, because they are one: the outcome totals are printed in
three marts, the nationality totals in two, and the number of records in every mart and in the
risk report. Marts whose variables are linked (a cross table of outcome by age and one of
outcome by nationality link outcome, age and nationality) share their atoms (``cells``);
unlinked groups (arrival month, duration) meet only in the number of records, which is
published anyway, so each group is solved on its own. A cell printed in several marts is one
cell: hidden everywhere or published everywhere, with the same number. Published counts then
get cell-key noise (``cellkey``) for protection across releases.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
from scipy.sparse import csr_matrix

from redaction.datasets.cellkey import MODULUS, RECORD_KEY_COLUMN
from redaction.datasets.cells import CellSystem, Protection, protect
from redaction.datasets.config import DatasetConfig, MartSpec
from redaction.datasets.errors import DatasetConfigError, DisclosureError
from redaction.datasets.generalise import SUPPRESSED

TOTAL = "Totaal"
COUNT = "aantal"
SHOWN = "weergave"
HIDDEN = "onderdrukt"
SHARE = "aandeel_procent"
# One mark for every hidden cell, small or hidden to protect a small one: two marks would tell an
# attacker which hidden cells are the small ones. Statistics Netherlands uses "x" for "geheim".
HIDDEN_MARK = "x"
# A quasi-identifier generalised all the way up (k-anonymity) shows as this category.
GENERALISED_AWAY = "niet uitgesplitst"
DUCKDB_FILE = "dashboard.duckdb"
MAX_ATOMS = 500_000  # combinations of linked categories one solver model may hold


@dataclass
class Mart:
    """One published table, what its suppression cost, and (restricted) what the audit needs."""

    spec: MartSpec
    table: pd.DataFrame
    cells: int
    primary: int
    secondary: int
    merged_categories: int = 0
    # Restricted: per hidden cell its labels, true count, status and the interval an exact
    # attacker can compute; per published cell the noise added. Never written to the public area.
    audit: list[dict[str, Any]] = field(default_factory=list)
    noise: list[int] = field(default_factory=list)
    records_hidden: int = 0  # records in hidden body cells (restricted: utility figure)
    unprotectable: int = 0


def _ordered(values: list[str], order: tuple[str, ...]) -> list[str]:
    known = [v for v in order if v in values]
    return known + sorted(v for v in values if v not in order)


def _labels(values: pd.Series) -> pd.Series:
    return values.astype(str).replace({SUPPRESSED: GENERALISED_AWAY})


Selection = dict[str, frozenset[str]]  # variable -> categories the cell counts (absent = all)


def _mart_cells(spec: MartSpec, labels: dict[str, pd.Series], threshold: int
                ) -> tuple[list[tuple[tuple[str, ...], Selection]], int]:
    """Every cell of a mart, in publication order, as the categories it adds up; and how many
    categories were merged into ``merge_small_into``."""
    if spec.columns:
        rows = _ordered(sorted(set(labels[spec.rows])), spec.order)
        cols = sorted(set(labels[spec.columns]))
        cells = []
        for r in [*rows, TOTAL]:
            for c in [*cols, TOTAL]:
                selection: Selection = {}
                if r != TOTAL:
                    selection[spec.rows] = frozenset({r})
                if c != TOTAL:
                    selection[spec.columns] = frozenset({c})
                cells.append(((r, c), selection))
        return cells, 0
    values = labels[spec.rows]
    sizes = values.value_counts()
    small = sorted(sizes[sizes < threshold].index) if spec.merge_small_into else []
    shown = _ordered(sorted(set(values) - set(small)), spec.order)
    cells = [((label,), {spec.rows: frozenset({label})}) for label in shown]
    if small:  # "Overige ..." last, whatever its size
        cells.append(((spec.merge_small_into,), {spec.rows: frozenset(small)}))
    cells.append(((TOTAL,), {}))
    return cells, len(small)


def _components(marts: list[MartSpec]) -> list[list[str]]:
    """Groups of variables tied together by a mart (union-find)."""
    parent: dict[str, str] = {}

    def find(v: str) -> str:
        while parent.setdefault(v, v) != v:
            v = parent[v]
        return v

    for spec in marts:
        variables = [v for v in (spec.rows, spec.columns) if v]
        for v in variables:
            parent[find(v)] = find(variables[0])
    groups: dict[str, list[str]] = {}
    for v in list(parent):
        groups.setdefault(find(v), []).append(v)
    return list(groups.values())


@dataclass
class _Block:
    """One group of linked variables: atoms, their record counts and key sums, unique cells."""

    variables: list[str]
    categories: dict[str, list[str]]
    atoms: np.ndarray
    key_sums: np.ndarray
    masks: list[np.ndarray] = field(default_factory=list)
    index: dict[bytes, int] = field(default_factory=dict)

    def cell(self, selection: Selection) -> int:
        """The unique cell for a selection: the same atoms in two marts are the same cell."""
        mask = np.ones(len(self.atoms), dtype=bool)
        for position, variable in enumerate(self.variables):
            if variable in selection:
                codes = [i for i, c in enumerate(self.categories[variable]) if c in selection[variable]]
                axis = np.isin(self._codes(position), codes)
                mask &= axis
        signature = np.packbits(mask).tobytes() + len(mask).to_bytes(8, "big")
        if signature not in self.index:
            self.index[signature] = len(self.masks)
            self.masks.append(mask)
        return self.index[signature]

    def _codes(self, position: int) -> np.ndarray:
        sizes = [len(self.categories[v]) for v in self.variables]
        inner = int(np.prod(sizes[position + 1:], dtype=np.int64))
        return (np.arange(len(self.atoms)) // inner) % sizes[position]


def _block(records: pd.DataFrame, variables: list[str], labels: dict[str, pd.Series], keys: np.ndarray) -> _Block:
    categories = {v: sorted(set(labels[v])) for v in variables}
    sizes = [len(categories[v]) for v in variables]
    n_atoms = int(np.prod(sizes, dtype=np.int64))
    if n_atoms > MAX_ATOMS:
        raise DatasetConfigError(f"marts over {', '.join(variables)} combine {n_atoms} categories; "
                                 f"at most {MAX_ATOMS} can be protected together")
    code = np.zeros(len(records), dtype=np.int64)
    for v in variables:
        lookup = {c: i for i, c in enumerate(categories[v])}
        code = code * len(categories[v]) + labels[v].map(lookup).to_numpy(dtype=np.int64)
    atoms = np.bincount(code, minlength=n_atoms).astype(np.int64)
    key_sums = np.bincount(code, weights=keys.astype(np.float64), minlength=n_atoms) if len(code) else \
        np.zeros(n_atoms)
    # Record keys are < 2**32 and a register < 2**20 records: the float sums are exact (< 2**53).
    return _Block(variables, categories, atoms, np.mod(key_sums.astype(np.int64), MODULUS))


def build_marts(records: pd.DataFrame, config: DatasetConfig) -> list[Mart]:
    """Every configured mart from the anonymised records, suppressed and perturbed together."""
    if RECORD_KEY_COLUMN not in records.columns:
        raise DisclosureError("the records have no record keys for the cell-key noise")
    threshold = config.cell_threshold
    variables = sorted({v for spec in config.marts for v in (spec.rows, spec.columns) if v})
    labels = {v: _labels(records[v]).reset_index(drop=True) for v in variables}
    keys = records[RECORD_KEY_COLUMN].to_numpy(dtype=np.int64)
    layouts = {spec.name: _mart_cells(spec, labels, threshold) for spec in config.marts}
    blocks: dict[str, _Block] = {}
    for component in _components(list(config.marts)):
        block = _block(records, component, labels, keys)
        for v in component:
            blocks[v] = block
    # Cells of every mart as unique cells of their block.
    placed: dict[str, list[int]] = {}
    for spec in config.marts:
        block = blocks[spec.rows]
        placed[spec.name] = [block.cell(selection) for _, selection in layouts[spec.name][0]]
    results: dict[int, tuple[Protection, np.ndarray, np.ndarray]] = {}
    for block in {id(b): b for b in blocks.values()}.values():
        membership = csr_matrix(np.vstack(block.masks).astype(np.int8)) if block.masks else csr_matrix((0, 0))
        everything = np.array([bool(mask.all()) for mask in block.masks])
        system = CellSystem(atoms=block.atoms, membership=membership, fixed=everything)
        protection = protect(system, threshold, config.protection)
        values = system.values
        noise = np.zeros(len(values), dtype=np.int64)
        for i, mask in enumerate(block.masks):
            if protection.status[i] == "published" and not everything[i]:
                key = (int(block.key_sums[mask].sum()) % MODULUS) / MODULUS
                noise[i] = config.cell_key.noise(int(values[i]), key, threshold)
        results[id(block)] = (protection, values, noise)
    marts = []
    for spec in config.marts:
        protection, values, noise = results[id(blocks[spec.rows])]
        cells, merged = layouts[spec.name]
        marts.append(_mart(spec, cells, placed[spec.name], protection, values, noise, merged))
    return marts


def _mart(spec: MartSpec, cells: list[tuple[tuple[str, ...], Selection]], ids: list[int], protection: Protection,
          values: np.ndarray, noise: np.ndarray, merged: int) -> Mart:
    names = [spec.rows, spec.columns] if spec.columns else [spec.rows]
    grand = values[ids[-1]]  # the grand total is the last cell of every layout, exact
    rows: list[dict[str, object]] = []
    audit: list[dict[str, Any]] = []
    published_noise: list[int] = []
    records_hidden = 0
    for (labels, _), cell in zip(cells, ids, strict=True):
        state = protection.status[cell]
        row: dict[str, object] = dict(zip(names, labels, strict=True))
        if state == "published":
            count = int(values[cell] + noise[cell])
            row.update({COUNT: count, SHOWN: str(count), HIDDEN: False})
            if TOTAL not in labels:
                published_noise.append(int(noise[cell]))
        else:
            low, high = protection.intervals.get(cell, (0.0, float("inf")))
            row.update({COUNT: None, SHOWN: HIDDEN_MARK, HIDDEN: True})
            audit.append({**dict(zip(names, labels, strict=True)), "value": int(values[cell]), "status": state,
                          "low": low, "high": high if np.isfinite(high) else None,
                          "protected": cell not in protection.unprotectable})
            if TOTAL not in labels:
                records_hidden += int(values[cell])
        if not spec.columns:
            row[SHARE] = round(100.0 * int(row[COUNT]) / grand, 1) if row[COUNT] is not None and grand else None
        rows.append(row)
    table = pd.DataFrame(rows)
    table[COUNT] = table[COUNT].astype("Int64")
    if SHARE in table:
        table[SHARE] = table[SHARE].astype("Float64")
    statuses = [protection.status[cell] for cell in ids]
    return Mart(spec=spec, table=table, cells=len(table), primary=statuses.count("primary"),
                secondary=statuses.count("secondary"), merged_categories=merged, audit=audit,
                noise=published_noise, records_hidden=records_hidden,
                unprotectable=sum(cell in protection.unprotectable for cell in ids))


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
            bad += shown != HIDDEN_MARK
        else:
            bad += int(count) < threshold or shown != str(int(count))
    return bad
