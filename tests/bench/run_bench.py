"""``make bench``: Tirkeu's speed and memory against baselines measured in the same run.

Every figure runs in its own process, timed and measured there (peak memory
from ``wait4``'s rusage), next to a baseline doing the same work the plain
way: sqlite3.executemany for the synthetic data and the CSV rows, a bare
PySide6 QMainWindow for the cold start.  Ratios, not absolute seconds, are
what to compare across machines.  Results also go to ``bench-results.json``.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
PY = sys.executable
ENV = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")


def measure(cmd: list[str]) -> dict:
    """Run ``cmd``; wall seconds, peak memory (MB) and its JSON output if any.

    The disk is flushed first: the steps before it leave gigabytes to write back (the nation file alone is
    3 GB), and a step that commits during that writeback waited on it (measured: a CSV import 0.28 s on a
    quiet disk, 0.35-0.48 s behind a 3 GB write, its plain-insert baseline, with a quarter of the data to
    sync, 0.08 -> 0.10 s), so its figure depended on what ran before it.
    """
    os.sync()
    began = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - began
    out, err = proc.stdout.read().decode(), proc.stderr.read().decode()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"benchmark step failed: {' '.join(cmd)}\n{err}")
    data = {}
    for line in reversed(out.strip().splitlines()):
        if line.startswith("{"):
            data = json.loads(line)
            break
    return {"wall": wall, "peak_mb": usage.ru_maxrss / 1024, **data}


CSV_RUNS = 3


def _median_run(runs: list[dict]) -> dict:
    """The run whose ``seconds`` is the median (an odd number of runs): its figures all from one run."""
    return sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2]


def participants_csv(path: Path, n: int = 10_000, seed: int = 5) -> None:
    """A realistic participants file: Kazakh names, valid IINs, some bad rows."""
    from app.synth import NAMES_F, NAMES_M, SURNAMES
    from app.validation.iin import make_iin

    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["surname", "name", "patronymic", "birth_date", "sex", "iin", "school", "grade"])
        for i in range(n):
            sex = rng.choice("MF")
            birth = dt.date(2007, 1, 1) + dt.timedelta(days=rng.randrange(4000))
            iin = make_iin(birth, sex, i)
            if i % 100 == 99:
                iin = iin[:-1] + str((int(iin[-1]) + 1) % 10)  # 1% wrong check digits
            w.writerow([rng.choice(SURNAMES) + ("" if sex == "M" else "а"),
                        rng.choice(NAMES_M if sex == "M" else NAMES_F), "", birth.strftime("%d.%m.%Y"),
                        sex, iin, f"№{rng.randint(1, 40)} мектеп", rng.randint(1, 11)])


def server_figures(tmp: Path, region_db: Path, sync_dir: Path, nation_db: Path | None = None) -> list[dict]:
    """The office on a PostgreSQL server (a throwaway cluster), each figure beside its baseline.

    Office import vs COPY + upsert of the same rows on the same server; the region's indicators
    report vs the same report on SQLite (same data, moved with move-to); search as you type.
    Skipped, with a line saying so, where PostgreSQL is not installed.
    """
    from tests.pg_server import find_bin, start_server

    if not (find_bin("initdb") and find_bin("pg_ctl")):
        print("PostgreSQL (initdb, pg_ctl) not installed: the server figures are left out")
        return []
    server = start_server()
    out: list[dict] = []
    try:
        office = server.new_database("bench_office", empty=True)
        measure([PY, "tests/bench/pg_tasks.py", "move", str(tmp / "office-before-import.sqlite3"), office])
        fresh = sync_dir.with_name("sync-server")
        shutil.copytree(sync_dir / "bundles", fresh / "bundles")
        shutil.copy(tmp / "office-before-import.sqlite3", fresh / "office.sqlite3")
        imp = measure([PY, "tests/bench/pg_tasks.py", "import", str(fresh), office])
        base = measure([PY, "tests/bench/pg_tasks.py", "baseline", str(fresh), server.new_database("bench_copy", empty=True)])
        out.append(dict(figure="server: office import, records/s", value=imp["records_per_s"],
                        baseline=base["records_per_s"], target=">= 0.5 x COPY + upsert", higher=True, floor=0.5,
                        detail=f"{imp['records']:,} records, {imp['imported']} bundles; SQLite file: see above"))
        region = server.new_database("bench_region", empty=True)
        moved = measure([PY, "tests/bench/pg_tasks.py", "move", str(region_db), region])
        out.append(dict(figure="server: move-to of the region file, rows/s", value=moved["rows_per_s"],
                        baseline=moved["rows_per_s"], target="(for information)", higher=True,
                        detail=f"{moved['rows']:,} rows in {moved['seconds']:.1f} s"))
        # The file again, now: the figures above changed it (an event's attendees, an export), and the
        # server holds it as it is now; timed beside the server's, in the same state of the machine.
        rep_sqlite = measure([PY, "tests/bench/report_tasks.py", str(region_db)])
        rep = measure([PY, "tests/bench/report_tasks.py", region])
        # Issue 15 judges the nation scale (make bench-nation); the region's comparison is printed beside it.
        out.append(dict(figure="server: indicators report, region: s", value=rep["seconds"],
                        baseline=rep_sqlite["seconds"], target="(SQLite's time; judged at nation scale)",
                        higher=False,
                        detail=f"one indicator's plain GROUP BY on the server {rep['baseline_s']:.2f} s; "
                               f"figures {'the same as' if rep['digest'] == rep_sqlite['digest'] else 'DIFFERENT FROM'}"
                               f" SQLite's"))
        if nation_db is not None:
            # Issue 15's target: the nation-scale report on a server within the SQLite time on the same data.
            nation = server.new_database("bench_nation", empty=True)
            moved = measure([PY, "tests/bench/pg_tasks.py", "move", str(nation_db), nation])
            rep_sqlite = measure([PY, "tests/bench/report_tasks.py", str(nation_db)])
            rep = measure([PY, "tests/bench/report_tasks.py", nation])
            out.append(dict(figure="server: indicators report, nation: s", value=rep["seconds"],
                            baseline=rep_sqlite["seconds"], target="<= the SQLite time", higher=False, limit=1.0,
                            detail=f"{moved['rows']:,} rows moved in {moved['seconds']:.0f} s; figures "
                                   f"{'the same as' if rep['digest'] == rep_sqlite['digest'] else 'DIFFERENT FROM'}"
                                   f" SQLite's"))
        ui_fig = measure([PY, "tests/bench/ui_tasks.py", region])
        out.append(dict(figure=f"server: search as you type ({ui_fig['people']:,}): median ms",
                        value=ui_fig["search_median_ms"], baseline=50, target="<= 50 ms", higher=False, limit=1.0,
                        detail=f"p95 {ui_fig['search_p95_ms']:.0f} ms; open the list {ui_fig['open_people_s']:.2f} s"))
    finally:
        if server.cluster is not None:
            server.cluster.stop()
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--nation", action="store_true", help="also the nation scale (minutes)")
    parser.add_argument("--starts", type=int, default=5, help="cold starts measured of each")
    args = parser.parse_args()
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="tirkeu-bench-") as tmp:
        tmp = Path(tmp)
        for scale in ["region"] + (["nation"] if args.nation else []):
            ours = measure([PY, "-m", "app", "--db", str(tmp / f"{scale}.sqlite3"), "synth",
                            "--scale", scale, "--seed", "1"])
            base = measure([PY, "tests/bench/baseline.py", "synth", scale, "1", str(tmp / f"{scale}-base.sqlite3")])
            judged = {"target": ">= 0.8 x executemany", "floor": 0.8} if scale == "region" else \
                {"target": "(for information: the target is the region's)"}
            rows.append(dict(figure=f"synth {scale}: rows/s", value=ours["rows_per_s"],
                             baseline=base["rows_per_s"], higher=True, detail=f"{ours['rows']:,} rows", **judged))
            rows.append(dict(figure=f"synth {scale}: peak MB", value=ours["peak_mb"],
                             baseline=base["peak_mb"], target="", higher=False))
            rep = measure([PY, "tests/bench/report_tasks.py", str(tmp / f"{scale}.sqlite3")])
            if scale == "region":
                # Issue 16: the whole report within 1.1 x one indicator's plain query on the same data.
                rows.append(dict(figure="indicators report, region: s", value=rep["seconds"],
                                 baseline=rep["baseline_s"], target="<= 1.1 x one plain GROUP BY", higher=False,
                                 limit=1.1, detail=f"first run {rep['first_s']:.2f} s; median of 3 each"))
            else:
                rows.append(dict(figure=f"indicators report, {scale}: s", value=rep["seconds"], baseline=3.0,
                                 target="<= 3 s", higher=False, limit=1.0,
                                 detail=f"one indicator's plain GROUP BY {rep['baseline_s']:.2f} s, "
                                        f"ratio {rep['ratio']:.1f}x"))
        region_db = tmp / "region.sqlite3"
        # The search figures are timed with a busy-loop process on the machine's other core (ui_tasks starts
        # and stops it), as on a laptop where something else is working; the list's opening is timed alone.
        ui_fig = measure([PY, "tests/bench/ui_tasks.py", str(region_db), "--busy-core"])
        busy = "with a busy-loop process on the other core" if ui_fig.get("search_other_core_busy") else ""
        rows.append(dict(figure=f"open people list ({ui_fig['people']:,}): s", value=ui_fig["open_people_s"],
                         baseline=0.5, target="<= 0.5 s", higher=False, limit=1.0))
        rows.append(dict(figure="search as you type: median ms", value=ui_fig["search_median_ms"],
                         baseline=30, target="<= 30 ms", higher=False, limit=1.0, detail=busy))
        rows.append(dict(figure="search as you type: p95 ms", value=ui_fig["search_p95_ms"],
                         baseline=60, target="<= 60 ms", higher=False, limit=1.0, detail=busy))
        rows.append(dict(figure="people list open and scrolled: MB grown", value=ui_fig["people_list_mb"],
                         baseline=150, target="<= 150 MB", higher=False, limit=1.0))
        if "open_event_s" in ui_fig:
            rows.append(dict(figure="open an event with 500 attendees: s", value=ui_fig["open_event_s"],
                             baseline=0.3, target="<= 0.3 s", higher=False, limit=1.0))
        exp = measure([PY, "tests/bench/sync_tasks.py", "export", str(region_db)])
        rows.append(dict(figure=f"bundle export of {exp['records']:,} changed records: s", value=exp["seconds"],
                         baseline=3.0, target="<= 3 s", higher=False, limit=1.0))
        sync_dir = tmp / "sync"
        made = measure([PY, "tests/bench/sync_tasks.py", "make", str(sync_dir), "400", "1250"])
        shutil.copy(sync_dir / "office.sqlite3", tmp / "office-before-import.sqlite3")  # for the server's figure
        imp = measure([PY, "tests/bench/sync_tasks.py", "import", str(sync_dir)])
        base = measure([PY, "tests/bench/sync_tasks.py", "baseline", str(sync_dir)])
        rows.append(dict(figure=f"office import, {made['schools']} bundles: records/s", value=imp["records_per_s"],
                         baseline=base["records_per_s"], target=">= 0.7 x plain upsert",
                         higher=True, floor=0.7, detail=f"{imp['records']:,} records, {imp['imported']} bundles"))
        rows.append(dict(figure="office import: peak MB", value=imp["peak_mb"], baseline=base["peak_mb"],
                         target="bounded by the largest bundle", higher=False))
        csv_path = tmp / "participants.csv"
        participants_csv(csv_path)
        # Three runs of each, interleaved, and the median of each: one run of a 0.1-0.3 s import moves by
        # 10 % on this shared machine, more than the margin of its target.
        firsts, agains, bases = [], [], []
        for k in range(CSV_RUNS):
            db = str(tmp / f"imp-{k}.sqlite3")
            firsts.append(measure([PY, "tests/bench/tasks.py", "import", str(csv_path), db]))
            agains.append(measure([PY, "tests/bench/tasks.py", "import-again", str(csv_path), db]))
            bases.append(measure([PY, "tests/bench/baseline.py", "csv", str(csv_path), str(tmp / f"imp-base-{k}.sqlite3")]))
        ours, again, base = _median_run(firsts), _median_run(agains), _median_run(bases)
        runs = f"median of {CSV_RUNS} runs each"
        rows.append(dict(figure="CSV import 10,000 participants: rows/s", value=ours["rows_per_s"],
                         baseline=base["rows_per_s"], target=">= 0.25 x raw insert", higher=True, floor=0.25,
                         detail=f"{ours['rejected']} rejected; {runs}"))
        rows.append(dict(figure="CSV re-import (all unchanged): rows/s", value=again["rows_per_s"],
                         baseline=ours["rows_per_s"], target=">= 2 x the first import", higher=True, floor=2.0,
                         detail=f"{again['rows_per_s'] / base['rows_per_s']:.2f} x raw insert; {runs}"))
        rows.append(dict(figure="CSV import: peak MB", value=ours["peak_mb"], baseline=base["peak_mb"],
                         target="", higher=False))
        cert = measure([PY, "tests/bench/certificate_tasks.py", str(tmp / "certs.sqlite3"), "1000"])
        rows.append(dict(figure=f"{cert['count']:,} certificates with QR: s", value=cert["with_qr_s"],
                         baseline=10.0, target="<= 10 s", higher=False, limit=1.0,
                         detail=f"text-only pages {cert['text_only_s']:.2f} s, ratio {cert['ratio']:.1f}x, "
                                f"{cert['pdf_mb']:.1f} MB"))
        tour = measure([PY, "tests/bench/tournament_tasks.py"])
        rows.append(dict(figure=f"draw of {tour['teams']} teams, round 4: s", value=tour["draw_s"],
                         baseline=1.0, target="<= 1 s", higher=False, limit=1.0,
                         detail=f"random shuffle {tour['shuffle_s'] * 1000:.2f} ms, ratio {tour['draw_ratio']:.0f}x"))
        for size in ("200", "40"):
            # Same rounds drawn by the matching and by the previous pairing step (local search).
            rows.append(dict(figure=f"bracket crossings, {tour['draws_' + size]} draws of {size} teams",
                             value=tour["crossings_" + size], baseline=tour["previous_crossings_" + size],
                             target="<= previous draw", higher=False, limit=1.0,
                             detail=f"baseline: the previous draw on the same seeds; it was worse by the cost "
                                    f"order in {tour['previous_worse_' + size]} of {tour['draws_' + size]}"))
        rows.append(dict(figure=f"standings of {tour['teams']} teams, 5 rounds: s", value=tour["standings_s"],
                         baseline=0.2, target="<= 0.2 s", higher=False, limit=1.0,
                         detail=f"plain sorted() {tour['sorted_s'] * 1000:.2f} ms, "
                                f"ratio {tour['standings_ratio']:.1f}x"))
        rows.extend(server_figures(tmp, region_db, sync_dir, tmp / "nation.sqlite3" if args.nation else None))
        db = tmp / "ui.sqlite3"
        subprocess.run([PY, "-m", "app", "--db", str(db), "init", "--role", "school", "--name", "Bench",
                        "--region", "KZ-61"], check=True, env=ENV, cwd=ROOT, capture_output=True)
        subprocess.run([PY, "-m", "app", "--db", str(db), "demo"], check=True, env=ENV, cwd=ROOT,
                       capture_output=True)
        # The built program carries its modules compiled; from the sources with PYTHONDONTWRITEBYTECODE set
        # (as here) every start would compile ~40 of them again (~25 ms), which no user ever waits for.
        subprocess.run([PY, "-m", "compileall", "-q", "app", "ui"], check=True, env=ENV, cwd=ROOT,
                       capture_output=True)
        ui, loaded, bare = [], [], []
        for _ in range(args.starts):  # interleaved, so a noisy moment hurts all alike
            bare.append(measure([PY, "tests/bench/baseline.py", "qt"]))
            ui.append(measure([PY, "-m", "ui", "--db", str(db), "--quit-after-show"]))
            loaded.append(measure([PY, "-m", "ui", "--db", str(db), "--quit-after-load"]))
        base = statistics.median(r["wall"] for r in bare)
        rows.append(dict(figure="cold start to main window shown: s (median)",
                         value=statistics.median(r["wall"] for r in ui),
                         baseline=base, target="ratio <= 1.3 (bare QMainWindow)", higher=False, limit=1.3,
                         detail=f"{args.starts} starts of each, interleaved; sources compiled to bytecode first"))
        rows.append(dict(figure="cold start to overview filled: s (median)",
                         value=statistics.median(r["wall"] for r in loaded),
                         baseline=base, target="ratio <= 1.8 (database opened, counts shown)", higher=False,
                         limit=1.8))
        rows.append(dict(figure="cold start (filled): peak MB", value=max(r["peak_mb"] for r in loaded),
                         baseline=max(r["peak_mb"] for r in bare), target="", higher=False))
    for r in rows:
        r["ratio"] = r["value"] / r["baseline"] if r["baseline"] else None
        if "limit" in r:
            r["met"] = r["ratio"] <= r["limit"] if r["ratio"] is not None else r["value"] <= 0
        elif "floor" in r:
            r["met"] = r["ratio"] is not None and r["ratio"] >= r["floor"]
    # For absolute targets the "baseline" column holds the target itself (ratio <= 1 meets it).
    print(f"{'figure':<44} {'value':>12} {'baseline':>12} {'ratio':>7}  target")
    for r in rows:
        met = "" if "met" not in r else ("  OK" if r["met"] else "  NOT MET")
        ratio = "" if r["ratio"] is None else f"{r['ratio']:.2f}"
        print(f"{r['figure']:<44} {r['value']:>12,.2f} {r['baseline']:>12,.2f} {ratio:>7}  "
              f"{r['target']}{met} {r.get('detail', '')}")
    (ROOT / "bench-results.json").write_text(json.dumps(
        {"when": dt.datetime.now().isoformat(timespec="seconds"), "python": sys.version.split()[0],
         "results": rows}, indent=2, ensure_ascii=False))
    print("written: bench-results.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
