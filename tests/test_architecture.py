"""`redaction/` is a plain library: it never imports Dagster (pipelines/ is the Dagster layer), and
product code (`redaction/`, `pipelines/`) never imports `eval/`, which the wheel does not ship."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

LIBRARY = Path(__file__).resolve().parent.parent / "redaction"
PRODUCT = [LIBRARY, LIBRARY.parent / "pipelines"]
PRODUCT_MODULES = sorted(path for package in PRODUCT for path in package.rglob("*.py"))


def _imported_modules(path: Path) -> set[str]:
    """Every module imported anywhere in the file: at the top, inside functions (a demo's lazy
    import), and by name through importlib.import_module("...") or __import__("...")."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if called in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                names.add(node.args[0].value)
    return names


@pytest.mark.parametrize("path", sorted(LIBRARY.rglob("*.py")), ids=lambda p: str(p.relative_to(LIBRARY)))
def test_library_module_does_not_import_dagster(path: Path) -> None:
    offending = {m for m in _imported_modules(path) if m == "dagster" or m.startswith("dagster")}
    assert not offending, f"{path} imports {offending}"


@pytest.mark.parametrize("path", PRODUCT_MODULES, ids=lambda p: str(p.relative_to(LIBRARY.parent)))
def test_product_module_does_not_import_eval(path: Path) -> None:
    offending = {m for m in _imported_modules(path) if m == "eval" or m.startswith("eval.")}
    assert not offending, f"{path} imports {offending}: eval/ is not shipped with the product"


def test_the_guard_sees_library_modules() -> None:
    # Guards the guard: an empty glob would make the tests above vacuous.
    assert len(list(LIBRARY.rglob("*.py"))) > 10
    assert any(p.name == "demo.py" for p in PRODUCT_MODULES)


def test_the_guard_sees_imports_inside_functions(tmp_path: Path) -> None:
    module = tmp_path / "lazy.py"
    module.write_text(
        "import importlib\n\ndef run():\n    from eval.inbox.generate import generate_inbox\n"
        "    importlib.import_module('eval.caserecords')\n",
        encoding="utf-8",
    )
    assert {"eval.inbox.generate", "eval.caserecords"} <= _imported_modules(module)


def test_models_is_data_not_a_package() -> None:
    assert not (LIBRARY.parent / "models" / "__init__.py").exists()
