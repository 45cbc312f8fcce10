"""``python -m ui``: the Tirkeu desktop program."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Start the program; returns the exit code."""
    from ui.application import run

    return run(sys.argv if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
