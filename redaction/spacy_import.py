"""Import spaCy without its command line: a sixth of `woo analyze`'s cold start on one letter.

spaCy's package imports ``spacy.cli.info`` for one name, ``spacy.info``, and with it every command
of spaCy's command line and what they need (typer, click, weasel, httpx): some 0.3 s that nothing
here runs. ``import_spacy`` imports spaCy with a stand-in for that module, whose ``info`` imports
the real one when called. The stand-in leaves ``sys.modules`` as soon as spaCy is imported: a later
``import spacy.cli`` is the real command line, as always. Nothing else of spaCy changes.

Called by the command and by ``redaction.Redactor`` (the cold start) before the engine is imported;
a process that imported spaCy before gets it as it is.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

_INFO = "spacy.cli.info"


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: spaCy's own, imported on the first call."""
    return importlib.import_module(_INFO).info(*args, **kwargs)


def import_spacy() -> None:
    """Import spaCy (once per process), leaving out its command line."""
    if "spacy" in sys.modules or _INFO in sys.modules:
        return
    stand_in = types.ModuleType(_INFO, "Stands in for spaCy's `info` command while spaCy is imported.")
    stand_in.info = _info  # type: ignore[attr-defined]
    sys.modules[_INFO] = stand_in
    try:
        import spacy  # noqa: F401
    finally:
        if sys.modules.get(_INFO) is stand_in:
            del sys.modules[_INFO]
    if "spacy.cli" in sys.modules:
        # Something imported spaCy's command line meanwhile, and it took the stand-in's ``info``:
        # its own module and function instead, as a plain import would have left them.
        cli = sys.modules["spacy.cli"]
        cli.info = importlib.import_module(_INFO).info  # type: ignore[attr-defined]
