"""The inbox: which files are new, and the manifest of a batch (restricted; holds original file names).

Batches get an opaque random id. Nothing about a batch that could carry personal data (file names,
subjects) leaves the restricted area: Dagster only ever sees the batch id and counts.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

MANIFEST = "manifest.json"
# One content hash per line, for every file that ever became part of a batch: the durable memory
# of what was processed (a sensor's cursor is lost when the sensor is reset or run elsewhere).
LEDGER = "inbox-ledger.txt"
# Files still being written or hidden by the OS are left for a later tick.
SKIPPED_SUFFIXES = (".part", ".tmp", ".crdownload", ".partial")


@dataclass(frozen=True, slots=True)
class InboxFile:
    path: str  # as found in the inbox (may carry a name: restricted only)
    sha256: str
    size: int


def new_batch_id() -> str:
    """Opaque and unguessable, never derived from file names, subjects or dates of documents."""
    return "b" + secrets.token_hex(6)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def inbox_files(inbox: Path) -> list[Path]:
    """Every regular file in the inbox (recursively), oldest first; hidden and partial files skipped."""
    if not inbox.is_dir():
        return []
    found = []
    for root, dirs, files in os.walk(inbox):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.startswith(".") or name.endswith(SKIPPED_SUFFIXES):
                continue
            found.append(Path(root, name))
    return sorted(found, key=lambda p: (p.stat().st_mtime, str(p)))


def find_new_files(inbox: Path, seen: Iterable[str]) -> list[InboxFile]:
    """Files whose content was not seen before: the same file dropped twice is processed once."""
    known = set(seen)
    new: list[InboxFile] = []
    for path in inbox_files(inbox):
        sha = file_sha256(path)
        if sha in known:
            continue
        known.add(sha)
        new.append(InboxFile(path=str(path), sha256=sha, size=path.stat().st_size))
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
