# Tirkeu: `make run` starts the program, `make test` runs every test.
# Both set themselves up on a fresh Debian machine with Python 3.11.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: debs lint run test bench bench-nation translations i18n package package-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when the project's dependencies change.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

debs:
	@sh tools/ensure_debs.sh

translations: $(VENV)/.installed
	$(BIN)/python tools/build_translations.py $(BIN)/pyside6-lrelease

run: $(VENV)/.installed translations
	$(BIN)/python -m ui $(ARGS)

# ruff (rules in pyproject.toml) on everything; mypy on the core.
lint: $(VENV)/.installed
	$(BIN)/ruff check app ui tests tools packaging
	$(BIN)/mypy

# The linters, the whole suite, then the built program's checks (about a minute more): CI runs all.
test: debs $(VENV)/.installed translations lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)
	$(MAKE) package-test

bench: $(VENV)/.installed translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/bench/run_bench.py

bench-nation: $(VENV)/.installed translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/bench/run_bench.py --nation

# Collect new strings into the .ts files and check that kk, ru and en are complete.
i18n: $(VENV)/.installed
	$(BIN)/python tools/i18n_sync.py
	$(BIN)/python tools/i18n_sync.py --check

# The one-folder program (PyInstaller) for this OS in dist/tirkeu/: the window tirkeu and the command
# line tirkeu-cli; packaging/README.md. About 30 s; `make test` ends with `make package-test`.
$(VENV)/.installed-build: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[build]'
	touch $@

package: $(VENV)/.installed-build translations
	@sh packaging/ensure_build_debs.sh
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/tirkeu.spec

# The built program as an office uses it, never the source (packaging/check_build.py): its size (at
# most 120 MB), tirkeu-cli from set-up through keys export --minisign, bundle export and import of a
# folder to report indicators, the window offscreen (and on X11 under xvfb-run), --self-test.
package-test: package
	$(BIN)/python packaging/check_build.py dist/tirkeu --limit-mb 120

clean:
	rm -rf $(VENV) build dist resources/i18n/*.qm .pytest_cache
