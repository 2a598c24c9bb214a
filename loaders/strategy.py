"""White House strategy documents (like seed 004) -> the strategy, bodies it establishes, objectives.

A strategy has no numbered sections, so its edges carry no pinpoint; its numbered policy
objectives become lex:policyObjective values ("1. Protect Americans ...", first sentence each).
"""

from __future__ import annotations

import re
from pathlib import Path

from graph.namespaces import slug
from loaders.clauses import Block, ClauseReader
from loaders.context import Context
from loaders.model import Extraction, Instrument, normalize
from loaders.textdoc import Cleaner, sentences

_OBJECTIVE = re.compile(r"(?m)^[ \t]*(\d{1,2})\.[ \t]+(.+)$")


def detect(text: str) -> bool:
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    return (
        "Strategy" in first
        and bool(re.search(r"\bpolicy objectives\b", text))
        and bool(_OBJECTIVE.search(text))
    )


def extract_strategy(path: Path, text: str, ctx: Context) -> Extraction:
    title = normalize(next(ln for ln in text.splitlines() if ln.strip()))
    node_id = ctx.curated.instrument_by_title(title) or "strategy/" + slug(title)
    objectives = []
    for m in _OBJECTIVE.finditer(text):
        first, *_ = [m.group(2)[s:e] for s, e in sentences(m.group(2))] or [m.group(2)]
        objectives.append(normalize(first))
    inst = Instrument(id=node_id, kind="Strategy", title=title, objectives=objectives)
    x = Extraction(path=path, layout="strategy", instruments=[inst])
    doc = Cleaner(text).finish()
    reader = ClauseReader(x, inst, doc, ctx)
    first_objective = _OBJECTIVE.search(text)
    block = Block(None, None, 0, first_objective.start() if first_objective else len(text))
    for s, e in sentences(doc.text[block.start : block.end], block.start):
        reader.establishments(block, s, e)
    return x
