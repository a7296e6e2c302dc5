"""A shared session store on a PostgreSQL server, for advisers' teams: the same schema and
migrations as the SQLite file, reached by a URL such as
postgresql+psycopg://adviser@db.example.org/startups."""

from __future__ import annotations

from urllib.parse import quote, unquote

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from .database import HEAD, KNOWN_REVISIONS, migrations_on
from .errors import StoreError

CONNECT_TIMEOUT_SECONDS = 5
# A statement the server has not finished in this time (a row a colleague's stuck transaction
# holds, say) is cancelled: nothing waits on the server for ever. Migrations are exempt.
STATEMENT_TIMEOUT_SECONDS = 30
# TCP keepalives: a link that goes quiet (a laptop leaving the office network) is noticed in
# about 30 s instead of the system's two hours.
_KEEPALIVES = {"keepalives": 1, "keepalives_idle": 15, "keepalives_interval": 5}
_KEEPALIVES |= {"keepalives_count": 3, "tcp_user_timeout": 30_000}
# Any fixed number: concurrent first starts take this lock, so one creates the schema.
_MIGRATION_LOCK = 7_202_611


def _login_quoted(location: str) -> str:
    """The address with its login percent-encoded: a password may hold `@`, `:` or `/`, so the
    login runs to the last `@` before the query, not to the first (which would read the rest of
    the password as the host name, and print it in an error)."""
    scheme, separator, rest = location.partition("://")
    at = rest.rfind("@", 0, rest.find("?") if "?" in rest else len(rest))
    if not separator or at < 0:
        return location
    user, colon, password = rest[:at].partition(":")
    login = quote(unquote(user), safe="") + colon + quote(unquote(password), safe="")
    return f"{scheme}://{login}@{rest[at + 1 :]}"


def parse_url(location: str, password: str | None = None) -> URL:
    """The URL with the psycopg 3 driver; a password given apart (from the keychain) is added."""
    if location.startswith("postgres://"):  # libpq's short form; SQLAlchemy knows the long one
        location = "postgresql://" + location[len("postgres://") :]
    location = _login_quoted(location)
    try:
        url = make_url(location)
    except (ArgumentError, ValueError) as error:  # a port that is not a number, say
        raise StoreError(f"{shown(location)}: not a database address ({error})") from None
    if url.get_backend_name() != "postgresql" or not url.database:
        raise StoreError(
            f"{shown(location)}: give a PostgreSQL address with a database name, such as "
            "postgresql+psycopg://adviser@db.example.org/startups"
        )
    url = url.set(drivername="postgresql+psycopg")
    return url.set(password=password) if password is not None else url


def shown(location: str | URL) -> str:
    """The address to show or keep in settings: never the password (nor one in the query)."""
    try:
        url = make_url(_login_quoted(location)) if isinstance(location, str) else location
    except (ArgumentError, ValueError):
        return str(location).split("@")[-1]
    query = {key: value for key, value in url.query.items() if key != "password"}
    without = URL.create(
        url.drivername, url.username, None, url.host, url.port, url.database, query
    )
    return without.render_as_string(hide_password=False)


def describe_server_error(url: URL, error: BaseException) -> str:
    """One line: the server is down, the login was refused, or what the server said."""
    raw = str(getattr(error, "orig", error)).strip()
    first = raw.splitlines()[0][:300] if raw else type(error).__name__
    where = f"{url.host or 'localhost'}:{url.port or 5432}/{url.database}"
    lowered = raw.casefold()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return f"{where}: the server refused the login for {url.username or 'this user'}"
    if "does not exist" in lowered and "database" in lowered:
        return f"{where}: no database of that name on the server"
    stopped = ("statement timeout", "server closed the connection", "consuming input failed")
    if any(sign in lowered for sign in stopped):
        return f"{where}: the team server stopped answering ({first}); try again when it is back"
    unreachable = ("connection refused", "could not connect", "timeout", "failed to resolve host")
    if any(sign in lowered for sign in unreachable):
        return f"{where}: cannot reach the database server ({first})"
    return f"{where}: database error: {first}"


def open_server_engine(url: URL) -> Engine:
    """An engine on the server, its schema created or upgraded; StoreError when the server is
    down, refuses the login or holds a schema from a newer version (left untouched)."""
    engine = create_engine(
        url,
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_SECONDS,
            "options": f"-c statement_timeout={STATEMENT_TIMEOUT_SECONDS * 1000}",
            **_KEEPALIVES,
        },
    )
    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
            tables = set(inspect(connection).get_table_names())
            if "alembic_version" in tables:
                revision = connection.execute(
                    text("SELECT version_num FROM alembic_version")
                ).scalar()
                if revision is not None and revision not in KNOWN_REVISIONS:
                    raise StoreError(
                        f"{shown(url)}: this session database was made by a newer version of "
                        f"Startup Scheme Matcher (schema {revision}); update the app to use it. "
                        "It was left untouched."
                    )
                if revision == HEAD:
                    return engine  # current: Alembic stays unloaded
            elif "sessions" in tables:
                raise StoreError(
                    f"{shown(url)}: the database has a sessions table that is not ours; it was "
                    "left untouched — use another database"
                )
            from alembic import command

            connection.execute(text("SET LOCAL statement_timeout = 0"))  # a long upgrade
            command.upgrade(migrations_on(connection), "head")
    except StoreError:
        engine.dispose()
        raise
    except DBAPIError as error:
        engine.dispose()
        raise StoreError(describe_server_error(url, error)) from None
    return engine
