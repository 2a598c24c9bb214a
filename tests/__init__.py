"""The test suite as a package, so `tests.conftest` is ours even though citeurl installs a top-level `tests`."""
