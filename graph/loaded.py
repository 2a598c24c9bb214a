"""The source documents `lexgraph load` added, recorded beside the builds so that `lexgraph build`
(which `dev.py serve` runs at every start) reads them again instead of dropping them.

The record is `<store root>/loaded.json`: one entry per loaded graph, with the file's absolute
path, the graph it became, the file's SHA-256 and when it was loaded. `load` writes it (under
the writer lock, after the new build is swapped in); `build` re-reads every file it lists with
the loaders of the day; `unload` removes entries. Written atomically (a temporary file, then
`os.replace`), so a reader never sees half a record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import secrets
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from graph.errors import DataError

MANIFEST = "loaded.json"


@dataclass(frozen=True)
class LoadedSource:
    path: str  # absolute path of the file as it was loaded
    graph: str  # the named graph it became
    sha256: str
    loaded: str  # when (ISO 8601, UTC)

    @classmethod
    def of(cls, path: Path, graph: str) -> LoadedSource:
        now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        return cls(str(path.resolve()), graph, sha256_of(path), now)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read(root: Path) -> list[LoadedSource]:
    """The recorded sources of a store root ([] if nothing was ever loaded)."""
    manifest = root / MANIFEST
    if not manifest.exists():
        return []
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        return [LoadedSource(**entry) for entry in data["sources"]]
    except (ValueError, KeyError, TypeError) as exc:
        raise DataError(manifest, f"not a lexgraph record of loaded sources ({exc}); "
                                  "fix or delete it (`lexgraph load` the files again)") from exc


def write(root: Path, sources: Iterable[LoadedSource]) -> None:
    entries = sorted((asdict(s) for s in sources), key=lambda e: e["graph"])
    tmp = root / f".{MANIFEST}.{secrets.token_hex(4)}"
    try:
        tmp.write_text(json.dumps({"version": 1, "sources": entries}, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, root / MANIFEST)
    finally:
        tmp.unlink(missing_ok=True)


def record(root: Path, added: Iterable[LoadedSource]) -> None:
    """Add sources, each replacing any earlier entry for the same graph."""
    added = list(added)
    graphs = {s.graph for s in added}
    write(root, [s for s in read(root) if s.graph not in graphs] + added)


def forget(root: Path, graphs: Iterable[str]) -> None:
    gone = set(graphs)
    write(root, [s for s in read(root) if s.graph not in gone])
