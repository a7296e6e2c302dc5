"""Pure core: profile, catalogue and engine. Imports neither Qt nor SQLAlchemy."""
