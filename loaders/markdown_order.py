"""The Markdown layout of the full-text corpus (data/sources/eo-markdown/, one file per order):
header metadata and body text.

    # Executive Order 10491—Amendment of Executive Order No. 10450 ...     (or 'N: Title', 'N-A Title')
    ## Summary
    **Signed:** October 13, 1953            (American Presidency Project and Clinton files)
    **Published:** October 13, 1953
    **Date:** January 21, 2009              (federalregister.gov files, 2001-2025)
    **Document Details:**
    - Document Number: E9-1712              ('None' when there is none)
    - Executive Order Number: 13489
    - Citation: 74 FR 4669                  ('None', 'N/A')
    ## Sources
    - [Federal Register](https://www.federalregister.gov/documents/...)   ('[XML Source](None)')
    ---
    ## Executive Order 13489
    <the order>
    ---
    *Filed by the Office of the Federal Register on January 21, 2009*

Tolerant: keys in any order, missing sections, CRLF, a byte-order mark, 'None'/'N/A' values, and
dates written 'October 03, 1933', 'October 3, 1933' or '1933-10-03'. What it cannot use (no title
line, no order number, no separator, no text) is a `DataError` naming the file and line.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import PurePosixPath

from graph.errors import DataError
from loaders.disposition_model import FRCitation
from loaders.disposition_targets import find_date

_TITLE = re.compile(r"^#\s+Executive Order\s+(?P<number>\d+(?:-[A-Z])?)\b\s*(?:—|–|:|-)?\s*(?P<title>.*?)\s*$")
_FIELD = re.compile(r"^\*\*(?P<key>[^*]+?):\*\*\s*(?P<value>.*?)\s*$")
_DETAIL = re.compile(r"^-\s+(?P<key>[A-Za-z ]+?):\s*(?P<value>.*?)\s*$")
_SOURCE = re.compile(r"^-\s+\[(?P<label>[^\]]+)\]\((?P<url>[^)]*)\)\s*$")
_SEPARATOR = re.compile(r"^-{3,}\s*$")
_FR_CITE = re.compile(r"^(?P<volume>\d{1,3})\s+FR\s+(?P<page>\d{1,6})$")
_NONE = {"", "none", "n/a", "null"}
_UNPUBLISHED = re.compile(r"^\(this executive order was not published\)$", re.I)
_FR_BOILERPLATE = "This site displays a prototype of a"


def parse_markdown_order(text: str, path: str | PurePosixPath) -> tuple[dict, str]:
    """One Markdown order file -> (header metadata, body text).

    Metadata keys: eo_number ('10491', '6889-A'), title, signed, published (dates or None;
    published_from says whether the issue date is the header's or read from the federalregister.gov
    URL, /documents/2009/01/26/...),
    citation (FRCitation or None), document_number, sources ([{label, url}], url None when the
    file says None), layout ('american-presidency-project' or 'federalregister'), president (slug
    from the path, when filed under Presidential_Executive_Orders/<president>/), text_published
    (False for '(this executive order was not published)'), body_line (where the body starts),
    filed (the closing '*Filed by ...*' line, the scraper's, not the Federal Register's), warnings
    (what was odd but usable)."""
    path = str(path)
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    meta: dict = {"warnings": [], "sources": [], "president": _president(path)}
    title_at = next((i for i, line in enumerate(lines) if line.strip()), None)
    if title_at is None:
        raise DataError(path, "empty file: no order header")
    m = _TITLE.match(lines[title_at].strip())
    if not m:
        first = lines[title_at]
        raise DataError(path, f"not an order file: first line is not '# Executive Order N': {first!r}", title_at + 1)
    meta["eo_number"], meta["title"] = m.group("number"), m.group("title") or None
    separator = next((i for i in range(title_at + 1, len(lines)) if _SEPARATOR.match(lines[i])), None)
    if separator is None:
        raise DataError(path, "no '---' line after the header: cannot tell header from text", title_at + 1)
    fields: dict[str, tuple[str, int]] = {}
    for i in range(title_at + 1, separator):
        line = lines[i].strip()
        hit = _FIELD.match(line) or _DETAIL.match(line)
        source = _SOURCE.match(line)
        if source:
            url = source.group("url").strip()
            meta["sources"].append({"label": source.group("label"), "url": None if url.lower() in _NONE else url})
        elif hit and hit.group("value"):
            fields[hit.group("key").strip().lower()] = (hit.group("value"), i + 1)
    _number(meta, fields, path)
    meta["signed"] = _date(meta, fields, ("signed", "date", "signing date"), path)
    meta["published"] = _date(meta, fields, ("published", "publication date"), path)
    meta["citation"] = _citation(meta, fields)
    document = fields.get("document number", ("", 0))[0]
    meta["document_number"] = None if document.lower() in _NONE else document
    urls = " ".join(s["url"] or "" for s in meta["sources"])
    meta["layout"] = "american-presidency-project" if "presidency.ucsb.edu" in urls else "federalregister"
    if meta["layout"] == "american-presidency-project" and meta["published"] == meta["signed"]:
        meta["published"] = None
        meta["warnings"].append("'Published' repeats the signing date (American Presidency Project page): not used")
    meta["published_from"] = "header" if meta["published"] else None
    issue = re.search(r"federalregister\.gov/documents/(\d{4})/(\d{2})/(\d{2})/", urls)
    if meta["published"] is None and issue:
        meta["published"] = dt.date(*map(int, issue.groups()))
        meta["published_from"] = "federalregister.gov URL"
    body, body_line = _body(lines, separator, meta)
    if not body.strip():
        raise DataError(path, "no order text after the header", separator + 1)
    meta["body_line"] = body_line
    meta["text_published"] = not _UNPUBLISHED.match(body.strip())
    if _FR_BOILERPLATE in body[:2000]:
        meta["warnings"].append("body starts with federalregister.gov page boilerplate ('Legal Status ...')")
    return meta, body


def _number(meta: dict, fields: dict[str, tuple[str, int]], path: str) -> None:
    """The title's number wins; the Details number may drop a letter suffix ('6889' for 6889-A)."""
    value, line = fields.get("executive order number", ("", 0))
    if value.lower() in _NONE:
        meta["warnings"].append("no Executive Order Number in the details; the title's is used")
        return
    if not re.fullmatch(r"\d+(?:-[A-Z])?", value):
        raise DataError(path, f"Executive Order Number {value!r} is not a number", line)
    if value != meta["eo_number"] and value != meta["eo_number"].split("-")[0]:
        meta["warnings"].append(f"title says EO {meta['eo_number']}, details say {value}: the title's is used")


def _date(meta: dict, fields: dict[str, tuple[str, int]], keys: tuple[str, ...], path: str) -> dt.date | None:
    for key in keys:
        if key in fields:
            value, line = fields[key]
            if value.lower() in _NONE:
                return None
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                try:
                    return dt.date.fromisoformat(value)
                except ValueError:
                    pass
            hit = find_date(value)
            if hit and hit.date:
                return hit.date
            meta["warnings"].append(f"{path}:{line}: {key} {value!r} is not a date")
            return None
    return None


def _citation(meta: dict, fields: dict[str, tuple[str, int]]) -> FRCitation | None:
    value = fields.get("citation", ("", 0))[0]
    if value.lower() in _NONE:
        return None
    m = _FR_CITE.match(value)
    if not m:
        meta["warnings"].append(f"citation {value!r} is not like '74 FR 4669'")
        return None
    return FRCitation(int(m.group("volume")), int(m.group("page")))


def _body(lines: list[str], separator: int, meta: dict) -> tuple[str, int]:
    """The text between the header's '---' and the closing '---' + '*Filed by ...*', without the
    repeated '## Executive Order N' heading."""
    start = separator + 1
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start < len(lines) and re.match(r"^##\s+Executive Order\s+\S+\s*$", lines[start].strip()):
        start += 1
        while start < len(lines) and not lines[start].strip():
            start += 1
    end = len(lines)
    closing = [i for i in range(start, len(lines)) if _SEPARATOR.match(lines[i])]
    if closing and all(not line.strip() or line.strip().startswith("*") for line in lines[closing[-1] + 1 :]):
        end = closing[-1]
        footer = " ".join(line.strip(" *") for line in lines[end + 1 :] if line.strip())
        if footer:
            meta["filed"] = footer
    return "\n".join(lines[start:end]).strip("\n"), start + 1


def _president(path: str) -> str | None:
    parts = PurePosixPath(path.replace("\\", "/")).parts
    if "Presidential_Executive_Orders" in parts:
        i = parts.index("Presidential_Executive_Orders")
        if i + 1 < len(parts) - 1:
            return parts[i + 1]
    return None
