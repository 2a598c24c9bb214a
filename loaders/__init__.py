"""Loaders turn source files into quads with provenance; they never write the store.

A loader returns `graph.quads.LoadedGraph`s: one named graph per source file, its quads as
rdflib terms. `graph.build` writes them; nothing here imports `graph.store` or the server.
"""
