"""The line-by-line small-cell suppression shipped before issue 18, kept unchanged for one test.

It protected each line (a total and its cells) on its own and took a cell as safe once two
values were possible. ``test_attack`` shows a solver undoing it on the demo register, which is
why the library now verifies suppression with linear programming over all marts together.
"""
from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

Status = Literal["published", "primary", "secondary"]
Line = tuple[Hashable, tuple[Hashable, ...]]  # (total cell, the cells it is the sum of)


@dataclass(frozen=True, slots=True)
class Suppression:
    status: dict[Hashable, Status]

    def hidden(self, key: Hashable) -> bool:
        return self.status[key] != "published"

    def count(self, status: Status) -> int:
        return sum(value == status for value in self.status.values())


def _bounds(key: Hashable, status: Mapping[Hashable, Status], counts: Mapping[Hashable, int],
            threshold: int, ceiling: int) -> tuple[int, int]:
    """What an attacker knows of a cell from its mark alone."""
    state = status[key]
    if state == "published":
        return counts[key], counts[key]
    if state == "primary":
        return 0, threshold - 1
    return threshold, ceiling


def _grand_total(counts: Mapping[Hashable, int]) -> Hashable:
    """The largest cell: the grand total of a table (it is at least every other cell)."""
    return max(counts, key=lambda key: counts[key])


def _ceiling(status: Mapping[Hashable, Status], counts: Mapping[Hashable, int], threshold: int) -> int:
    """The most an attacker can assume a hidden cell to be: the grand total when it is published;
    otherwise nothing in the table bounds it (twice the sum of all cells stands in for infinity)."""
    grand = _grand_total(counts)
    if status[grand] == "published":
        return max(counts[grand], threshold)
    return 2 * sum(counts.values()) + threshold


def line_intervals(line: Line, status: Mapping[Hashable, Status], counts: Mapping[Hashable, int],
                   threshold: int) -> dict[Hashable, tuple[int, int]]:
    """For each hidden primary cell of the line: the values it could still have, from this line alone."""
    total, members = line
    ceiling = _ceiling(status, counts, threshold)
    bounds = {cell: _bounds(cell, status, counts, threshold, ceiling) for cell in (total, *members)}
    intervals: dict[Hashable, tuple[int, int]] = {}
    for cell in (total, *members):
        if status[cell] != "primary":
            continue
        if cell == total:
            low = sum(bounds[m][0] for m in members)
            high = sum(bounds[m][1] for m in members)
        else:
            others = [m for m in members if m != cell]
            low = bounds[total][0] - sum(bounds[m][1] for m in others)
            high = bounds[total][1] - sum(bounds[m][0] for m in others)
        intervals[cell] = (max(low, 0), min(high, threshold - 1))
    return intervals


def line_is_safe(line: Line, status: Mapping[Hashable, Status], counts: Mapping[Hashable, int],
                 threshold: int) -> bool:
    """No "<5" cell of the line is narrowed to a single value."""
    return all(high > low
               for low, high in line_intervals(line, status, counts, threshold).values())


def suppress_cells(counts: Mapping[Hashable, int], lines: Sequence[Line], threshold: int) -> Suppression:
    """Primary and secondary suppression; ``counts`` holds every cell including the totals."""
    status: dict[Hashable, Status] = {
        key: "primary" if value < threshold else "published" for key, value in counts.items()
    }
    changed = True
    while changed:
        changed = False
        for line in lines:
            total, members = line
            while not line_is_safe(line, status, counts, threshold):
                candidates = [m for m in members if status[m] == "published"]
                if candidates:
                    # The smallest cell costs the least information; ties by position, deterministic.
                    chosen = min(candidates, key=lambda m: (counts[m], members.index(m)))
                elif status[total] == "published":
                    chosen = total
                elif status[_grand_total(counts)] == "published":
                    # A published grand total caps every hidden cell; in a tiny table that cap can
                    # pin a hidden cell down, so the grand total goes too.
                    chosen = _grand_total(counts)
                else:
                    break  # everything that bounds the line is hidden already
                status[chosen] = "secondary"
                changed = True
    return Suppression(status=status)
