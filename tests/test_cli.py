"""The `woo` command: output contract and bad input (one line, non-zero exit, nothing partial)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from redaction.cli import main

LETTER = """Van: Sanne Hoekstra <s.hoekstra@postvak.example>
Aan: info@gemeente.example

Beste mensen,

Mijn nieuwe adres is Kerkstraat 12a, 3311 AB Dordrecht. Mijn BSN is 111222333.

Met vriendelijke groet,
Sanne Hoekstra
"""


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "brief.txt"
    path.write_text(LETTER, encoding="utf-8")
    return path


def test_analyze_json_contract(letter: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "--json", str(letter)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["document"] == str(letter)
    keys = ["start", "end", "text", "entity", "decision", "ground", "category", "reason", "score", "source"]
    assert record["spans"] and all(list(span) == keys for span in record["spans"])
    for span in record["spans"]:
        assert LETTER[span["start"] : span["end"]] == span["text"]
        assert span["decision"] in ("redact", "keep")
        assert (span["ground"] is None) == (span["decision"] == "keep")
        assert span["reason"]
    by_text = {s["text"]: s for s in record["spans"]}
    assert by_text["111222333"]["ground"] == "5.1.1e" and by_text["111222333"]["category"] == "BSN"
    assert by_text["info@gemeente.example"]["decision"] == "keep"
    assert by_text["s.hoekstra@postvak.example"]["decision"] == "redact"


def test_analyze_many_files_goes_on_past_a_bad_one(
    letter: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "weg.txt"
    status = main(["analyze", "--json", str(missing), str(letter)])
    captured = capsys.readouterr()
    assert status == 1
    records = [json.loads(line) for line in captured.out.strip().splitlines()]
    assert records[0] == {"document": str(missing), "error": records[0]["error"]}
    assert "not found" in records[0]["error"]
    assert records[1]["document"] == str(letter) and records[1]["spans"]
    assert captured.err.count("\n") == 1 and "not found" in captured.err


def test_redact_writes_marks_and_noot(letter: Path, tmp_path: Path) -> None:
    out = tmp_path / "gepubliceerd.txt"
    assert main(["redact", str(letter), "-o", str(out)]) == 0
    published = out.read_text(encoding="utf-8")
    for secret in ("Sanne", "Hoekstra", "s.hoekstra@postvak.example", "111222333", "Kerkstraat 12a"):
        assert secret not in published
    assert "info@gemeente.example" in published
    assert "[5.1.1e]" in published and "[5.1.2e]" in published
    assert "• Art. 5.1 lid 1 onderdeel e Woo (BSN)" in published
    assert "• Art. 5.1 lid 2 onderdeel e Woo (naam)" in published
    assert "• Art. 5.1 lid 2 onderdeel e Woo (adres)" in published


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF-1.4\x00\x01\x02binary")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Geachte heer Müller, één brief".encode("latin-1"))
    empty = tmp_path / "leeg.txt"
    empty.write_text("  \n", encoding="utf-8")
    huge = tmp_path / "groot.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB (sparse), over the limit
    return {
        "missing": (tmp_path / "bestaat-niet.txt", "not found"),
        "directory": (tmp_path, "is a directory"),
        "binary": (binary, "binary"),
        "not utf-8": (latin1, "tried encoding utf-8"),
        "empty": (empty, "empty"),
        "50 MB": (huge, "too large"),
    }


@pytest.mark.parametrize("case", ["missing", "directory", "binary", "not utf-8", "empty", "50 MB"])
@pytest.mark.parametrize("command", ["analyze", "redact"])
def test_bad_input_gives_one_line_and_non_zero_exit(
    tmp_path: Path, case: str, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path, message = _bad_inputs(tmp_path)[case]
    out = tmp_path / "out.txt"
    argv = ["analyze", str(path)] if command == "analyze" else ["redact", str(path), "-o", str(out)]
    assert main(argv) != 0
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1, captured.err
    assert message in captured.err and "Traceback" not in captured.err
    assert captured.out == ""
    assert not out.exists()


def test_console_script_runs_without_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "redaction.cli", "redact", str(tmp_path / "nope.txt")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip().startswith("woo: error: [W100]")
    assert "Traceback" not in result.stderr
