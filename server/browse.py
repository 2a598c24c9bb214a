"""The HTML index of executive orders, `/id/eo/`: Presidents and years, then a President's or a
year's orders with their status today (or `?on=`) and the count of each status. The same answer as
`/api/orders` and `lexgraph orders`, rendered by server/templates/orders.html."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from queries import answers
from queries.orders import order_table
from server.deps import StoreDep
from server.errors import responses
from server.pages import render

router = APIRouter(tags=["linked data"], responses=responses(400, 422, 503))


@router.get("/id/eo/", operation_id="orders_index", summary="Index of executive orders", response_class=HTMLResponse)
def orders_index(
    request: Request,
    store: StoreDep,
    president: Annotated[str | None, Query(description='a President: "Obama", "barack-obama"')] = None,
    year: Annotated[int | None, Query(ge=1789, le=2100)] = None,
    on: Annotated[dt.date | None, Query(description="status on this date (default today)")] = None,
) -> HTMLResponse:
    base = store.base_iri
    if president is None and year is None:
        table = order_table(store)
        by_president: dict[str, Counter[str]] = {}
        names: dict[str, str] = {}
        for row in table.rows:
            key = row.president or ""
            names[key] = row.president_name or "President not recorded"
            by_president.setdefault(key, Counter())[row.signed[:4] if row.signed else "undated"] += 1
        groups = [
            {"president": names[key], "slug": key.rsplit("/", 1)[-1] if key else "", "total": sum(years.values()),
             "years": sorted(years.items())}
            for key, years in by_president.items()
        ]
        return HTMLResponse(render("orders.html", title="Executive orders", turtle="/dumps/lexgraph.ttl",
                                   groups=groups, answer=None, total=len(table.rows)))
    answer = answers.orders_answer(store, president=president, year=year, on=on)
    for row in answer["orders"]:
        row["href"] = "/id/" + row["id"][len(base):] if row["id"].startswith(base) else row["id"]
    title = "Executive orders" + (f" of {answer['president_label']}" if answer.get("president_label") else "") + (
        f", {year}" if year else "")
    return HTMLResponse(render("orders.html", title=title, turtle="/dumps/lexgraph.ttl", groups=None,
                               answer=answer, total=answer["total"]))
