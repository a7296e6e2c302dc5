"""Startup Scheme Matcher: match Hong Kong start-ups to public support programmes."""

__version__ = "0.1.0"
