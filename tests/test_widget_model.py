"""The widget's pure logic, server/static/widget/lineage-model.js, tested directly.

The cases live in tests/js/lineage-model-cases.mjs and run twice: here under Node's built-in test
runner (skipped when `node` is not installed, as on a clean CI machine), and in Chromium by
tests/test_widget.py, which imports the module as the live server serves it. Both runs use a time
zone other than UTC, so date handling that leans on the UTC clock shows up.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from graph.edge_types import EDGE_TYPES

JS = Path(__file__).resolve().parent / "js"
CASES = JS / "lineage-model-cases.mjs"
NODE = shutil.which("node")


def case_names() -> list[str]:
    return re.findall(r'^  "(.+?)": \(m, t(?:, T)?\) =>', CASES.read_text(encoding="utf-8"), re.M)


def test_the_cases_are_found():
    names = case_names()
    assert len(names) >= 20 and len(set(names)) == len(names)


@pytest.mark.skipif(NODE is None, reason="node is not installed; tests/test_widget.py runs the same cases in Chromium")
def test_lineage_model_under_node(tmp_path):
    table = tmp_path / "edge-types.json"  # what GET /api/edge-types answers, from the one table
    table.write_text(json.dumps({"edge_types": [t.as_dict() for t in EDGE_TYPES]}))
    result = subprocess.run(
        [NODE, "--test", "--test-reporter=tap", str(JS / "lineage-model.test.mjs")],
        capture_output=True, text=True, timeout=120, cwd=JS,
        env={**os.environ, "TZ": "America/Los_Angeles", "EDGE_TYPES_JSON": str(table)},
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    passed = re.findall(r"^ok \d+ - (.+)$", result.stdout, re.M)
    assert sorted(passed) == sorted(case_names()), result.stdout[-4000:]
