"""A small writer for Compound File Binary files (OLE2), written from the public [MS-CFB] spec.

No library we may use writes .msg files, so test fixtures and the demo inbox build them on
this. Version 3 layout (512-byte sectors): header, FAT sectors, directory, mini FAT, then the
sectors of the mini stream and of the large streams. Streams below 4096 bytes live in the
mini stream (64-byte mini sectors), as the spec requires. Without DIFAT sectors the file is
limited to 109 FAT sectors (about 6.8 MB): plenty for fixtures.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

SECTOR = 512
MINI_SECTOR = 64
MINI_CUTOFF = 4096
ENTRY = 128
FREESECT = 0xFFFFFFFF
ENDOFCHAIN = 0xFFFFFFFE
FATSECT = 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF
SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
STORAGE, STREAM, ROOT = 1, 2, 5
RED, BLACK = 0, 1
MAX_HEADER_FAT = 109


@dataclass
class _Node:
    name: str
    kind: int
    data: bytes = b""
    children: dict[str, _Node] = field(default_factory=dict)
    sid: int = 0
    left: int = NOSTREAM
    right: int = NOSTREAM
    child: int = NOSTREAM
    color: int = BLACK
    start: int = ENDOFCHAIN


class CompoundFile:
    """Collects streams by path ("storage/sub/stream") and serialises them with ``to_bytes``."""

    def __init__(self) -> None:
        self.root = _Node("Root Entry", ROOT)

    def add_stream(self, path: str, data: bytes) -> None:
        *storages, name = path.split("/")
        node = self.root
        for part in storages:
            node = node.children.setdefault(part.upper(), _Node(part, STORAGE))
            if node.kind != STORAGE:
                raise ValueError(f"{part} is a stream, not a storage")
        if len(name) > 31:
            raise ValueError(f"name longer than 31 characters: {name}")
        node.children[name.upper()] = _Node(name, STREAM, data)

    def add_storage(self, path: str) -> None:
        node = self.root
        for part in path.split("/"):
            node = node.children.setdefault(part.upper(), _Node(part, STORAGE))

    def write(self, path: Path) -> None:
        path.write_bytes(self.to_bytes())

    def to_bytes(self) -> bytes:
        nodes = self._number()
        # Mini stream: small streams, each padded to whole mini sectors.
        mini_fat: list[int] = []
        mini_stream = bytearray()
        large: list[_Node] = []
        for node in nodes:
            if node.kind != STREAM or not node.data:
                continue
            if len(node.data) < MINI_CUTOFF:
                count = _ceil(len(node.data), MINI_SECTOR)
                node.start = len(mini_fat)
                mini_fat.extend(range(node.start + 1, node.start + count))
                mini_fat.append(ENDOFCHAIN)
                mini_stream += _pad(node.data, MINI_SECTOR)
            else:
                large.append(node)
        dir_sectors = _ceil(len(nodes) * ENTRY, SECTOR)
        minifat_sectors = _ceil(len(mini_fat) * 4, SECTOR)
        ministream_sectors = _ceil(len(mini_stream), SECTOR)
        data_sectors = sum(_ceil(len(n.data), SECTOR) for n in large)
        payload = dir_sectors + minifat_sectors + ministream_sectors + data_sectors
        fat_sectors = 1
        while fat_sectors * (SECTOR // 4) < payload + fat_sectors:
            fat_sectors += 1
        if fat_sectors > MAX_HEADER_FAT:
            raise ValueError("compound file too large for a writer without DIFAT sectors")

        fat: list[int] = [FATSECT] * fat_sectors
        sectors: list[bytes] = []

        def chain(blob: bytes) -> int:
            """Append ``blob`` as a sector chain; return its first sector (ENDOFCHAIN if empty)."""
            count = _ceil(len(blob), SECTOR)
            if count == 0:
                return ENDOFCHAIN
            first = len(fat)
            fat.extend(range(first + 1, first + count))
            fat.append(ENDOFCHAIN)
            sectors.append(_pad(blob, SECTOR))
            return first

        # Large streams and the mini stream get their sectors before the directory is serialised,
        # because directory entries record start sectors.
        dir_start = len(fat)
        fat.extend([0] * dir_sectors)  # placeholder, filled below
        minifat_blob = b"".join(struct.pack("<I", v) for v in mini_fat)
        minifat_start = chain(minifat_blob) if mini_fat else ENDOFCHAIN
        self.root.start = chain(bytes(mini_stream)) if mini_stream else ENDOFCHAIN
        self.root.data = bytes(mini_stream)
        for node in large:
            node.start = chain(node.data)
        for i in range(dir_sectors):
            fat[dir_start + i] = dir_start + i + 1 if i < dir_sectors - 1 else ENDOFCHAIN
        directory = _pad(b"".join(_entry(n) for n in nodes), SECTOR)
        # Unused directory slots are empty entries whose sibling and child IDs are NOSTREAM.
        empty = _empty_entry()
        used = len(nodes) * ENTRY
        directory = directory[:used] + empty * ((len(directory) - used) // ENTRY)

        fat_blob = b"".join(struct.pack("<I", v) for v in fat)
        fat_blob += struct.pack("<I", FREESECT) * (fat_sectors * SECTOR // 4 - len(fat))
        difat = list(range(fat_sectors)) + [FREESECT] * (MAX_HEADER_FAT - fat_sectors)
        header = (
            SIGNATURE + bytes(16)
            + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6) + bytes(6)
            + struct.pack("<IIIIIIIII", 0, fat_sectors, dir_start, 0, MINI_CUTOFF, minifat_start,
                          minifat_sectors, ENDOFCHAIN, 0)
            + struct.pack(f"<{MAX_HEADER_FAT}I", *difat)
        )
        assert len(header) == SECTOR
        return header + fat_blob + directory + b"".join(sectors)

    def _number(self) -> list[_Node]:
        """Give every node its directory index and build the per-storage red-black trees."""
        nodes: list[_Node] = [self.root]

        def visit(storage: _Node) -> None:
            kids = sorted(storage.children.values(), key=lambda n: (len(n.name), n.name.upper()))
            for kid in kids:
                kid.sid = len(nodes)
                nodes.append(kid)
            storage.child = _tree(kids)
            for kid in kids:
                if kid.kind == STORAGE:
                    visit(kid)

        visit(self.root)
        return nodes


def _tree(kids: list[_Node]) -> int:
    """A balanced search tree over the sorted siblings; returns the root's index.

    Built by halving, every path to a leaf has the same length except that the deepest level may
    be partial: colouring exactly that level red (never the root) makes it a valid red-black
    tree, which [MS-CFB] 2.6.4 asks for.
    """
    if not kids:
        return NOSTREAM
    height = len(kids).bit_length()  # levels of the halving tree
    full = len(kids) == (1 << height) - 1

    def build(lo: int, hi: int, depth: int) -> int:
        if lo >= hi:
            return NOSTREAM
        mid = (lo + hi) // 2
        node = kids[mid]
        node.left = build(lo, mid, depth + 1)
        node.right = build(mid + 1, hi, depth + 1)
        node.color = RED if (depth == height - 1 and depth > 0 and not full) else BLACK
        return node.sid

    return build(0, len(kids), 0)


def _entry(node: _Node) -> bytes:
    name = node.name.encode("utf-16-le") + b"\x00\x00"
    size = len(node.data) if node.kind in (STREAM, ROOT) else 0
    start = node.start if node.kind != STORAGE else 0
    if size == 0 and node.kind == STREAM:
        start = ENDOFCHAIN
    return (
        name.ljust(64, b"\x00")
        + struct.pack("<HBB", len(name), node.kind, node.color)
        + struct.pack("<III", node.left, node.right, node.child)
        + bytes(16)  # CLSID
        + struct.pack("<I", 0)  # state bits
        + bytes(16)  # creation and modification time: zero keeps files reproducible
        + struct.pack("<IQ", start, size)
    )


def _empty_entry() -> bytes:
    siblings = struct.pack("<III", NOSTREAM, NOSTREAM, NOSTREAM)
    return bytes(66) + struct.pack("<BB", 0, 0) + siblings + bytes(36) + struct.pack("<IQ", 0, 0)


def _ceil(n: int, size: int) -> int:
    return -(-n // size)


def _pad(blob: bytes, size: int) -> bytes:
    return blob + bytes(-len(blob) % size)
