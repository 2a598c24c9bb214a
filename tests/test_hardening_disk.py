"""A full disk or an unwritable store is one clear line from the CLI and a 507 (or 503) over HTTP,
and the store that was serving keeps serving.

Two ways, both run here:
- a real small file system: a tmpfs mounted for the test (`mount -t tmpfs -o size=...`, needs
  root; skipped where mounting is not allowed) too small for a build, or for a second one, and
  a read-only tmpfs for "permission denied"-like errors (EROFS). pyoxigraph's RocksDB then
  fails as it would on a real full disk (an OSError with only a message).
- a simulated one: GraphStore.add_quads, the lowest layer lexgraph writes through, patched to
  raise OSError(ENOSPC / EACCES), for the CLI run in process and for a Graph Store write.
"""

from __future__ import annotations

import errno
import json
import shutil
import subprocess
import uuid
from pathlib import Path

import httpx
import pytest

from graph.build import GraphWrite, apply_graph_write, build
from graph.errors import StorageFull, StorageUnavailable, storage_error
from graph.namespaces import DEFAULT_BASE_IRI, Minter
from graph.store import GraphStore
from server import cli
from tests.conftest import DATA, run_cli, start_server, stop_server

pytestmark = pytest.mark.hardening

TOKEN = "hardening-disk-token-0123456789abcdef"
SEED = sorted((DATA / "seeds").glob("*.txt"))[0]


class SmallDisk:
    """A tmpfs of `size` mounted at `path` (read-only if asked), or skip when mounting is not allowed."""

    def __init__(self, path: Path, size: str, read_only: bool = False) -> None:
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        options = f"size={size}" + (",ro" if read_only else "")
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, f"lexgraph-{uuid.uuid4().hex[:8]}", str(path)],
                                 capture_output=True, text=True)
        if mounted.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip()}); the simulated tests still run")

    def unmount(self) -> None:
        if subprocess.run(["umount", str(self.path)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(self.path)], capture_output=True)


def _one_line_error(result: subprocess.CompletedProcess | str) -> str:
    stderr = result if isinstance(result, str) else result.stderr
    # the build's opening "building from ..." line is progress, not part of the error
    lines = [line for line in stderr.splitlines() if line.strip() and not line.startswith("building from ")]
    assert len(lines) == 1 and lines[0].startswith("lexgraph: error: "), stderr
    assert "Traceback" not in stderr
    return lines[0]


# ------------------------------------------------------------------ a real full file system


@pytest.fixture()
def tiny_disk(tmp_path):
    disk = SmallDisk(tmp_path / "disk", "1200k")  # an empty build fits, the curated data does not
    yield disk.path
    disk.unmount()


def test_build_on_a_full_disk_is_one_line_and_leaves_nothing(tiny_disk):
    result = run_cli("build", store=tiny_disk / "store")
    assert result.returncode == 1
    line = _one_line_error(result)
    assert "no space left on the device" in line and str(tiny_disk / "store") in line
    assert not (tiny_disk / "store" / "current").exists()
    assert not list((tiny_disk / "store" / "builds").glob(".tmp-*"))  # the failed build was removed


@pytest.fixture(scope="module")
def full_store(tmp_path_factory):
    """A store of the curated data on a tmpfs with room for it but not for another build."""
    base = tmp_path_factory.mktemp("full")
    disk = SmallDisk(base / "disk", "6m")
    store = disk.path / "store"
    built = run_cli("build", store=store)
    assert built.returncode == 0, built.stderr
    filler = disk.path / "filler"
    free = shutil.disk_usage(disk.path).free
    filler.write_bytes(b"\0" * max(0, free - 1_500_000))  # leave 1.5 MB: a build needs about 3.7 MB
    yield store
    disk.unmount()


def test_load_on_a_full_disk_is_one_line_and_keeps_the_store(full_store):
    before = (full_store / "current").resolve()
    result = run_cli("load", str(SEED), store=full_store)
    assert result.returncode == 1
    assert "no space left on the device" in _one_line_error(result)
    assert (full_store / "current").resolve() == before
    assert not list((full_store / "builds").glob(".tmp-*"))
    query = run_cli("query", "-", "--format", "json", store=full_store, input="ASK { ?s ?p ?o }")
    assert query.returncode == 0 and json.loads(query.stdout)["boolean"] is True


def test_http_write_on_a_full_disk_is_507_and_keeps_the_store(full_store, tmp_path):
    live = start_server(full_store, tmp_path / "server.log", "--update-token", TOKEN)
    try:
        before = httpx.get(live.url + "/healthz").json()["build"]
        response = httpx.put(live.url + "/store", params={"graph": "http://example.org/g"}, timeout=120,
                             content='<http://example.org/a> <http://example.org/b> "c" .',
                             headers={"Content-Type": "text/turtle", "Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 507, response.text
        error = response.json()["error"]
        assert error["code"] == "insufficient_storage" and "no space left" in error["message"]
        update = httpx.post(live.url + "/update", data={"update": "INSERT DATA { <http://e/a> <http://e/b> 1 }"},
                            headers={"Authorization": f"Bearer {TOKEN}"}, timeout=120)
        assert update.status_code == 507, update.text
        assert httpx.get(live.url + "/healthz").json()["build"] == before
        ask = httpx.get(live.url + "/sparql", params={"query": "ASK { ?s ?p ?o }"})
        assert ask.status_code == 200 and ask.json()["boolean"] is True  # reads go on
    finally:
        stop_server(live)


def test_a_read_only_store_is_one_line(tmp_path):
    disk = SmallDisk(tmp_path / "ro", "1m", read_only=True)
    try:
        result = run_cli("build", store=disk.path / "store")
    finally:
        disk.unmount()
    assert result.returncode == 1
    assert "cannot be written" in _one_line_error(result)


# ------------------------------------------------------------------ simulated at the lowest write layer


def _fail_writes(monkeypatch, code: int) -> None:
    def add_quads(self, quads, bulk=False):
        raise OSError(code, f"{errno.errorcode[code]} (simulated by the test)")

    monkeypatch.setattr(GraphStore, "add_quads", add_quads)


@pytest.mark.parametrize("code, words", [(errno.ENOSPC, "no space left on the device"),
                                         (errno.EDQUOT, "no space left on the device"),
                                         (errno.EACCES, "cannot be written"), (errno.EROFS, "cannot be written")])
def test_simulated_build_failure_is_one_line(tmp_path, monkeypatch, capsys, code, words):
    monkeypatch.setenv("LEXGRAPH_CORPUS", "curated")  # the write layer is what fails: the whole corpus adds minutes
    _fail_writes(monkeypatch, code)
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--store", str(tmp_path / "store"), "build", "--data", str(DATA)])
    assert exit_.value.code == 1
    assert words in _one_line_error(capsys.readouterr().err)
    assert not (tmp_path / "store" / "current").exists()


def test_simulated_graph_store_write_failure_keeps_the_store(tmp_path, monkeypatch):
    root = tmp_path / "store"
    build(root, [], Minter(DEFAULT_BASE_IRI))
    before = (root / "current").resolve()
    _fail_writes(monkeypatch, errno.ENOSPC)
    with pytest.raises(StorageFull):
        apply_graph_write(root, GraphWrite("PUT", "http://example.org/g", ()))
    assert (root / "current").resolve() == before
    assert not list((root / "builds").glob(".tmp-*"))


def test_rocksdb_errors_are_read_by_their_message():
    """RocksDB's OSError carries no errno; its message says what happened."""
    full = OSError("IO error: No space left on device: While appending to file: /x/000008.log")
    assert isinstance(storage_error(full, "writing"), StorageFull)
    denied = OSError("IO error: While open a file for appending: /x/LOCK: Permission denied")
    assert isinstance(storage_error(denied, "writing"), StorageUnavailable)
    assert StorageFull.http_status == 507 and StorageUnavailable.http_status == 503
