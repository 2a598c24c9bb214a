"""Reading a TOML source file: one place that turns every failure into a DataError with a line."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from graph.errors import DataError


def read_toml(path: Path) -> tuple[dict[str, Any], str]:
    """(document, text) of a UTF-8 TOML file, or a DataError naming the file and line."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise DataError(path, f"cannot read: {exc.strerror}") from exc
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line = int(m.group(1)) if m else None
        raise DataError(path, f"TOML syntax error: {str(exc).split(' (at line')[0]}", line) from exc
