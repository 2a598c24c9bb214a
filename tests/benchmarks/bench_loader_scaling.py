"""How the text loaders scale with input: time and peak memory per file size (not a test).

Builds order texts of 20 k, 80 k, 320 k and 1 M lines in the commercial layout (the seed EO 13768,
its body repeated inside one long section, with star pagination every 50 lines) and times
`lexgraph extract` on each in a fresh process, printing seconds, lines per second and peak RSS.

    .venv/bin/python tests/benchmarks/bench_loader_scaling.py [LINES ...]
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "seeds" / "002_fc7e494432f32570.txt"
PROBE = """
import resource, sys, time
from pathlib import Path
from loaders.context import load_context
from loaders.registry import extract_file
ctx = load_context()
t = time.perf_counter()
x = extract_file(Path(sys.argv[1]), ctx)
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, len(x.edges))
"""


def make(lines: int, path: Path) -> int:
    text = SEED.read_text()
    head, _, rest = text.partition("Sec. 2.")
    body = [ln for ln in rest.splitlines() if ln.strip() and not re.match(r"^\s*Sec\. \d+\.", ln)]
    out, page = [head + "Sec. 2. Policy."], 9000
    while len(out) < lines:
        for ln in body:
            out.append(ln)
            if len(out) % 50 == 0:
                page += 1
                out.append(f"*{page}")
    path.write_text("\n".join(out[:lines]) + "\n")
    return path.stat().st_size


def main(sizes: list[int]) -> None:
    print("| lines | MB | seconds | lines/s | peak RSS MB | edges |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        for lines in sizes:
            path = Path(tmp) / f"order-{lines}.txt"
            size = make(lines, path)
            started = time.perf_counter()
            result = subprocess.run([sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True,
                                    cwd=ROOT, timeout=900)
            if result.returncode:
                print(f"| {lines} | {size / 1e6:.1f} | failed: {result.stderr.strip().splitlines()[-1]} |")
                continue
            seconds, rss_kb, edges = result.stdout.split()
            seconds = float(seconds)
            print(f"| {lines:,} | {size / 1e6:.1f} | {seconds:.2f} | {lines / seconds:,.0f} | "
                  f"{int(rss_kb) / 1024:.0f} | {edges} |", flush=True)
            del started
    json.dumps({})


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [20_000, 80_000, 320_000, 1_000_000])
