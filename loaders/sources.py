"""Where the shipped raw sources are (data/sources/, described in data/sources/MANIFEST.toml)."""

from __future__ import annotations

import tarfile
import tomllib
from collections.abc import Iterator
from pathlib import Path

from graph.errors import DataError

SOURCES = Path(__file__).resolve().parent.parent / "data" / "sources"
MANIFEST = SOURCES / "MANIFEST.toml"
MARKDOWN_ARCHIVE = SOURCES / "eo-markdown" / "Presidential_Executive_Orders.tar.xz"


def read_manifest(root: Path = SOURCES) -> dict:
    """root/MANIFEST.toml as a dict ({} for a root without one, such as a fixture corpus); a
    syntax error is a DataError naming the file."""
    path = root / "MANIFEST.toml"
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise DataError(path, f"TOML syntax error: {exc}") from exc


def nara_files(root: Path = SOURCES) -> list[Path]:
    """The NARA disposition tables in year order: YEAR.txt (1937-1993), then archive/YEAR.txt."""
    base = root / "nara-disposition"
    return sorted(base.glob("*.txt")) + sorted((base / "archive").glob("*.txt"))


def fr_files(root: Path = SOURCES) -> list[Path]:
    """The Federal Register exports: the full CSV export, the 2025 sample, the API JSON files."""
    return (
        sorted((root / "fr-export").glob("*.csv"))
        + sorted((root / "fr-sample").glob("*.csv"))
        + sorted((root / "fr-api-json").glob("*.json"))
        + sorted((root / "fr-api-json" / "fr").glob("*.json"))
    )


def markdown_texts(root: Path = SOURCES) -> Iterator[tuple[str, str]]:
    """(name, text) of every Markdown order under root/eo-markdown/: the members of its .tar.xz
    archives, then loose .md files (a fixture corpus may ship a few files unpacked)."""
    base = root / "eo-markdown"
    for archive in sorted(base.glob("*.tar.xz")):
        yield from markdown_orders(archive)
    for path in sorted(base.rglob("*.md")):
        yield path.relative_to(base).as_posix(), path.read_text(encoding="utf-8")


def markdown_orders(archive: Path = MARKDOWN_ARCHIVE) -> Iterator[tuple[str, str]]:
    """(path inside the archive, text) of every Markdown order file, in archive order."""
    with tarfile.open(archive, "r:xz") as tar:
        for member in tar:
            if member.isfile() and member.name.endswith(".md"):
                handle = tar.extractfile(member)
                assert handle is not None
                yield member.name, handle.read().decode("utf-8")
