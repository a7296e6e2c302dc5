"""Pure core: profile, catalogue and engine. Imports neither Qt nor SQLAlchemy."""

from .no_plugins import install

install()  # before any model is defined: see no_plugins
