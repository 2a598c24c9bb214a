"""Every edge type lexgraph knows, in one table: the only place an edge type is defined.

Each row gives the one external spelling (`name`, used in TOML, JSON, the CLI, the API and the
widget), the ontology terms (`lex:<prop>` for the direct triple, `lex:<klass>` for the
qualified node carrying the evidence), the words each reader view uses, where the edge sits on
a timeline, what it does to the status of its object, and where `authority` files it.

Everything else derives from this table: the curated and extracted loaders, the projection,
lineage, status, authority, paths, the API (`/api/edge-types`) and the widget (which fetches
the table from the API). `tests/test_edge_types.py` checks it against `ontology/lexgraph.ttl`:
each property and class exists, lineage types are sub-properties of `lex:lineageRelation` in the
orientation given here, and each status effect is the property's super-property.

A lineage follows `through` edges into the other node's own lineage (what a revoked order came
from is part of the revoker's lineage); other lineage edges (amends, continues) show the other node
without following it: an order that amends ninety others does not bring in their histories.

Adding an edge type is one row here plus its ontology term. A status effect is one of the
closed set in `EFFECTS`, which `queries/status.py` implements; a new type picks one.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from graph.errors import UnknownEdgeType

# What an edge does to the status of its object (queries/status.py implements each one).
EFFECTS = {
    "revokes": "ends the object (an order, or one provision) from the edge's date",
    "revokes_in_part": "ends some provisions of the object, not all; which ones may be unstated",
    "supersedes": "the object is superseded (displaced) from the edge's date",
    "supersedes_in_part": "the object is superseded in part or to the extent inconsistent",
    "suspends": "the object is not in force while the suspension is in effect",
    "reinstates": "revives a revoked or suspended object from the edge's date (only where a source says so)",
    "amends": "changes the object's text; it stays in force",
    "replaces": "a body takes the place of an earlier body",
    "establishes": "brings a body into being",
}

# Where `authority` files an edge, in reading order: key -> title.
BRANCHES = {
    "basis": "Rests on (stated authority)",
    "cites": "Cites",
    "revokes": "Revokes, supersedes or amends",
    "creates": "Establishes, directs, organises",
    "revoked_by": "Revoked, superseded or amended by",
    "cited_by": "Cited by (citing references)",
    "acted_on_by": "Other instruments acting on it",
}

# How the widget draws an edge (a CSS class of the element).
STYLES = ("revokes", "revokes-in-part", "replaces", "amends", "suspends", "creates", "related")


@dataclass(frozen=True)
class EdgeType:
    name: str  # the one external spelling: TOML, JSON, CLI, API, widget
    prop: str  # local name of the direct property, lex:<prop>
    klass: str  # local name of the qualified-node class, lex:<klass>
    label: str  # researcher / plain label of the relation, "revokes in part"
    present: str  # litigator's verb: "revokes"
    past: str  # general reader's verb: "revoked"
    inverse: str  # the relation read from the object: "revoked by"
    noun: str  # what one edge is: "revocation"
    lineage: bool = False  # does it join an instrument's or body's lineage?
    forward: bool = False  # on a timeline, does the subject come before the object?
    effect: str | None = None  # one of EFFECTS, or None
    out_branch: str | None = None  # authority branch for edges the instrument makes
    in_branch: str | None = None  # authority branch for edges made about it
    style: str = "creates"  # one of STYLES
    organising: bool = False  # authority phrases it "A co-chairs B" (a subject other than the order)
    partial: str | None = None  # what the edge also says of the whole order when its object is one provision
    through: bool = True  # does a lineage follow it into the other node's own lineage? (amends: shown aside)

    @property
    def chain(self) -> bool:
        """Part of what happened to an instrument (revoked, amended, replaced...), not what it did."""
        return self.effect not in (None, "establishes")

    def as_dict(self) -> dict:
        return asdict(self) | {"chain": self.chain}


EDGE_TYPES: tuple[EdgeType, ...] = (
    EdgeType("establishes", "establishes", "Establishment", "establishes", "establishes", "established",
             "established by", "establishment", lineage=True, forward=True, effect="establishes",
             out_branch="creates", in_branch="acted_on_by"),
    EdgeType("revokes", "revokes", "Revocation", "revokes", "revokes", "revoked", "revoked by", "revocation",
             lineage=True, effect="revokes", out_branch="revokes", in_branch="revoked_by", style="revokes",
             partial="revokes_in_part"),
    EdgeType("revokes_in_part", "revokesInPart", "PartialRevocation", "revokes in part", "revokes in part",
             "revoked part of", "revoked in part by", "partial revocation", lineage=True,
             effect="revokes_in_part", out_branch="revokes", in_branch="revoked_by", style="revokes-in-part"),
    EdgeType("rescinds", "rescinds", "Rescission", "rescinds", "rescinds", "rescinded", "rescinded by",
             "rescission", lineage=True, effect="revokes", out_branch="revokes", in_branch="revoked_by",
             style="revokes", partial="revokes_in_part"),
    EdgeType("supersedes", "supersedes", "Supersession", "supersedes", "supersedes", "superseded",
             "superseded by", "supersession", lineage=True, effect="supersedes", out_branch="revokes",
             in_branch="revoked_by", style="replaces", partial="supersedes_in_part"),
    EdgeType("supersedes_in_part", "supersedesInPart", "PartialSupersession", "supersedes in part",
             "supersedes in part", "superseded part of", "superseded in part by", "partial supersession",
             lineage=True, effect="supersedes_in_part", out_branch="revokes", in_branch="revoked_by",
             style="replaces"),
    EdgeType("suspends", "suspends", "Suspension", "suspends", "suspends", "suspended", "suspended by",
             "suspension", lineage=True, effect="suspends", out_branch="revokes", in_branch="revoked_by",
             style="suspends"),
    EdgeType("reinstates", "reinstates", "Reinstatement", "reinstates", "reinstates", "reinstated",
             "reinstated by", "reinstatement", lineage=True, effect="reinstates", out_branch="revokes",
             in_branch="revoked_by", style="amends"),
    EdgeType("amends", "amends", "Amendment", "amends", "amends", "amended", "amended by", "amendment",
             lineage=True, effect="amends", out_branch="revokes", in_branch="revoked_by", style="amends",
             through=False),
    EdgeType("continues", "continues", "Continuation", "continues", "continues", "continued", "continued by",
             "continuation", lineage=True, out_branch="creates", in_branch="acted_on_by", style="amends",
             through=False),
    EdgeType("replaces", "replaces", "Replacement", "replaces", "replaces", "replaced", "replaced by",
             "replacement", lineage=True, effect="replaces", out_branch="creates", in_branch="acted_on_by",
             style="replaces", organising=True),
    EdgeType("directs", "directs", "Direction", "directs", "directs", "directed", "directed by", "direction",
             lineage=True, out_branch="creates", in_branch="acted_on_by"),
    EdgeType("co_chairs", "coChairs", "CoChairing", "co-chairs", "co-chairs", "co-chaired", "co-chaired by",
             "co-chairing", out_branch="creates", organising=True),
    EdgeType("chairs", "chairs", "Chairing", "chairs", "chairs", "chaired", "chaired by", "chairing",
             out_branch="creates", organising=True),
    EdgeType("member_of", "memberOf", "Membership", "member of", "member of", "was a member of", "has member",
             "membership", out_branch="creates", organising=True),
    EdgeType("housed_at", "housedAt", "Housing", "housed at", "housed at", "was housed at", "houses", "housing",
             out_branch="creates", organising=True),
    EdgeType("reports_to", "reportsTo", "Reporting", "reports to", "reports to", "reported to", "receives reports from",
             "reporting line", out_branch="creates", organising=True),
    EdgeType("cites", "cites", "Citation", "cites", "cites", "cited", "cited by", "citation",
             out_branch="cites", in_branch="cited_by", style="related"),
    EdgeType("authorized_by", "authorizedBy", "Authorization", "authorized by", "rests on", "rested on",
             "authority for", "statement of authority", out_branch="basis", in_branch="cited_by", style="related"),
    EdgeType("related", "relatedInstrument", "RelatedReference", "related to", "see also", "related to",
             "related to", "cross-reference", out_branch="cites", in_branch="cited_by", style="related"),
)

BY_NAME: dict[str, EdgeType] = {t.name: t for t in EDGE_TYPES}
BY_PROP: dict[str, EdgeType] = {t.prop: t for t in EDGE_TYPES}
LINEAGE = frozenset(t.name for t in EDGE_TYPES if t.lineage)


def edge_type(name: str) -> EdgeType:
    """The row for an external name; an unknown name is an error listing the known ones."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise UnknownEdgeType(name, sorted(BY_NAME)) from None


def by_prop(prop: str) -> EdgeType:
    """The row for a property local name (`coChairs`) or full IRI, as the store returns it."""
    local = prop.rsplit("#", 1)[-1]
    try:
        return BY_PROP[local]
    except KeyError:
        raise UnknownEdgeType(local, sorted(BY_NAME)) from None


def parse_types(text: str | None) -> frozenset[str] | None:
    """'revokes, amends' -> {'revokes', 'amends'}; every name checked; None or '' means all."""
    if not text or not text.strip():
        return None
    names = {n.strip() for n in text.split(",") if n.strip()}
    for name in sorted(names):
        edge_type(name)
    return frozenset(names)


def shown_type(name: str, on_part: bool) -> str:
    """An edge on one provision is shown as what it does to the order: revoking § 3 revokes in part."""
    kind = BY_NAME.get(name)
    return kind.partial if kind is not None and on_part and kind.partial else name


def with_effect(*effects: str) -> frozenset[str]:
    return frozenset(t.name for t in EDGE_TYPES if t.effect in effects)
