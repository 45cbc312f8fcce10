"""``make package-test``: the built program checked as an office would use it.

    .venv/bin/python packaging/check_build.py dist/tirkeu [--limit-mb 120]

Everything runs through the built ``tirkeu-cli`` and ``tirkeu`` (never the source), in a
temporary folder with its own data, configuration and cache folders: a school and a region
office are set up, exchange identity cards (``keys export --minisign``, ``keys trust``), the
school fills itself with demo data and writes an encrypted bundle to a "USB" folder, the office
imports that folder and exports its decryption key (``age -d`` opens the payload), both compute
the indicators report (the same figures from both databases) and the office writes it as XLSX
and PDF, the window starts on the office's database offscreen, and the program's
``--self-test`` runs with the offscreen platform and with no display.
The folder's size is printed with its largest parts and must stay under the limit.

Each step prints one line with its time; the first failure prints what the program said and
exits 1.  Needs only the standard library and openpyxl (the .venv's) to read the report back;
``minisign``, ``age``, ``pdftotext`` and ``xvfb-run``, when installed, check the signature, the
payload's encryption, the PDF's text and the window on an X server too.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from base64 import b64decode
from pathlib import Path
from typing import Any

MIB = 2**20


class CheckFailed(Exception):
    """A step's result is not what the program should give; the message says what was seen."""


class Built:
    """The built program in ``dist``, run in ``work`` with private data and settings folders."""

    def __init__(self, dist: Path, work: Path) -> None:
        windows = sys.platform == "win32"
        self.cli = dist / ("tirkeu-cli.exe" if windows else "tirkeu-cli")
        self.window = dist / ("tirkeu.exe" if windows else "tirkeu")
        self.work = work
        home = work / "home"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("TIRKEU_", "XDG_", "QT_"))}
        self.env.update(TIRKEU_DATA_DIR=str(work / "data"), HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                        XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"),
                        PYTHONPATH="", PYTHONHOME="")
        home.mkdir(parents=True)

    def run(self, program: Path, *args: str, expect: int = 0, env: dict[str, str] | None = None,
            timeout: int = 300) -> subprocess.CompletedProcess[str]:
        """Run ``program args``; a different exit code (or a traceback) fails the step."""
        done = subprocess.run([str(program), *args], cwd=self.work, env={**self.env, **(env or {})},
                              capture_output=True, text=True, encoding="utf-8", timeout=timeout)
        if done.returncode != expect or "Traceback (most recent call last)" in done.stderr:
            raise CheckFailed(f"{program.name} {' '.join(args)}: exit code {done.returncode} (wanted {expect})\n"
                              f"stdout: {done.stdout[-1500:]}\nstderr: {done.stderr[-1500:]}")
        return done

    def cli_json(self, *args: str, expect: int = 0) -> Any:
        """``tirkeu-cli args`` whose output is JSON."""
        out = self.run(self.cli, *args, expect=expect).stdout
        try:
            return json.loads(out)
        except ValueError as exc:
            raise CheckFailed(f"tirkeu-cli {' '.join(args)} printed no JSON: {out[:500]!r}") from exc


def check(condition: bool, message: str) -> None:
    """Fail the step with ``message`` unless ``condition``."""
    if not condition:
        raise CheckFailed(message)


def folder_size(folder: Path) -> tuple[int, list[tuple[int, str]]]:
    """Bytes under ``folder`` (links not followed) and the size of each part, largest first.

    A part is a folder two levels below ``_internal`` (PySide6/Qt) or a file directly in it.
    """
    parts: dict[str, int] = {}
    total = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        size = path.stat().st_size
        total += size
        rel = path.relative_to(folder).parts
        key = "/".join(rel[:3] if rel[0] == "_internal" and len(rel) > 3 else rel[:2] if len(rel) > 2 else rel)
        parts[key] = parts.get(key, 0) + size
    return total, sorted(((size, name) for name, size in parts.items()), reverse=True)


def check_size(dist: Path, limit_mb: float) -> str:
    """The files (links not followed) total at most ``limit_mb`` MiB; prints the largest parts.

    ``du -sh`` shows about 1.5 MB more: it counts the file system's blocks.
    """
    total, parts = folder_size(dist)
    print(f"     size of {dist}: {total / MIB:.1f} MB (limit {limit_mb:g} MB); largest parts:")
    for size, name in parts[:12]:
        print(f"       {size / MIB:6.1f} MB  {name}")
    check(total <= limit_mb * MIB, f"{dist} is {total / MIB:.1f} MB, over the {limit_mb:g} MB limit")
    return f"{total / MIB:.1f} MB"


def check_keys(card: Path, pub: Path, role: str) -> dict[str, Any]:
    """An identity card (JSON) and its minisign public key file, as `keys export --minisign` writes them."""
    data = json.loads(card.read_text(encoding="utf-8"))
    check(data.get("format") == "tirkeu-identity" and data.get("role") == role,
          f"{card.name} is not a {role}'s identity card: {data}")
    lines = pub.read_text(encoding="utf-8").splitlines()
    check(len(lines) == 2 and lines[0].startswith("untrusted comment:"), f"{pub.name} is not a minisign key file")
    key = b64decode(lines[1])
    check(len(key) == 42 and key[:2] == b"Ed", f"{pub.name} does not hold an Ed25519 minisign key")
    check(lines[1] == data["public_key"], f"{pub.name} and {card.name} name different keys")
    return data


def check_bundle(path: Path, pub: Path, out: Path) -> dict[str, Any]:
    """A bundle's three members, its manifest, and (with minisign installed) its signature."""
    with zipfile.ZipFile(path) as bundle:
        names = sorted(bundle.namelist())
        check(names == ["manifest.json", "manifest.json.minisig", "payload.jsonl.age"],
              f"{path.name} holds {names}")
        bundle.extractall(out)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    check(manifest["format"] == "tirkeu-bundle" and manifest["payload"]["encrypted"],
          f"{path.name}'s manifest: {manifest}")
    if shutil.which("minisign"):
        done = subprocess.run(["minisign", "-V", "-p", str(pub), "-m", str(out / "manifest.json")],
                              capture_output=True, text=True)
        check(done.returncode == 0, f"minisign does not verify {path.name} with {pub.name}: {done.stderr}")
    return manifest


def indicator_values(report: dict[str, Any]) -> dict[str, list[Any]]:
    """{indicator code: its values in order} of `report indicators --json`."""
    values: dict[str, list[Any]] = {}
    for section in report["sections"]:
        for row in section["indicators"]:
            values.setdefault(row["code"], []).append(row["value"])
    return values


def check_workbook(path: Path, people: int) -> None:
    """The report's XLSX opens and shows the number of people covered."""
    from openpyxl import load_workbook  # the .venv's, only to read the program's file back

    book = load_workbook(path, read_only=True)
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for cell in row]
    book.close()
    check(people in cells, f"{path.name} does not show the {people} people covered")


def check_pdf(path: Path, title: str) -> None:
    """A PDF file; with pdftotext installed, its text holds ``title`` (Kazakh letters included)."""
    check(path.read_bytes()[:5] == b"%PDF-", f"{path.name} is not a PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
        check(title in " ".join(text.split()), f"{path.name}'s text lacks {title!r}: {text[:300]!r}")


def scenario(built: Built) -> None:
    """The steps (each printed with its time) from a new school and office to the window."""
    work = built.work
    school, office, usb = work / "school.sqlite3", work / "office.sqlite3", work / "usb"
    usb.mkdir()

    def step(name: str, action) -> Any:
        started = time.perf_counter()
        result = action()
        print(f"ok   {name} ({time.perf_counter() - started:.1f} s)", flush=True)
        return result

    def cli(*args: str, expect: int = 0) -> str:
        return built.run(built.cli, *args, expect=expect).stdout

    def version() -> None:
        check(cli("--version").startswith("tirkeu "), "tirkeu-cli --version")
        check("usage: tirkeu-cli" in cli("--help"), "tirkeu-cli --help does not name itself tirkeu-cli")
        cli("--no-such-option", expect=2)  # bad usage: exit 2, one message, no traceback

    step("tirkeu-cli --version, --help, bad usage", version)
    step("init: a region office and a school", lambda: (
        cli("--db", str(office), "init", "--role", "office", "--name", "Түркістан облысы білім басқармасы",
            "--region", "KZ-61"),
        cli("--db", str(school), "init", "--role", "school", "--name", "№12 мектеп-гимназия", "--region", "KZ-61",
            "--district", "Сайрам ауданы")))

    def keys() -> dict[str, Any]:
        cards = {}
        for role, db in (("office", office), ("school", school)):
            cli("--db", str(db), "keys", "export", "--out", f"{role}.card", "--minisign", f"{role}.pub")
            cards[role] = check_keys(work / f"{role}.card", work / f"{role}.pub", role)
        return cards

    cards = step("keys export --minisign (card and .pub of both)", keys)
    step("keys trust: the school the office's card (--fingerprint), the office the school's", lambda: (
        cli("--db", str(school), "keys", "trust", "office.card", "--fingerprint", cards["office"]["fingerprint"]),
        cli("--db", str(office), "keys", "trust", "school.card")))
    step("demo data at the school", lambda: cli("--db", str(school), "demo", "--people", "40"))

    def code_page() -> str:
        # A Kazakh or Russian Windows writes redirected output in cp1251, which lacks ә ғ қ ң ө ұ ү һ;
        # a cp1251 locale does the same on Linux.  The built program writes UTF-8 (Python's UTF-8 mode).
        if not (shutil.which("localedef") and Path("/usr/share/i18n/locales/ru_RU").is_file()):
            return "skipped: no localedef or ru_RU locale source"
        locales = work / "locales"
        locales.mkdir()
        subprocess.run(["localedef", "-i", "ru_RU", "-f", "CP1251", str(locales / "ru_RU.CP1251")],
                       capture_output=True, check=False)
        if not (locales / "ru_RU.CP1251").exists():
            return "skipped: localedef could not make ru_RU.CP1251"
        done = built.run(built.cli, "--db", str(school), "keys", "list",
                         env={"LOCPATH": str(locales), "LC_ALL": "ru_RU.CP1251"})
        check("Түркістан облысы" in done.stdout, f"keys list under cp1251: {done.stdout!r}")
        return "ok"

    result = step("Kazakh letters in redirected output under a cp1251 locale (as on Windows)", code_page)
    if result != "ok":
        print(f"     ({result})")

    def export() -> dict[str, Any]:
        written = built.cli_json("--db", str(school), "bundle", "export", "--out", str(usb), "--json")
        path = Path(written["file"])
        check(path.parent == usb and path.is_file() and written["encrypted"], f"bundle export: {written}")
        manifest = check_bundle(path, work / "school.pub", work / "bundle")
        check(manifest["records"] == written["records"] > 0, f"records: {manifest['records']} vs {written}")
        return written

    written = step("bundle export --out FOLDER (encrypted, signed: minisign -V with school.pub)", export)

    def import_folder() -> None:
        (usb / "school.card").write_bytes((work / "school.card").read_bytes())  # a card in the folder: skipped
        # Through the worker process as an office's big import goes (spawned: the frozen program must
        # start itself as that worker), on a copy of the office.
        for suffix in ("", "-wal"):
            if Path(f"{office}{suffix}").exists():
                Path(f"{work / 'office-worker.sqlite3'}{suffix}").write_bytes(Path(f"{office}{suffix}").read_bytes())
        done = json.loads(built.run(built.cli, "--db", str(work / "office-worker.sqlite3"), "bundle", "import",
                                    str(usb), "--json", env={"TIRKEU_IMPORT_WORKER": "1"}).stdout)
        check(done["totals"]["created"] == written["records"] and done["read_by_worker"] == 1,
              f"bundle import through the worker process: {done['totals']}, read by it: {done['read_by_worker']}")
        done = built.cli_json("--db", str(office), "bundle", "import", str(usb), "--json")
        totals = done["totals"]
        check(totals["imported"] == 1 and totals["created"] == written["records"] and totals["rejected"] == 0,
              f"bundle import: {totals}")
        again = built.cli_json("--db", str(office), "bundle", "import", str(usb), "--json")
        check(again["totals"]["already imported"] == 1 and again["totals"]["created"] == 0,
              f"the same folder again: {again['totals']}")
        (usb / "broken.tirkeu").write_bytes(b"not a bundle")
        refused = built.cli_json("--db", str(office), "bundle", "import", str(usb), "--json", expect=1)
        check(refused["totals"]["refused"] == 1, f"a damaged file is not refused: {refused['totals']}")
        (usb / "broken.tirkeu").unlink()
        people = [built.cli_json("--db", str(db), "info", "--json")["counts"]["person"] for db in (school, office)]
        check(people[0] == people[1] == 40, f"people at the school and the office: {people}")

    step("bundle import FOLDER at the office (again: already imported; a damaged file: refused)", import_folder)

    def age_identity() -> None:
        cli("--db", str(office), "keys", "export-age-identity", "--out", "office.agekey")
        key = work / "office.agekey"
        check(key.read_text(encoding="ascii").strip().splitlines()[-1].startswith("AGE-SECRET-KEY-1"),
              "office.agekey holds no age identity")
        if shutil.which("age"):
            done = subprocess.run(["age", "-d", "-i", str(key), str(work / "bundle" / "payload.jsonl.age")],
                                  capture_output=True, text=True, encoding="utf-8")
            lines = done.stdout.splitlines()
            check(done.returncode == 0 and len(lines) == written["records"],
                  f"age -d with office.agekey: exit {done.returncode}, {len(lines)} lines: {done.stderr}")

    step("keys export-age-identity at the office (age -d opens the bundle's payload)", age_identity)

    today = dt.date.today()
    period = f"{today - dt.timedelta(days=120)}..{today}"  # the demo's events are within the last 90 days

    def report() -> None:
        args = ("report", "indicators", "--period", period, "--scope", "region:KZ-61", "--json")
        at_office = built.cli_json("--db", str(office), *args)
        at_school = built.cli_json("--db", str(school), *args)
        figures = indicator_values(at_office)
        check(figures == indicator_values(at_school), "the office's figures differ from the school's")
        people = figures["legal_culture.people_covered_region"][0]
        check(people == 40, f"people covered in the region: {people}, wanted 40")
        for name in ("report.xlsx", "report.pdf"):
            cli("--db", str(office), "report", "indicators", "--period", period, "--lang", "kk", "--out", name)
        check_workbook(work / "report.xlsx", people)
        check_pdf(work / "report.pdf", "Бағдарламалар көрсеткіштері")

    step("report indicators (the office's figures = the school's; XLSX and PDF)", report)

    def server() -> None:
        # The office moved to a PostgreSQL server through the built program (psycopg and libpq inside it
        # or the system's), a throwaway cluster as the tests use (tests/pg_server.py).
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from tests.pg_server import ThrowawayCluster, find_bin

        unreachable = built.run(built.cli, "--db", "postgresql://tirkeu@127.0.0.1:9/none", "--lang", "en", "info",
                                expect=1)
        check(unreachable.stderr.count("\n") == 1 and "Cannot reach the database server" in unreachable.stderr,
              f"an unreachable server: {unreachable.stderr!r}")
        if not (find_bin("initdb") and find_bin("pg_ctl")):
            print("     (PostgreSQL not installed: the move to a server is not tried)")
            return
        cluster = ThrowawayCluster().start()
        try:
            import psycopg

            address = cluster.address.rsplit("/", 1)[0] + "/office"
            with psycopg.connect(cluster.address, autocommit=True) as conn:
                conn.execute("CREATE DATABASE office TEMPLATE template0 ENCODING 'UTF8'")
            cli("--db", str(office), "move-to", address)
            args = ("report", "indicators", "--period", period, "--scope", "region:KZ-61", "--json")
            on_server = indicator_values(built.cli_json("--db", address, *args))
            check(on_server == indicator_values(built.cli_json("--db", str(office), *args)),
                  "the server's figures differ from the file's")
            info = built.cli_json("--db", address, "info", "--json")
            check(info["engine"] == "postgresql" and info["counts"]["person"] == 40, f"info on the server: {info}")
        finally:
            cluster.stop()

    step("the office moved to a PostgreSQL server (move-to; the same report there; an unreachable server)", server)
    def window() -> None:
        built.run(built.window, "--db", str(office), "--quit-after-load", "--no-crash-dialog",
                  env={"QT_QPA_PLATFORM": "offscreen"})
        if sys.platform.startswith("linux") and shutil.which("xvfb-run"):
            # an X server: the xcb platform with the system's Xlib, fontconfig and FreeType
            built.run(Path(shutil.which("xvfb-run") or "xvfb-run"), "-a", "-s", "-screen 0 1366x768x24",
                      str(built.window), "--db", str(office), "--quit-after-load", "--no-crash-dialog",
                      env={"QT_QPA_PLATFORM": "xcb"})
        # with --no-crash-dialog an unexpected error is only logged (ui/crash.py): the log must have none
        logs = sorted((work / "data").rglob("*.log"))
        errors = [p.name for p in logs if "unexpected error" in p.read_text(encoding="utf-8", errors="replace")]
        check(not errors, f"the window logged unexpected errors in {errors}")

    step("the window on the office's database (offscreen, and X11 under xvfb-run if installed)", window)

    def self_test() -> None:
        out = built.run(built.window, "--self-test", env={"QT_QPA_PLATFORM": "offscreen"}).stdout
        report = json.loads(out)
        check(report["self_test"] == "ok" and report["frozen"], f"--self-test: {out[:500]}")
        env = {k: v for k, v in built.env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        done = subprocess.run([str(built.window), "--self-test"], cwd=work, env=env, capture_output=True, text=True,
                              timeout=300)
        check(done.returncode == 0, f"--self-test with no display: {done.stderr[-1000:]}")

    step("--self-test (offscreen, then with no display)", self_test)


def main(argv: list[str] | None = None) -> int:
    """Check the built program in ``dist``; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dist", type=Path, help="the built folder (dist/tirkeu)")
    parser.add_argument("--limit-mb", type=float, default=120, help="largest allowed size in MiB (default 120)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        size = check_size(args.dist, args.limit_mb)
        print(f"ok   size {size}")
        with tempfile.TemporaryDirectory(prefix="tirkeu-package-test-") as tmp:
            scenario(Built(args.dist.resolve(), Path(tmp)))
    except (CheckFailed, subprocess.TimeoutExpired, KeyError, ValueError, OSError) as exc:
        print(f"FAILED: {type(exc).__name__}: {exc}" if not isinstance(exc, CheckFailed) else f"FAILED: {exc}",
              file=sys.stderr)
        return 1
    print(f"package-test: the built program passed every check in {time.perf_counter() - started:.0f} s ({size})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
