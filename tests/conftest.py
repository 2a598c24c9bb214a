"""Shared fixtures: a real store built from data/ by the real loaders, the real CLI, a live server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from graph.build import build
from graph.namespaces import DEFAULT_BASE_IRI, Minter
from graph.store import GraphStore
from loaders.registry import load_build, load_data_dir

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPUS_FIXTURE = FIXTURES / "corpus"  # real entries cut from data/sources (tests/fixtures/corpus/cut.py)
BASE = DEFAULT_BASE_IRI
LEXGRAPH = str(Path(sys.executable).parent / "lexgraph")


def iri(node_id: str) -> str:
    return BASE + node_id


@pytest.fixture(scope="session")
def store_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("store")
    minter = Minter(BASE)
    build(root, load_data_dir(DATA, minter), minter)
    return root


def build_corpus_store(root: Path, corpus: Path = CORPUS_FIXTURE, data: Path = DATA) -> dict:
    """A real store of the curated data plus a corpus directory, built as `lexgraph build --corpus DIR`
    builds it; returns the corpus report."""
    minter = Minter(BASE)
    graphs, report = load_build(data, minter, corpus)
    build(root, graphs, minter, info={"corpus": str(corpus), "coverage": report["coverage"]}, corpus=report)
    return report


@pytest.fixture(scope="session")
def corpus_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The curated data plus the fixture corpus: the unit tests' corpus store (the whole corpus is
    built by `lexgraph build`, and measured by tests/benchmarks/bench_corpus.py)."""
    root = tmp_path_factory.mktemp("corpus") / "store"
    build_corpus_store(root)
    return root


@pytest.fixture(scope="session")
def store(store_root: Path) -> GraphStore:
    return GraphStore.open(store_root)


@pytest.fixture(scope="session")
def loaded_store(store_root: Path, tmp_path_factory: pytest.TempPathFactory) -> GraphStore:
    """The curated store plus every seed document, loaded by the real `lexgraph load`."""
    import shutil

    root = tmp_path_factory.mktemp("loaded") / "store"
    shutil.copytree(store_root, root, symlinks=True)
    seeds = sorted(str(p) for p in (DATA / "seeds").glob("*.txt"))
    result = run_cli("load", *seeds, store=root)
    assert result.returncode == 0, result.stderr
    return GraphStore.open(root)


def build_store_with(root: Path, extra_toml: str, name: str = "extra") -> Path:
    """A real store built from a copy of data/ plus one more curated file (for markup tests)."""
    import shutil

    data = root / "data"
    shutil.copytree(DATA, data)
    (data / "curated" / f"{name}.toml").write_text(extra_toml)
    minter = Minter(BASE)
    build(root / "store", load_data_dir(data, minter), minter)
    return root / "store"


def run_cli(
    *args: str, store: Path | None = None, input: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """The real `lexgraph` command. A `build` reads the curated data only unless `env` sets
    LEXGRAPH_CORPUS (the default build reads the whole corpus: minutes, not for unit tests)."""
    cmd = [LEXGRAPH, *(["--store", str(store)] if store else []), *args]
    environ = {**os.environ, "LEXGRAPH_CORPUS": "curated", **(env or {})}
    return subprocess.run(cmd, capture_output=True, text=True, input=input, timeout=120, cwd=ROOT, env=environ)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    def __init__(self, url: str, process: subprocess.Popen, log: Path) -> None:
        self.url, self.process, self.log = url, process, log


def start_server(store: Path, log: Path, *extra: str) -> LiveServer:
    port = free_port()
    fh = log.open("w")
    process = subprocess.Popen(
        [LEXGRAPH, "--store", str(store), "serve", "--port", str(port), "--log-level", "warning", *extra],
        stdout=fh, stderr=subprocess.STDOUT, cwd=ROOT, env=os.environ.copy(),
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}:\n{log.read_text()}")
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                return LiveServer(url, process, log)
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"server did not start within 30 s:\n{log.read_text()}")


def stop_server(server: LiveServer) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()


@pytest.fixture(scope="session")
def live_server(store_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = start_server(store_root, tmp_path_factory.mktemp("server") / "server.log")
    yield server
    stop_server(server)
