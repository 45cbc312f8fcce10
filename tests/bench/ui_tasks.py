"""Window figures at region scale, measured inside one offscreen process.

Prints one JSON line: opening the people list, search-as-you-type latencies,
memory growth of the open list, and opening an event with 500 attendees.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERIES = ["ә", "әл", "әлі", "әлібе", "нұр", "нұрс", "нұрсұлт", "қа", "қас", "қасым", "0601", "06015",
           "иван", "ер", "ерл", "аружан", "мектеп", "ж", "жұ", "жұмаб", "ыс", "ысқ", "і", "ін", "інжу"]


def rss_mb() -> float:
    """Current resident memory of this process in MB (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1_048_576
    except OSError:
        return 0.0


@contextmanager
def other_core_busy(on: bool):
    """A busy-loop process for the time of the block (``on``), so the search is timed with the
    machine's other core taken, as on a laptop where the antivirus or a browser is working."""
    if not on:
        yield
        return
    spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    time.sleep(0.3)  # let it start spinning before the first keystroke
    try:
        yield
    finally:
        spinner.kill()
        spinner.wait()


def main(db: Path, busy_core: bool = False) -> dict:
    from PySide6.QtWidgets import QApplication

    from app.db.store import open_database
    from ui.i18n import install_translator

    app = QApplication([])
    install_translator(app, "kk")
    open_database(db)
    from ui.people.page import PeoplePage

    before = rss_mb()
    began = time.perf_counter()
    page = PeoplePage()
    page.resize(1200, 700)
    page.show()
    app.processEvents()
    open_s = time.perf_counter() - began
    rows = len(page.model.ids)
    for row in range(0, rows, max(1, rows // 50)):  # scroll through the list
        page.view.scrollTo(page.model.index(row, 0))
        app.processEvents()
    grown = rss_mb() - before
    times = []
    with other_core_busy(busy_core):
        for query in QUERIES:
            page.search.setText(query)
            # What the user waits for is one reload after the typing pause; the pause's own timer is stopped
            # so that it does not run a second, identical reload inside the measured time (it did until
            # 2026-12-04, doubling the figure whenever a reload took longer than the pause).
            page._timer.stop()
            t = time.perf_counter()
            page.reload()
            app.processEvents()
            times.append(time.perf_counter() - t)
    times.sort()
    out = {"people": rows, "open_people_s": open_s, "search_median_ms": statistics.median(times) * 1000,
           "search_p95_ms": times[int(len(times) * 0.95) - 1] * 1000, "people_list_mb": grown,
           "search_other_core_busy": busy_core}
    event = _event_with_attendees(500)
    if event is not None:
        out.update(event)
    return out


def _event_with_attendees(n: int) -> dict | None:
    """Time opening the event form of an event with ``n`` attendees, if the events UI exists."""
    try:
        from ui.events.dialog import EventDialog
    except ImportError:
        return None
    from app.db.store import current_store

    db = current_store().db
    row = db.execute_sql("SELECT event_uid FROM attendance GROUP BY event_uid ORDER BY count(*) DESC LIMIT 1").fetchone()
    uid = row[0]
    have = db.execute_sql("SELECT count(*) FROM attendance WHERE event_uid = ?", (uid,)).fetchone()[0]
    if have < n:
        from app.events.attendance import add_attendee

        people = [r[0] for r in db.execute_sql(
            "SELECT uid FROM person WHERE uid NOT IN (SELECT person_uid FROM attendance WHERE event_uid = ?)"
            " LIMIT ?", (uid, n - have)).fetchall()]
        with db.atomic():
            for person in people:
                add_attendee(uid, person)
    from PySide6.QtWidgets import QApplication

    began = time.perf_counter()
    dialog = EventDialog(uid=uid)
    dialog.show()
    QApplication.processEvents()
    return {"open_event_s": time.perf_counter() - began, "event_attendees": n}


def _target(text: str):
    """A database file, or a server address as it is (Path() would turn postgresql:// into postgresql:/)."""
    from app.db.address import is_server_address

    return text if is_server_address(text) else Path(text)


if __name__ == "__main__":
    # --busy-core: the search figures are timed with a busy-loop process on the other core
    print(json.dumps(main(_target(sys.argv[1]), busy_core="--busy-core" in sys.argv[2:])))
