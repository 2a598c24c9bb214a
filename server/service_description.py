"""The SPARQL 1.1 Service Description answered by GET /sparql without a query.

Browsers (HTML first in Accept) get the query page; everything else gets the description in the
RDF format its Accept asks for: Turtle, N-Triples, JSON-LD or RDF/XML (406 otherwise). It
names the endpoint (sd:endpoint is the URL asked), the languages (SPARQL 1.1 Query here; SPARQL
1.1 Update at /update, as a second sd:Service, when writes are on), the result formats, the
features (the default graph is the union of the named graphs; federation only with
--allow-service) and the dataset: every named graph and the triple counts.
"""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, XSD

from graph.errors import NotAcceptable
from server.negotiate import CANONICAL, GRAPH_TYPES, choose, prefers_html
from server.pages import query_page

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = Namespace("http://rdfs.org/ns/void#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                  "Turtle", "N-Triples", "JSON-LD", "RDF_XML")
INPUT_FORMATS = ("Turtle", "N-Triples", "JSON-LD", "RDF_XML")
RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}


def description(request: Request) -> Graph:
    settings = request.app.state.settings
    store = request.app.state.stores.get()
    endpoint = URIRef(str(request.url.replace(query="")))
    sd = Graph()
    sd.bind("sd", SD)
    sd.bind("void", VOID)
    sd.bind("formats", FORMATS)
    sd.add((endpoint, RDF.type, SD.Service))
    sd.add((endpoint, SD.endpoint, endpoint))
    sd.add((endpoint, SD.supportedLanguage, SD.SPARQL11Query))
    sd.add((endpoint, SD.feature, SD.UnionDefaultGraph))
    if settings.allow_service:
        sd.add((endpoint, SD.feature, SD.BasicFederatedQuery))
    for name in RESULT_FORMATS:
        sd.add((endpoint, SD.resultFormat, FORMATS[name]))
    dataset, default = BNode(), BNode()
    sd.add((endpoint, SD.defaultDataset, dataset))
    sd.add((dataset, RDF.type, SD.Dataset))
    sd.add((dataset, SD.defaultGraph, default))
    sd.add((default, RDF.type, SD.Graph))
    sd.add((default, VOID.triples, Literal(len(store), datatype=XSD.integer)))
    for graph_name in store.named_graphs():
        named = BNode()
        sd.add((dataset, SD.namedGraph, named))
        sd.add((named, RDF.type, SD.NamedGraph))
        sd.add((named, SD.name, graph_name))
    if settings.update_token is not None:
        update = URIRef(str(request.url.replace(path="/update", query="")))
        sd.add((update, RDF.type, SD.Service))
        sd.add((update, SD.endpoint, update))
        sd.add((update, SD.supportedLanguage, SD.SPARQL11Update))
        for name in INPUT_FORMATS:
            sd.add((update, SD.inputFormat, FORMATS[name]))
        sd.add((update, SD.defaultDataset, dataset))
    return sd


def describe_service(request: Request) -> Response:
    accept = request.headers.get("accept")
    if prefers_html(accept):
        return HTMLResponse(query_page())
    fmt = choose(accept, GRAPH_TYPES)
    if fmt is None:
        offered = ["text/html", *GRAPH_TYPES]
        raise NotAcceptable(f"the service description is offered as {', '.join(offered)}", offered)
    body = description(request).serialize(format=RDFLIB_FORMATS[fmt], encoding="utf-8")
    return Response(body, media_type=CANONICAL[fmt])
