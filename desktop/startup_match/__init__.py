"""Startup Scheme Matcher: match Hong Kong start-ups to public support programmes."""

from .paths import project_version

__version__ = project_version()  # pyproject.toml's, shipped beside the package
