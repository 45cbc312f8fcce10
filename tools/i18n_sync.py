#!/usr/bin/env python3
"""Collect translatable strings into the Qt Linguist ``.ts`` files; check them.

``python tools/i18n_sync.py [--check] [--fill FILE.json]``.  Strings are the
(context, source) literals -- or module-level string constants such as
``CTX`` -- opening calls of ``Msg``, ``N_``, ``tr`` and ``X.translate`` in
``app/`` and ``ui/``; a third ``tr``/``translate`` argument is the
disambiguation.  Other such calls are warned about unless they forward the
enclosing function's parameters or ``self.`` fields (``Msg.render``, the
``tr`` wrapper) or carry ``# i18n: ignore``.  ``%n`` makes a plural message.
As with lupdate, a message gone from the code keeps its translation: finished
becomes ``vanished``, unfinished-with-text ``obsolete``; empty ones go.
"""
from __future__ import annotations

import argparse
import ast
import json
import os
import re
import string
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCE_DIRS = ("app", "ui")
TS_SUBDIR = Path("resources") / "i18n"
LANGUAGES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_US"}
SOURCE_LANGUAGE = "en"
PLURAL_FORMS = {"kk": 2, "ru": 3, "en": 2}
MARKERS = {"Msg", "N_", "tr", "translate"}
PRAGMA = "i18n: ignore"
GONE = ("vanished", "obsolete")
Key = tuple[str, str, str]  # context, source, disambiguation comment


@dataclass
class Message:
    """One message of one language; ``type`` is "" when finished."""

    context: str
    source: str
    comment: str = ""
    locations: set[tuple[str, int]] = field(default_factory=set)
    type: str = "unfinished"
    text: str = ""
    forms: list[str] = field(default_factory=list)
    translator_comment: str = ""

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)

    @property
    def numerus(self) -> bool:
        return re.search(r"%L?n", self.source) is not None

    def texts(self) -> list[str]:
        """The translation, or its plural forms."""
        return self.forms if self.numerus else [self.text]


Catalogs = dict[str, dict[Key, Message]]  # language -> messages


# ----------------------------------------------------------------- extraction
class _Finder(ast.NodeVisitor):
    """Collects marked calls of one module, and warnings about unusable ones."""

    def __init__(self, rel: str, lines: list[str], tree: ast.Module) -> None:
        self.rel, self.lines, self.consts = rel, lines, _module_strings(tree)
        self.params: list[set[str]] = [set()]
        self.found: list[tuple[Key, int]] = []
        self.warnings: list[str] = []

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        a = node.args
        self.params.append({x.arg for x in a.posonlyargs + a.args + a.kwonlyargs})
        self.generic_visit(node)
        self.params.pop()

    visit_AsyncFunctionDef = visit_Lambda = visit_FunctionDef  # type: ignore[assignment]

    def _string(self, node: ast.expr | None) -> str | None:
        """A string literal's value, or that of a module-level string constant."""
        if isinstance(node, ast.Name) and node.id not in self.params[-1]:
            return self.consts.get(node.id)
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None

    def _forwarded(self, node: ast.expr | None) -> bool:
        """A parameter of the enclosing function, or a ``self.`` field."""
        if isinstance(node, ast.Name):
            return node.id in self.params[-1]
        return isinstance(node, ast.Attribute) and getattr(node.value, "id", "") == "self"

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        end = getattr(node, "end_lineno", None) or node.lineno
        if name not in MARKERS or any(PRAGMA in t for t in self.lines[node.lineno - 1:end]):
            return
        where = f"{self.rel}:{node.lineno}: warning:"
        if name == "tr" and isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "self":
            self.warnings.append(f"{where} self.tr() is not extracted; use tr(context, source) from ui.i18n")
            return
        args, kw = node.args, {k.arg: k.value for k in node.keywords if k.arg}
        context = args[0] if args else kw.get("context")
        source = args[1] if len(args) > 1 else kw.get("source", kw.get("key"))
        if name == "translate" and source is None and isinstance(func, ast.Attribute):
            return  # str.translate(table)
        extra = args[2] if name in ("tr", "translate") and len(args) > 2 else kw.get("disambiguation")
        none = extra is None or (isinstance(extra, ast.Constant) and extra.value is None)
        ctx, src, comment = self._string(context), self._string(source), "" if none else self._string(extra)
        if ctx is not None and src is not None and comment is not None:
            self.found.append(((ctx, src, comment), node.lineno))
        elif not (self._forwarded(context) and self._forwarded(source)):
            self.warnings.append(f"{where} cannot extract {name}(...): context, source (and "
                                 "disambiguation) must be string literals or module constants")


def _module_strings(tree: ast.Module) -> dict[str, str]:
    """Names bound once at module level, to a string literal (``CTX = "Tables"``)."""
    values: dict[str, list[object]] = {}
    for stmt in tree.body:
        value = stmt.value if isinstance(stmt, ast.Assign | ast.AnnAssign) else None
        constant = value.value if isinstance(value, ast.Constant) else None
        for target in getattr(stmt, "targets", None) or [getattr(stmt, "target", None)]:
            for node in ast.walk(target) if target else ():
                if isinstance(node, ast.Name):
                    values.setdefault(node.id, []).append(constant if node is target else None)
    return {k: v[0] for k, v in values.items() if len(v) == 1 and isinstance(v[0], str)}


def extract(repo: Path, dirs: tuple[str, ...] = SOURCE_DIRS) -> tuple[dict[Key, Message], list[str]]:
    """Messages marked in the ``.py`` files under ``repo/<dirs>``, and warnings."""
    found: dict[Key, Message] = {}
    warnings: list[str] = []
    files = sorted(p for d in dirs for p in (repo / d).rglob("*.py") if "__pycache__" not in p.parts)
    for path in files:
        rel = path.relative_to(repo).as_posix()
        text = path.read_text(encoding="utf-8")
        try:
            tree = ast.parse(text, filename=rel)
        except SyntaxError as exc:
            warnings.append(f"{rel}:{exc.lineno}: warning: not parsed: {exc.msg}")
            continue
        finder = _Finder(rel, text.splitlines(), tree)
        finder.visit(tree)
        warnings += finder.warnings
        for key, line in finder.found:
            found.setdefault(key, Message(*key)).locations.add((rel, line))
    return found, warnings


# ------------------------------------------------------------ .ts read/write
def read_messages(path: Path) -> dict[Key, Message]:
    """All messages of a ``.ts`` file (locations are not kept)."""
    out: dict[Key, Message] = {}
    if not path.exists():
        return out
    for ctx in ET.parse(path).getroot().findall("context"):
        name = ctx.findtext("name") or ""
        for el in ctx.findall("message"):
            m = Message(name, el.findtext("source") or "", el.findtext("comment") or "")
            m.translator_comment = el.findtext("translatorcomment") or ""
            tr = el.find("translation")
            if tr is not None:
                m.type = tr.get("type", "")
                m.forms = [f.text or "" for f in tr.findall("numerusform")]
                m.text = "" if m.forms else (tr.text or "")
            out[m.key] = m
    return out


def merge(found: dict[Key, Message], old: dict[Key, Message], lang: str) -> dict[Key, Message]:
    """The messages of ``lang`` after a sync: code's, with ``old`` translations."""
    out: dict[Key, Message] = {}
    for key, new in found.items():
        m = Message(*key, locations=set(new.locations))
        prev = old.get(key)
        if prev is not None:
            m.type = {"vanished": "", "obsolete": "unfinished"}.get(prev.type, prev.type)
            m.text, m.forms, m.translator_comment = prev.text, list(prev.forms), prev.translator_comment
        if lang == SOURCE_LANGUAGE and not any(m.texts()) and (prev is None or prev.type == "unfinished"):
            m.type, m.text, m.forms = "", m.source, [m.source] * PLURAL_FORMS[lang]
        if m.numerus:
            m.forms += [""] * (PLURAL_FORMS[lang] - len(m.forms))
        out[key] = m
    for key, prev in old.items():
        if key in found:
            continue
        if prev.type == "":
            prev.type = "vanished"
        elif prev.type == "unfinished":
            if not any(prev.texts()):
                continue
            prev.type = "obsolete"
        prev.locations = set()
        out[key] = prev
    return out


def _esc(text: str) -> str:
    for char, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"),
                         ("'", "&apos;"), ("\r", "&#13;")):
        text = text.replace(char, entity)
    return text


def render_ts(messages: dict[Key, Message], lang: str, prefix: str = "../..") -> str:
    """The ``.ts`` text as lupdate lays it out; ``prefix`` leads from it to the sources."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           f'<TS version="2.1" language="{LANGUAGES[lang]}" sourcelanguage="{SOURCE_LANGUAGE}">']
    for ctx in sorted({key[0] for key in messages}):
        out += ["<context>", f"    <name>{_esc(ctx)}</name>"]
        for m in (messages[k] for k in sorted(k for k in messages if k[0] == ctx)):
            out.append('    <message numerus="yes">' if m.numerus else "    <message>")
            out += [f'        <location filename="{_esc(f"{prefix}/{file}")}" line="{line}"/>'
                    for file, line in sorted(m.locations)]
            out.append(f"        <source>{_esc(m.source)}</source>")
            for tag, text in (("comment", m.comment), ("translatorcomment", m.translator_comment)):
                out += [f"        <{tag}>{_esc(text)}</{tag}>"] if text else []
            attr = f' type="{m.type}"' if m.type else ""
            if m.numerus:
                out += [f"        <translation{attr}>",
                        *(f"            <numerusform>{_esc(f)}</numerusform>" for f in m.forms),
                        "        </translation>"]
            else:
                out.append(f"        <translation{attr}>{_esc(m.text)}</translation>")
            out.append("    </message>")
        out.append("</context>")
    return "\n".join(out + ["</TS>"]) + "\n"


# ----------------------------------------------------------------- fill/check
def apply_fill(catalogs: Catalogs, fill: object) -> list[str]:
    """Merge ``{context: {source: {lang: text or [forms]}}}`` as finished; errors."""
    if not isinstance(fill, dict):
        return ["fill: the JSON must be an object {context: {source: {lang: text}}}"]
    errors: list[str] = []
    for ctx, entries in fill.items():
        if not isinstance(entries, dict):
            errors.append(f"fill: [{ctx}]: expected {{source: {{lang: text}}}}")
            continue
        for source, langs in entries.items():
            if not isinstance(langs, dict):
                errors.append(f"fill: [{ctx}] {source!r}: expected {{lang: text}}")
                continue
            for lang, value in langs.items():
                error = _fill_one(catalogs.get(lang), ctx, source, value)
                if error:
                    errors.append(f"fill: [{ctx}] {source!r} ({lang}): {error}")
    return errors


def _fill_one(messages: dict[Key, Message] | None, ctx: str, source: str, value: object) -> str:
    if messages is None:
        return "unknown language"
    hits = [m for k, m in messages.items() if k[:2] == (ctx, source)]
    if len(hits) != 1:
        return "ambiguous (several disambiguations)" if hits else "no such message in the code"
    m = hits[0]
    texts = value if isinstance(value, list) else [value]
    if m.numerus != isinstance(value, list) or not all(isinstance(t, str) for t in texts):
        return "expected a list of plural forms" if m.numerus else "expected a string"
    if any(texts):
        m.text, m.forms = ("", list(texts)) if m.numerus else (texts[0], [])
        m.type = "vanished" if m.type in GONE else ""
    return ""


def _fields(text: str) -> set[str] | None:
    try:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}
    except ValueError:
        return None


def _qt_markers(text: str) -> set[str]:
    return set(re.findall(r"%L?(\d+|n)", text))


def _show(names: set[str], pattern: str) -> str:
    return ", ".join(pattern % n for n in sorted(names)) or "none"


def check(catalogs: Catalogs) -> list[str]:
    """Problems: unfinished translations and placeholders differing from the source."""
    problems: list[str] = []
    for lang, messages in catalogs.items():
        for key in sorted(messages):
            m = messages[key]
            if m.type in GONE:
                continue
            label = f"tirkeu_{lang}.ts: [{m.context}] {m.source!r}"
            if m.type == "unfinished" or not all(m.texts()):
                problems.append(f"{label}: not translated")
                continue
            src_fields, src_qt = _fields(m.source), _qt_markers(m.source)
            for text in m.texts():
                fields, qt = _fields(text), _qt_markers(text)
                if src_fields is not None and fields != src_fields:
                    shown = "malformed braces" if fields is None else _show(fields, "{%s}")
                    problems.append(f"{label}: placeholders differ in {text!r}: "
                                    f"{shown} instead of {_show(src_fields, '{%s}')}")
                if qt != src_qt and not (m.numerus and qt | {"n"} == src_qt):
                    problems.append(f"{label}: Qt markers differ in {text!r}: "
                                    f"{_show(qt, '%%%s')} instead of {_show(src_qt, '%%%s')}")
    return problems


# ------------------------------------------------------------------------ CLI
def sync(repo: Path, fill: object = None, write: bool = True) -> tuple[Catalogs, list[str], list[str]]:
    """Extract, merge (and fill); write changed files. Returns catalogs, warnings, errors."""
    ts_dir = repo / TS_SUBDIR
    found, warnings = extract(repo)
    catalogs = {lang: merge(found, read_messages(ts_dir / f"tirkeu_{lang}.ts"), lang) for lang in LANGUAGES}
    errors = apply_fill(catalogs, fill) if fill is not None else []
    for lang, messages in catalogs.items():
        path = ts_dir / f"tirkeu_{lang}.ts"
        text = render_ts(messages, lang, Path(os.path.relpath(repo, ts_dir)).as_posix())
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old == text:
            continue
        if not write:
            warnings.append(f"note: {path.relative_to(repo).as_posix()} is out of date; run tools/i18n_sync.py")
            continue
        ts_dir.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        active = [m for m in messages.values() if m.type not in GONE]
        todo = sum(1 for m in active if m.type == "unfinished" or not all(m.texts()))
        print(f"{path.relative_to(repo).as_posix()}: {len(active)} messages, {todo} unfinished, "
              f"{len(messages) - len(active)} vanished")
    return catalogs, warnings, errors


def main(argv: list[str] | None = None) -> int:
    """Command line entry point; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 on missing or broken translations")
    parser.add_argument("--fill", type=Path, metavar="FILE.json",
                        help="add translations {context: {source: {lang: text}}}")
    parser.add_argument("--repo", type=Path, default=REPO, help="project root (default: this checkout)")
    args = parser.parse_args(argv)
    try:
        fill = json.loads(args.fill.read_text(encoding="utf-8")) if args.fill else None
        catalogs, warnings, errors = sync(args.repo.resolve(), fill, write=not args.check)
    except (OSError, ValueError, ET.ParseError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for line in warnings + [f"error: {e}" for e in errors]:
        print(line, file=sys.stderr)
    if not args.check:
        return 1 if errors else 0
    problems = check(catalogs)
    for line in problems:
        print(line)
    print(f"{len(problems)} problem(s)" if problems else "all translations complete", file=sys.stderr)
    return 1 if problems or errors else 0


if __name__ == "__main__":
    for stream in (sys.stdout, sys.stderr):  # Kazakh text on a legacy Windows console
        getattr(stream, "reconfigure", lambda **_: None)(errors="backslashreplace")
    sys.exit(main())
