"""The publishable text: redactions replaced by a visible mark with the ground, then the Noot.

The Noot follows the municipal council-letter style (see the Dordrecht example): one line per
(ground, kind of data) that occurs in the document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from redaction.decisions import Decision
from redaction.policy.grounds import noot_line
from redaction.render import register

NOOT_HEADING = "Noot"
NOOT_INTRO = (
    "In dit document zijn gedeeltes onleesbaar gemaakt op grond van artikel 5 van de Wet open overheid:"
)


@dataclass(frozen=True, slots=True)
class Region:
    """A stretch of text that disappears: one or more overlapping redactions merged."""

    start: int
    end: int
    grounds: tuple[str, ...]


def redacted_regions(decisions: Sequence[Decision]) -> list[Region]:
    """Merge overlapping or touching redactions so no character of any of them survives."""
    spans = sorted((d.start, d.end, d.ground or "") for d in decisions if d.is_redaction)
    regions: list[Region] = []
    for start, end, ground in spans:
        if regions and start <= regions[-1].end:
            last = regions[-1]
            grounds = last.grounds if ground in last.grounds else (*last.grounds, ground)
            regions[-1] = Region(last.start, max(last.end, end), grounds)
        else:
            regions.append(Region(start, end, (ground,)))
    return regions


def ground_codes(region: Region) -> str:
    """The region's ground codes as one label (``5.1.1e; 5.1.2e``); shared by every renderer."""
    return "; ".join(sorted(region.grounds))


def mark(region: Region) -> str:
    return "[" + ground_codes(region) + "]"


def region_noot_lines(region: Region, decisions: Sequence[Decision]) -> list[str]:
    """The Noot lines of the redactions merged into ``region`` (a tooltip for HTML, say).

    Every redaction lies inside exactly one region (regions are merged from them), so a
    containment test finds its decisions.
    """
    seen: dict[tuple[str, str], None] = {}
    for d in sorted(decisions, key=lambda d: (d.start, d.end)):
        if d.is_redaction and d.ground and region.start <= d.start and d.end <= region.end:
            seen.setdefault((d.ground, d.category or "persoonsgegeven"), None)
    return [noot_line(ground, category) for ground, category in sorted(seen, key=lambda key: key[0])]


def noot_lines(decisions: Sequence[Decision]) -> list[str]:
    """One line per (ground, kind of data), ordered by ground, then first occurrence."""
    seen: dict[tuple[str, str], int] = {}
    for d in sorted(decisions, key=lambda d: d.start):
        if d.is_redaction and d.ground:
            seen.setdefault((d.ground, d.category or "persoonsgegeven"), len(seen))
    ordered = sorted(seen, key=lambda key: (key[0], seen[key]))
    return [noot_line(ground, category) for ground, category in ordered]


def noot(decisions: Sequence[Decision]) -> str:
    lines = noot_lines(decisions)
    if not lines:
        return ""
    return "\n".join([NOOT_HEADING, NOOT_INTRO, *(f"• {line}" for line in lines)])


def redacted_body(text: str, decisions: Sequence[Decision]) -> str:
    parts: list[str] = []
    position = 0
    for region in redacted_regions(decisions):
        parts.append(text[position : region.start])
        parts.append(mark(region))
        position = region.end
    parts.append(text[position:])
    return "".join(parts)


@register("text")
def render_text(text: str, decisions: Sequence[Decision], /, **_options: object) -> str:
    """Plain text has no title or pages: options for other formats are accepted and ignored."""
    body = redacted_body(text, decisions)
    note = noot(decisions)
    if not note:
        return body
    return body.rstrip("\n") + "\n\n" + note + "\n"
