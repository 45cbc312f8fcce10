"""``python -m app``: the command line of Tirkeu."""
import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
