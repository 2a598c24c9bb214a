"""A real Oxigraph server (`oxigraph serve`, from the `oxigraph` package of the test extra) on
127.0.0.1 and a free port, as the remote store of graph/remote.py. When the binary is missing the
remote-store tests are skipped on a developer machine, but fail under CI (`CI=true`), as the
browser tests do (tests/browser.py)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.browser import in_ci


def oxigraph_path() -> str:
    """The `oxigraph` CLI next to this Python (the venv's), or on PATH; skip (fail under CI) if none."""
    beside = Path(sys.executable).parent / "oxigraph"
    path = str(beside) if beside.exists() else shutil.which("oxigraph")
    if path:
        return path
    message = "the oxigraph CLI is not installed (pip install oxigraph); the remote-store tests need a real server"
    if in_ci():
        pytest.fail(f"CI=true but {message}", pytrace=False)
    pytest.skip(message)


class OxigraphServer:
    """`oxigraph serve --location DIR --bind 127.0.0.1:PORT`, started and waited for."""

    def __init__(self, location: Path, log: Path, port: int, timeout_s: int = 60, *extra: str) -> None:
        self.location, self.log, self.port, self.extra = location, log, port, extra
        self.timeout_s = timeout_s  # the engine's own query timeout: it stops what lexgraph gave up on
        self.url = f"http://127.0.0.1:{port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> OxigraphServer:
        fh = self.log.open("a")
        self.process = subprocess.Popen(
            [oxigraph_path(), "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}",
             "--timeout-s", str(self.timeout_s), *self.extra],
            stdout=fh, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"oxigraph exited with {self.process.returncode}:\n{self.log.read_text()}")
            try:
                if httpx.post(self.url + "/query", data={"query": "ASK {}"}, timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"oxigraph did not start within 30 s:\n{self.log.read_text()}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
