"""Storage areas: the same interface over a local folder and an fsspec URL (the in-memory store)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import fsspec
import pytest

from redaction.storage import StorageArea, is_url


@pytest.fixture(params=["local", "memory"])
def area(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StorageArea]:
    if request.param == "local":
        yield StorageArea(tmp_path / "area")
        return
    bucket = f"woo-test-{uuid.uuid4().hex}"
    yield StorageArea(f"memory://{bucket}/restricted")
    memory = fsspec.filesystem("memory")
    if memory.exists(f"/{bucket}"):
        memory.rm(f"/{bucket}", recursive=True)


def test_written_files_read_back_listed_and_deleted(area: StorageArea) -> None:
    area.write_text("batches/b1/texts/a.txt", "Geachte heer Voorbeeld,\n")
    area.write_bytes("batches/b1/texts/a.source", b"%PDF-1.7 \x00\xff")
    area.write_text("batches/b1/documents.jsonl", "{}\n")
    assert area.read_text("batches/b1/texts/a.txt") == "Geachte heer Voorbeeld,\n"
    assert area.read_bytes("batches", "b1", "texts", "a.source") == b"%PDF-1.7 \x00\xff"
    assert area.exists("batches/b1/texts/a.txt") and not area.exists("batches/b1/texts/b.txt")
    assert area.names("batches/b1/texts") == ["a.source", "a.txt"]
    assert area.names("batches/b1/texts", suffix=".txt") == ["a.txt"]
    assert area.names("batches/b1") == ["documents.jsonl"]  # files only, not the folder texts/
    assert area.names("batches/none") == []
    assert area.files() == [("batches/b1/documents.jsonl", 3), ("batches/b1/texts/a.source", 11),
                            ("batches/b1/texts/a.txt", 24)]  # fmt: skip
    area.delete("batches/b1/texts/a.source")
    assert area.names("batches/b1/texts") == ["a.txt"]
    area.delete("batches/b1/texts")
    area.delete("batches/b1/texts")  # gone already: not an error
    assert area.names("batches/b1/texts") == []
    assert area.exists("batches/b1/documents.jsonl")


def test_a_sub_area_is_the_same_store_under_a_prefix(area: StorageArea) -> None:
    batch = area.sub("batches", "b2")
    batch.write_text("raw/x.txt", "inhoud")
    assert area.read_text("batches/b2/raw/x.txt") == "inhoud"
    assert batch.url("raw/x.txt") == area.url("batches/b2/raw/x.txt")
    assert batch.is_local == area.is_local


def test_libraries_that_need_a_path_get_one_and_their_output_lands_in_the_area(area: StorageArea) -> None:
    area.write_text("in/brief.txt", "Met vriendelijke groet")
    with area.local_file("in/brief.txt") as path:
        assert path.name == "brief.txt" and path.read_text("utf-8") == "Met vriendelijke groet"
        copy = path
    assert copy.exists() == area.is_local  # an object store's temporary copy is removed afterwards
    with area.local_folder("out") as folder:
        (folder / "report.json").write_text("[]", "utf-8")
        (folder / "sub").mkdir()
        (folder / "sub" / "report.csv").write_text("a;b\n", "utf-8")
    assert area.read_text("out/report.json") == "[]"
    assert area.read_text("out/sub/report.csv") == "a;b\n"


def test_names_never_leave_the_area(area: StorageArea) -> None:
    for name in ("../elders.txt", "/etc/passwd", "a/../../b.txt"):
        with pytest.raises(ValueError):
            area.write_text(name, "x")


def test_a_local_area_is_the_folder_itself(tmp_path: Path) -> None:
    area = StorageArea(str(tmp_path / "public"))
    area.write_text("documenten/b1-0001.txt", "tekst")
    assert (tmp_path / "public" / "documenten" / "b1-0001.txt").read_text("utf-8") == "tekst"
    assert area.url("documenten", "b1-0001.txt") == str(tmp_path / "public" / "documenten" / "b1-0001.txt")
    with area.local_file("documenten/b1-0001.txt") as path:
        assert path == tmp_path / "public" / "documenten" / "b1-0001.txt"


def test_a_relative_local_folder_lists_its_files_like_an_absolute_one(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    area = StorageArea("var/inbox")
    area.write_bytes("post/brief.txt", b"abc")
    assert area.files() == [("post/brief.txt", 3)]
    assert area.url("post/brief.txt") == "var/inbox/post/brief.txt"


@pytest.mark.parametrize(("location", "url"), [("var/public", False), ("/srv/woo/public", False),
                                               ("file:///srv/woo", False), ("s3://woo-bucket/public", True),
                                               ("memory://woo/public", True)])  # fmt: skip
def test_urls_and_local_paths_are_told_apart(location: str, url: bool) -> None:
    assert is_url(location) is url
