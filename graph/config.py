"""Where things live by default; each can be overridden by a flag or an environment variable."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def store_root(explicit: str | os.PathLike | None = None) -> Path:
    """--store, else LEXGRAPH_STORE, else ./var/store."""
    return Path(explicit or os.environ.get("LEXGRAPH_STORE") or "var/store")


def data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """--data, else LEXGRAPH_DATA, else the project's data/ folder."""
    return Path(explicit or os.environ.get("LEXGRAPH_DATA") or PROJECT_ROOT / "data")
