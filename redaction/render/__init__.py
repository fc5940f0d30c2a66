"""Renderers: each output format is a view of the decisions, registered by name.

A new format is one module with a function decorated by `register("name")` and one import below.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from redaction.decisions import Decision

Renderer = Callable[[str, Sequence[Decision]], str]
RENDERERS: dict[str, Renderer] = {}


def register(name: str) -> Callable[[Renderer], Renderer]:
    def decorator(func: Renderer) -> Renderer:
        RENDERERS[name] = func
        return func

    return decorator


def render(fmt: str, text: str, decisions: Sequence[Decision]) -> str:
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown output format {fmt!r}; known: {', '.join(sorted(RENDERERS))}") from None
    return renderer(text, decisions)


from redaction.render import text as _text  # noqa: E402,F401  (registers "text")
