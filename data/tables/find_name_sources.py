"""Write data/curated/historical.toml: offices (and organisations) the orders name that the gazetteer lacked (most of
them offices of earlier governments: the Secretary of War, the Director of the Bureau of the Budget, ...),
each with the first order in the corpus whose text names it in exactly these words as its source; the
sources it needs are written between markers at the end of data/curated/sources.toml.

    python data/tables/find_name_sources.py

Reads the corpus archive in data/sources/eo-markdown (austinsonger/executive-orders). The source of an
order with a Federal Register document number is its federalregister.gov page; of an older one, the
American Presidency Project page the archive's copy was made from. Run by hand; names only: no fact
about who holds or heads what is asserted (those are edges of the orders that state them).
"""

from __future__ import annotations

import json
import re
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from graph.namespaces import slug  # noqa: E402 - the one id slug the loaders mint with

ARCHIVE = ROOT / "data" / "sources" / "eo-markdown" / "Presidential_Executive_Orders.tar.xz"
_NOTE = ('note = "Names of offices and organisations read in the copy of this order in data/sources/eo-markdown '
         '(austinsonger/executive-orders); see data/tables/find_name_sources.py."')
_MARK = "# Orders whose text names the offices of historical.toml (data/tables/find_name_sources.py)."

# (name as the orders write it, other names of the same office the orders use)
OFFICES: list[tuple[str, list[str]]] = [
    ("Director of the Bureau of the Budget", []),
    ("Secretary of Health, Education, and Welfare", []),
    ("Director of Central Intelligence", []),
    ("Administrator of Veterans' Affairs", []),
    ("Secretary of the Navy", []),
    ("Secretary of War", []),
    ("Secretary of the Army", []),
    ("Secretary of the Air Force", []),
    ("Director of Selective Service", []),
    ("Director of the National Institute of Standards and Technology", []),
    ("Director of the Cybersecurity and Infrastructure Security Agency", []),
    ("Director of the Information Security Oversight Office", []),
    ("Postmaster General", []),
    ("Director of the Office of Defense Mobilization", ["Director of Defense Mobilization"]),
    ("Director of War Mobilization and Reconversion", []),
    ("Director of the Federal Mediation and Conciliation Service", []),
    ("Chairman of the Civil Service Commission", ["Chairman of the United States Civil Service Commission"]),
    ("Director of the United States Information Agency", []),
    ("Director of the Office of Economic Opportunity", []),
    ("Chairman of the Atomic Energy Commission", []),
    ("Special Representative for Trade Negotiations", []),
    ("Commissioner of Internal Revenue", []),
    ("Director of the Office of Emergency Planning", []),
    ("Director of the Office of Emergency Preparedness", []),
    ("Director of the Federal Emergency Management Agency", []),
    ("Director of the United States Arms Control and Disarmament Agency", []),
    ("Administrator of the Agency for International Development", []),
    ("Chairman of the Nuclear Regulatory Commission", []),
]

# (name as the orders write it, node type of graph/node_types.py, other names)
ORGANIZATIONS: list[tuple[str, str, list[str]]] = [
    ("Civil Service Commission", "Commission", ["United States Civil Service Commission"]),
    ("Bureau of the Budget", "Agency", []),
    ("Tariff Commission", "Commission", ["United States Tariff Commission"]),
    ("Selective Service System", "Agency", []),
    ("Information Security Oversight Office", "ExecutiveOffice", []),
    ("Water Resources Council", "Council", []),
    ("Federal Power Commission", "Commission", []),
    ("Atomic Energy Commission", "Commission", []),
    ("War Department", "Department", []),
    ("Navy Department", "Department", ["Department of the Navy"]),
    ("Department of the Army", "Department", []),
    ("Department of the Air Force", "Department", []),
    ("Department of Health, Education, and Welfare", "Department", []),
    ("Veterans Administration", "Agency", []),
    ("Office of Defense Mobilization", "ExecutiveOffice", []),
    ("United States Information Agency", "Agency", []),
    ("Office of Economic Opportunity", "ExecutiveOffice", []),
    ("Post Office Department", "Department", []),
    ("Federal Mediation and Conciliation Service", "Agency", []),
    ("Office of Government Ethics", "Agency", []),
    ("Election Assistance Commission", "Commission", []),
    # session 7: organisations named in ten or more orders of the corpus that the gazetteer lacked
    ("National Mediation Board", "Board", []),
    ("Public Health Service", "Agency", []),
    ("Tennessee Valley Authority", "Agency", []),
    ("National Recovery Administration", "Agency", []),
    ("Government Accountability Office", "Agency", []),
    ("General Accounting Office", "Agency", []),
    ("Interstate Commerce Commission", "Commission", []),
    ("United States Postal Service", "Agency", []),
    ("Federal Security Agency", "Agency", []),
    ("Reconstruction Finance Corporation", "Agency", []),
    ("National Oceanic and Atmospheric Administration", "Agency", []),
    ("National Labor Relations Board", "Board", []),
    ("Civil Aeronautics Board", "Board", []),
    ("Commodity Credit Corporation", "Agency", []),
    ("War Manpower Commission", "Commission", []),
    ("Forest Service", "Agency", []),
    ("National Park Service", "Agency", []),
    ("Office of Defense Transportation", "ExecutiveOffice", []),
    ("Office of Civil and Defense Mobilization", "ExecutiveOffice", []),
    ("Federal Aviation Agency", "Agency", []),
    ("Federal Aviation Administration", "Agency", []),
    ("Internal Revenue Service", "Agency", []),
    ("Bureau of Internal Revenue", "Agency", []),
    ("Federal Civil Defense Administration", "Agency", []),
    ("President's Foreign Intelligence Advisory Board", "Board", []),
    ("Corporation for National and Community Service", "Agency", []),
    ("Office of Federal Procurement Policy", "ExecutiveOffice", []),
    ("Government Printing Office", "Agency", []),
    ("Veterans Health Administration", "Agency", []),
    ("Office of Emergency Planning", "ExecutiveOffice", []),
    ("Office of Emergency Preparedness", "ExecutiveOffice", []),
    ("National Science and Technology Council", "Council", []),
    ("Consumer Product Safety Commission", "Commission", []),
    ("Federal Energy Administration", "Agency", []),
    ("Office of Special Counsel", "Agency", []),
    ("Export-Import Bank of the United States", "Agency", []),
    ("United States Maritime Commission", "Commission", []),
    ("War Production Board", "Board", []),
    ("Office of Price Administration", "Agency", []),
    ("Federal Works Agency", "Agency", []),
    ("National Housing Agency", "Agency", []),
    ("Bureau of Land Management", "Agency", []),
    ("Fish and Wildlife Service", "Agency", []),
    ("Bureau of Reclamation", "Agency", []),
    ("Panama Canal Company", "Agency", []),
    ("Smithsonian Institution", "Agency", []),
    ("Library of Congress", "Agency", []),
    ("National Security Agency", "Agency", []),
    ("Defense Intelligence Agency", "Agency", []),
    ("Drug Enforcement Administration", "Agency", []),
    ("Immigration and Naturalization Service", "Agency", []),
    ("Federal Deposit Insurance Corporation", "Agency", []),
    ("Federal Home Loan Bank Board", "Board", []),
    ("Farm Credit Administration", "Agency", []),
    ("Rural Electrification Administration", "Agency", []),
    ("Federal Housing Administration", "Agency", []),
    ("Federal Maritime Commission", "Commission", []),
    ("United States Coast Guard", "Agency", []),
    # session 19: agencies whose heads the orders name by a title before "Administrator" ("the Housing and Home
    # Finance Administrator"), so that the title finds its agency
    ("Housing and Home Finance Agency", "Agency", []),
    ("Defense Production Administration", "Agency", []),
    ("War Assets Administration", "Agency", []),
    ("Small Defense Plants Administration", "Agency", []),
    ("Defense Materials Procurement Agency", "Agency", []),
    ("Economic Stabilization Agency", "Agency", []),
    ("Federal Loan Agency", "Agency", []),
    ("Federal Emergency Relief Administration", "Agency", []),
    ("Works Progress Administration", "Agency", []),
]


def _corpus() -> list[tuple[int, str, str]]:
    """(number, member name, text) of each order in the archive, oldest first."""
    out = []
    with tarfile.open(ARCHIVE, "r:xz") as tar:
        for member in tar:
            m = re.search(r"executive-order-(\d+)", member.name)
            if member.isfile() and m:
                out.append((int(m.group(1)), member.name, tar.extractfile(member).read().decode("utf-8")))
    return sorted(out)


def _source(number: int, text: str) -> tuple[str, list[str]] | None:
    title = re.search(r"(?m)^# Executive Order \d+\s*(?::|—|--)\s*(.+)$", text)
    name = " ".join(title.group(1).split()) if title else ""
    doc = re.search(r"(?m)^- Document Number: (\S+)\s*$", text)
    cite = re.search(r"(?m)^- Citation: (\d+ FR \d+)\s*$", text)
    if doc and doc.group(1) != "None" and cite:
        sid = f"source/fr-{doc.group(1).lower()}"
        title = f"Executive Order {number}, {name}, {cite.group(1)}, FR Doc. {doc.group(1)}"
        return sid, [f'id = "{sid}"', f"title = {json.dumps(title)}", f'citation = "{cite.group(1)}"',
                     f'url = "https://www.federalregister.gov/d/{doc.group(1)}"', 'kind = "Federal Register"']
    app = re.search(r"\((https://www\.presidency\.ucsb\.edu/documents/[^)\s]+)\)", text)
    if app:
        sid = f"source/app-eo-{number}"
        title = f"Executive Order {number}: {name} (The American Presidency Project)"
        return sid, [f'id = "{sid}"', f"title = {json.dumps(title)}", f'url = "{app.group(1)}"',
                     'kind = "American Presidency Project"']
    return None


def main() -> None:
    corpus = _corpus()
    flat = [(n, t, " ".join(t.split())) for n, _, t in corpus]
    curated = (ROOT / "data/curated/sources.toml").read_text().split(_MARK)[0]
    known = set(re.findall(r'(?m)^id = "(source/[^"]+)"', curated))
    sources: dict[str, list[str]] = {}
    records: list[str] = []
    wanted = [("office", None, name, aliases) for name, aliases in OFFICES]
    wanted += [("organization", kind, name, aliases) for name, kind, aliases in ORGANIZATIONS]
    def first_naming(label: str) -> tuple[int, str] | None:
        """The first order with a source whose text names label, and that source's id (its record kept)."""
        hit = next(((n, t) for n, t, words in flat if f"the {label}" in words and _source(n, t)), None)
        if hit is None:
            print(f"# not found in any order with a source: {label}", file=sys.stderr)
            return None
        sid, record = _source(*hit)  # type: ignore[misc]
        if sid not in known:
            sources.setdefault(sid, record + [_NOTE])
        return hit[0], sid

    for table, kind, name, aliases in wanted:
        first = first_naming(name)
        if first is None:
            continue
        prefix = "office" if table == "office" else "org"
        node_id = f"{prefix}/" + slug(re.sub(r"['’]", "", name))  # as the loaders mint a name's id
        lines = [f"[[{table}]]", f'id = "{node_id}"']
        lines += [f'type = "{kind}"'] if kind else []
        lines.append(f'name = "{name}"')
        sids, notes = [first[1]], [f"Named in EO {first[0]}: 'the {name}'"]
        for alias in aliases:  # each other name with the first order that names it so, as the name itself
            other = first_naming(alias)
            if other is not None:
                sids += [other[1]] if other[1] not in sids else []
                notes.append(f"in EO {other[0]}: 'the {alias}'")
        if aliases:
            lines.append("aliases = [" + ", ".join(f'"{a}"' for a in aliases) + "]")
        lines += ["sources = [" + ", ".join(f'"{x}"' for x in sids) + "]", f'note = "{"; ".join(notes)}."']
        records.append("\n".join(lines))
    head = "# " + __doc__.strip('"\n').split("\n\n")[0].replace("\n", "\n# ")
    (ROOT / "data/curated/historical.toml").write_text(head + "\n\n" + "\n\n".join(records) + "\n")
    path = ROOT / "data/curated/sources.toml"
    text, _, tail = path.read_text().partition(_MARK)
    text = text.rstrip("\n")
    # (a source another curated file names, added after the marker, stays: no record it names is lost)
    others = "".join(f.read_text() for f in (ROOT / "data/curated").glob("*.toml")
                     if f.name not in ("historical.toml", "sources.toml"))
    kept = [r for r in re.split(r"\n\s*\n(?=\[\[source\]\])", tail.strip()) if r.startswith("[[source]]")
            and (sid := re.search(r'(?m)^id = "([^"]+)"', r).group(1)) not in sources and f'"{sid}"' in others]
    block = "\n\n".join(kept + ["[[source]]\n" + "\n".join(r) for r in sources.values()])
    path.write_text(f"{text}\n\n{_MARK}\n\n{block}\n" if block else text + "\n")

if __name__ == "__main__":
    main()
