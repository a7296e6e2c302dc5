"""Pure core: profile, catalogue and engine. Imports neither Qt nor SQLAlchemy."""

from ..runtime.no_plugins import install

install()  # before any model is defined: see no_plugins
