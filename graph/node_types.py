"""Every node type lexgraph reports, in one table: most specific first.

`kind` is the reader's category (the widget draws each kind its own way); `table` is the curated
TOML table that declares nodes of the type (None: minted on demand or not curated); `lineage`
marks the types that can be members of a lineage (orders, strategies, statutes, bodies), `body`
the organisations whose status is active / replaced rather than in force. `tracked` types have a
status lexgraph answers for (an order is in force or revoked; a statute's status is not tracked).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class NodeType:
    name: str  # local name of the class, lex:<name>
    label: str
    kind: str  # order | strategy | instrument | statute | body | office | person | provision | source
    table: str | None = None  # curated TOML table declaring it, with `type = name`
    lineage: bool = False
    body: bool = False
    tracked: bool = False

    def as_dict(self) -> dict:
        return asdict(self)


NODE_TYPES: tuple[NodeType, ...] = (
    NodeType("ExecutiveOrder", "Executive order", "order", "instrument", lineage=True, tracked=True),
    NodeType("Proclamation", "Proclamation", "instrument", "instrument", lineage=True),
    NodeType("PresidentialMemorandum", "Presidential memorandum", "instrument", "instrument", lineage=True),
    NodeType("PublicLandOrder", "Public land order", "instrument", "instrument", lineage=True),
    NodeType("OtherInstrument", "Other instrument or document", "instrument", "instrument", lineage=True),
    NodeType("Strategy", "Strategy", "strategy", "instrument", lineage=True, tracked=True),
    NodeType("Statute", "Statute", "statute", "instrument", lineage=True),
    NodeType("USCodeSection", "U.S. Code section", "statute", "instrument", lineage=True),
    NodeType("ConstitutionalProvision", "Constitutional provision", "statute", "instrument", lineage=True),
    NodeType("Constitution", "Constitution", "statute", "instrument", lineage=True),
    NodeType("Paragraph", "Paragraph", "provision"),
    NodeType("Section", "Section", "provision"),
    NodeType("WorkingGroup", "Working group", "body", "organization", lineage=True, body=True),
    NodeType("Council", "Council", "body", "organization", lineage=True, body=True),
    NodeType("TaskForce", "Task force", "body", "organization", lineage=True, body=True),
    NodeType("Committee", "Committee", "body", "organization", lineage=True, body=True),
    NodeType("Board", "Board", "body", "organization", lineage=True, body=True),
    NodeType("Commission", "Commission", "body", "organization", lineage=True, body=True),
    NodeType("Division", "Division", "body", "organization", lineage=True, body=True),
    NodeType("Program", "Program or centre", "body", "organization", lineage=True, body=True),
    NodeType("ExecutiveOffice", "Office (organisation)", "body", "organization", lineage=True, body=True),
    NodeType("InteragencyBody", "Interagency body", "body", "organization", lineage=True, body=True),
    NodeType("Department", "Department", "body", "organization", body=True),
    NodeType("Agency", "Agency", "body", "organization", body=True),
    NodeType("Office", "Office", "office"),
    NodeType("President", "President", "person"),
    NodeType("SourceDocument", "Source document", "source"),
)

BY_NAME: dict[str, NodeType] = {t.name: t for t in NODE_TYPES}
ORDER: list[str] = [t.name for t in NODE_TYPES]
INSTRUMENT_TYPES = tuple(t.name for t in NODE_TYPES if t.table == "instrument")
ORGANIZATION_TYPES = tuple(t.name for t in NODE_TYPES if t.table == "organization")
LINEAGE_MEMBERS = frozenset(t.name for t in NODE_TYPES if t.lineage)
BODY_TYPES = frozenset(t.name for t in NODE_TYPES if t.body)
TRACKED = frozenset(t.name for t in NODE_TYPES if t.tracked)


def most_specific(types: list[str]) -> str:
    """The first of a node's types in table order ("Thing" when it has none we know)."""
    ranked = sorted(types, key=lambda t: ORDER.index(t) if t in ORDER else len(ORDER))
    return ranked[0] if ranked else "Thing"
