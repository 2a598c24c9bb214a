"""Collects the quads of one named graph: nodes, provisions and edges with their evidence.

Shared by the curated loader and the text loaders (loaders/emit.py), so a curated edge and an
extracted one have exactly the same shape in the store.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, SKOS, XSD

from graph.edge_types import EdgeType, edge_type
from graph.namespaces import ELI, LEX, Minter, pinpoint_label, section_id, split_section_id, usc_label
from graph.quads import Quad

_ELI_has_part = ELI.has_part
_ELI_is_part_of = ELI.is_part_of
_ELI_number = ELI.number
_LEX_Constitution = LEX.Constitution
_LEX_ConstitutionalProvision = LEX.ConstitutionalProvision
_LEX_Paragraph = LEX.Paragraph
_LEX_QualifiedEdge = LEX.QualifiedEdge
_LEX_Section = LEX.Section
_LEX_USCodeSection = LEX.USCodeSection
_LEX_effectiveDate = LEX.effectiveDate
_LEX_method = LEX.method
_LEX_pinpoint = LEX.pinpoint
_LEX_qualifiedEdge = LEX.qualifiedEdge
_LEX_quote = LEX.quote
_LEX_sourceInstrument = LEX.sourceInstrument
_LEX_uscSection = LEX.uscSection
_LEX_uscTitle = LEX.uscTitle



def eo_aliases(number: int) -> list[str]:
    """The other names an executive order goes by, for skos:altLabel."""
    return [f"Executive Order {number}", f"E.O. {number}", f"Executive Order No. {number:,}"]


# Terms used for every edge and provision, made once (a fresh URIRef is checked character by character).
_TYPE, _SUBJECT, _PREDICATE, _OBJECT = RDF.type, RDF.subject, RDF.predicate, RDF.object
_DERIVED, _PREF = PROV.wasDerivedFrom, SKOS.prefLabel


class Emitter:
    """Collects quads for one named graph, minting IRIs through one Minter."""

    def __init__(self, minter: Minter, graph: URIRef, labels: dict[str, str]) -> None:
        self.minter, self.graph, self.labels = minter, graph, labels
        self.quads: list[Quad] = []
        self._minted: set[str] = set()
        self._iris: dict[str, URIRef] = {}

    def iri(self, node_id: str) -> URIRef:
        found = self._iris.get(node_id)
        if found is None:
            found = self._iris[node_id] = self.minter.iri(node_id)
        return found

    def add(self, s: URIRef, p: URIRef, o: Any) -> None:
        self.quads.append((s, p, o, self.graph))

    def provision(self, node_id: str, sources: list[URIRef]) -> URIRef:
        """Mint a section/paragraph node and its parents (part-of chain up to the instrument)."""
        iri = self.iri(node_id)
        if node_id in self._minted:
            return iri
        self._minted.add(node_id)
        instrument, path = split_section_id(node_id)  # type: ignore[misc]
        parent = instrument if len(path) == 1 else f"{instrument}/sec/{'/'.join(path[:-1])}"
        parent_iri = self.iri(parent) if len(path) == 1 else self.provision(parent, sources)
        self.add(iri, _TYPE, _LEX_Section if len(path) == 1 else _LEX_Paragraph)
        self.add(iri, _ELI_is_part_of, parent_iri)
        self.add(parent_iri, _ELI_has_part, iri)
        number = pinpoint_label(path)
        self.add(iri, _ELI_number, Literal(number))
        owner = self.labels.get(instrument, instrument)
        label = f"{owner}, preamble" if number == "preamble" else f"{owner} § {number}"
        self.add(iri, _PREF, Literal(label))
        for source in sources:
            self.add(iri, _DERIVED, source)
        return iri

    def edge(
        self,
        subject_id: str,
        kind: EdgeType,
        object_id: str,
        *,
        instrument_id: str,
        pinpoint: str | None,
        quote: str,
        effective: dt.date | None,
        method: URIRef,
        source: URIRef,
        key: tuple[str, ...] = (),
    ) -> URIRef:
        """One edge, twice: the direct triple and its qualified node with the evidence. When the
        object is one provision, the direct triple the type implies for the whole order is added
        too (revoking a section revokes its order in part). Returns the qualified node."""
        prop, klass = LEX[kind.prop], LEX[kind.klass]
        for node_id in (subject_id, object_id):
            if split_section_id(node_id):
                self.provision(node_id, [source])
            else:
                self.cited_node(node_id, [source])
        s, o = self.iri(subject_id), self.iri(object_id)
        self.add(s, prop, o)
        object_section = split_section_id(object_id)
        if kind.partial and object_section:
            self.add(s, LEX[edge_type(kind.partial).prop], self.iri(object_section[0]))
        pin = self.provision(section_id(instrument_id, pinpoint), [source]) if pinpoint else None
        q = self.minter.edge(subject_id, str(prop), object_id, instrument_id, pinpoint or "", *key)
        self.add(s, _LEX_qualifiedEdge, q)
        for kind in (klass, _LEX_QualifiedEdge):
            self.add(q, _TYPE, kind)
        self.add(q, _SUBJECT, s)
        self.add(q, _PREDICATE, prop)
        self.add(q, _OBJECT, o)
        self.add(q, _LEX_sourceInstrument, self.iri(instrument_id))
        if pin is not None:
            self.add(q, _LEX_pinpoint, pin)
        self.add(q, _LEX_quote, Literal(quote))
        if effective is not None:
            self.add(q, _LEX_effectiveDate, Literal(effective, datatype=XSD.date))
        self.add(q, _LEX_method, method)
        self.add(q, _DERIVED, source)
        return q

    def cited_node(self, node_id: str, sources: list[URIRef]) -> URIRef:
        """Code sections and constitutional provisions are minted when first cited."""
        iri = self.iri(node_id)
        if node_id in self._minted or not node_id.startswith(("usc/", "constitution")):
            return iri
        self._minted.add(node_id)
        if node_id.startswith("usc/"):
            parts = node_id.split("/")
            self.add(iri, RDF.type, _LEX_USCodeSection)
            self.add(iri, SKOS.prefLabel, Literal(usc_label(node_id)))
            self.add(iri, _LEX_uscTitle, Literal(int(parts[1])))
            self.add(iri, _LEX_uscSection, Literal(usc_label(node_id).split(" U.S.C. ")[1]))
            if len(parts) > 3:
                parent = self.cited_node("/".join(parts[:-1]), sources)
                self.add(iri, _ELI_is_part_of, parent)
        else:
            label, kind = _constitution_label(node_id)
            self.add(iri, RDF.type, kind)
            self.add(iri, SKOS.prefLabel, Literal(label))
            if node_id != "constitution":
                parent_id = node_id.rsplit("/", 2)[0]
                self.add(iri, _ELI_is_part_of, self.cited_node(parent_id, sources))
        for source in sources:
            self.add(iri, PROV.wasDerivedFrom, source)
        return iri


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def _constitution_label(node_id: str) -> tuple[str, URIRef]:
    roman = ["", "I", "II", "III", "IV", "V", "VI", "VII"]
    parts = node_id.split("/")
    if len(parts) == 1:
        return "U.S. Constitution", _LEX_Constitution
    if parts[1] == "amendment":  # Bluebook: "U.S. Const. amend. XIV"
        return f"U.S. Const. amend. {_roman(int(parts[2]))}", _LEX_ConstitutionalProvision
    article = roman[int(parts[2])] if int(parts[2]) < len(roman) else parts[2]
    label = f"U.S. Const. art. {article}" + (f", § {parts[4]}" if len(parts) > 4 else "")
    return label, _LEX_ConstitutionalProvision


