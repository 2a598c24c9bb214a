"""Which loader reads which source files under a data directory."""

from __future__ import annotations

from pathlib import Path

from graph.errors import DataError
from graph.namespaces import Minter
from loaders import LoadedGraph
from loaders.curated import load_curated


def load_data_dir(data: Path, minter: Minter) -> list[LoadedGraph]:
    """Every source the build knows how to read, one named graph per file."""
    if not data.is_dir():
        raise DataError(data, "data directory not found")
    curated = sorted((data / "curated").glob("*.toml"))
    if not curated:
        raise DataError(data, "no curated/*.toml files: nothing to build")
    return load_curated(curated, minter)
