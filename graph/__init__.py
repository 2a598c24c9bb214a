"""The store, its atomic build, SHACL validation and export. pyoxigraph is imported in store.py only."""
