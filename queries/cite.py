"""Bluebook-style citations and plain labels for instruments and provisions."""

from __future__ import annotations

import datetime as dt
import re

from queries.nodes import NodeInfo

_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def bluebook_number(n: int | str) -> str:
    """Bluebook groups digits with commas only from five digits up: 8799, 71,793, 14,060."""
    value = int(str(n).replace(",", ""))
    return f"{value:,}" if value >= 10000 else str(value)


def bluebook_date(iso: str) -> str:
    day = dt.date.fromisoformat(iso[:10])
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def bluebook(info: NodeInfo, pin_page: int | None = None) -> str:
    """'Exec. Order No. 14,060, 86 Fed. Reg. 71,793, 71,794 (Dec. 20, 2021)'.

    Bluebook R14.2: a Federal Register cite is dated by the FR issue (the publication date, not
    the signing date) and pinpointed by page. A section pinpoint ("§ 3(a)(i)") is not part of
    the cite; answers carry it separately (see `pinpoint`). Without an FR cite the order is
    dated by its signing.
    """
    if info.type == "ExecutiveOrder" and info.eo_number:
        parts = [f"Exec. Order No. {bluebook_number(info.eo_number)}"]
        m = re.match(r"^(\d+) FR (\d+)$", info.fr_citation or "")
        if m:
            fr = f"{m.group(1)} Fed. Reg. {bluebook_number(m.group(2))}"
            if pin_page and pin_page != int(m.group(2)):
                fr += f", {bluebook_number(pin_page)}"
            parts.append(fr)
        cite = ", ".join(parts)
        date = (info.published or info.date) if m else info.date
        return f"{cite} ({bluebook_date(date)})" if date else cite
    if info.type == "USCodeSection":
        title, _, section = info.label.partition(" U.S.C. ")
        return f"{title} U.S.C. § {section}"
    if info.type in ("ConstitutionalProvision", "Constitution"):
        return info.label
    if info.type == "Strategy" and info.date:
        return f"{info.title or info.label} ({bluebook_date(info.date)})"
    return info.label


def pinpoint(section: str | None) -> str | None:
    """'3(a)(i)' -> '§ 3(a)(i)'; 'preamble' -> 'pmbl.'; kept apart from the cite it pinpoints."""
    if not section:
        return None
    return "pmbl." if section == "preamble" else f"§ {section}"


def parallel_cite(info: NodeInfo) -> str | None:
    """The 3 C.F.R. compilation cite, offered beside the Federal Register cite where known."""
    return info.cfr_citation


def plain_label(info: NodeInfo, pinpoint: str | None = None) -> str:
    """'Executive Order 14060, section 3(a)(i)' — for readers who do not know the Bluebook."""
    label = info.label.replace("EO ", "Executive Order ", 1) if info.type == "ExecutiveOrder" else info.label
    return f"{label}, section {pinpoint}" if pinpoint else label



