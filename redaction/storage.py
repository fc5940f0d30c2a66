"""A storage area (inbox, restricted, public) behind one small interface: a local folder or an
object-store URL.

``StorageArea("var/public")`` is a folder on this machine; ``StorageArea("s3://bucket/woo/public")``
a prefix in an S3-compatible object store (MinIO, Ceph, AWS; needs the optional ``s3fs`` package,
``pip install 'woo-redactie[s3]'``), ``StorageArea("memory://woo/public")`` fsspec's in-memory store
(tests). Any fsspec protocol whose package is installed works the same way. Credentials never come
from here: fsspec's backends read their usual environment (``AWS_ACCESS_KEY_ID``, ``AWS_ENDPOINT_URL``,
...) or ``storage_options``.

Names inside an area are relative, joined with "/" (``area.write_text("batches/b1/x.txt", ...)``);
``area.sub("batches", "b1")`` is the area under a prefix. Libraries that can only read a file by its
path (pdfplumber, pypdfium2, openpyxl) get one through `local_file` and `local_folder`: on a local
area the file itself, on an object store a private temporary copy that is removed afterwards.

Chosen: fsspec (BSD-3-Clause, already installed with the Dagster and pandas stack) rather than an
object-store client of our own: one API for local folders, S3-compatible stores, Azure and GCS,
with an in-memory store for tests.
"""

from __future__ import annotations

import contextlib
import os
import posixpath
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

import fsspec
from fsspec.implementations.local import LocalFileSystem


def is_url(location: str | os.PathLike[str]) -> bool:
    """An object-store or other fsspec URL (``s3://``, ``memory://``); ``file://`` counts as local."""
    text = str(location)
    return "://" in text and not text.startswith("file://")


class StorageArea:
    """One storage area: a local folder or a prefix under an fsspec URL."""

    def __init__(self, location: str | os.PathLike[str], **storage_options: object) -> None:
        text = str(location)
        if is_url(text):
            self._fs, root = fsspec.core.url_to_fs(text, **storage_options)
            self.local_root: Path | None = None
            self._root = root.rstrip("/")
            self.location = text.rstrip("/")
        else:
            # Local folders keep their parents made on write, as pathlib code did before.
            self.local_root = Path(text.removeprefix("file://"))
            self._fs = LocalFileSystem(auto_mkdir=True)
            self._root = str(self.local_root)
            self.location = str(self.local_root)

    def __repr__(self) -> str:
        return f"StorageArea({self.location!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StorageArea) and other.location == self.location

    def __hash__(self) -> int:
        return hash(self.location)

    @property
    def is_local(self) -> bool:
        return self.local_root is not None

    def sub(self, *parts: str) -> StorageArea:
        """The area under a prefix (a subfolder), on the same filesystem."""
        child = object.__new__(StorageArea)
        child._fs = self._fs
        child._root = self._path(*parts)
        child.local_root = Path(child._root) if self.local_root is not None else None
        child.location = str(child.local_root) if child.local_root is not None else _join(self.location, *parts)
        return child

    def url(self, *parts: str) -> str:
        """Where a name lives, as a path (local) or URL: for messages to the operator and links."""
        return str(self.local_root.joinpath(*parts)) if self.local_root is not None else _join(self.location, *parts)

    def _path(self, *parts: str) -> str:
        for part in parts:
            # Names come from our own code (ids, numbers), never from documents; still, no escaping.
            if part.startswith("/") or ".." in PurePosixPath(part).parts:
                raise ValueError("a name inside a storage area is relative and stays inside it")
        return _join(self._root, *parts) if parts else self._root

    def exists(self, *parts: str) -> bool:
        return bool(self._fs.exists(self._path(*parts)))

    def read_bytes(self, *parts: str) -> bytes:
        return bytes(self._fs.cat_file(self._path(*parts)))

    def read_text(self, *parts: str) -> str:
        return self.read_bytes(*parts).decode("utf-8")

    def write_bytes(self, name: str, data: bytes) -> None:
        self._fs.pipe_file(self._path(name), data)

    def write_text(self, name: str, text: str) -> None:
        self.write_bytes(name, text.encode("utf-8"))

    def delete(self, *parts: str) -> None:
        """Remove a file or a whole prefix; nothing there is not an error."""
        path = self._path(*parts)
        if self._fs.exists(path):
            self._fs.rm(path, recursive=True)

    def names(self, *parts: str, suffix: str = "") -> list[str]:
        """The names of the files directly under a prefix (not their paths), sorted; [] if none."""
        path = self._path(*parts)
        try:
            found = self._fs.ls(path, detail=True)
        except FileNotFoundError:
            return []
        names = (posixpath.basename(str(entry["name"]).rstrip("/")) for entry in found if entry["type"] == "file")
        return sorted(name for name in names if name.endswith(suffix))

    def files(self) -> list[tuple[str, int]]:
        """Every file under the area (recursively) as (name inside the area, size in bytes), by name."""
        try:
            found = self._fs.find(self._root, detail=True)
        except FileNotFoundError:
            return []
        # The local filesystem reports absolute paths, also for an area given as a relative folder.
        root = (os.path.abspath(self._root) if self.local_root is not None else self._root).rstrip("/") + "/"
        out = []
        for path, info in found.items():
            if info.get("type") == "file" and str(path).startswith(root):
                out.append((str(path)[len(root):], int(info.get("size") or 0)))
        return sorted(out)

    def put_file(self, local: Path, name: str) -> None:
        """Copy a local file into the area."""
        if self.local_root is not None:
            target = Path(self._path(name))
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(local, target)
        else:
            self._fs.put_file(str(local), self._path(name))

    @contextlib.contextmanager
    def local_file(self, *parts: str) -> Iterator[Path]:
        """A path on this machine with the file's content, for libraries that read by path."""
        if self.local_root is not None:
            yield Path(self._path(*parts))
            return
        with tempfile.TemporaryDirectory(prefix="woo-area-") as tmp:
            copy = Path(tmp) / posixpath.basename(self._path(*parts))
            self._fs.get_file(self._path(*parts), str(copy))
            yield copy

    @contextlib.contextmanager
    def local_folder(self, *parts: str) -> Iterator[Path]:
        """A folder on this machine whose files end up under the prefix when the block ends.

        Local areas give the folder itself; an object store a temporary folder, uploaded after the
        block and removed (nothing is uploaded when the block raises)."""
        if self.local_root is not None:
            folder = Path(self._path(*parts))
            folder.mkdir(parents=True, exist_ok=True)
            yield folder
            return
        with tempfile.TemporaryDirectory(prefix="woo-area-") as tmp:
            yield Path(tmp)
            for file in sorted(Path(tmp).rglob("*")):
                if file.is_file():
                    self.put_file(file, _join(*parts, file.relative_to(tmp).as_posix()))


def _join(root: str, *parts: str) -> str:
    return "/".join([root.rstrip("/"), *(part.strip("/") for part in parts if part)])
