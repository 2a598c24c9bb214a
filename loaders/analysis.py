"""Third-party analysis pages about an order (like seed 001) -> commentary nodes ABOUT the order.

The page's status line ("Revoked by Donald Trump on January 20, 2025"), summary, overview and
analysis sections become lex:Commentary nodes (schema:about the order, schema:text, an audience).
They are claims by a secondary source: nothing here becomes an edge of the order. A status the
curated data does not bear out is reported as a build warning.
"""

from __future__ import annotations

import re
from pathlib import Path

from graph.errors import DataError
from graph.namespaces import slug
from loaders.context import Context
from loaders.model import DATE_RE, Commentary, Extraction, normalize, parse_date

_STATUS = re.compile(
    rf"(?m)^[ \t]*(Revoked|Rescinded|Amended|Superseded) by (.+?) on ({DATE_RE.pattern})[ \t]*$"
)
_ORDERED = re.compile(rf"(?m)^[ \t]*(?:Ordered|Signed|Issued) by (.+?) on ({DATE_RE.pattern})[ \t]*$")
_HEADING = re.compile(r"(?m)^[ \t]*([A-Z][A-Za-z ,'&-]{2,60}[A-Za-z])[ \t]*\n")
AUDIENCE_NOTE = re.compile(r"general interest, journalist, policymaker, agency staff, interest groups", re.I)


def detect(text: str) -> bool:
    head = text[:2000]
    return bool((_STATUS.search(head) or _ORDERED.search(head)) and re.search(r"(?m)^\s*Summary\s*$", head))


def _about(text: str, ctx: Context, path: Path) -> tuple[str, int]:
    ordered = _ORDERED.search(text)
    if ordered:
        title_lines = [ln.strip() for ln in text[: ordered.start()].splitlines() if ln.strip()]
        for line in reversed(title_lines):
            found = ctx.curated.instrument_by_title(line)
            if found:
                return found, ordered.start()
    m = re.search(r"\bExecutive Order (\d{4,5})\b", text)
    if m:
        return f"eo/{int(m.group(1))}", 0
    raise DataError(
        path, "analysis page: cannot tell which instrument it is about (no known title or EO number)"
    )


def extract_analysis(path: Path, text: str, ctx: Context) -> Extraction:
    x = Extraction(path=path, layout="analysis")
    about, _ = _about(text, ctx, path)
    status = _STATUS.search(text)
    ordered = _ORDERED.search(text)
    head_end = max(m.end() for m in (status, ordered) if m) if (status or ordered) else 0
    if status:
        date = parse_date(status.group(3))
        kind = status.group(1).lower()
        lines = [normalize(status.group(0))] + ([normalize(ordered.group(0))] if ordered else [])
        x.commentary.append(
            Commentary(
                about,
                "status",
                "Status",
                " ".join(lines),
                "general",
                status.start(),
                head_end,
                status=kind,
                status_date=date,
            )
        )
        revokers = [s for s, t, o in ctx.curated.edges if t == "revokes" and o == about]
        if kind in ("revoked", "rescinded"):
            dated = [r for r in revokers if ctx.curated.signed(r) == date]
            if not dated:
                x.warnings.append(
                    f"{path.name}: commentary reports {about} {kind} on {date}, but no curated revocation of "
                    f"{about} on that date is known; recorded as commentary only"
                )
    if ordered:
        signed, known = parse_date(ordered.group(2)), ctx.curated.signed(about)
        if known and signed != known:
            x.warnings.append(
                f"{path.name}: commentary dates {about} {signed}, curated says {known}; kept curated"
            )
    headings = [
        m
        for m in _HEADING.finditer(text, head_end)
        if not m.group(1).rstrip().endswith(".")
        and len(m.group(1).split()) <= 6
        and text[m.end() :].lstrip()[:1].isupper()
    ]
    for i, h in enumerate(headings):
        end = headings[i + 1].start() if i + 1 < len(headings) else len(text)
        body = normalize(text[h.end() : end])
        if not body:
            continue
        key = slug(h.group(1))
        x.commentary.append(Commentary(about, key, h.group(1).strip(), body, "general", h.start(), end))
    if not x.commentary:
        raise DataError(path, "analysis page: no status line and no sections found")
    return x
