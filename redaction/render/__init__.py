"""Renderers: each output format is a view of the decisions, registered by name.

A new format is one module with a function decorated by `register("name")` and one line in
`FORMAT_MODULES` below. Modules are imported on first use: the PDF renderer pulls in ReportLab and
pypdf (about 20 MB per process), which the analysing worker processes never need.
A renderer takes the document text and its decisions plus keyword options (``title``, ``pages``,
...) and returns ``str`` (text, HTML) or ``bytes`` (PDF). Renderers ignore options that mean
nothing for their format, so a caller can render one document in every format with one set of
options.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import Any, Literal, Protocol, overload

from redaction.decisions import Decision
from redaction.errors import WooError


class RenderError(WooError, ValueError):
    """An unknown output format or an invalid rendering option.

    Also a `ValueError`, which `render` raised for an unknown format before it had a code.
    """

    code = "W500"


class Renderer(Protocol):
    def __call__(self, text: str, decisions: Sequence[Decision], /, **options: Any) -> str | bytes: ...


RENDERERS: dict[str, Renderer] = {}


def register(name: str) -> Callable[[Renderer], Renderer]:
    def decorator(func: Renderer) -> Renderer:
        RENDERERS[name] = func
        return func

    return decorator


@overload
def render(fmt: Literal["text", "html"], text: str, decisions: Sequence[Decision], **options: Any) -> str: ...
@overload
def render(fmt: Literal["pdf"], text: str, decisions: Sequence[Decision], **options: Any) -> bytes: ...
@overload
def render(fmt: str, text: str, decisions: Sequence[Decision], **options: Any) -> str | bytes: ...
def render(fmt: str, text: str, decisions: Sequence[Decision], **options: Any) -> str | bytes:
    """Render ``text`` with ``decisions`` in format ``fmt`` (``text``, ``html``, ``pdf``, ...)."""
    if fmt not in RENDERERS and fmt in FORMAT_MODULES:
        importlib.import_module(FORMAT_MODULES[fmt])  # registers the renderer
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        known = ", ".join(sorted(set(RENDERERS) | set(FORMAT_MODULES)))
        raise RenderError(f"unknown output format {fmt!r}; known: {known}") from None
    return renderer(text, decisions, **options)


# Output format -> the module that registers its renderer.
FORMAT_MODULES: dict[str, str] = {
    "text": "redaction.render.text",
    "html": "redaction.render.html",
    "pdf": "redaction.render.pdf",
    # PDFs and scans: the pages as they looked, boxes burned into the pixels (needs layout= and source=).
    "pages": "redaction.render.pages",
}

from redaction.render import text as _text  # noqa: E402,F401  (registers "text": the engine's own output)
