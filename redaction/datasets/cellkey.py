"""Cell-key perturbation: protection across releases (monthly republication of the dashboard).

Suppression protects one release. A second release a month later repeats most cells with a
few records more or changed, and subtracting the two gives the count of those few records: a
small count, exactly. Two ways to stop that are in use: rounding, and the cell-key method
(Statistics Netherlands and the Australian Bureau of Statistics, for their census tables). We use
the cell key, for three reasons:

* The same set of records always gets the same noise: a cell whose records did not change shows
  the same number in every release and in every mart that prints it (the outcome totals appear in
  three marts), so nothing is gained by averaging repeats, and shared margins agree.
* When a cell's records change, its noise is drawn afresh, so the difference of two releases is
  the true difference plus noise from two independent draws; it never pins a small change down.
  Deterministic rounding leaks exactly there: a count crossing a rounding boundary between two
  releases tells the attacker where it was.
* Its keys derive from the pseudonym secret, so nothing has to be stored between releases.

How: every record gets a record key, a keyed HMAC of its record id (``PseudonymKey.record_key``), as an integer below
``MODULUS`` (stored with the restricted records, never published). A cell's key is the sum of
its records' keys modulo ``MODULUS``, read as a number between 0 and 1, and picks the noise from
the perturbation table below by inverse transform: noise between ``-max_deviation`` and
``+max_deviation`` with the configured probabilities (symmetric, mean zero). Near the threshold
the noise is cut so that no published count falls below it (the only place a small upward bias
arises; the risk report measures it). The number of records is printed exactly in the risk
report, so the grand total is not perturbed. The parameters are public, as they should be: the
protection lies in the secret keys, not in hiding the method.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

MODULUS = 2**32
RECORD_KEY_COLUMN = "celsleutel"  # see ``PseudonymKey.record_key``


def cell_key(record_keys: Iterable[int]) -> float:
    """The key of a cell: its records' keys summed modulo ``MODULUS``, scaled to [0, 1)."""
    return (sum(int(k) for k in record_keys) % MODULUS) / MODULUS


@dataclass(frozen=True, slots=True)
class PerturbationTable:
    """Noise by cell key: ``probabilities[i]`` is the chance of noise ``i - max_deviation``."""

    max_deviation: int
    probabilities: tuple[float, ...]

    def distribution(self, count: int, threshold: int) -> list[tuple[int, float]]:
        """The noise values a cell of ``count`` can get and their probabilities: the base table,
        cut where it would publish a count below the threshold, renormalised."""
        pairs = [(i - self.max_deviation, p) for i, p in enumerate(self.probabilities)]
        allowed = [(v, p) for v, p in pairs if count + v >= threshold and p > 0]
        total = sum(p for _, p in allowed)
        return [(v, p / total) for v, p in allowed] if total else [(0, 1.0)]

    def noise(self, count: int, key: float, threshold: int) -> int:
        cumulative = 0.0
        distribution = self.distribution(count, threshold)
        for value, probability in distribution:
            cumulative += probability
            if key < cumulative:
                return value
        return distribution[-1][0]  # key within rounding error of 1

    def bias(self, count: int, threshold: int) -> float:
        """Expected noise of a cell of ``count``: zero except just above the threshold."""
        return sum(v * p for v, p in self.distribution(count, threshold))


def validate_probabilities(max_deviation: int, probabilities: Sequence[float]) -> str:
    """An error message, or '' when the table is usable (symmetric, sums to one, right length)."""
    if max_deviation < 0:
        return "cell_key.max_deviation must be 0 or more"
    if len(probabilities) != 2 * max_deviation + 1:
        return "cell_key.probabilities needs 2 * max_deviation + 1 values"
    if any(p < 0 for p in probabilities) or abs(sum(probabilities) - 1.0) > 1e-9:
        return "cell_key.probabilities must be non-negative and sum to 1"
    if any(abs(a - b) > 1e-12 for a, b in zip(probabilities, reversed(probabilities), strict=True)):
        return "cell_key.probabilities must be symmetric, so the noise has mean zero"
    return ""
