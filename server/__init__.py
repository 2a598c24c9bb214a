"""HTTP server (FastAPI), SPARQL endpoint and the lexgraph CLI."""
