"""Small-cell suppression verified by a solver, for count tables that share margins.

The model. Tables published from the same records are all sums of the same unknowns: one
count per combination of the categories the tables tie together (an *atom*; for the shipped
marts, outcome x age group x nationality, 4 x 11 x 15 atoms). A published cell is the sum of its
atoms, so every table, every shared margin (the outcome totals printed in three marts) and the
number of records in the risk report are linear equations over the atoms. An attacker who knows
which cells were published and that counts are non-negative integers can ask a solver the least
and the most each hidden cell can be. That is the attack issue 18 ran; this module runs it before
anything is published.

Primary cells are the counts below the threshold (zero included: a published zero would tell
that every hidden neighbour is at least 1). Each must keep an interval at least as wide as the
protection levels in the YAML: the solver must find a table that agrees with everything
published in which the cell is ``upper`` higher, and one in which it is ``lower`` lower (down to
zero), as tau-ARGUS specifies upper and lower protection. Secondary suppression: for a cell
without that room, a mixed-integer program (HiGHS, through scipy) finds the cheapest change to
the table that moves the cell by the protection level while keeping every atom non-negative;
the published cells that change are hidden too, cheapest meaning the fewest records hidden
(cost = count). The change is itself an integer table consistent with what stays published, so
the protection holds against an attacker who solves with integers, not only against the linear
relaxation. Hiding more never narrows an interval, so one pass over the primary cells suffices;
a final attack computes every hidden cell's interval for the restricted audit and re-checks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_matrix, hstack, identity, vstack

Status = Literal["published", "primary", "secondary"]
_EPS = 1e-6


@dataclass(frozen=True, slots=True)
class ProtectionLevels:
    """How far a hidden small count must be movable, downwards and upwards, by any attacker."""

    lower: int
    upper: int

    def required(self, value: int) -> tuple[int, int]:
        """The interval every attacker must still allow for a primary cell of ``value``."""
        return max(0, value - self.lower), value + self.upper


@dataclass(frozen=True, slots=True)
class CellSystem:
    """Cells as sums of atoms: ``membership[i, j]`` is 1 when atom ``j`` counts towards cell ``i``.

    ``fixed`` cells are published whatever happens (the number of records, printed in the risk
    report); suppression never hides them and the attacker always knows them.
    """

    atoms: np.ndarray  # true count per atom
    membership: csr_matrix  # cells x atoms, 0/1
    fixed: np.ndarray  # bool per cell

    @property
    def values(self) -> np.ndarray:
        return np.asarray(self.membership @ self.atoms).ravel().astype(int)

    def __len__(self) -> int:
        return self.membership.shape[0]


@dataclass(frozen=True, slots=True)
class Protection:
    """The outcome of suppression on one cell system: a status per cell, and for every hidden
    cell the interval an exact attacker can compute (restricted: it holds the true counts'
    neighbourhood). ``unprotectable`` lists primary cells no suppression could protect (only
    possible when fixed cells pin them down); they stay hidden and are reported."""

    status: list[Status]
    intervals: dict[int, tuple[float, float]]
    unprotectable: list[int]

    def hidden(self, cell: int) -> bool:
        return self.status[cell] != "published"

    def count(self, status: Status) -> int:
        return sum(value == status for value in self.status)


def _move(system: CellSystem, hidden: np.ndarray, cell: int, shift: int) -> np.ndarray | None:
    """The cheapest integer change of the atoms that moves ``cell`` by ``shift`` and leaves every
    fixed cell unchanged; returns which published cells it changes (to hide), None if impossible.

    Variables: the atom changes d (integer, d >= -atoms so the changed table is a table) and,
    per published non-fixed cell, the positive and negative part of its change (cost = its count,
    so small cells are hidden before large ones and totals last)."""
    matrix = system.membership
    values = system.values
    n_atoms = matrix.shape[1]
    published = np.flatnonzero(~hidden & ~system.fixed)
    fixed = np.flatnonzero(system.fixed)
    if system.fixed[cell]:
        return None
    n_pub = len(published)
    blocks = [hstack([matrix[[cell]], csr_matrix((1, 2 * n_pub))])]
    lows = [float(shift)]
    if len(fixed):
        blocks.append(hstack([matrix[fixed], csr_matrix((len(fixed), 2 * n_pub))]))
        lows += [0.0] * len(fixed)
    if n_pub:
        eye = identity(n_pub, format="csr")
        blocks.append(hstack([matrix[published], -eye, eye]))
        lows += [0.0] * n_pub
    a = vstack(blocks).tocsr()
    b = np.array(lows)
    cost = np.concatenate([np.zeros(n_atoms), values[published].astype(float), values[published].astype(float)])
    # A tiny cost on the atoms keeps the change small among equally cheap ones (fewer moves).
    cost[:n_atoms] = 1e-4
    lower = np.concatenate([-system.atoms.astype(float), np.zeros(2 * n_pub)])
    integrality = np.concatenate([np.ones(n_atoms), np.zeros(2 * n_pub)])
    solved = milp(cost, constraints=LinearConstraint(a, b, b), integrality=integrality,
                  bounds=Bounds(lower, np.full(len(cost), np.inf)))
    if not solved.success:
        return None
    change = solved.x[n_atoms:n_atoms + n_pub] + solved.x[n_atoms + n_pub:]
    return published[change > 0.5]


def feasible_intervals(system: CellSystem, hidden: np.ndarray, cells: Sequence[int], *,
                       integer: bool = True) -> dict[int, tuple[float, float]]:
    """What an attacker knowing every published cell exactly can tell of each of ``cells``:
    the least and the most it can be (``inf`` when nothing published bounds it). ``hidden``
    should leave fixed cells out: the attacker knows them whatever the marts show."""
    published = np.flatnonzero(~hidden)
    values = system.values
    matrix = system.membership
    n_atoms = matrix.shape[1]
    out: dict[int, tuple[float, float]] = {}
    if not len(published):
        return {cell: (0.0, float("inf")) for cell in cells}
    constraint = LinearConstraint(matrix[published], values[published], values[published])
    integrality = np.ones(n_atoms) if integer else np.zeros(n_atoms)
    for cell in cells:
        row = matrix[[cell]].toarray().ravel()
        ends = []
        for sign in (1.0, -1.0):
            solved = milp(sign * row, constraints=constraint, integrality=integrality, bounds=Bounds(0, np.inf))
            if solved.status == 3 or not solved.success:  # unbounded: nothing published caps it
                ends.append(float("inf") if sign < 0 else 0.0)
            else:
                ends.append(float(sign * solved.fun))
        out[cell] = (ends[0], ends[1])
    return out


def protect(system: CellSystem, threshold: int, levels: ProtectionLevels) -> Protection:
    """Primary and secondary suppression of one cell system, verified by the solver."""
    values = system.values
    if system.membership.shape[1] == 0:  # no records at all: every cell is an empty small cell
        return Protection(status=["primary"] * len(values), intervals={i: (0.0, float("inf")) for i in
                                                                       range(len(values))}, unprotectable=[])
    # A fixed cell is known to everyone even when it is small (a register of 3 records says so in
    # its risk report): the small cells it pins down are reported as not protectable.
    hidden = values < threshold
    primary = np.flatnonzero(hidden)
    unprotectable: list[int] = []
    # Largest small counts first: they need the widest room upwards from the rest of the table,
    # and what they hide often protects the smaller ones for free.
    for cell in sorted(primary, key=lambda c: (-values[c], c)):
        low, high = levels.required(int(values[cell]))
        for shift in (high - values[cell], low - values[cell]):
            if shift == 0:
                continue
            extra = _move(system, hidden, int(cell), int(shift))
            if extra is None:
                unprotectable.append(int(cell))
                continue
            hidden[extra] = True
    intervals = feasible_intervals(system, hidden & ~system.fixed, list(np.flatnonzero(hidden)))
    for cell in primary:
        low, high = levels.required(int(values[cell]))
        seen_low, seen_high = intervals[int(cell)]
        if (seen_low > low + _EPS or seen_high < high - _EPS) and int(cell) not in unprotectable:
            unprotectable.append(int(cell))
    status: list[Status] = [
        "primary" if values[i] < threshold else ("secondary" if hidden[i] else "published") for i in range(len(values))
    ]
    return Protection(status=status, intervals={int(k): v for k, v in intervals.items()},
                      unprotectable=sorted(set(unprotectable)))
