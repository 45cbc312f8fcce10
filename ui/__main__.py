"""``python -m ui``: the Tirkeu desktop program."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Start the program; returns the exit code."""
    from ui.import_speed import skip_source_scan  # Qt loads here, not when the entry point module is read

    skip_source_scan()  # before the program's own modules are imported (15-25 ms of the start)
    from ui.application import run

    return run(sys.argv if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
