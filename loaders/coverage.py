"""How much of the executive order corpus the shipped sources cover, by year of signing.

    python -m loaders.coverage            # Markdown table: orders known, with text, with disposition
    python -m loaders.coverage --report   # and the disposition parse report (records, relations,
                                          # irregularities by kind)

An order is *known* if any shipped source has an entry for it (a NARA table entry, a Federal
Register export row or API document, or a Markdown text); *with text* if its Markdown file has the
order's text (not '(this executive order was not published)'); *with disposition* if a NARA table
or a Federal Register export lists it; *with relations* if those entries give at least one relation
(revokes, amends, ..., or a See). Its year is that of its signing date, from the first source that
gives one (NARA, Federal Register, Markdown).
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from loaders.disposition import parse_report
from loaders.disposition_model import DispositionRecord, ParseReport
from loaders.markdown_order import parse_markdown_order
from loaders.sources import MARKDOWN_ARCHIVE, SOURCES, fr_files, markdown_orders, nara_files


@dataclass
class OrderCoverage:
    year: int | None = None
    sources: set[str] = field(default_factory=set)  # 'nara', 'fr-csv', 'fr-json', 'text'
    relations: int = 0


@dataclass
class Coverage:
    orders: dict[str, OrderCoverage]
    report: ParseReport
    seconds: dict[str, float]
    named_only: int  # orders named as targets of relations but with no entry of their own

    def by_year(self) -> list[tuple[int | None, dict[str, int]]]:
        rows: dict[int | None, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for order in self.orders.values():
            row = rows[order.year]
            row["known"] += 1
            row["text"] += "text" in order.sources
            row["nara"] += "nara" in order.sources
            row["fr"] += bool(order.sources & {"fr-csv", "fr-json"})
            row["disposition"] += bool(order.sources & {"nara", "fr-csv", "fr-json"})
            row["relations"] += order.relations > 0
        return sorted(rows.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))

    def markdown(self) -> str:
        head = (
            "| year | orders known | with text | in NARA tables | in FR exports | with disposition | with relations |"
        )
        out = [head, "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
        total: dict[str, int] = defaultdict(int)
        cols = ("known", "text", "nara", "fr", "disposition", "relations")
        for year, row in self.by_year():
            out.append(f"| {year or 'unknown'} | " + " | ".join(str(row[c]) for c in cols) + " |")
            for c in cols:
                total[c] += row[c]
        out.append("| **all** | " + " | ".join(f"**{total[c]}**" for c in cols) + " |")
        return "\n".join(out)


def compute(root: Path = SOURCES) -> Coverage:
    seconds: dict[str, float] = {}
    start = time.perf_counter()
    nara_records, report = parse_report(nara_files(root))
    seconds["nara"] = time.perf_counter() - start
    start = time.perf_counter()
    fr_records, fr_report = parse_report(fr_files(root))
    seconds["federal register"] = time.perf_counter() - start
    report.irregularities += fr_report.irregularities
    report.records.update(fr_report.records)
    report.relations.update(fr_report.relations)
    report.lines.update(fr_report.lines)
    orders: dict[str, OrderCoverage] = defaultdict(OrderCoverage)
    targets: set[str] = set()
    for record in nara_records + fr_records:  # NARA first: its signing dates win
        _add(orders[record.eo_number], record)
        targets.update(
            r.target_number for r in record.relations if r.target_kind == "executive_order" and r.target_number
        )
    start = time.perf_counter()
    archive = root / MARKDOWN_ARCHIVE.relative_to(SOURCES)
    for name, text in markdown_orders(archive):
        meta, _body = parse_markdown_order(text, name)
        order = orders[meta["eo_number"]]
        if meta["text_published"]:
            order.sources.add("text")
        if order.year is None and meta["signed"]:
            order.year = meta["signed"].year
    seconds["markdown"] = time.perf_counter() - start
    return Coverage(dict(orders), report, seconds, len(targets - set(orders)))


def _add(order: OrderCoverage, record: DispositionRecord) -> None:
    order.sources.add(record.source)
    order.relations += len(record.relations)
    if order.year is None and record.signed:
        order.year = record.signed.year


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m loaders.coverage", description=__doc__.split("\n")[0])
    parser.add_argument("--report", action="store_true", help="also print the disposition parse report")
    parser.add_argument("--sources", type=Path, default=SOURCES, help="data/sources directory")
    args = parser.parse_args(argv)
    cov = compute(args.sources)
    print(cov.markdown())
    print()
    print(
        f"{len(cov.orders)} orders known; {cov.named_only} more are named only as targets of relations. "
        + "Parsed in "
        + ", ".join(f"{k} {v:.2f} s" for k, v in cov.seconds.items())
        + "."
    )
    if args.report:
        print()
        print(cov.report.summary())


if __name__ == "__main__":
    main()
