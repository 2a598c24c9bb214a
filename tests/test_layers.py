"""Layers only point down, read from the source: ontology <- graph <- loaders, queries <- server.

No top-level package imports one above it (so there is no cycle), and no module imports
another module's private (`_name`) names.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("ontology", "graph", "loaders", "queries", "server")
# package -> the project packages it may import
ALLOWED = {
    "ontology": set(),
    "graph": {"ontology"},
    "loaders": {"ontology", "graph"},
    "queries": {"ontology", "graph"},
    "server": {"ontology", "graph", "loaders", "queries"},
    "tests": set(PACKAGES) | {"tests"},
}


def _modules(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (ROOT / folder).rglob("*.py") if ".venv" not in p.parts)


def _imports(path: Path) -> list[tuple[str, list[str], int]]:
    """(module imported, names imported from it, line) for every import in the file, at any depth."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            found += [(alias.name, [], node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, [alias.name for alias in node.names], node.lineno))
    return found


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


@pytest.mark.parametrize("path", _modules(*PACKAGES), ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_point_down(path):
    package = path.relative_to(ROOT).parts[0]
    for module, _, line in _imports(path):
        top = module.split(".")[0]
        if top in ALLOWED and top != package:
            assert top in ALLOWED[package], f"{path.relative_to(ROOT)}:{line}: {package} imports {module}"


@pytest.mark.parametrize("path", _modules(*PACKAGES, "tests"), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_private_names_imported_across_modules(path):
    me = _module_name(path)
    for module, names, line in _imports(path):
        if module.split(".")[0] not in ALLOWED or module == me:
            continue
        private = [n for n in names if n.startswith("_") and not n.startswith("__")]
        assert not private, f"{path.relative_to(ROOT)}:{line}: imports private {private} from {module}"


def test_the_checks_see_a_violation(tmp_path, monkeypatch):
    """The two checks are not vacuous: a planted upward and private import is caught."""
    bad = tmp_path / "graph" / "bad.py"
    bad.parent.mkdir()
    bad.write_text("from server.app import create_app\nfrom queries.lineage import _restrict\n")
    monkeypatch.setattr("tests.test_layers.ROOT", tmp_path)
    with pytest.raises(AssertionError, match="graph imports server.app"):
        test_imports_point_down(bad)
    with pytest.raises(AssertionError, match="imports private"):
        test_no_private_names_imported_across_modules(bad)
