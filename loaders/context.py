"""What the text loaders know before reading a file: the curated facts and a gazetteer of names.

Curated data is the authority (people checked it in primary texts), so extractors resolve names
to curated node ids and `loaders.emit` lets curated facts win over extracted ones. The context is
read from `data/curated/*.toml` and `data/tables/*.toml`, never from the store.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import DataError
from loaders.curated import read_records
from loaders.toml_file import read_toml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / "data"


# "8 U.S.C. 1101 et seq." is a citation, not a name ("Trade Act of 1974", "21st Century ... Act" are)
# (but "the 1954 Act", a short name an order gives the Atomic Energy Act of 1954, is one)
_NOT_A_NAME = re.compile(r"U\.\s?S\.\s?C\b|\bFR\b|\bStat\.|^\d(?!\d*(?:st|nd|rd|th)\s|\d{3}\sAct$)|\bet seq\b")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    id: str
    kind: str  # organization | office | statute


# "United States" in a name, also written "U.S." ("the U.S. Trade Representative")
_US = r"(?:United\s+States|U\.\s?S\.)"


# a name's head and field just before a short name that is a word ("a Center for Faith and Opportunity Initiative"):
# the short name ends a longer name (not "the Interagency Task Force", the body's own name shortened)
_INSIDE_A_NAME = re.compile(r"\b[A-Z][a-z][\w'’-]*\s+(?:for|of|on)\s+(?:[A-Z][\w'’-]*\s+(?:and\s+)?)+$")
_OF_SOMETHING = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]")  # a title's "of X" after it
_NAME_END = r"(?![\w-])"  # a whole name, not part of a longer word or a hyphenated one
_MODIFIER_END = r"(?!\w)(?!-(?![a-z]))"  # ... or a name before "-related", "-covered"


@dataclass
class Gazetteer:
    """Names (skos:prefLabel, skos:altLabel, lex:acronym of curated records) -> node ids.

    Longest names match first, so "Secretary of Homeland Security" wins over a defined short
    name "Secretary"; acronyms match case-sensitively, other names ignoring case.
    """

    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # label -> (id, kind)
    acronyms: set[str] = field(default_factory=set)
    _regex: re.Pattern[str] | None = None
    _folded: dict[str, str] = field(default_factory=dict)  # lower-cased label -> label, built with the regex

    def add(self, label: str, node_id: str, kind: str, acronym: bool = False) -> None:
        label = label.strip()
        if not label or _NOT_A_NAME.search(label):
            return
        self.names.setdefault(label, (node_id, kind))
        if acronym:
            self.acronyms.add(label)
        self._regex = None

    def repoint(self, label: str, node_id: str, kind: str) -> None:
        """Make an existing name mean another node ("the Council" once a second council is established)."""
        if label in self.names:
            self.names[label] = (node_id, kind)
            self._regex = None

    def copy(self) -> Gazetteer:
        return Gazetteer(dict(self.names), set(self.acronyms))

    def _compiled(self) -> re.Pattern[str]:
        if self._regex is None:
            parts = []
            for label in sorted(self.names, key=len, reverse=True):
                # ("the U.S. Trade Representative": a name with "United States" also written "U.S.")
                body = re.escape(label).replace(r"\ ", r"\s+").replace(r"United\s+States", _US)
                # ("the Secretary of Health, Education and Welfare": a list's last comma left out, EO 11472)
                body = body.replace(r",\s+and\s+", r",?\s+and\s+")
                # (an Act's short name as a modifier is still the Act: "ERISA-related programs", EO 12262)
                tail = _MODIFIER_END if label in self.acronyms and self.names[label][1] == "statute" else _NAME_END
                parts.append((body if label in self.acronyms else f"(?i:{body})") + tail)
            self._regex = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")")
            self._folded = {}
            for label in self.names:  # (the first label of each spelling, as a scan in order would find it)
                if label not in self.acronyms:
                    self._folded.setdefault(label.lower(), label)
        return self._regex

    def find(self, text: str) -> list[Mention]:
        if not self.names:
            return []
        found = []
        for m in self._compiled().finditer(text):
            key = self._key(m.group(0))
            inside = key in self.acronyms and not key.isupper()
            if inside and _INSIDE_A_NAME.search(text[max(0, m.start() - 80) : m.start()]):
                continue  # (the short name "Initiative" in "a Center for Faith and Opportunity Initiative")
            if inside and " " not in key and _OF_SOMETHING.match(text, m.end()) and not self._begins_a_name(
                    text[m.start() : m.start() + 120], self.names[key][0]):
                continue  # (a title as a short name, "Administrator", does not name "the Administrator of the General
                # Services Administration", nor "Office" the Office of Faith-Based and Community Initiatives: the
                # whole name does, where anything knows it; but "the Board of Examiners", after "the Board of
                # Examiners for the Foreign Service", is that Board)
            if key is not None:
                node_id, kind = self.names[key]
                found.append(Mention(m.start(), m.end(), node_id, kind))
        return found

    def _begins_a_name(self, text: str, node_id: str) -> bool:
        """text ("Board of Examiners shall ...") begins with the first words of one of node_id's longer names."""
        words = re.findall(r"[\w'’-]+", text)[:3]
        lead = " ".join(words).lower()
        return len(words) == 3 and any(
            label.lower().startswith(lead) for label, (node, _) in self.names.items() if node == node_id)

    def office_heading(self, title: str, org_id: str) -> str | None:
        """The curated office that heads org_id under title, named after any of the organisation's names:
        "Secretary of HHS" -> the Secretary of Health and Human Services."""
        lowered = {label.lower(): value for label, value in self.names.items()}
        for label, (node_id, _) in self.names.items():
            if node_id != org_id:
                continue
            # ("the Secretary of HUD": the Secretary of Housing and Urban Development, the department's name
            # without "Department of")
            bare = re.sub(r"^(?:Department|Office)\s+of\s+(?:the\s+)?", "", label)
            # ("the Commissioner of the Social Security Administration": the Commissioner of Social Security, as
            # the Administrator of General Services heads the General Services Administration)
            stem = re.sub(r"\s+(?:Administration|Service|System)$", "", bare)
            for name in (f"{title} of {the}{named}" for named in (label, bare, stem) for the in ("", "the ")):
                hit = lowered.get(name.lower())
                if hit and hit[1] == "office":
                    return hit[0]
        return None

    def _key(self, matched: str) -> str | None:
        flat = re.sub(r"\s+", " ", matched)
        spelled = re.sub(_US, "United States", flat)
        # (as written, then "U.S." spelled out, then with a list's last comma: "Health, Education and Welfare")
        serial = re.sub(r"(,[^,]*?\w) and ", r"\1, and ", spelled)
        for name in dict.fromkeys((flat, spelled, serial)):
            if name in self.names:
                return name
            if name.lower() in self._folded:
                return self._folded[name.lower()]
        return None


@dataclass
class CuratedFacts:
    """The curated records the loaders compare against (instruments, sections, edges, sources)."""

    instruments: dict[str, dict] = field(default_factory=dict)
    sections: dict[str, dict] = field(default_factory=dict)
    edges: set[tuple[str, str, str]] = field(default_factory=set)
    sources: dict[str, dict] = field(default_factory=dict)
    ids: set[str] = field(default_factory=set)

    def signed(self, instrument_id: str) -> dt.date | None:
        value = self.instruments.get(instrument_id, {}).get("signed")
        return value if isinstance(value, dt.date) else None

    def instrument_by_title(self, title: str) -> str | None:
        flat = re.sub(r"\W+", " ", title).strip().lower()
        for node_id, data in self.instruments.items():
            if re.sub(r"\W+", " ", str(data.get("title", ""))).strip().lower() == flat:
                return node_id
        return None


@dataclass
class InaTable:
    """INA section -> U.S. Code section, each pair with the document that states it."""

    pairs: dict[str, tuple[str, str]] = field(
        default_factory=dict
    )  # '287(g)' -> ('8 U.S.C. 1357(g)', source)

    def usc(self, ina_section: str) -> str | None:
        """'287(g)' -> '1357(g)'; falls back to the longest listed prefix ('237(a)(4)' -> '1227(a)(4)')."""
        ina_section = ina_section.replace(" ", "")
        if ina_section in self.pairs:
            return self.pairs[ina_section][0].split(" U.S.C. ")[1]
        base = re.match(r"^(\d+[a-z]?)(.*)$", ina_section)
        if base and base.group(1) in self.pairs:
            return self.pairs[base.group(1)][0].split(" U.S.C. ")[1] + base.group(2)
        return None


@dataclass(frozen=True)
class IndexedOrder:
    number: int
    signed: dt.date
    fr_citation: str
    fr_document: str
    title: str


def _title_key(title: str) -> str:
    """A title compared loosely: case, punctuation, spacing and a leading 'Executive Order on' ignored."""
    flat = re.sub(r"[^a-z0-9]+", " ", title.lower().replace("’", "'").replace("'", "")).strip()
    return re.sub(r"^executive order(?: no)?(?: \d+)?(?: on| to)? ", "", flat)


@dataclass
class EoIndex:
    """Executive orders by number, from data/tables/eo-index.tsv (the Federal Register's numbers,
    dates and titles): how an order whose text does not print its number (a White House page) is
    numbered, and what the graph knows of an order that is only the target of an edge."""

    orders: dict[int, IndexedOrder] = field(default_factory=dict)

    def get(self, number: int) -> IndexedOrder | None:
        return self.orders.get(number)

    def find(self, title: str, date: dt.date | None = None) -> IndexedOrder | None:
        """The one order with this title (loosely compared); with a date, signed within 5 days of it."""
        key = _title_key(title)
        hits = [o for o in self.orders.values() if _title_key(o.title) == key]
        if date is not None:
            hits = [o for o in hits if abs((o.signed - date).days) <= 5]
        if len(hits) == 1:
            return hits[0]
        if not hits and date is not None:
            import difflib

            near = [o for o in self.orders.values() if abs((o.signed - date).days) <= 5]
            scored = sorted(
                ((difflib.SequenceMatcher(None, key, _title_key(o.title)).ratio(), o) for o in near),
                key=lambda pair: -pair[0],
            )
            if scored and scored[0][0] >= 0.85 and (len(scored) == 1 or scored[1][0] < scored[0][0] - 0.1):
                return scored[0][1]
        return None


_SECTION_HEAD = re.compile(r"^#{1,4}\s+Sec(?:tion|\.)\s+(\d+[a-z]?)\.", re.M)
_SECTIONS_READ: dict[Path, dict[int, list[str]]] = {}


def _corpus_sections(data_dir: Path) -> dict[int, list[str]]:
    """Order number -> its top-level section numbers, from the Markdown orders under
    data_dir/sources/eo-markdown (read once per process, and only when a clause needs it)."""
    if data_dir not in _SECTIONS_READ:
        from loaders.sources import markdown_texts

        found: dict[int, list[str]] = {}
        root = data_dir / "sources"
        if (root / "eo-markdown").is_dir():
            for _, text in markdown_texts(root):
                number = re.search(r"Executive Order Number:\s*(\d+)", text)
                heads = _SECTION_HEAD.findall(text)
                if number and heads:
                    found.setdefault(int(number.group(1)), list(dict.fromkeys(heads)))
        _SECTIONS_READ[data_dir] = found
    return _SECTIONS_READ[data_dir]


@dataclass
class Context:
    gazetteer: Gazetteer
    curated: CuratedFacts
    ina: InaTable
    data_dir: Path
    eo_index: EoIndex = field(default_factory=EoIndex)

    def sections_of(self, number: int) -> list[str] | None:
        """The top-level section numbers of an order, where its text is in data/ (the curated
        sections, else the Markdown corpus): what "revoked except for sections 6, 7, and 11" leaves
        revoked. None when the text is not there: the caller must not guess."""
        prefix = f"eo/{number}/sec/"
        curated = [i[len(prefix) :] for i in self.curated.sections if re.fullmatch(re.escape(prefix) + r"\d+[a-z]?", i)]
        corpus = _corpus_sections(self.data_dir).get(number)
        return corpus or (sorted(curated, key=lambda n: (len(n), n)) if curated else None)


def _read_ina_table(path: Path) -> InaTable:
    table = InaTable()
    if not path.exists():
        return table
    doc, _ = read_toml(path)
    for number, pair in enumerate(doc.get("pair", []), start=1):
        if not {"ina", "usc", "source"} <= set(pair):
            raise DataError(path, f"pair {number}: needs ina, usc and source")
        table.pairs[pair["ina"].replace(" ", "")] = (pair["usc"], pair["source"])
    return table


def _read_eo_index(path: Path) -> EoIndex:
    index = EoIndex()
    if not path.exists():
        return index
    lines = path.read_text(encoding="utf-8").splitlines()
    header_seen = False
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            header_seen = True
            if cells[:5] != ["number", "signed", "fr_citation", "fr_document", "title"]:
                raise DataError(path, "first row must be: number, signed, fr_citation, fr_document, title", number)
            continue
        try:
            order = IndexedOrder(int(cells[0]), dt.date.fromisoformat(cells[1]), cells[2], cells[3], cells[4])
        except (IndexError, ValueError) as exc:
            raise DataError(path, f"bad row: {exc}", number) from exc
        index.orders[order.number] = order
    return index


# Officials named after their organisation ("Director of the Office of Management and Budget"):
# the same office is also written with the organisation's acronym ("Director of OMB", "OMB Director").
_TITLE_OF = re.compile(r"^(Director|Administrator|Secretary|Chair|Chairman|Commissioner|Chief)\s+of\s+(?:the\s+)?(.+)$")


def _acronym_aliases(gazetteer: Gazetteer, offices: list[tuple[str, str]]) -> None:
    acronyms = {}
    for label in gazetteer.acronyms:
        node_id, kind = gazetteer.names[label]
        if kind == "organization":
            acronyms.setdefault(node_id, label)
    full = {label: node_id for label, (node_id, kind) in gazetteer.names.items() if kind == "organization"}
    for name, office_id in offices:
        m = _TITLE_OF.match(name)
        if not m or m.group(2) not in full or full[m.group(2)] not in acronyms:
            continue
        acronym = acronyms[full[m.group(2)]]
        gazetteer.add(f"{m.group(1)} of {acronym}", office_id, "office")
        gazetteer.add(f"{m.group(1)} of the {acronym}", office_id, "office")
        gazetteer.add(f"{acronym} {m.group(1)}", office_id, "office")


def load_context(data_dir: Path | None = None) -> Context:
    """Read curated records and tables under data_dir (default: the project's data/)."""
    data_dir = data_dir or DEFAULT_DATA
    if not any((data_dir / "curated").glob("*.toml")):  # an empty gazetteer would mint every name anew
        raise DataError(data_dir, "no curated/*.toml files: not a data directory (give --data or set LEXGRAPH_DATA)")
    gazetteer, curated = Gazetteer(), CuratedFacts()
    offices: list[tuple[str, str]] = []
    for path in sorted((data_dir / "curated").glob("*.toml")):
        for record in read_records(path):
            data = record.data
            if record.table == "edge":
                curated.edges.add((data["subject"], data["type"], data["object"]))
                continue
            curated.ids.add(data["id"])
            if record.table == "source":
                curated.sources[data["id"]] = data
            elif record.table == "section":
                curated.sections[data["id"]] = data
            elif record.table == "instrument":
                curated.instruments[data["id"]] = data
                if data.get("type") == "Statute":
                    gazetteer.add(data["title"], data["id"], "statute")
                    for alias in data.get("aliases", []):
                        gazetteer.add(alias, data["id"], "statute", acronym=alias.isupper())
            elif record.table in ("organization", "office"):
                if record.table == "office":
                    offices.append((data["name"], data["id"]))
                gazetteer.add(data["name"], data["id"], record.table)
                for alias in data.get("aliases", []):
                    gazetteer.add(alias, data["id"], record.table, acronym=alias.isupper())
                if "acronym" in data:
                    gazetteer.add(data["acronym"], data["id"], record.table, acronym=True)
    _acronym_aliases(gazetteer, offices)
    ina = _read_ina_table(data_dir / "tables" / "ina-usc.toml")
    index = _read_eo_index(data_dir / "tables" / "eo-index.tsv")
    return Context(gazetteer=gazetteer, curated=curated, ina=ina, data_dir=data_dir, eo_index=index)
