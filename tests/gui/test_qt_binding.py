"""Guards against a Qt binding that cannot run a long session (PySide6 6.12.0 on Python 3.11)."""
from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for _ in range(300_000):  # a day of clicking and typing, roughly
    label.setText("x")
print("ok")
"""


def test_a_long_session_does_not_abort():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0 and "ok" in result.stdout, result.stderr[-500:]
