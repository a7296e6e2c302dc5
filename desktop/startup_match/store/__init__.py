"""Session store: SQLite via SQLAlchemy 2, schema by Alembic. Knows the core, never Qt."""
