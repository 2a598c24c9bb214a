"""Do the disposition tables and the order texts agree? Each relation between two orders is
`confirmed` (in both: the table's note and the order's sentence), `tableOnly` or `textOnly` (kept,
flagged) or `contradicted` (the table says the whole order, the text one section of it, or the
other way round: reported). A relation whose acting order has no text in the corpus cannot be
checked and is left unflagged.

Text extraction is also measured against the tables where both exist: for acting orders that have
a text and appear in a disposition table or export (with an entry of their own, or named in another
order's notes), precision and recall per relation type and per decade (of the acting order's
signing). An act later than a table's snapshot (most of 2025) counts as text only, so precision is
understated there. The tables are the reference, not the truth: the hand-classified
sample in tests/gold/reconcile-50.json says how often each side is wrong.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from loaders.corpus_model import Corpus, Edge

# Relation types compared (a See reference is not an action on an order, so it is not compared).
COMPARED = ("revokes", "revokes_in_part", "supersedes", "supersedes_in_part", "amends", "suspends",
            "reinstates", "rescinds", "continues")
# What an action on one section says of the whole order.
ON_PART = {"revokes": "revokes_in_part", "supersedes": "supersedes_in_part", "rescinds": "revokes_in_part"}
FAMILY = {"revokes": "revoke", "revokes_in_part": "revoke", "rescinds": "revoke", "supersedes": "supersede",
          "supersedes_in_part": "supersede", "amends": "amend", "suspends": "suspend", "reinstates": "reinstate",
          "continues": "continue"}


@dataclass
class Side:
    """What one side (tables or texts) says about one ordered pair of orders."""

    types: dict[str, Edge] = field(default_factory=dict)  # normalised type -> edge
    sections: dict[str, list[str]] = field(default_factory=dict)  # normalised type -> sections acted on


@dataclass
class Reconciliation:
    counts: Counter[str] = field(default_factory=Counter)
    disagreements: list[dict] = field(default_factory=list)
    by_type: dict[str, dict[str, int]] = field(default_factory=dict)
    by_decade: dict[str, dict[str, int]] = field(default_factory=dict)
    by_type_decade: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "counts": dict(self.counts),
            "precision_recall": {
                "by_type": {k: _pr(v) for k, v in sorted(self.by_type.items())},
                "by_decade": {k: _pr(v) for k, v in sorted(self.by_decade.items())},
                "by_type_decade": {t: {d: _pr(v) for d, v in sorted(ds.items())}
                                   for t, ds in sorted(self.by_type_decade.items())},
            },
            "disagreements": self.disagreements,
        }


def _pr(c: dict[str, int]) -> dict:
    p = c["text_matched"] / c["text"] if c.get("text") else None
    r = c["table_matched"] / c["table"] if c.get("table") else None
    return {**c, "precision": round(p, 3) if p is not None else None, "recall": round(r, 3) if r is not None else None}


def _order(node_id: str) -> str | None:
    top = node_id.split("/sec/")[0]
    return top if top.startswith("eo/") else None


def _normalise(edge: Edge) -> tuple[str, str, str, str | None] | None:
    """(A, type on the whole order, B, section or None) for an edge between two orders."""
    a, b = _order(edge.subject), _order(edge.object)
    if a is None or b is None or a != edge.subject or edge.type not in COMPARED:
        return None
    if "/sec/" in edge.object:
        section = edge.object.split("/sec/", 1)[1].replace("/", ".")
        return a, ON_PART.get(edge.type, edge.type), b, section
    return a, edge.type, b, None


def reconcile(corpus: Corpus, tabled: set[str]) -> Reconciliation:
    """Flag every compared edge and measure extraction. `tabled`: orders with a disposition entry."""
    result = Reconciliation()
    table: dict[tuple[str, str], Side] = defaultdict(Side)
    text: dict[tuple[str, str], Side] = defaultdict(Side)
    for edge in corpus.edges.values():
        norm = _normalise(edge)
        if norm is None:
            continue
        a, kind, b, section = norm
        if edge.table:
            table[(a, b)].types.setdefault(kind, edge)
        if edge.text:
            side = text[(a, b)]
            side.types.setdefault(kind, edge)
            if section:
                side.sections.setdefault(kind, []).append(section)
    with_text = {n.id for n in corpus.nodes.values() if n.text}
    for pair in sorted(set(table) | set(text)):
        a, b = pair
        t_side, x_side = table.get(pair, Side()), text.get(pair, Side())
        checkable = a in with_text and a in tabled
        decade = _decade(corpus, a)
        for kind, edge in t_side.types.items():
            if a not in with_text:
                result.counts["table only, acting order has no text (not checked)"] += 1
                continue
            if kind in x_side.types:
                _flag(edge, "confirmed")
                _flag(x_side.types[kind], "confirmed")
                result.counts["confirmed"] += 1
                outcome = "confirmed"
            elif any(FAMILY[k] == FAMILY[kind] for k in x_side.types):
                other = next(k for k in x_side.types if FAMILY[k] == FAMILY[kind])
                _flag(edge, "contradicted")
                _flag(x_side.types[other], "contradicted")
                result.counts["contradicted"] += 1
                outcome = "contradicted"
                result.disagreements.append(_record(corpus, "contradiction", a, b, kind, edge, other,
                                                    x_side.types[other], decade))
            else:
                _flag(edge, "tableOnly")
                result.counts["table only"] += 1
                outcome = "table only"
                other = next(iter(x_side.types), None)
                result.disagreements.append(_record(corpus, "type differs" if other else "table only", a, b, kind,
                                                    edge, other, x_side.types.get(other) if other else None, decade))
            if checkable:
                _tally(result, kind, decade, "table", outcome == "confirmed")
        for kind, edge in x_side.types.items():
            if kind in t_side.types:
                if checkable:
                    _tally(result, kind, decade, "text", True)
                continue
            if edge.reconciliation is None:
                same_family = any(FAMILY[k] == FAMILY[kind] for k in t_side.types)
                _flag(edge, "contradicted" if same_family else "textOnly")
                if not same_family:
                    result.counts["text only"] += 1
                    if checkable and not t_side.types:
                        result.disagreements.append(_record(corpus, "text only", a, b, None, None, kind, edge, decade))
            if checkable:
                _tally(result, kind, decade, "text", False)
    for key in ("by_type", "by_decade"):
        for row in getattr(result, key).values():
            for col in ("table", "table_matched", "text", "text_matched"):
                row.setdefault(col, 0)
    return result


def _flag(edge: Edge, value: str) -> None:
    if edge.reconciliation in (None, "tableOnly", "textOnly") or value == "contradicted":
        edge.reconciliation = value


def _decade(corpus: Corpus, order: str) -> str:
    node = corpus.nodes.get(order)
    signed = node.value("signed") if node else None
    return f"{signed.year // 10 * 10}s" if signed else "unknown"


def _tally(result: Reconciliation, kind: str, decade: str, side: str, matched: bool) -> None:
    rows = (result.by_type.setdefault(kind, Counter()), result.by_decade.setdefault(decade, Counter()),
            result.by_type.setdefault("all types", Counter()),
            result.by_type_decade.setdefault(kind, {}).setdefault(decade, Counter()))
    for row in rows:
        row[side] += 1
        if matched:
            row[f"{side}_matched"] += 1


def _record(corpus: Corpus, kind: str, a: str, b: str, table_type: str | None, table_edge: Edge | None,
            text_type: str | None, text_edge: Edge | None, decade: str) -> dict:
    def label(node_id: str) -> str:
        node = corpus.nodes.get(node_id)
        return node.label if node else node_id

    return {
        "kind": kind,
        "subject": a,
        "object": b,
        "label": f"{label(a)} -> {label(b)}",
        "decade": decade,
        "table_type": table_type,
        "table_notes": [
            {"file": e.file, "line": e.line, "quote": e.quote} for e in (table_edge.table if table_edge else [])
        ],
        "text_type": text_type,
        "text": [
            {"file": e.file, "section": e.section, "quote": e.quote} for e in (text_edge.text if text_edge else [])
        ],
    }
