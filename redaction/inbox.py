"""The inbox: which files are new, and the manifest of a batch (restricted; holds original file names).

Batches get an opaque random id. Nothing about a batch that could carry personal data (file names,
subjects) leaves the restricted area: Dagster only ever sees the batch id and counts.

Everything in the inbox ends up in a batch: a regular file to be processed, or an entry listed as
not processed with its reason (a symbolic link, which is never followed, a pipe or device, a hidden
name skipped by policy, a download never finished). Files are opened without following links and
only when they are regular files inside the inbox, when the sensor hashes them and again when the
batch copies them: a link swapped in between is refused, not read.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import stat
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from redaction.ingest.errors import IngestError, NotRegularFileError, SkippedByPolicyError, UnreadableFileError

if TYPE_CHECKING:
    from redaction.storage import StorageArea

MANIFEST = "manifest.json"
# One content hash per line, for every file that ever became part of a batch: the durable memory
# of what was processed (a sensor's cursor is lost when the sensor is reset or run elsewhere).
# Entries listed as not processed are remembered by a key of their name and metadata instead.
LEDGER = "inbox-ledger.txt"
# Files still being written are left for a later tick; one untouched this long is listed instead.
PARTIAL_SUFFIXES = (".part", ".tmp", ".crdownload", ".partial")
SKIPPED_SUFFIXES = PARTIAL_SUFFIXES  # the old name, kept for callers
STALE_PARTIAL_SECONDS = 24 * 3600

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


@dataclass(frozen=True, slots=True)
class InboxFile:
    """One inbox entry of a batch. ``skipped_code`` set: listed as not processed, never read; its
    ``sha256`` is then a key of its name and metadata (so it is listed once), not of its content."""

    path: str  # as found in the inbox (may carry a name: restricted only)
    sha256: str
    size: int
    skipped_code: str | None = None
    skipped_reason: str | None = None


def new_batch_id() -> str:
    """Opaque and unguessable, never derived from file names, subjects or dates of documents."""
    return "b" + secrets.token_hex(6)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def open_inbox_file(inbox: Path, path: Path) -> BinaryIO:
    """Open a regular file of the inbox for reading, never through a link.

    The last path component is opened with O_NOFOLLOW; the resolved path must still lie inside the
    inbox (a folder on the way may have been swapped for a link). Raises ``IngestError``.
    """
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise UnreadableFileError("file not found / bestand niet gevonden") from None
    except OSError as exc:
        if path.is_symlink():
            raise _link_error() from None
        raise UnreadableFileError(f"cannot be read ({exc.strerror}) / niet leesbaar") from None
    handle = os.fdopen(descriptor, "rb")
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise NotRegularFileError("not a regular file (a pipe, device or folder) / geen gewoon bestand")
        if not Path(os.path.realpath(path)).is_relative_to(Path(os.path.realpath(inbox))):
            raise _link_error()
        os.set_blocking(descriptor, True)
    except BaseException:
        handle.close()
        raise
    return handle


def _link_error() -> NotRegularFileError:
    return NotRegularFileError("symbolic link, not followed / snelkoppeling, niet gevolgd")


def inbox_sha256(inbox: Path, path: Path) -> str:
    digest = hashlib.sha256()
    with open_inbox_file(inbox, path) as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def copy_inbox_file(inbox: Path, source: Path, target: Path, sha256: str) -> None:
    """Copy an inbox file that must still be the regular file with this content; else ``IngestError``."""
    digest = hashlib.sha256()
    partial = target.with_name(target.name + ".copying")
    try:
        with open_inbox_file(inbox, source) as handle, partial.open("wb") as out:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
                out.write(block)
        if digest.hexdigest() != sha256:
            raise UnreadableFileError("changed after it arrived / gewijzigd na aankomst")
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)


@dataclass(frozen=True, slots=True)
class _Entry:
    path: Path
    info: os.stat_result
    error: IngestError | None = None


def _scan(inbox: Path) -> list[_Entry]:
    """Every entry of the inbox (recursively, links never followed), oldest first."""
    if not inbox.is_dir():
        return []
    found: list[_Entry] = []
    now = time.time()
    for root, dirs, files in os.walk(inbox):
        kept = []
        for name in sorted(dirs):
            path = Path(root, name)
            info = path.lstat()
            if stat.S_ISLNK(info.st_mode):
                found.append(_Entry(path, info, _link_error()))
            elif name.startswith("."):
                found.append(_Entry(path, info, SkippedByPolicyError(
                    "hidden folder (name starts with '.'), skipped by policy: its files are not read "
                    "/ verborgen map, overgeslagen")))  # fmt: skip
            else:
                kept.append(name)
        dirs[:] = kept
        for name in files:
            path = Path(root, name)
            try:
                info = path.lstat()
            except FileNotFoundError:
                continue  # gone between listing and looking: nothing left to list
            found.append(_Entry(path, info, _file_error(name, info, now)))
    found = [e for e in found if e.error is not _WAIT]
    return sorted(found, key=lambda e: (e.info.st_mtime, str(e.path)))


# Not yet: a download still being written is neither processed nor listed on this tick.
_WAIT = SkippedByPolicyError("still being written / wordt nog geschreven")


def _file_error(name: str, info: os.stat_result, now: float) -> IngestError | None:
    if stat.S_ISLNK(info.st_mode):
        return _link_error()
    if not stat.S_ISREG(info.st_mode):
        return NotRegularFileError("not a regular file (a pipe or device) / geen gewoon bestand")
    if name.startswith("."):
        # Also "..%2f..%2fetc.txt": a name made to look like a path. System files (.DS_Store) start so too.
        return SkippedByPolicyError("hidden file (name starts with '.'), skipped by policy / verborgen bestand, "
                                    "overgeslagen")  # fmt: skip
    if name.lower().endswith(PARTIAL_SUFFIXES):
        if now - info.st_mtime < STALE_PARTIAL_SECONDS:
            return _WAIT
        return SkippedByPolicyError("unfinished download or temporary file, skipped / onvolledig bestand, overgeslagen")
    return None


def inbox_files(inbox: Path) -> list[Path]:
    """Every regular file in the inbox to be processed (recursively), oldest first."""
    return [e.path for e in _scan(inbox) if e.error is None]


def _skip_key(inbox: Path, entry: _Entry) -> str:
    """Lists an entry once: the same name and metadata give the same key; a changed entry a new one."""
    info = entry.info
    relative = os.path.relpath(entry.path, inbox)
    raw = f"skipped\x1f{relative}\x1f{info.st_ino}\x1f{info.st_size}\x1f{info.st_mtime_ns}"
    return hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()


def find_new_files(inbox: Path, seen: Iterable[str]) -> list[InboxFile]:
    """Entries not seen before: the same file dropped twice is processed once, and an entry that
    cannot be processed is listed (once) with its reason instead of vanishing."""
    known = set(seen)
    new: list[InboxFile] = []
    for entry in _scan(inbox):
        error = entry.error
        sha = ""
        if error is None:
            try:
                sha = inbox_sha256(inbox, entry.path)
            except FileNotFoundError:
                continue
            except IngestError as exc:
                error = exc
        if error is not None:
            sha = _skip_key(inbox, entry)
        if sha in known:
            continue
        known.add(sha)
        new.append(InboxFile(
            path=str(entry.path), sha256=sha, size=entry.info.st_size,
            skipped_code=error.code if error else None, skipped_reason=error.message if error else None,
        ))  # fmt: skip
    return new


def find_new_objects(inbox: StorageArea, seen: Iterable[str]) -> list[InboxFile]:
    """`find_new_files` for an inbox in an object store (``s3://...``): every object under its
    prefix, in name order (object stores keep no reliable age), by content hash. An object store
    has no links, pipes or devices; hidden names are listed as skipped by policy, unfinished
    uploads (``.part``, ``.tmp`` ...) are left for a later tick. ``path`` is the name inside the inbox.
    """
    known = set(seen)
    new: list[InboxFile] = []
    for name, size in inbox.files():
        base = name.rsplit("/", 1)[-1]
        error: IngestError | None = None
        if any(part.startswith(".") for part in name.split("/")):
            error = SkippedByPolicyError("hidden file (name starts with '.'), skipped by policy / verborgen bestand, "
                                         "overgeslagen")  # fmt: skip
        elif base.lower().endswith(PARTIAL_SUFFIXES):
            continue
        if error is None:
            try:
                sha = hashlib.sha256(inbox.read_bytes(name)).hexdigest()
            except FileNotFoundError:
                continue  # gone between listing and reading
        else:
            sha = hashlib.sha256(f"skipped\x1f{name}\x1f{size}".encode("utf-8", "surrogateescape")).hexdigest()
        if sha in known:
            continue
        known.add(sha)
        new.append(InboxFile(path=name, sha256=sha, size=size, skipped_code=error.code if error else None,
                             skipped_reason=error.message if error else None))  # fmt: skip
    return new


def write_manifest(batch_dir: Path, files: list[InboxFile]) -> Path:
    batch_dir.mkdir(parents=True, exist_ok=True)
    target = batch_dir / MANIFEST
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps([asdict(f) for f in files], ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(target)
    return target


def read_manifest(batch_dir: Path) -> list[InboxFile]:
    data = json.loads((batch_dir / MANIFEST).read_text(encoding="utf-8"))
    return [InboxFile(**item) for item in data]


def read_ledger(restricted: Path) -> set[str]:
    path = restricted / LEDGER
    if not path.exists():
        return set()
    return {line.strip() for line in path.read_text(encoding="ascii").splitlines() if line.strip()}


def append_ledger(restricted: Path, files: list[InboxFile]) -> None:
    restricted.mkdir(parents=True, exist_ok=True)
    with (restricted / LEDGER).open("a", encoding="ascii") as ledger:
        ledger.writelines(f"{f.sha256}\n" for f in files)


def read_ledger_in(restricted: StorageArea) -> set[str]:
    """`read_ledger` of a restricted area that may be an object store."""
    if restricted.local_root is not None:
        return read_ledger(restricted.local_root)
    if not restricted.exists(LEDGER):
        return set()
    return {line.strip() for line in restricted.read_text(LEDGER).splitlines() if line.strip()}


def append_ledger_in(restricted: StorageArea, files: list[InboxFile]) -> None:
    """`append_ledger` of a restricted area that may be an object store (objects cannot be appended
    to: the ledger is written anew; one sensor writes it, so no update is lost)."""
    if restricted.local_root is not None:
        append_ledger(restricted.local_root, files)
        return
    old = restricted.read_text(LEDGER) if restricted.exists(LEDGER) else ""
    restricted.write_text(LEDGER, old + "".join(f"{f.sha256}\n" for f in files))
