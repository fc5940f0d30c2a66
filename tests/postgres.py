"""A throw-away PostgreSQL cluster for tests, with the server binaries of Debian's `postgresql`.

The cluster listens on a unix socket in a temporary directory only (no TCP port), trusts local
connections and runs without fsync. `tests/conftest.py` starts one per session (fixture
`postgres`); every test that needs a database creates its own with `create_database`, so the
review store's tests and the Dagster instance's tests share the server but never a database.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PORT = 5499
SUPERUSER = "woo"


@dataclass(frozen=True)
class PostgresServer:
    socket_dir: Path
    port: int = PORT
    user: str = SUPERUSER

    def url(self, database: str, driver: str = "psycopg") -> str:
        """A SQLAlchemy URL over the unix socket: `psycopg` (3) for the review store, `psycopg2` for
        dagster-postgres, which builds its engine with psycopg2."""
        return f"postgresql+{driver}://{self.user}@/{database}?host={self.socket_dir}&port={self.port}"


def server_binary(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _as_server_user(command: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root; as root we run it as the package's `postgres` user.
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


class PostgresMissing(RuntimeError):
    pass


@contextmanager
def throwaway_cluster() -> Iterator[PostgresServer]:
    """Start a cluster, yield it, stop it and remove its files."""
    initdb, pg_ctl = server_binary("initdb"), server_binary("pg_ctl")
    if initdb is None or pg_ctl is None:
        raise PostgresMissing("PostgreSQL server binaries missing: run `make install` (Debian package postgresql)")
    # Not under pytest's temporary root: that is private to root, and the server runs as `postgres`.
    base = Path(tempfile.mkdtemp(prefix="woo-pg-"))
    data, socket_dir = base / "data", base / "socket"
    socket_dir.mkdir()
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(socket_dir, "postgres")
    run = {"check": True, "capture_output": True, "timeout": 120}
    try:
        subprocess.run(_as_server_user([initdb, "-D", str(data), "-A", "trust", "-U", SUPERUSER, "-E", "UTF8"]), **run)
        options = f"-c listen_addresses='' -k {socket_dir} -p {PORT} -c fsync=off"
        log = str(base / "log")
        subprocess.run(_as_server_user([pg_ctl, "-D", str(data), "-o", options, "-w", "-l", log, "start"]), **run)
        yield PostgresServer(socket_dir)
    finally:
        subprocess.run(_as_server_user([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]), check=False,
                       capture_output=True, timeout=60)  # fmt: skip
        shutil.rmtree(base, ignore_errors=True)


def create_database(server: PostgresServer, prefix: str = "woo") -> str:
    """A new, empty database on the server; returns its name."""
    import psycopg

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(host=str(server.socket_dir), port=server.port, user=server.user, dbname="postgres",
                         autocommit=True) as conn:  # fmt: skip
        conn.execute(f'CREATE DATABASE "{name}"')
    return name
