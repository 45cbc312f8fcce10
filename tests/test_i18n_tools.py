"""tools/i18n_sync.py, tools/build_translations.py and ui/i18n.py on a temporary tree."""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.i18n import Catalog, Msg, read_ts  # noqa: E402


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look the module up
    spec.loader.exec_module(module)
    return module


sync = _load("i18n_sync")
build = _load("build_translations")

CORE = '''\
from app.i18n import Msg, N_

CTX = "Import"
LABEL = N_("People", "Surname")


def greet(name):
    return Msg("People", "Hello, {name}!", name=name)


def fail(count):
    return Msg(CTX, "%1 rows and {count} errors", count=count)


def dynamic(text):
    return Msg("People", text + "!")


def cleaned(value):
    return value.translate({ord("a"): "b"})
'''

WINDOW = '''\
from PySide6.QtCore import QCoreApplication
from ui.i18n import tr


def title():
    return tr("Main", "Tirkeu & <friends>")


def files(n):
    return tr("Main", "%n file(s)", None, n)


def other():
    return QCoreApplication.translate("Main", "Open", "menu")


def forward(context, source):
    return QCoreApplication.translate(context, source)


class Window:
    def label(self):
        return self.tr("Wrong")


def skipped(text):
    return tr("Main", text)  # i18n: ignore
'''


def write(repo: Path, rel: str, text: str) -> None:
    path = repo / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    write(tmp_path, "app/core.py", CORE)
    write(tmp_path, "ui/window.py", WINDOW)
    return tmp_path


def ts(repo: Path, lang: str) -> Path:
    return repo / "resources" / "i18n" / f"tirkeu_{lang}.ts"


def fill(repo: Path, data: dict) -> int:
    path = repo / "fill.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return sync.main(["--repo", str(repo), "--fill", str(path)])


COMPLETE = {
    "People": {"Surname": {"kk": "Тегі", "ru": "Фамилия"},
               "Hello, {name}!": {"kk": "Сәлем, {name}!", "ru": "Привет, {name}!"}},
    "Import": {"%1 rows and {count} errors": {"kk": "%1 жол, {count} қате", "ru": "%1 строк, {count} ошибок"}},
    "Main": {"Tirkeu & <friends>": {"kk": "Тіркеу", "ru": "Тиркеу"},
             "%n file(s)": {"kk": ["%n файл", "%n файл"], "ru": ["%n файл", "%n файла", "%n файлов"]},
             "Open": {"kk": "Ашу", "ru": "Открыть"}},
}


def test_extract_finds_marked_strings_and_warns_on_the_rest(repo: Path) -> None:
    found, warnings = sync.extract(repo)
    assert set(found) == {
        ("People", "Surname", ""), ("People", "Hello, {name}!", ""),
        ("Import", "%1 rows and {count} errors", ""), ("Main", "Tirkeu & <friends>", ""),
        ("Main", "%n file(s)", ""), ("Main", "Open", "menu"),
    }
    assert found[("People", "Hello, {name}!", "")].locations == {("app/core.py", 8)}
    assert found[("Main", "%n file(s)", "")].numerus
    assert len(warnings) == 2, warnings
    assert warnings[0].startswith("app/core.py:16: warning: cannot extract Msg")
    assert warnings[1].startswith("ui/window.py:23: warning: self.tr()")


def test_sync_writes_three_ts_files(repo: Path) -> None:
    assert sync.main(["--repo", str(repo)]) == 0
    kk, en = ts(repo, "kk").read_text(encoding="utf-8"), ts(repo, "en").read_text(encoding="utf-8")
    assert kk.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                         '<TS version="2.1" language="kk_KZ" sourcelanguage="en">\n<context>\n'
                         "    <name>Import</name>\n")
    assert 'language="ru_RU"' in ts(repo, "ru").read_text(encoding="utf-8")
    assert ('        <location filename="../../ui/window.py" line="6"/>\n'
            "        <source>Tirkeu &amp; &lt;friends&gt;</source>\n"
            '        <translation type="unfinished"></translation>\n') in kk
    assert "        <source>Open</source>\n        <comment>menu</comment>\n" in kk
    assert ('    <message numerus="yes">' in kk and kk.count("<numerusform></numerusform>") == 2)
    assert "<source>Surname</source>\n        <translation>Surname</translation>" in en
    assert 'type="unfinished"' not in en
    assert kk.index("<name>Import</name>") < kk.index("<name>Main</name>") < kk.index("<name>People</name>")
    assert kk.index("Hello, {name}!") < kk.index("<source>Surname")


def test_second_run_is_byte_identical_and_does_not_rewrite(repo: Path) -> None:
    assert fill(repo, COMPLETE) == 0
    def state() -> list[tuple[bytes, int]]:
        return [(ts(repo, lang).read_bytes(), ts(repo, lang).stat().st_mtime_ns) for lang in ("kk", "ru", "en")]

    before = state()
    assert sync.main(["--repo", str(repo)]) == 0
    assert state() == before


def test_merge_keeps_translations_when_code_moves(repo: Path) -> None:
    assert fill(repo, {"People": {"Surname": {"kk": "Тегі"}}}) == 0
    write(repo, "app/core.py", "\n\n" + CORE)
    assert sync.main(["--repo", str(repo)]) == 0
    text = ts(repo, "kk").read_text(encoding="utf-8")
    assert ('<location filename="../../app/core.py" line="6"/>\n        <source>Surname</source>\n'
            "        <translation>Тегі</translation>") in text
    assert read_ts(ts(repo, "kk"))[("People", "Surname")] == "Тегі"


def test_removed_messages_are_kept_as_vanished_and_come_back(repo: Path) -> None:
    assert fill(repo, {"People": {"Surname": {"kk": "Тегі"}}}) == 0
    path = ts(repo, "ru")  # an unfinished translation with text is kept as obsolete
    empty = '<source>Surname</source>\n        <translation type="unfinished"></translation>'
    text = path.read_text(encoding="utf-8").replace(empty, empty.replace("</translation>", "Фам</translation>"))
    path.write_text(text, encoding="utf-8")
    write(repo, "app/core.py", CORE.replace('LABEL = N_("People", "Surname")', ""))
    assert sync.main(["--repo", str(repo)]) == 0
    kk, ru = ts(repo, "kk").read_text(encoding="utf-8"), ts(repo, "ru").read_text(encoding="utf-8")
    assert ('    <message>\n        <source>Surname</source>\n'
            '        <translation type="vanished">Тегі</translation>') in kk
    assert '<translation type="obsolete">Фам</translation>' in ru
    assert "Hello, {name}!" in kk  # others untouched
    assert ("People", "Surname") not in read_ts(ts(repo, "kk"))
    write(repo, "app/core.py", CORE)
    assert sync.main(["--repo", str(repo)]) == 0
    assert read_ts(ts(repo, "kk"))[("People", "Surname")] == "Тегі"
    assert '<translation type="unfinished">Фам</translation>' in ts(repo, "ru").read_text(encoding="utf-8")


def test_check_passes_when_complete(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert fill(repo, COMPLETE) == 0
    assert sync.main(["--repo", str(repo), "--check"]) == 0
    assert "all translations complete" in capsys.readouterr().err


def test_check_reports_missing_kk_translation(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(json.dumps(COMPLETE))
    del data["People"]["Surname"]["kk"]
    assert fill(repo, data) == 0
    capsys.readouterr()
    assert sync.main(["--repo", str(repo), "--check"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == ["tirkeu_kk.ts: [People] 'Surname': not translated"]


def test_check_reports_placeholder_mismatch(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(json.dumps(COMPLETE))
    data["People"]["Hello, {name}!"]["ru"] = "Привет, {nam}!"
    data["Import"]["%1 rows and {count} errors"]["kk"] = "%2 жол, {count} қате"
    data["Main"]["%n file(s)"]["ru"] = ["один файл", "%n файла", "%n файлов {x}"]
    assert fill(repo, data) == 0
    capsys.readouterr()
    assert sync.main(["--repo", str(repo), "--check"]) == 1
    out = capsys.readouterr().out
    assert ("tirkeu_ru.ts: [People] 'Hello, {name}!': placeholders differ in 'Привет, {nam}!': "
            "{nam} instead of {name}") in out
    assert "tirkeu_kk.ts: [Import] '%1 rows and {count} errors': Qt markers differ" in out
    assert "'%n файлов {x}'" in out and "один файл" not in out  # %n may be left out of a plural form
    assert len(out.splitlines()) == 3


def test_check_sees_new_code_without_writing(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert fill(repo, COMPLETE) == 0
    write(repo, "app/more.py", 'from app.i18n import N_\nN_("People", "Name")\n')
    before = ts(repo, "kk").read_bytes()
    assert sync.main(["--repo", str(repo), "--check"]) == 1
    captured = capsys.readouterr()
    assert "[People] 'Name': not translated" in captured.out
    assert "out of date" in captured.err
    assert ts(repo, "kk").read_bytes() == before


def test_fill_rejects_unknown_messages(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert fill(repo, {"People": {"Surnam": {"kk": "x"}, "Surname": {"de": "Nachname"}},
                       "Main": {"%n file(s)": {"kk": "one string"}}}) == 1
    err = capsys.readouterr().err
    assert "[People] 'Surnam' (kk): no such message" in err
    assert "(de): unknown language" in err
    assert "(kk): expected a list of plural forms" in err


def test_read_ts_reads_the_written_file(repo: Path) -> None:
    assert fill(repo, COMPLETE) == 0
    entries = read_ts(ts(repo, "ru"))
    assert entries[("People", "Hello, {name}!")] == "Привет, {name}!"
    catalog = Catalog("ru", entries)
    assert Msg("People", "Hello, {name}!", name="Айгүл").render(catalog.translate) == "Привет, Айгүл!"
    assert read_ts(ts(repo, "en"))[("People", "Surname")] == "Surname"


def _lrelease() -> str:
    for candidate in (Path(sys.executable).parent / "pyside6-lrelease", shutil.which("pyside6-lrelease")):
        if candidate and Path(candidate).is_file():
            return str(candidate)
    pytest.skip("pyside6-lrelease is not available")


def test_build_translations_only_rebuilds_stale_files(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lrelease = _lrelease()
    assert fill(repo, COMPLETE) == 0
    folder = ts(repo, "kk").parent
    capsys.readouterr()
    assert build.main([lrelease, "--dir", str(folder)]) == 0
    assert capsys.readouterr().out.split() == ["built", "tirkeu_en.qm", "built", "tirkeu_kk.qm",
                                               "built", "tirkeu_ru.qm"]
    assert build.main([lrelease, "--dir", str(folder)]) == 0
    assert capsys.readouterr().out == ""
    stamp = folder / "tirkeu_kk.qm"
    os.utime(stamp, ns=(1, 1))
    assert build.main([lrelease, "--dir", str(folder)]) == 0
    assert capsys.readouterr().out.split() == ["built", "tirkeu_kk.qm"]
    (folder / "tirkeu_xx.ts").write_text("not xml", encoding="utf-8")
    assert build.main([lrelease, "--dir", str(folder)]) == 1
    assert not (folder / "tirkeu_xx.qm").exists()
    assert build.main([str(repo / "no-lrelease"), "--dir", str(folder)]) == 2
    assert build.main([lrelease, "--dir", str(repo / "app")]) == 0  # no .ts yet: nothing to do


def test_qm_loads_and_translates_in_qt(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lrelease = _lrelease()
    QtCore = pytest.importorskip("PySide6.QtCore")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert fill(repo, COMPLETE) == 0
    folder = ts(repo, "kk").parent
    assert build.main([lrelease, "--dir", str(folder)]) == 0

    translator = QtCore.QTranslator()
    assert translator.load(str(folder / "tirkeu_kk.qm"))
    assert translator.translate("People", "Surname") == "Тегі"

    from ui import i18n as ui_i18n
    QtWidgets = pytest.importorskip("PySide6.QtWidgets")  # a QApplication, as pytest-qt's qapp expects
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    try:
        ui_i18n.install_translator(app, "kk", directory=folder)
        assert ui_i18n.current_language() == "kk"
        assert ui_i18n.tr("Main", "Open", "menu") == "Ашу"
        assert ui_i18n.render(Msg("People", "Hello, {name}!", name="Асқар")) == "Сәлем, Асқар!"
        ui_i18n.install_translator(app, "ru_RU", directory=folder)  # switched while running
        assert ui_i18n.current_language() == "ru"
        assert ui_i18n.tr("People", "Surname") == "Фамилия"
        assert ui_i18n.tr("Main", "%n file(s)", None, 5) == "5 файлов"
        ui_i18n.install_translator(app, "en", directory=folder)
        assert ui_i18n.tr("People", "Surname") == "Surname"
    finally:
        for translator in ui_i18n._installed:
            app.removeTranslator(translator)
        ui_i18n._installed.clear()
        ui_i18n._language = "en"
