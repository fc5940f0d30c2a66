"""The publishable HTML page: one self-contained, accessible Dutch page per document.

Built from the same regions as the text rendering, so a redacted character is never written:
each region becomes a visible mark with its ground (``[5.1.2e]``) whose tooltip names the ground
in full and the kind of data, as the Noot does. The page loads nothing from outside (inline CSS
and a Content-Security-Policy that forbids every external resource) and all document text is
escaped by Jinja2's autoescape, so a document cannot inject markup into the publication site.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment, StrictUndefined

from redaction.decisions import Decision
from redaction.render import register
from redaction.render.text import (
    NOOT_HEADING,
    NOOT_INTRO,
    ground_codes,
    noot_lines,
    redacted_regions,
    region_noot_lines,
)

DEFAULT_TITLE = "Document"

# The template lives in the module (not a package-data file) so the wheel cannot ship without it.
_TEMPLATE = """\
<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>{{ title }}</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 48rem; margin: 2rem auto; padding: 0 1rem;
       color: #1a1a1a; background: #fff; }
.woo-document { white-space: pre-wrap; overflow-wrap: anywhere; }
.woo-redactie { background: #000; color: #fff; padding: 0 .25em; border-radius: 2px; white-space: nowrap; }
.woo-noot { border-top: 1px solid #767676; margin-top: 2rem; padding-top: 1rem; }
.visueel-verborgen { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
                     clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
</style>
</head>
<body>
<main>
<h1>{{ title }}</h1>
<div class="woo-document">
{%- for part in parts -%}
{%- if part.label is none -%}{{ part.text }}{%- else -%}
<span class="woo-redactie" title="{{ part.title }}">[{{ part.label }}]<span class="visueel-verborgen"> \
(weggelakt: {{ part.title }})</span></span>
{%- endif -%}
{%- endfor -%}
</div>
{%- if noot %}
<section class="woo-noot" aria-labelledby="woo-noot-kop">
<h2 id="woo-noot-kop">{{ noot_heading }}</h2>
<p>{{ noot_intro }}</p>
<ul>
{%- for line in noot %}
<li>{{ line }}</li>
{%- endfor %}
</ul>
</section>
{%- endif %}
</main>
</body>
</html>
"""

_ENVIRONMENT = Environment(autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True)
_PAGE = _ENVIRONMENT.from_string(_TEMPLATE)


@dataclass(frozen=True, slots=True)
class _Part:
    """A stretch of kept text (``label`` is None) or a redaction mark."""

    text: str
    label: str | None = None
    title: str = ""


def _parts(text: str, decisions: Sequence[Decision]) -> list[_Part]:
    parts: list[_Part] = []
    position = 0
    for region in redacted_regions(decisions):
        parts.append(_Part(text[position : region.start]))
        title = "; ".join(region_noot_lines(region, decisions)) or ground_codes(region)
        parts.append(_Part("", ground_codes(region), title))
        position = region.end
    parts.append(_Part(text[position:]))
    return parts


def template_texts() -> tuple[str, ...]:
    """What the page template writes itself around the values it fills in (markup, style, the
    hidden "weggelakt" label), chunk by chunk as written.

    Taken from the template by Jinja's lexer, so the leak check's list of the page's own text
    (`redaction.publication.renderer_texts`) cannot drift from the page.
    """
    return tuple(value for _, kind, value in _ENVIRONMENT.lex(_TEMPLATE) if kind == "data" and value.strip())


@register("html")
def render_html(text: str, decisions: Sequence[Decision], /, *, title: str = DEFAULT_TITLE, **_options: Any) -> str:
    """A complete HTML page; ``title`` must be the neutral document number, never a subject line.

    Options meant for other formats (``pages``, ...) are ignored: a web page has no pages.
    """
    return _PAGE.render(
        title=title,
        parts=_parts(text, decisions),
        noot=noot_lines(decisions),
        noot_heading=NOOT_HEADING,
        noot_intro=NOOT_INTRO,
    )
