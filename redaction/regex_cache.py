"""A cache of the compiled programs of the engine's fixed regular expressions, for the cold start.

The ``regex`` module parses and optimises each pattern in Python before its C core takes the
result: about 0.4 s of the 1.75 s of processor time that ``woo analyze`` takes on one short letter,
for the some 450 patterns that the recognizers, the policy and Presidio compile at import and load
(the person recognizer's names followed by a role in brackets alone take 0.07 s). What the C core
is handed (``_regex.compile``'s arguments: lists of numbers, dicts of group names) is plain data,
the same for the same pattern, flags and ``regex`` build. This keeps it in a file, so that a later
start hands it over without parsing. A pattern made from the words of a set is sorted first, so
that it is the same pattern in every process (a set's order changes with Python's string hashing).

Safe to be absent, stale or broken: the file is keyed by the ``regex`` build (its version, its
code's magic number, the size and time of its files) and the Python version, carries a checksum of
its contents (against damage: whoever can write the user's cache can change the user's programs
anyway), and any mismatch or error means an ordinary compile. A pattern with named lists or
locale-dependent matching, or compiled in debug mode, always compiles anew.

Only patterns compiled while recording are kept: from ``install`` until ``stop_recording``, which
the command calls once the engine is built, before it reads a document. Patterns compiled later
are made from the text at hand (initials, place names found in it) and must never be written to
disk; ``stop_recording`` also hands ``regex`` its own compile back. The file lives in the user's
cache directory (``$XDG_CACHE_HOME/woo-redactie``, else ``~/.cache/woo-redactie``; ``WOO_CACHE_DIR``
sets another, an empty value none) and is written when recording stops, if the run compiled a fixed
pattern it did not hold; it then holds the fixed patterns of that run.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex
import regex._regex as _core
import regex._regex_core as _regex_core
import regex.regex as _module

FORMAT = 1
_CHECKSUM_BYTES = 16
# Debug mode prints the parse; locale-dependent patterns depend on the locale at the time.
_NEVER_CACHED = regex.DEBUG | regex.LOCALE

_original: Callable[..., Any] | None = None
_programs: dict[tuple[str, int, int], tuple[Any, ...]] = {}  # (pattern, flags, default version) -> arguments
_used: dict[tuple[str, int, int], tuple[Any, ...]] = {}  # what this run compiled while recording
_recording = False
_path: Path | None = None
_changed = False


class _Recorder:
    """Stands for the C core in ``regex.regex``: notes the arguments of ``compile``."""

    def __init__(self, core: Any) -> None:
        self.core = core
        self.last: tuple[Any, ...] | None = None

    def compile(self, *args: Any) -> Any:
        self.last = args
        return self.core.compile(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.core, name)


_recorder = _Recorder(_core)


def cache_dir() -> Path | None:
    configured = os.environ.get("WOO_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "woo-redactie"


def _build_key() -> str:
    """What the programs depend on besides pattern and flags: this ``regex`` build and this Python."""
    parts = [f"format {FORMAT}", f"regex {regex.__version__}", f"magic {_core.MAGIC}", f"code {_core.CODE_SIZE}",
             f"python {sys.hexversion}"]
    for source in (_core.__file__, _regex_core.__file__, _module.__file__):
        stat = os.stat(source)
        parts.append(f"{Path(source).name} {stat.st_size} {stat.st_mtime_ns}")
    return "\n".join(parts)


def _file_name(build: str) -> str:
    return f"regex-{hashlib.blake2b(build.encode(), digest_size=8).hexdigest()}.marshal"


def _load(path: Path) -> dict[tuple[str, int, int], tuple[Any, ...]]:
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    checksum, payload = data[:_CHECKSUM_BYTES], data[_CHECKSUM_BYTES:]
    if hashlib.blake2b(payload, digest_size=_CHECKSUM_BYTES).digest() != checksum:
        return {}
    try:
        programs = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return {}
    return programs if isinstance(programs, dict) else {}


def _save() -> None:
    global _changed
    if not _changed or _path is None:
        return
    _changed = False
    payload = marshal.dumps(dict(_used))
    data = hashlib.blake2b(payload, digest_size=_CHECKSUM_BYTES).digest() + payload
    try:
        _path.parent.mkdir(parents=True, exist_ok=True)
        # Written beside the target and renamed: a reader sees the old file or the new one.
        fd, tmp = tempfile.mkstemp(dir=_path.parent, prefix=".regex-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, _path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a read-only or full disk: the next start compiles as this one did


def install() -> None:
    """Serve fixed patterns from the cache and record those compiled until ``stop_recording``."""
    global _original, _recording, _path
    if _original is not None:
        return
    directory = cache_dir()
    if directory is None:
        return
    try:
        _path = directory / _file_name(_build_key())
    except OSError:
        return
    _programs.update(_load(_path))
    _original = _module._compile
    _module._regex = _recorder
    _module._compile = _compile
    _recording = True


def stop_recording() -> None:
    """From now on patterns compile as usual and nothing more is kept: they may hold document text.

    ``regex`` gets its own compile back; what was compiled stays in its in-process cache."""
    global _recording
    _recording = False
    if _original is not None:
        _module._compile = _original
        _module._regex = _core
    _save()
    # the programs are in regex's own cache now: their copies here would only take memory (in
    # every forked worker too)
    _programs.clear()
    _used.clear()


def _compile(pattern: Any, flags: int, ignore_unused: bool, kwargs: Any, cache_it: bool) -> Any:
    global _changed
    assert _original is not None
    if not _recording or kwargs or not cache_it or type(pattern) is not str or flags & _NEVER_CACHED:
        return _original(pattern, flags, ignore_unused, kwargs, cache_it)
    key = (pattern, int(flags), int(_module.DEFAULT_VERSION))
    if _module._locale_sensitive.get((str, pattern)) is False:  # compiled before in this process
        known = _module._cache.get((pattern, str, flags, frozenset(), _module.DEFAULT_VERSION, None))
        if known is not None:
            return known
    arguments = _programs.get(key)
    if arguments is None:
        _recorder.last = None
        compiled = _original(pattern, flags, ignore_unused, kwargs, cache_it)
        arguments = _recorder.last
        # Only what the C core got for this very pattern, with no named lists, not locale-dependent.
        if (arguments is not None and arguments[0] == pattern and not arguments[5]
                and not arguments[1] & regex.LOCALE and _module._locale_sensitive.get((str, pattern)) is False):
            # flags as plain numbers: marshal takes no RegexFlag
            _used[key] = tuple(int(a) if isinstance(a, int) else a for a in arguments[1:])
            _changed = True
        return compiled
    try:
        compiled = _core.compile(pattern, *arguments)
    except Exception:  # a program this regex build does not take after all: compiled as usual
        del _programs[key]
        return _compile(pattern, flags, ignore_unused, kwargs, cache_it)
    # The bookkeeping of regex's own cache, as after an ordinary compile of such a pattern.
    _module._locale_sensitive[(str, pattern)] = False
    if len(_module._cache) >= _module._MAXCACHE:
        with _module._cache_lock:
            _module._shrink_cache(_module._cache, _module._named_args, _module._locale_sensitive, _module._MAXCACHE)
    _module._cache[(pattern, str, flags, frozenset(), _module.DEFAULT_VERSION, None)] = compiled
    _module._named_args[(pattern, str, flags)] = frozenset()
    _used[key] = arguments
    return compiled
