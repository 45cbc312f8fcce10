"""The frozen program's entry point (PyInstaller runs this file as ``__main__``).

One script serves both programs of the build: ``tirkeu`` opens the window (``ui.__main__``) and
``tirkeu-cli`` runs the command line (``app.cli``, every verb of ``python -m app``).  Which one
is told by the name it was started as: Windows has two executables (a windowed and a console
one), Linux one executable and the link ``tirkeu-cli`` to it (packaging/README.md says why).
"""
import os
import sys


def is_command_line(argv0: str, executable: str) -> bool:
    """Started as ``tirkeu-cli`` (``tirkeu-cli.exe``, or a link of that name on Linux)?"""
    names = (os.path.basename(argv0), os.path.basename(executable))
    return any(name.lower().removesuffix(".exe").endswith("-cli") for name in names)


if __name__ == "__main__":
    # The office import's worker process (app/sync/worker.py) is this same executable started again
    # by multiprocessing ("spawn"); here it runs the worker and exits, before anything else loads.
    import multiprocessing

    multiprocessing.freeze_support()
    if is_command_line(sys.argv[0] if sys.argv else "", sys.executable):
        from app.cli import main as command_line  # no Qt is loaded for the command line

        sys.exit(command_line(sys.argv[1:]))
    from ui.__main__ import main

    sys.exit(main())
