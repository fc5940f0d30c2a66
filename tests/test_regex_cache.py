"""The cache of compiled fixed patterns (redaction/regex_cache.py): same matches from the cache as
from a compile, nothing compiled after the engine's load on disk, and a broken or absent file is
no error. Each run is a fresh interpreter: the cache hooks into ``regex`` once per process."""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Fixed patterns of the kinds the engine compiles at load (case-insensitive alternation, named
# groups, Unicode classes, matching right to left), then one made from "document text".
SCRIPT = r"""
import json, sys
import regex
from redaction import regex_cache

regex_cache.install()
held = len(regex_cache._programs)
fixed = [
    regex.compile(r"(?<![\p{L}])(?:mevrouw|de heer|dhr\.)[ ]+(?P<name>\p{Lu}\p{Ll}+)", regex.IGNORECASE),
    regex.compile(r"(?r)(?P<code>\d{4})[ ]?(?P<letters>[A-Z]{2})$"),
    regex.compile(r"(?i:straat|laan|weg)\b"),
]
regex_cache.stop_recording()
document = regex.compile("(?:Zwanenburg-Oudeweg|XQ)")
text = "Brief aan mevrouw Zwanenburg-Oudeweg, de heer Pietersma, Kerklaan 1, 1234 AB en 9876 ZZ"
found = [[(m.span(), m.groupdict()) for m in p.finditer(text)] for p in fixed]
print(json.dumps({"found": found, "held": held, "document": bool(document.search(text))}))
"""


def _run(cache: Path | str | None, home: Path | None = None) -> dict[str, object]:
    env = {key: value for key, value in os.environ.items() if key not in ("WOO_CACHE_DIR", "XDG_CACHE_HOME")}
    env["PYTHONPATH"] = str(ROOT)
    if cache is not None:
        env["WOO_CACHE_DIR"] = str(cache)
    if home is not None:
        env["HOME"] = str(home)
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, cwd=ROOT, capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout)


def test_a_second_start_matches_the_same_from_the_cache(tmp_path: Path) -> None:
    first = _run(tmp_path)
    files = list(tmp_path.glob("regex-*.marshal"))
    assert len(files) == 1
    second = _run(tmp_path)
    assert first["held"] == 0 and second["held"] == 3
    assert second["found"] == first["found"]
    assert first["found"][0]  # the patterns did match something
    # compiled after recording stopped: never written, it may hold a document's text
    assert b"Zwanenburg" not in files[0].read_bytes()


def test_a_damaged_cache_is_ignored(tmp_path: Path) -> None:
    first = _run(tmp_path)
    (cache_file,) = tmp_path.glob("regex-*.marshal")
    data = bytearray(cache_file.read_bytes())
    data[len(data) // 2] ^= 0xFF
    cache_file.write_bytes(bytes(data))
    again = _run(tmp_path)
    assert again["held"] == 0
    assert again["found"] == first["found"]


def test_the_cache_lives_in_the_users_cache_directory(tmp_path: Path) -> None:
    _run(None, home=tmp_path)
    assert len(list((tmp_path / ".cache" / "woo-redactie").glob("regex-*.marshal"))) == 1


def test_an_empty_cache_directory_setting_means_no_cache(tmp_path: Path) -> None:
    result = _run("", home=tmp_path)
    assert result["held"] == 0 and result["found"]
    assert not list(tmp_path.iterdir())


def test_a_program_of_another_shape_is_compiled_as_usual(tmp_path: Path) -> None:
    first = _run(tmp_path)
    (cache_file,) = tmp_path.glob("regex-*.marshal")
    programs = marshal.loads(cache_file.read_bytes()[16:])
    payload = marshal.dumps({key: ("not a program",) for key in programs})
    cache_file.write_bytes(hashlib.blake2b(payload, digest_size=16).digest() + payload)
    again = _run(tmp_path)
    assert again["held"] == 3
    assert again["found"] == first["found"]
