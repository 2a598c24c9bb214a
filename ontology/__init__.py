"""The lexgraph vocabulary and the SHACL shapes every build is checked against."""

from pathlib import Path

HERE = Path(__file__).resolve().parent
VOCABULARY = HERE / "lexgraph.ttl"
SHAPES = HERE / "shapes.ttl"
ONTOLOGY_IRI = "https://w3id.org/lexgraph/ns"
NS = ONTOLOGY_IRI + "#"
