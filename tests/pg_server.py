"""A throwaway PostgreSQL cluster for the tests: ``initdb`` + ``pg_ctl`` on 127.0.0.1 in a temporary folder.

Nothing of the machine's own PostgreSQL is used or changed.  PostgreSQL
refuses to run as root, so under root (CI) the cluster belongs to the
``postgres`` system user that Debian's package makes, in a folder of /tmp
opened to it.  The cluster is UTF-8 with a C locale on purpose: an office's
server may well be set up that way, and Tirkeu must fold and sort Kazakh
letters right there too (it uses ICU for both, not the database's locale).

``TIRKEU_TEST_PG`` (a ``postgresql://`` address of a server where the user may
create databases) makes the tests use that server instead of starting one.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

PATIENCE = 120.0  # seconds: a guard against a hung server, not a speed requirement
SUPERUSER = "tirkeu_test"
PASSWORD_USER, PASSWORD = "tirkeu_pw", "pw-Tirkeu-7"  # a throwaway cluster's, on 127.0.0.1 only


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def find_bin(name: str) -> str | None:
    """``initdb``/``pg_ctl``: on PATH, else the newest of Debian's /usr/lib/postgresql/*/bin."""
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name)
                      if p.parent.name.isdigit() else 0)
    for folder in reversed(versions):
        if (folder / name).exists():
            return str(folder / name)
    return None


class ThrowawayCluster:
    """Start with :meth:`start`, stop with :meth:`stop`; :attr:`address` is the superuser's address."""

    def __init__(self) -> None:
        self.root_run = os.geteuid() == 0
        self.base = Path(tempfile.mkdtemp(prefix="tirkeu-pg-"))
        self.data = self.base / "data"
        self.port = _free_port()
        self.address = f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/postgres"
        self.started = False

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        command = list(args)
        if self.root_run:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=PATIENCE, check=False)

    def start(self) -> ThrowawayCluster:
        initdb, pg_ctl = find_bin("initdb"), find_bin("pg_ctl")
        if not (initdb and pg_ctl):
            raise RuntimeError("PostgreSQL's initdb/pg_ctl are not installed (Debian: postgresql)")
        if self.root_run:
            os.chmod(self.base, 0o700)
            shutil.chown(self.base, "postgres", "postgres")
        done = self._run(initdb, "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8",
                         "--locale=C", "--no-sync")
        if done.returncode:
            raise RuntimeError(f"initdb failed: {done.stderr or done.stdout}")
        # One user must give a password (the window's password prompt is tested with it); the rest is trust.
        hba = self.data / "pg_hba.conf"
        hba.write_text(f"host all {PASSWORD_USER} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        options = (f"-h 127.0.0.1 -p {self.port} -k {self.base} -c fsync=off -c synchronous_commit=off "
                   f"-c full_page_writes=off -c max_connections=200 -c shared_buffers=64MB")
        done = self._run(pg_ctl, "-D", str(self.data), "-l", str(self.base / "server.log"), "-o", options,
                         "-w", "-t", str(int(PATIENCE)), "start")
        if done.returncode:
            log = (self.base / "server.log").read_text(errors="replace") if (self.base / "server.log").exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {done.stderr or done.stdout}\n{log[-2000:]}")
        self.started = True
        self._wait_ready()
        import psycopg

        with psycopg.connect(self.address, autocommit=True) as conn:
            conn.execute(f"CREATE ROLE {PASSWORD_USER} LOGIN CREATEDB PASSWORD '{PASSWORD}'")
        return self

    def _wait_ready(self) -> None:
        import psycopg

        end = time.monotonic() + PATIENCE
        while True:
            try:
                psycopg.connect(self.address, connect_timeout=5).close()
                return
            except psycopg.OperationalError:
                if time.monotonic() > end:
                    raise
                time.sleep(0.2)

    def stop(self) -> None:
        if self.started:
            pg_ctl = find_bin("pg_ctl")
            if pg_ctl:
                self._run(pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "stop")
            self.started = False
        shutil.rmtree(self.base, ignore_errors=True)


class Server:
    """A PostgreSQL server the tests may create databases on (throwaway or given by TIRKEU_TEST_PG)."""

    def __init__(self, address: str, cluster: ThrowawayCluster | None = None) -> None:
        self.address = address
        self.cluster = cluster
        self._count = 0
        self._template_name: str | None = None

    def database_address(self, name: str) -> str:
        """The address of database ``name`` on this server (same user, host and port)."""
        return self.address.rsplit("/", 1)[0] + "/" + name

    def new_database(self, prefix: str = "t", empty: bool = False) -> str:
        """Create a new UTF-8 database and return its address.

        Unless ``empty``, it is a copy of a template that Tirkeu has already
        opened once (schema ladder and server functions in place): copying a
        template takes a fraction of running the ladder for every test.
        """
        import psycopg

        self._count += 1
        name = f"{prefix}_{os.getpid()}_{self._count}_{int(time.time() * 1000) % 100000}"
        template = "template0" if empty else self._template()
        with psycopg.connect(self.address, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" ENCODING \'UTF8\' LOCALE \'C\'')
        return self.database_address(name)

    def _template(self) -> str:
        if self._template_name is None:
            from app.db.store import close_database, current_store, is_open, open_database

            before = current_store() if is_open() else None
            address = self.new_database("template", empty=True)
            store = open_database(address)
            close_database(store)
            if before is not None:
                from app.db import store as store_module

                store_module._current = before
                store_module.database.initialize(before.db)
            self._template_name = address.rsplit("/", 1)[-1]
        return self._template_name

    def password_database(self) -> str | None:
        """A new database owned by a user who must give a password; its address without it (None if unknown)."""
        if self.cluster is None:
            return None
        import psycopg

        address = self.new_database("pw")
        name = address.rsplit("/", 1)[-1]
        with psycopg.connect(self.address, autocommit=True) as conn:
            conn.execute(f'ALTER DATABASE "{name}" OWNER TO {PASSWORD_USER}')
        with psycopg.connect(address, autocommit=True) as conn:
            conn.execute(f"GRANT ALL ON SCHEMA public TO {PASSWORD_USER}")
            for (table,) in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall():
                conn.execute(f'ALTER TABLE "{table}" OWNER TO {PASSWORD_USER}')
        return address.replace(f"//{SUPERUSER}@", f"//{PASSWORD_USER}@")

    def drop_database(self, address: str) -> None:
        """Drop a database made by :meth:`new_database` (its connections are ended first)."""
        import psycopg

        name = address.rsplit("/", 1)[-1]
        with psycopg.connect(self.address, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_server() -> Server:
    """The tests' server: TIRKEU_TEST_PG if set, else a new throwaway cluster."""
    given = os.environ.get("TIRKEU_TEST_PG")
    if given:
        return Server(given)
    cluster = ThrowawayCluster().start()
    return Server(cluster.address, cluster)
