"""``python -m ui``: the Tirkeu desktop program."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Start the program; returns the exit code."""
    from ui.application import run  # Qt loads here, not when the entry point module is read

    return run(sys.argv if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
