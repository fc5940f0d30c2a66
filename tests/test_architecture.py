"""`redaction/` is a plain library: it never imports Dagster (pipelines/ is the Dagster layer)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

LIBRARY = Path(__file__).resolve().parent.parent / "redaction"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", sorted(LIBRARY.rglob("*.py")), ids=lambda p: str(p.relative_to(LIBRARY)))
def test_library_module_does_not_import_dagster(path: Path) -> None:
    offending = {m for m in _imported_modules(path) if m == "dagster" or m.startswith("dagster")}
    assert not offending, f"{path} imports {offending}"


def test_the_guard_sees_library_modules() -> None:
    # Guards the guard: an empty glob would make the test above vacuous.
    assert len(list(LIBRARY.rglob("*.py"))) > 10


def test_models_is_data_not_a_package() -> None:
    assert not (LIBRARY.parent / "models" / "__init__.py").exists()
