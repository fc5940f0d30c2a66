"""Import spaCy and Presidio without what the engine never runs: a quarter of `woo analyze`'s cold start.

- spaCy's package imports ``spacy.cli.info`` for one name, ``spacy.info``, and with it every
  command of spaCy's command line and what they need (typer, click, weasel, httpx): some 0.3 s.
- Presidio's package imports all its predefined recognizers, among them its e-mail recognizer,
  which imports ``tldextract`` (with requests, urllib3, idna, filelock) to check top-level
  domains: some 0.2 s. The engine never builds that recognizer (ours are in redaction/recognizers).

``import_engine_libraries`` imports both with a stand-in for those two modules in ``sys.modules``:
the stand-in for ``spacy.cli.info`` has an ``info`` that imports spaCy's own when called, the one
for ``tldextract`` imports the real module at the first use of any of its names. The stand-ins
leave ``sys.modules`` as soon as the import is done: a later ``import spacy.cli`` or ``import
tldextract`` is the real module, as always. Nothing else of either library changes.

Called by the command and by ``redaction.Redactor`` (the cold start) before the engine is imported;
a process that imported spaCy or Presidio before gets them as they are.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

_SPACY_INFO = "spacy.cli.info"
_TLDEXTRACT = "tldextract"


class _StandIn(types.ModuleType):
    """A module's name while a library is imported; any later use of its names imports the module."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)  # the import system's questions: no reason to import it yet
        return getattr(_real(self.__name__), name)


def _real(name: str) -> types.ModuleType:
    module = sys.modules.get(name)
    if module is None or isinstance(module, _StandIn):
        sys.modules.pop(name, None)
        module = importlib.import_module(name)
    return module


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: spaCy's own, imported on the first call."""
    return _real(_SPACY_INFO).info(*args, **kwargs)


def _import_with_stand_in(library: str, name: str, **names: Any) -> None:
    if library in sys.modules or name in sys.modules:
        return
    stand_in = _StandIn(name, f"Stands in for {name} while {library} is imported.")
    stand_in.__dict__.update(names)
    sys.modules[name] = stand_in
    try:
        importlib.import_module(library)
    finally:
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]


def import_engine_libraries() -> None:
    """Import spaCy and Presidio (once per process), leaving out spaCy's command line and tldextract."""
    _import_with_stand_in("spacy", _SPACY_INFO, info=_spacy_info)
    cli = sys.modules.get("spacy.cli")
    if cli is not None and getattr(cli, "info", None) is _spacy_info:
        # Something imported spaCy's command line meanwhile, and it took the stand-in's ``info``:
        # its own function instead, as a plain import would have left it.
        cli.info = _real(_SPACY_INFO).info  # type: ignore[attr-defined]
    _import_with_stand_in("presidio_analyzer", _TLDEXTRACT)
