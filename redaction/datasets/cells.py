"""Small-cell suppression with secondary suppression for count tables.

Primary: a count below the threshold is not published but shown as "<5", and that includes
zero. Publishing zeros would tell a reader that every "<5" is at least 1, and then a line of
small cells can give itself away (two "<3" cells under a "<3" total must both be 1); hiding zeros
keeps "<5" meaning what it says, 0 to 4. Secondary: a table publishes totals, and a total minus
the published cells of its line gives the hidden ones back. So each line (a total and the cells
it sums) is checked as an attacker would: knowing the total (if published), the published cells,
that a "<5" cell lies in 0..threshold-1 and that any other hidden cell is at least the
threshold, could the value of a "<5" cell be narrowed to a single value? While it could, the
smallest other cell of the line is hidden too (then the total, then the grand total, which caps
every hidden cell), and all lines are checked again until none changes. This is the
line-by-line heuristic statistical offices apply to 1- and 2-dimensional tables; a full linear
programming attack over all lines together is out of scope and documented as such.
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
