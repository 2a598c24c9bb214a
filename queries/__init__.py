"""Named SPARQL queries (rq/*.rq) and the answers built on them: lineage, status, paths."""
