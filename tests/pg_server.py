"""A throwaway PostgreSQL server for the tests: initdb and pg_ctl from Debian's `postgresql`
package, on a free loopback port, its data in a temporary folder. As root the server runs as
the `postgres` user (PostgreSQL refuses to run as root)."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

USER, PASSWORD = "adviser", "s3cret-for-tests"


def _bin_dir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(versions[-1]).parent if versions else None


def unavailable_reason() -> str | None:
    if _bin_dir() is None:
        return (
            "PostgreSQL is not installed (Debian: apt-get install postgresql); .ci/run installs it"
        )
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no postgres user to run the server as"
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PgServer:
    folder: Path
    port: int
    bin_dir: Path

    def _run(self, *argv: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / argv[0]), *argv[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{argv[0]} failed: {done.stderr.strip() or done.stdout.strip()}")
        return done

    def url(self, database: str, password: str | None = PASSWORD) -> str:
        login = USER if password is None else f"{USER}:{password}"
        return f"postgresql+psycopg://{login}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=USER,
            password=PASSWORD,
            dbname="postgres",
            autocommit=True,
        ) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def start(self) -> None:
        self._run(
            "pg_ctl",
            "-D",
            str(self.folder / "data"),
            "-l",
            str(self.folder / "log"),
            "-w",
            "-o",
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c max_connections=60",
            "start",
        )

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop")

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server() -> PgServer:
    """Started in a folder of its own under the system's temporary folder: pytest's folders
    are private to root, and the server runs as `postgres`."""
    bin_dir = _bin_dir()
    assert bin_dir is not None
    folder = Path(tempfile.mkdtemp(prefix="startup-match-pg-"))
    password_file = folder / "password"
    password_file.write_text(PASSWORD, encoding="utf-8")
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        for path in (folder, password_file):
            os.chown(path, owner.pw_uid, owner.pw_gid)
        os.chmod(folder, 0o700)
    server = PgServer(folder, _free_port(), bin_dir)
    server._run(
        "initdb",
        "-D",
        str(folder / "data"),
        "-U",
        USER,
        f"--pwfile={password_file}",
        "--auth=scram-sha-256",
        "-E",
        "UTF8",
        "--locale=C.UTF-8",
    )
    server.start()
    return server
