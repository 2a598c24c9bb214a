#!/usr/bin/env python3
"""The two set-up commands, with nothing but Python 3.11+ on the machine.

    python3 dev.py serve   # create/reuse .venv, build the graph if data/ changed, serve it on 127.0.0.1:8000
    python3 dev.py test    # create/reuse .venv, run ruff and the whole pytest suite

Extra arguments after the command go to `lexgraph serve` or to pytest.
This file uses the standard library only: it runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".lexgraph-installed"


def _requirements_digest() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_venv() -> None:
    """Create .venv on first use; reinstall only when pyproject.toml changed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be run by an older python3
        sys.exit(f"lexgraph needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not (BIN / "python").exists():
        print(f"creating virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    digest = _requirements_digest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    print("installing lexgraph and its test dependencies into .venv", flush=True)
    run([str(BIN / "python"), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]"])
    STAMP.write_text(digest)


def run(cmd: list[str]) -> None:
    code = subprocess.call(cmd, cwd=ROOT)
    if code:
        sys.exit(code)


def main(argv: list[str]) -> None:
    if not argv or argv[0] not in {"serve", "test", "build", "setup"}:
        sys.exit(__doc__)
    command, rest = argv[0], argv[1:]
    ensure_venv()
    lexgraph = str(BIN / "lexgraph")
    if command == "setup":
        return
    if command == "build":
        run([lexgraph, "build", *rest])
    elif command == "serve":
        run([lexgraph, "build", "--if-changed"])  # the whole corpus; skipped when data/ is unchanged
        os.execv(lexgraph, [lexgraph, "serve", *rest])
    elif command == "test":
        run([str(BIN / "ruff"), "check", "."])
        run([str(BIN / "python"), "-m", "pytest", *rest])


if __name__ == "__main__":
    main(sys.argv[1:])
