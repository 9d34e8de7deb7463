"""Everything that needs no Qt: routine model and loader, session engine, stores.

An import-linter contract (pyproject.toml, run by tests/test_architecture.py) keeps
Qt out of this package, so it can be tested with a fake clock and no event loop.
"""
