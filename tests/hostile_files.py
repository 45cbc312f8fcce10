"""Hostile table files, written byte by byte (openpyxl would be far too slow).

Each helper writes a small file that once made the reader use gigabytes:
an XLSX with one cell in the last column (XFD) on every row, a zip bomb
whose one sheet row unpacks to hundreds of megabytes, a CSV with one line
of 50 MB.  ``measure_import`` runs the command-line import of such a file in
a child process and returns its peak memory, exit code and output.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADERS = ("surname", "name", "birth_date", "sex", "iin")

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '{extra}</Types>')
_SHARED_TYPE = ('<Override PartName="/xl/sharedStrings.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>{extra}</Relationships>')
_SHARED_REL = ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
               'relationships/sharedStrings" Target="sharedStrings.xml"/>')
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
_SHEET_TAIL = '</sheetData></worksheet>'


def _column(n: int) -> str:
    letters = ""
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _header_row() -> str:
    cells = "".join(f'<c r="{_column(i)}1" t="inlineStr"><is><t>{h}</t></is></c>'
                    for i, h in enumerate(HEADERS, 1))
    return f'<row r="1">{cells}</row>'


def write_xlsx(path: Path, sheet_chunks, shared_strings: bytes | None = None) -> Path:
    """An XLSX whose sheet XML is the concatenation of ``sheet_chunks`` (str or bytes)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        extra = _SHARED_TYPE if shared_strings is not None else ""
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES.format(extra=extra))
        zf.writestr("_rels/.rels", _ROOT_RELS)
        zf.writestr("xl/workbook.xml", _WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels",
                    _WORKBOOK_RELS.format(extra=_SHARED_REL if shared_strings is not None else ""))
        if shared_strings is not None:
            zf.writestr("xl/sharedStrings.xml", shared_strings)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            for chunk in sheet_chunks:
                fh.write(chunk.encode() if isinstance(chunk, str) else chunk)
    return path


def xfd_xlsx(path: Path, rows: int = 60_000) -> Path:
    """A header, then one number in column XFD (16384) on every row: tiny, and 2.6 GB once."""
    def chunks():
        yield _SHEET_HEAD + _header_row()
        batch = []
        for r in range(2, rows + 2):
            batch.append(f'<row r="{r}"><c r="XFD{r}"><v>1</v></c></row>')
            if len(batch) == 5000:
                yield "".join(batch)
                batch = []
        yield "".join(batch) + _SHEET_TAIL
    return write_xlsx(path, chunks())


def bomb_xlsx(path: Path, megabytes: int = 400) -> Path:
    """A zip bomb: one sheet row of ``megabytes`` MB of empty cells, a few hundred KB packed."""
    cell = b'<c r="A2"/>'
    block = cell * ((1 << 20) // len(cell) + 1)

    def chunks():
        yield _SHEET_HEAD + _header_row() + '<row r="2">'
        for _ in range(megabytes):
            yield block
        yield "</row>" + _SHEET_TAIL
    return write_xlsx(path, chunks())


def repeated_rows_xlsx(path: Path, rows: int = 10_000_000) -> Path:
    """Ten million empty ``<row r="2"/>`` elements: each is kept by the XML parser."""
    block = b'<row r="2"/>' * 100_000

    def chunks():
        yield _SHEET_HEAD + _header_row()
        for _ in range(rows // 100_000):
            yield block
        yield _SHEET_TAIL
    return write_xlsx(path, chunks())


def shared_strings_bomb_xlsx(path: Path, megabytes: int = 200) -> Path:
    """One shared string made of millions of tiny rich-text runs."""
    run = b"<r><t>a</t></r>"
    body = run * ((megabytes << 20) // len(run))
    strings = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
               b'uniqueCount="1"><si>' + body + b"</si></sst>")
    sheet = _SHEET_HEAD + _header_row() + '<row r="2"><c r="A2" t="s"><v>0</v></c></row>' + _SHEET_TAIL
    return write_xlsx(path, [sheet], shared_strings=strings)


def long_line_csv(path: Path, megabytes: int = 50) -> Path:
    """A header, then one line of ``megabytes`` MB of tiny fields."""
    with open(path, "wb") as fh:
        fh.write((",".join(HEADERS) + "\r\n").encode())
        chunk = b"ab," * ((1 << 20) // 3)
        for _ in range(megabytes):
            fh.write(chunk)
        fh.write(b"\r\n")
    return path


def many_rows_csv(path: Path, rows: int = 3_000_000) -> Path:
    """Three million short rows: each one a list of strings once read."""
    with open(path, "wb") as fh:
        fh.write((",".join(HEADERS) + "\r\n").encode())
        line = b"ab,cd,ef,gh,ij\r\n"
        for _ in range(rows // 10_000):
            fh.write(line * 10_000)
    return path


def _peak_from_time(stderr: str) -> float | None:
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    return int(m.group(1)) / 1024 if m else None


def init_database(db: Path) -> None:
    """A set-up school database for the import."""
    subprocess.run([sys.executable, "-m", "app", "--db", str(db), "--lang", "en", "init", "--role", "school",
                    "--name", "№1 мектеп", "--region", "KZ-61"], check=True, cwd=ROOT,
                   capture_output=True, env=_env())


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT)
    return env


def measure_import(db: Path, path: Path, limit_mb: int = 4096) -> dict:
    """Import ``path`` as participants in a child process; its peak memory in MB and what it said.

    The child may use at most ``limit_mb`` of address space, so a reader without bounds
    fails with MemoryError instead of taking the machine down.  The peak comes from
    ``/usr/bin/time -v`` when installed, else from the child's own ``getrusage``.
    """
    code = (
        "import json, resource, sys\n"
        f"resource.setrlimit(resource.RLIMIT_AS, ({limit_mb << 20}, {limit_mb << 20}))\n"
        "from app.cli import main\n"
        "try:\n"
        "    rc = main(sys.argv[1:])\n"
        "except MemoryError:\n"
        "    rc = 99\n"
        "    print('MemoryError', file=sys.stderr)\n"
        "sys.stdout.flush()\n"
        "print('PEAK_KB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
        "sys.exit(rc)\n")
    argv = [sys.executable, "-c", code, "--db", str(db), "--lang", "en", "import", "participants",
            str(path), "--json"]
    timer = shutil.which("time") and Path("/usr/bin/time").exists()
    if timer:
        argv = ["/usr/bin/time", "-v", *argv]
    proc = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, env=_env(), timeout=600)
    peak = _peak_from_time(proc.stderr) if timer else None
    if peak is None:
        m = re.search(r"PEAK_KB (\d+)", proc.stderr)
        peak = int(m.group(1)) / 1024 if m else float("nan")
    summary = None
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            summary = json.loads(line)
    return {"peak_mb": peak, "returncode": proc.returncode, "stdout": proc.stdout,
            "stderr": proc.stderr, "summary": summary}


def person_count(db: Path) -> int:
    """How many people the database holds (read with plain sqlite3)."""
    import sqlite3

    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM person").fetchone()[0]


__all__ = ["bomb_xlsx", "init_database", "long_line_csv", "many_rows_csv", "measure_import",
           "person_count", "repeated_rows_xlsx", "shared_strings_bomb_xlsx", "xfd_xlsx"]
