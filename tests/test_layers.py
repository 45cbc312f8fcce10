"""The layers hold (../shared/DESIGN.md, section 1): app/ never imports Qt or ui/; ui/ never imports app.models nor writes SQL.

Imports are read with ``ast`` from every module, imports inside functions
included.  An import under ``if TYPE_CHECKING:`` is for annotations only (no
dependency when the program runs) and is not counted: ui/ may name the model
objects the core hands it.

ui/ may touch ``app.db`` only where the program starts, restores a backup or
runs background tasks (the files in ``DB_PLUMBING``).  Files still to be moved
are listed in ``NOT_YET`` with the reason; the list only shrinks (a file
listed there that no longer breaks the rule fails the test, so it is taken off).
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Start-up, restore and task plumbing: the only ui/ modules that may use app.db.
DB_PLUMBING = {
    "ui/application.py",  # opens the database at start-up (open_database, peek)
    "ui/exchange/restore_dialog.py",  # restore: closes, replaces and reopens the database
    "ui/tasks.py",  # background tasks open their own connection to the current database
}

# ui/ modules that still import app.models or query it: each query is to move into the feature's
# package in app/ (issue 13).  Remove a file from here when it is done.
NOT_YET: dict[str, str] = {}

QUERY_METHODS = {"select", "where", "get_by_id", "get_or_none", "live", "execute_sql", "raw"}
RAW_SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|PRAGMA|CREATE|DROP|ALTER|BEGIN)\b")


def modules(folder: str) -> list[tuple[str, ast.Module]]:
    out = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        out.append((rel, ast.parse(path.read_text(encoding="utf-8"), rel)))
    return out


def _type_checking_nodes(tree: ast.Module) -> set[int]:
    """ids of the nodes inside ``if TYPE_CHECKING:`` blocks."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and (
                (isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING")
                or (isinstance(node.test, ast.Attribute) and node.test.attr == "TYPE_CHECKING")):
            for child in node.body:
                inside.update(id(n) for n in ast.walk(child))
    return inside


def imports(tree: ast.Module) -> list[str]:
    """Every module a file imports when it runs (top level and inside functions; not TYPE_CHECKING)."""
    skip = _type_checking_nodes(tree)
    names: list[str] = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{alias.name}" for alias in node.names]
    return names


def _under(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def test_app_never_imports_qt_or_ui():
    bad = [(rel, name) for rel, tree in modules("app") for name in imports(tree)
           if _under(name, "PySide6") or _under(name, "PyQt6") or _under(name, "PyQt5") or _under(name, "ui")]
    assert not bad, bad


def model_names(tree: ast.Module) -> set[str]:
    """Names bound by ``from app.models... import X`` in the file (TYPE_CHECKING ones too)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and _under(node.module, "app.models"):
            out.update(alias.asname or alias.name for alias in node.names)
    return out


def sql_uses(tree: ast.Module) -> list[str]:
    """Queries written in the file: execute_sql, a model's select/where/get…, raw SQL text."""
    models = model_names(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            attr = node.func.attr
            root = node.func.value
            while isinstance(root, (ast.Attribute, ast.Call)):
                root = root.func if isinstance(root, ast.Call) else root.value
            if attr == "execute_sql" or (attr in QUERY_METHODS and isinstance(root, ast.Name) and root.id in models):
                found.append(f"line {node.lineno}: .{attr}(")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and RAW_SQL.match(node.value):
            found.append(f"line {node.lineno}: SQL text {node.value[:30]!r}")
    return found


def test_ui_never_imports_models_nor_writes_sql():
    bad = {}
    for rel, tree in modules("ui"):
        problems = [name for name in imports(tree) if _under(name, "app.models")] + sql_uses(tree)
        if problems:
            bad[rel] = problems
    unexpected = {rel: p for rel, p in bad.items() if rel not in NOT_YET}
    assert not unexpected, f"ui/ must call app/ functions, not import app.models or write SQL: {unexpected}"
    done = sorted(set(NOT_YET) - set(bad))
    assert not done, f"take these off NOT_YET in tests/test_layers.py, they are clean now: {done}"


def test_only_start_up_restore_and_tasks_touch_the_database_layer():
    bad = {rel: [n for n in imports(tree) if _under(n, "app.db")] for rel, tree in modules("ui")}
    bad = {rel: names for rel, names in bad.items() if names and rel not in DB_PLUMBING}
    assert not bad, bad


def test_the_checks_see_imports_inside_functions_and_queries():
    tree = ast.parse("def f():\n    from app.models import Person\n    return Person.select().where(1)\n"
                     "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.db.store import Store\n"
                     "q = 'SELECT * FROM person'\nsel.select(index)\n")
    assert "app.models" in imports(tree) and "app.db.store" not in imports(tree)
    uses = sql_uses(tree)
    assert any(".select(" in u for u in uses) and any(".where(" in u for u in uses)
    assert any("SQL text" in u for u in uses) and len(uses) == 3  # a Qt selection's select() is not SQL
