"""The data model: profile, catalogue, conditions, the ranking as data, text; loading them.

Imports neither the engine nor the words (tests/test_architecture.py)."""
