"""Boxes a reviewer drew by hand on a page: what the text does not show (a signature, a stamp, a
photo of a face, handwriting), to be burned into the published page like the boxes of a span.

The review store keeps them (`ReviewStore.manual_boxes`); the page renderer
(`redaction.render.pages.render_pages`, option ``manual_boxes``) takes them through the three
functions here, so the renderer's own change stays a few lines:
- `burn_list`: the boxes of one page with their ground label, for `burn`;
- `covers`: whether a word lies under a hand-drawn box, so it leaves the invisible text layer too
  (a box drawn over printed words would otherwise hide them in the pixels but not in the text);
- `noot_decisions`: zero-width decision records that give the Noot its line
  ("Art. 5.1 lid 2 onderdeel e Woo (handtekening)"); they place no box and hide no text.

Coordinates as everywhere in the page model: points from the top-left corner of the page as shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from redaction.decisions import Decision
from redaction.pages import Box

# What a hand-drawn box is by default: a signature is personal data (Woo 5.1.2e).
DEFAULT_GROUND = "5.1.2e"
DEFAULT_CATEGORY = "handtekening"


@dataclass(frozen=True, slots=True)
class ManualBox:
    """A rectangle a person drew on page ``page`` (1-based), withheld on ``ground``."""

    page: int
    box: Box
    ground: str = DEFAULT_GROUND
    category: str = DEFAULT_CATEGORY


def burn_list(manual: Sequence[ManualBox], page: int) -> list[tuple[Box, str]]:
    """(box, label) of every hand-drawn box on ``page``, as `redaction.render.pages.burn` takes them."""
    return [(m.box, m.ground) for m in manual if m.page == page]


def covers(manual: Sequence[ManualBox], page: int, box: Box) -> bool:
    """True when ``box`` (a word) shares any area with a hand-drawn box on the same page."""
    return any(m.page == page and m.box.x0 < box.x1 and box.x0 < m.box.x1 and m.box.top < box.bottom
               and box.top < m.box.bottom for m in manual)  # fmt: skip


def noot_decisions(manual: Sequence[ManualBox]) -> list[Decision]:
    """One zero-width redaction record per hand-drawn box, only for the Noot's lines."""
    return [Decision(0, 0, "", "HANDMATIG", "redact", m.ground, m.category, "Vlak getekend door beoordelaar.", 1.0,
                     "reviewer", "review:page_box") for m in manual]  # fmt: skip


__all__ = ["DEFAULT_CATEGORY", "DEFAULT_GROUND", "ManualBox", "burn_list", "covers", "noot_decisions"]
