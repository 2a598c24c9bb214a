"""What `lexgraph load` adds survives `lexgraph build` (which `dev.py serve` runs at every start).

`load` records each file in <store>/loaded.json; `build` reads the recorded files again. A
recorded file that is gone is named in a warning, and its graph is kept as the current build
has it (or left out, said so, when the current build lacks it); `unload` drops a document from
the store and the record. All through the real CLI.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from graph.store import GraphStore
from tests.conftest import DATA, run_cli

pytestmark = pytest.mark.hardening

EXTRACTED = "https://w3id.org/lexgraph/id/graph/extracted/"


@pytest.fixture(scope="module")
def loaded_once(store_root, tmp_path_factory):
    """A copy of the curated store with two seed documents (copied, so a test may delete them) loaded."""
    base = tmp_path_factory.mktemp("loaded")
    root, docs = base / "store", base / "docs"
    shutil.copytree(store_root, root, symlinks=True)
    docs.mkdir()
    for name in ("002_fc7e494432f32570.txt", "004_bbcffd6dd7552ea4.txt"):
        shutil.copy(DATA / "seeds" / name, docs / name)
    result = run_cli("load", *(str(p) for p in sorted(docs.glob("*.txt"))), store=root)
    assert result.returncode == 0, result.stderr
    return root, docs


@pytest.fixture()
def loaded(loaded_once, tmp_path):
    """A private copy of `loaded_once`; the record points at the copied documents."""
    root, docs = tmp_path / "store", tmp_path / "docs"
    shutil.copytree(loaded_once[0], root, symlinks=True)
    shutil.copytree(loaded_once[1], docs)
    manifest = root / "loaded.json"
    manifest.write_text(manifest.read_text().replace(str(loaded_once[1].resolve()), str(docs.resolve())))
    return root, docs


def _graphs(root: Path) -> set[str]:
    return {str(g) for g in GraphStore.open(root).named_graphs() if str(g).startswith(EXTRACTED)}


def _build(root: Path):
    return run_cli("build", store=root)


def test_load_then_build_keeps_the_loaded_graphs(loaded):
    root, docs = loaded
    before_graphs, before_triples = _graphs(root), len(GraphStore.open(root))
    assert before_graphs == {EXTRACTED + "002-fc7e494432f32570", EXTRACTED + "004-bbcffd6dd7552ea4"}
    record = json.loads((root / "loaded.json").read_text())["sources"]
    assert {Path(s["path"]) for s in record} == {p.resolve() for p in docs.glob("*.txt")}
    result = _build(root)
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr
    assert _graphs(root) == before_graphs
    assert len(GraphStore.open(root)) == before_triples


def test_loading_again_keeps_one_record_per_graph(loaded):
    root, docs = loaded
    again = run_cli("load", str(docs / "002_fc7e494432f32570.txt"), store=root)
    assert again.returncode == 0, again.stderr
    graphs = [s["graph"] for s in json.loads((root / "loaded.json").read_text())["sources"]]
    assert sorted(graphs) == sorted(set(graphs)) and len(graphs) == 2


def test_a_vanished_file_is_named_and_its_graph_kept(loaded):
    root, docs = loaded
    gone = docs / "002_fc7e494432f32570.txt"
    gone.unlink()
    result = _build(root)
    assert result.returncode == 0, result.stderr
    warning = " ".join(result.stderr.split())
    assert f"{gone}: loaded on" in warning and "the file is gone" in warning and "kept" in warning
    assert EXTRACTED + "002-fc7e494432f32570" in _graphs(root)


def test_a_vanished_file_the_build_lacks_is_named_and_left_out(loaded, tmp_path):
    root, _ = loaded
    ghost = tmp_path / "ghost.txt"
    record = json.loads((root / "loaded.json").read_text())
    record["sources"].append({"path": str(ghost), "graph": EXTRACTED + "ghost", "sha256": "0" * 64,
                              "loaded": "2026-11-25T00:00:00+00:00"})
    (root / "loaded.json").write_text(json.dumps(record))
    result = _build(root)
    assert result.returncode == 0, result.stderr
    warning = " ".join(result.stderr.split())
    assert f"{ghost}: loaded on" in warning and "left out" in warning
    assert EXTRACTED + "ghost" not in _graphs(root) and len(_graphs(root)) == 2


def test_a_changed_file_is_read_again_as_it_is_now(loaded):
    root, docs = loaded
    doc = docs / "004_bbcffd6dd7552ea4.txt"
    doc.write_text(doc.read_text() + "\n")
    result = _build(root)
    assert result.returncode == 0, result.stderr
    assert "changed since it was loaded" in result.stderr
    assert EXTRACTED + "004-bbcffd6dd7552ea4" in _graphs(root)


def test_unload_drops_a_document_for_good(loaded):
    root, docs = loaded
    result = run_cli("unload", str(docs / "002_fc7e494432f32570.txt"), store=root)
    assert result.returncode == 0, result.stderr
    assert _graphs(root) == {EXTRACTED + "004-bbcffd6dd7552ea4"}
    assert _build(root).returncode == 0
    assert _graphs(root) == {EXTRACTED + "004-bbcffd6dd7552ea4"}
    missing = run_cli("unload", str(docs / "002_fc7e494432f32570.txt"), store=root)
    assert missing.returncode == 1 and "no loaded graph" in missing.stderr


def test_a_broken_record_is_a_clear_error(loaded):
    root, _ = loaded
    (root / "loaded.json").write_text("{not json")
    result = _build(root)
    assert result.returncode == 1
    error = [line for line in result.stderr.splitlines() if not line.startswith("building from ")]
    assert error[0].startswith(f"lexgraph: error: {root / 'loaded.json'}") and "Traceback" not in result.stderr
