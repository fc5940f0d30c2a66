"""The `woo` command: output contract and bad input (one line, non-zero exit, nothing partial)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from redaction import Redactor, cli
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


# -- several files: --jobs, input order, a bad file in the middle, redact into a directory ----------

NAMES = ["Kanterink", "Sabelsma", "Oudejans", "Wieringa", "Brugmans", "Tjalsma"]


def _letters(tmp_path: Path) -> list[Path]:
    """Letters of very different lengths, the longest first: a worker that finishes the short ones
    while another is still busy on the long one must not print them before it."""
    paths = []
    for index, surname in enumerate(NAMES):
        body = "Wij spraken over de herinrichting van het plein.\n\n" * (400 if index == 0 else 1 + index)
        path = tmp_path / f"{index:02d}-brief.txt"
        path.write_text(f"Van: Mirthe {surname} <m.{surname.lower()}@post.example>\n\nBeste mensen,\n\n"
                        f"{body}Met vriendelijke groet,\nMirthe {surname}\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def shared_engine(redactor: Redactor, monkeypatch: pytest.MonkeyPatch) -> Redactor:
    """The session's engine instead of a fresh load per command (the same default policy)."""
    monkeypatch.setattr(cli, "_redactor", lambda args: redactor)
    return redactor


def test_analyze_with_two_jobs_prints_in_input_order(
    shared_engine: Redactor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letters = _letters(tmp_path)
    assert main(["analyze", "--json", "--jobs", "2", *map(str, letters)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["document"] for r in records] == [str(p) for p in letters]
    for record, surname in zip(records, NAMES, strict=True):
        assert {s["text"] for s in record["spans"] if s["decision"] == "redact"} >= {f"Mirthe {surname}"}


def test_analyze_same_json_with_one_job_and_two(
    shared_engine: Redactor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [*map(str, _letters(tmp_path)), str(tmp_path / "weg.txt")]
    outputs = []
    for jobs in ("1", "2"):
        assert main(["analyze", "--json", "--jobs", jobs, *files]) == 1
        outputs.append(capsys.readouterr())
    assert outputs[0].out == outputs[1].out and outputs[0].out.count("\n") == len(files)
    assert outputs[0].err == outputs[1].err


def test_analyze_text_output_same_with_one_job_and_two(
    shared_engine: Redactor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = list(map(str, _letters(tmp_path)))
    outputs = []
    for jobs in ("1", "2"):
        assert main(["analyze", "--jobs", jobs, *files]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    assert [line.split(":")[0] for line in outputs[0].splitlines() if not line.startswith(" ")] == files


def test_a_bad_file_in_the_middle_of_a_parallel_batch(
    shared_engine: Redactor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letters = _letters(tmp_path)
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF-1.4\x00\x01\x02binary")
    files = [*map(str, letters[:3]), str(binary), *map(str, letters[3:])]
    assert main(["analyze", "--json", "--jobs", "2", *files]) == 1
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["document"] for r in records] == files
    assert set(records[3]) == {"document", "error"} and "binary" in records[3]["error"]
    assert all(r["spans"] for i, r in enumerate(records) if i != 3)
    assert captured.err.count("\n") == 1 and "binary" in captured.err and "Traceback" not in captured.err


def test_jobs_must_be_a_positive_number(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["analyze", "--jobs", "0", "brief.txt"])
    assert exit_.value.code == 2 and "at least 1" in capsys.readouterr().err


def test_redact_several_files_into_a_directory(
    shared_engine: Redactor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letters = _letters(tmp_path)
    missing = tmp_path / "weg.txt"
    out = tmp_path / "gepubliceerd"
    files = [*map(str, letters[:2]), str(missing), *map(str, letters[2:])]
    assert main(["redact", "--jobs", "2", "-o", str(out), *files]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "not found" in captured.err
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in letters)
    for letter, surname in zip(letters, NAMES, strict=True):
        published = (out / letter.name).read_text(encoding="utf-8")
        assert surname not in published and "[5.1.2e]" in published
        # the same text a single-file run writes
        single = tmp_path / f"single-{letter.name}"
        assert main(["redact", str(letter), "-o", str(single)]) == 0
        assert single.read_text(encoding="utf-8") == published


def test_redact_several_files_needs_an_output_directory(
    letter: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["redact", str(letter), str(letter)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and "-o" in captured.err


def test_redact_refuses_two_inputs_with_one_output_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "brief.txt").write_text(LETTER, encoding="utf-8")
    out = tmp_path / "uit"
    argv = ["redact", "-o", str(out), str(tmp_path / "a" / "brief.txt"), str(tmp_path / "b" / "brief.txt")]
    assert main(argv) == 2
    assert capsys.readouterr().err.count("\n") == 1 and not out.exists()


def test_redact_never_overwrites_its_input(
    shared_engine: Redactor, letter: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "tweede.txt"
    other.write_text(LETTER, encoding="utf-8")
    assert main(["redact", "--jobs", "1", "-o", str(tmp_path), str(letter), str(other)]) == 1
    assert letter.read_text(encoding="utf-8") == LETTER and other.read_text(encoding="utf-8") == LETTER
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 2 and all(line.endswith("would overwrite the input / uitvoer zou de invoer overschrijven")
                                    for line in errors)


def _run_with_terminal_stderr(argv: list[str]) -> tuple[str, str]:
    """The CLI in a subprocess whose stderr is a pseudo-terminal: (stdout, what the terminal got)."""
    import fcntl
    import os
    import pty
    import struct
    import termios

    controller, terminal = pty.openpty()
    # a terminal 100 columns wide (a new pseudo-terminal has none, and a bar 0 columns wide is empty)
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    try:
        proc = subprocess.Popen([sys.executable, "-m", "redaction.cli", *argv], stdout=subprocess.PIPE,
                                stderr=terminal, text=True)
        os.close(terminal)
        seen = b""
        while True:
            try:
                data = os.read(controller, 4096)
            except OSError:  # the terminal closed: the process ended
                break
            if not data:
                break
            seen += data
        out = proc.stdout.read() if proc.stdout else ""
        proc.wait(timeout=120)
    finally:
        os.close(controller)
    return out, seen.decode("utf-8", errors="replace")


def test_progress_bar_on_a_terminal_only(tmp_path: Path) -> None:
    files = list(map(str, _letters(tmp_path)[1:]))
    out, terminal = _run_with_terminal_stderr(["analyze", "--json", "--jobs", "2", *files])
    assert [json.loads(line)["document"] for line in out.splitlines()] == files
    assert f"{len(files)}/{len(files)}" in terminal and "file" in terminal
    # not a terminal (a pipe): no bar, stderr stays empty
    piped = subprocess.run([sys.executable, "-m", "redaction.cli", "analyze", "--json", "--jobs", "2", *files],
                           capture_output=True, text=True, check=False)
    assert piped.returncode == 0 and piped.stderr == "" and piped.stdout == out


def test_analyze_leaves_the_review_store_unimported(letter: Path) -> None:
    # SQLAlchemy and the review store are a third of a second of the cold start `woo analyze` never needs.
    probe = ("import sys\nfrom redaction.cli import main\n"
             f"status = main(['analyze', '--json', {str(letter)!r}])\n"
             "print(status, 'redaction.review.store' in sys.modules, 'sqlalchemy' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert result.stdout.splitlines()[-1] == "0 False False", result.stderr
    review_help = subprocess.run([sys.executable, "-m", "redaction.cli", "review", "--help"],
                                 capture_output=True, text=True, check=False)
    assert review_help.returncode == 0 and "approve" in review_help.stdout


def test_the_collector_rests_while_the_engine_is_built(letter: Path, tmp_path: Path) -> None:
    # The engine's build makes some 120,000 lasting objects: no collector run may walk them meanwhile
    # (spaCy's msgpack loads turn it back on after each load); afterwards it is as it was.
    probe = ("import gc, json\nfrom redaction import cli\nruns = []\n"
             f"args = cli._build_parser(with_review=False).parse_args(['analyze', {str(letter)!r}])\n"
             "gc.callbacks.append(lambda phase, info: runs.append(info['generation']) if phase == 'start' else None)\n"
             "before = gc.get_threshold()\n"
             "cli._redactor(args)\n"
             "print(json.dumps([runs, gc.isenabled(), gc.get_threshold() == before]))\n")
    env = {**os.environ, "WOO_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False, env=env)
    assert result.stdout.splitlines()[-1] == "[[], true, true]", result.stderr


def test_redact_one_file_into_an_existing_directory(
    shared_engine: Redactor, letter: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # (this used to fail with an internal error and leave a temporary file behind)
    out = tmp_path / "uit"
    out.mkdir()
    assert main(["redact", str(letter), "-o", str(out)]) == 0
    assert [p.name for p in out.iterdir()] == [letter.name]
    assert "Hoekstra" not in (out / letter.name).read_text(encoding="utf-8")
    assert capsys.readouterr().err == ""


def test_redact_into_a_directory_goes_on_past_an_unwritable_target(
    shared_engine: Redactor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letters = _letters(tmp_path)[:3]
    out = tmp_path / "uit"
    (out / letters[1].name).mkdir(parents=True)  # a folder where the second publication should go
    assert main(["redact", "--jobs", "2", "-o", str(out), *map(str, letters)]) == 1
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 1 and "cannot be written" in errors[0] and "Traceback" not in errors[0]
    assert (out / letters[0].name).is_file() and (out / letters[2].name).is_file()
    assert not list(out.glob(".woo-*"))  # no temporary file left behind


def test_files_are_analysed_in_small_groups_in_input_order(tmp_path: Path) -> None:
    short = []
    for index in range(40):
        path = tmp_path / f"{index:02d}.txt"
        path.write_text("Geachte heer, dank voor uw brief.\n", encoding="utf-8")
        short.append(str(path))
    long = tmp_path / "long.txt"
    long.write_text("Wij spraken over het plein.\n" * 4000, encoding="utf-8")  # over GROUP_BYTES
    files = [*short[:20], str(long), *short[20:], str(tmp_path / "missing.txt")]
    groups = cli._groups(files, jobs=1)
    assert [name for group in groups for name in group] == files
    assert [str(long)] in groups
    assert max(len(group) for group in groups) == cli.GROUP_FILES
    # a short run still gives every worker several groups
    assert len(cli._groups(short[:16], jobs=2)) == 8
