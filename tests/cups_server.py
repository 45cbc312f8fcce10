"""A private CUPS for tests: its own cupsd on 127.0.0.1 and a socket, a cups-pdf queue writing PDFs to a folder.

Nothing of the machine's own CUPS is used or changed: the server has its own
configuration, spool and state folders and port.  Under root (CI) cupsd runs
its filters as ``lp`` and the cups-pdf backend as root: the server's folders
are then made in /tmp and opened to ``lp`` (pytest's tmp_path is private to
root), and cups-pdf, which reads its settings only from /etc/cups, gets a
settings file named after the queue (``/etc/cups/cups-pdf-QUEUE.conf``) that
is removed again at the end.  As another user cupsd runs everything as that
user; the cups-pdf backend is root's alone then, so the queue writes the
printer's PostScript to a file (``file:`` device, allowed in this private
server only) and ``ps2pdf`` turns it into the PDF cups-pdf would have made.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
PATIENCE = 120.0  # seconds: a guard against a hung server, not a speed requirement


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(condition, what: str) -> None:
    end = time.monotonic() + PATIENCE
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError(f"the private CUPS did not {what}")
        time.sleep(0.1)


class PrivateCups:
    """Start with :meth:`start`, stop with :meth:`stop`; ``server`` is what CUPS_SERVER takes."""

    def __init__(self, config_dir: Path, out_dir: Path, queue: str) -> None:
        self.config_dir, self.out_dir, self.queue = config_dir, out_dir, queue
        self.root_run = os.geteuid() == 0
        # Under root the filters run as lp, which must reach the spool and temp folders.
        self.base = Path(tempfile.mkdtemp(prefix="tirkeu-cups-")) if self.root_run else config_dir / "server"
        self.port = _free_port()
        self.server = f"127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        self.cups_pdf_conf = Path(f"/etc/cups/cups-pdf-{queue}.conf")
        self.ps_out = out_dir / "job.ps"

    # -- start ---------------------------------------------------------------------
    def start(self) -> PrivateCups:
        base = self.base
        for name in ("spool", "tmp", "cache", "state", "log", "cups-pdf-spool"):
            (base / name).mkdir(parents=True, exist_ok=True)
        os.chmod(base, 0o755)
        os.chmod(base / "tmp", 0o1777)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.config_dir.mkdir(parents=True, exist_ok=True)
        cupsd_conf = self.config_dir / "cupsd.conf"
        files_conf = self.config_dir / "cups-files.conf"
        cupsd_conf.write_text(f"""Listen {self.server}
Listen {base}/cups.sock
LogLevel info
WebInterface No
Browsing No
DefaultAuthType None
MaxJobs 0
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
""")
        user = "User lp\nGroup lp\nSystemGroup root\n" if self.root_run else ""
        files_conf.write_text(f"""ServerRoot {base}
RequestRoot {base}/spool
TempDir {base}/tmp
CacheDir {base}/cache
StateDir {base}/state
ErrorLog {base}/log/error_log
AccessLog {base}/log/access_log
PageLog {base}/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
FileDevice {"No" if self.root_run else "Yes"}
{user}""")
        if self.root_run:
            self.cups_pdf_conf.write_text(f"Out {self.out_dir}\nSpool {base}/cups-pdf-spool\nLog {base}/log\n"
                                          "Grp root\nLabel 0\n")
            device = f"cups-pdf:/{self.queue}"  # cups-pdf reads cups-pdf-QUEUE.conf for this URI
        else:
            device = f"file://{self.ps_out}"
        self.process = subprocess.Popen(["cupsd", "-f", "-c", str(cupsd_conf), "-s", str(files_conf)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _wait(self._answers, "start")
        subprocess.run(["lpadmin", "-h", self.server, "-p", self.queue, "-E", "-v", device,
                        "-P", str(CUPS_PDF_PPD)], check=True, capture_output=True)
        return self

    def _answers(self) -> bool:
        if self.process is not None and self.process.poll() is not None:
            raise RuntimeError(f"cupsd stopped: {self.process.stderr.read().decode(errors='replace')}"
                               f" {self.error_log()}")
        done = subprocess.run(["lpstat", "-h", self.server, "-r"], capture_output=True, text=True)
        return "is running" in done.stdout

    # -- jobs ----------------------------------------------------------------------
    def idle(self) -> bool:
        """No job waiting or printing on the queue."""
        done = subprocess.run(["lpstat", "-h", self.server, "-o", self.queue], capture_output=True, text=True)
        return done.returncode == 0 and not done.stdout.strip()

    def wait_for_pdf(self) -> Path:
        """The PDF the queue wrote, once every job has finished."""
        _wait(self.idle, "finish the job")
        if not self.root_run:
            _wait(self.ps_out.exists, "write the job")
            target = self.out_dir / "job.pdf"
            subprocess.run(["ps2pdf", str(self.ps_out), str(target)], check=True, capture_output=True)
            return target
        _wait(lambda: any(self.out_dir.glob("*.pdf")), "write the PDF")
        return next(self.out_dir.glob("*.pdf"))

    def error_log(self) -> str:
        log = self.base / "log" / "error_log"
        return log.read_text(errors="replace")[-3000:] if log.exists() else ""

    # -- stop ----------------------------------------------------------------------
    def stop(self) -> None:
        """Stop cupsd and remove what was made outside the test's folder."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.root_run:
            self.cups_pdf_conf.unlink(missing_ok=True)
            shutil.rmtree(self.base, ignore_errors=True)
