"""Shared fixtures: a real store built from data/ by the real loaders, the real CLI, the app.

HTTP tests talk to the application in one of two ways:

* `client` (and `app_client(...)`): the real FastAPI app from `server.app.create_app`, run
  in-process by Starlette's TestClient. Its lifespan runs, so the query worker pool (real worker
  processes) serves /sparql exactly as under uvicorn; only the socket is skipped. Most API and
  page tests use it.
* `live_server` / `start_server(...)`: `lexgraph serve` as a real uvicorn process on 127.0.0.1,
  kept for what needs a process or a port: real SPARQL clients, the browser, start-up, timeouts.

Stores are built once per session; a test that writes gets a copy (`copy_store`), which takes
milliseconds where a build (SHACL validation included) takes over a second.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

with warnings.catch_warnings():
    # Starlette asks for `httpx2`; the project's test extra pins httpx, which TestClient still drives.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from starlette.testclient import TestClient

from graph.build import build
from graph.namespaces import DEFAULT_BASE_IRI, Minter
from graph.store import GraphStore
from loaders.registry import load_build, load_data_dir
from tests.remote import OxigraphServer

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPUS_FIXTURE = FIXTURES / "corpus"  # real entries cut from data/sources (tests/fixtures/corpus/cut.py)
BASE = DEFAULT_BASE_IRI
LEXGRAPH = str(Path(sys.executable).parent / "lexgraph")


def iri(node_id: str) -> str:
    return BASE + node_id


# -- session stores --------------------------------------------------------------------------
#
# The curated store is built first, in-process. Two slower session stores that later tests need,
# the loaded store (`lexgraph load` of every seed) and the hostile-markup store (`lexgraph build`),
# are then started as background CLI runs, so they build while other tests run; their fixtures
# wait for them. Only stores the collected tests use are started.

_USED: set[str] = set()  # every fixture name the collected tests use, directly or not
_MADE: set[str] = set()  # session stores already made (so none is started twice)


def pytest_collection_finish(session: pytest.Session) -> None:
    for item in session.items:
        _USED.update(getattr(item, "fixturenames", ()))


class Prefetch:
    """A `lexgraph` run started ahead of the fixture that needs the store it makes."""

    def __init__(self, store: Path, *args: str) -> None:
        self.store = store
        self.process = subprocess.Popen(
            [LEXGRAPH, "--store", str(store), *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
            env={**os.environ, "LEXGRAPH_CORPUS": "curated"},  # like run_cli: the curated data only
        )

    def wait(self) -> Path:
        _out, err = self.process.communicate(timeout=600)
        assert self.process.returncode == 0, f"{' '.join(self.process.args)}:\n{err}"
        return self.store

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.communicate()


_PREFETCH: dict[str, Prefetch] = {}


@pytest.fixture(scope="session")
def store_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("store")
    minter = Minter(BASE)
    build(root, load_data_dir(DATA, minter), minter)
    if "loaded_root" in _USED and "loaded_root" not in _MADE:
        loaded = copy_store(root, tmp_path_factory.mktemp("loaded") / "store")
        _PREFETCH["loaded_root"] = Prefetch(loaded, "load", *LOADED_FILES)
    if "hostile_root" in _USED and "hostile_root" not in _MADE:
        base = tmp_path_factory.mktemp("hostile")
        data = data_with(base, HOSTILE_TOML, name="hostile")
        _PREFETCH["hostile_root"] = Prefetch(base / "store", "build", "--data", str(data))
    yield root
    for job in _PREFETCH.values():  # a run cut short (-x, Ctrl-C) leaves nothing running
        job.stop()


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


def copy_store(source: Path, target: Path) -> Path:
    """A writable copy of a built store root (its builds and the relative `current` link)."""
    shutil.copytree(source, target, symlinks=True, ignore=shutil.ignore_patterns(".write.lock", ".current-*"))
    return target


@pytest.fixture()
def fresh_root(store_root: Path, tmp_path: Path) -> Path:
    """A private copy of the curated store, for a test that writes to it."""
    return copy_store(store_root, tmp_path / "store")


# A small store that validates: the real sources and people, EO 14060 and EO 14148. For tests of write,
# swap, lock and limit mechanics, where the volume of data is beside the point: its build (SHACL
# validation included) takes a fraction of a full one.
SMALL_CURATED = [DATA / "curated" / "sources.toml", DATA / "curated" / "people.toml",
                 FIXTURES / "small-store" / "orders.toml"]


def small_graphs(minter: Minter | None = None) -> list:
    from loaders.curated import load_curated

    return load_curated(SMALL_CURATED, minter or Minter(BASE))


@pytest.fixture(scope="session")
def small_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("small") / "store"
    minter = Minter(BASE)
    build(root, small_graphs(minter), minter)
    return root


@pytest.fixture()
def fresh_small_root(small_root: Path, tmp_path: Path) -> Path:
    """A private copy of the small store, for a test that writes to it."""
    return copy_store(small_root, tmp_path / "small-store")


# Every seed plus the two Federal Register fixtures: everything the loaders handle.
SEEDS = sorted((DATA / "seeds").glob("*.txt"))
FR_EXCERPT = FIXTURES / "orders" / "eo-14060-fr-excerpt.txt"
FR_JSON = FIXTURES / "federal-register" / "documents.json"
LOADED_FILES = [*map(str, SEEDS), str(FR_EXCERPT), str(FR_JSON)]


@pytest.fixture(scope="session")
def loaded_root(store_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The curated store plus every seed and both Federal Register fixtures, loaded by the real
    `lexgraph load` (one CLI run for the session, usually started early; tests that write copy it)."""
    _MADE.add("loaded_root")
    job = _PREFETCH.pop("loaded_root", None)
    if job is not None:
        return job.wait()
    root = copy_store(store_root, tmp_path_factory.mktemp("loaded") / "store")
    result = run_cli("load", *LOADED_FILES, store=root)
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture(scope="session")
def loaded_store(loaded_root: Path) -> GraphStore:
    return GraphStore.open(loaded_root)


def data_with(root: Path, extra_toml: str, name: str = "extra") -> Path:
    """A copy of data/ under `root` plus one more curated file."""
    data = root / "data"
    shutil.copytree(DATA, data)
    (data / "curated" / f"{name}.toml").write_text(extra_toml)
    return data


def build_store_with(root: Path, extra_toml: str, name: str = "extra") -> Path:
    """A real store built from a copy of data/ plus one more curated file (for markup tests)."""
    data = data_with(root, extra_toml, name)
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
    """One real uvicorn for the session, for real clients and the browser (read-only store)."""
    server = start_server(store_root, tmp_path_factory.mktemp("server") / "server.log")
    yield server
    stop_server(server)


@pytest.fixture(scope="module")
def browser() -> Iterator:
    """Debian's Chromium, one per browser test file, closed at the file's end: Playwright's sync API
    runs one driver per thread (two alive at once fail), and while one is alive it holds the main
    thread's event loop, so a later test's `asyncio.run()` would fail if it stayed open."""
    from tests.browser import CHROMIUM_ARGS, chromium_path, in_ci

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # a developer machine without the test extra; under CI this is a failure
        if in_ci():
            raise
        pytest.skip("pip install -e '.[test]' for the browser tests (playwright)")
    executable = chromium_path()
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


def wait_for_workers(client: httpx.Client, timeout: float = 60) -> dict:
    """Poll /healthz until every query worker has started; return the last answer."""
    deadline = time.monotonic() + timeout
    while True:
        health = client.get("/healthz").json()
        if health["query_workers_ready"] >= health["query_workers"]:
            return health
        if time.monotonic() > deadline:
            raise RuntimeError(f"query workers did not start within {timeout:g} s: {health}")
        time.sleep(0.05)


@contextmanager
def app_client(store: Path, **settings: object) -> Iterator[TestClient]:
    """The real app over `store`, in-process, with its lifespan (and query worker pool) running."""
    from server.app import create_app
    from server.config import Settings

    app = create_app(Settings(store=store, **settings))  # type: ignore[arg-type]
    with TestClient(app) as client:
        wait_for_workers(client)
        yield client


@pytest.fixture(scope="session")
def client(store_root: Path) -> Iterator[TestClient]:
    """The app over the curated store, in-process, for the session."""
    with app_client(store_root) as c:
        yield c


@pytest.fixture()
def spare_client(store_root: Path) -> Iterator[TestClient]:
    """A private in-process app (one query worker) over the curated store, for a test that may
    leave its query pool unusable (see test_a_406_does_not_keep_the_query_worker)."""
    with app_client(store_root, workers=1) as c:
        yield c


# -- the remote store: a real `oxigraph serve` holding the curated build ----------------------


@pytest.fixture(scope="session")
def oxigraph(store_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    """A real Oxigraph server on 127.0.0.1 with the curated build pushed to it by the code
    `lexgraph --store URL build` pushes with (graph/remote.py): the same build, the same version."""
    from graph.remote import RemoteStore

    base = tmp_path_factory.mktemp("oxigraph")
    server = OxigraphServer(base / "data", base / "oxigraph.log", free_port()).start()
    try:
        local = GraphStore.open(store_root)
        remote = RemoteStore(server.url)
        remote.push(local, local.info)
        remote.close()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def remote_client(oxigraph: OxigraphServer) -> Iterator[TestClient]:
    """The app over the remote store (`--store http://127.0.0.1:PORT`), in-process."""
    with app_client(oxigraph.url) as c:  # type: ignore[arg-type]
        yield c


@pytest.fixture(scope="session", params=["embedded", "remote"])
def any_client(request: pytest.FixtureRequest) -> TestClient:
    """`client` and `remote_client` in turn: a test taking it runs against both stores."""
    return request.getfixturevalue("client" if request.param == "embedded" else "remote_client")


@pytest.fixture(scope="session")
def remote_live_server(oxigraph: OxigraphServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """`lexgraph --store http://127.0.0.1:PORT serve` as a real uvicorn process."""
    server = start_server(oxigraph.url, tmp_path_factory.mktemp("remote-server") / "server.log")  # type: ignore[arg-type]
    yield server
    stop_server(server)


@pytest.fixture(scope="session", params=["embedded", "remote"])
def any_live_server(request: pytest.FixtureRequest) -> LiveServer:
    """`live_server` and `remote_live_server` in turn."""
    return request.getfixturevalue("live_server" if request.param == "embedded" else "remote_live_server")


# A curated file whose labels and quotes hold markup and Rich/HTML look-alikes: every front end
# (HTML pages, the widget, the terminal) must print them as text. One build serves them all.
HOSTILE_TOML = '''
[[organization]]
id = "org/markup-test"
type = "TaskForce"
name = "<b>bold</b> Task Force <img src=x onerror=\\"window.pwned=1\\">"
sources = ["source/fr-2021-27605"]

[[edge]]
subject = "eo/14060"
type = "establishes"
object = "org/markup-test"
section = "3(a)"
quote = "A test <script>window.pwned = 2</script> quote with <i>markup</i>."
source = "source/fr-2021-27605"

[[organization]]
id = "org/markup-page-test"
type = "WorkingGroup"
name = "<script>alert(1)</script><b>Bold</b> Group"
sources = ["source/fr-2021-27605"]

[[organization]]
id = "org/bracket-test"
type = "WorkingGroup"
name = "[bold]Group[/bold] [x]"
sources = ["source/fr-2021-27605"]

[[edge]]
subject = "eo/14060"
type = "establishes"
object = "org/bracket-test"
section = "3(b)"
quote = "A test sentence [FR Doc. 1] with [/] brackets."
source = "source/fr-2021-27605"
'''


@pytest.fixture(scope="session")
def hostile_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real store built from data/ plus HOSTILE_TOML (read-only: copy it to write); usually
    started early by `store_root` as `lexgraph build --data`."""
    _MADE.add("hostile_root")
    job = _PREFETCH.pop("hostile_root", None)
    if job is not None:
        return job.wait()
    return build_store_with(tmp_path_factory.mktemp("hostile"), HOSTILE_TOML, name="hostile")
