"""Process tricks: the paused cycle collector, pydantic without plugins (no business logic)."""
