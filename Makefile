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

# The linters, the whole suite, then the built program's self-test (about 30 s more): CI runs all.
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

# The one-folder program (PyInstaller) for this OS in dist/tirkeu/; packaging/README.md.
# Not part of `make test` (a build takes minutes): `make package-test` builds and runs its self-test.
$(VENV)/.installed-build: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[build]'
	touch $@

package: $(VENV)/.installed-build translations
	@sh packaging/ensure_build_debs.sh
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/tirkeu.spec

# The built program's self-test, with the offscreen platform and then with no display at all.
package-test: package
	QT_QPA_PLATFORM=offscreen dist/tirkeu/tirkeu --self-test
	env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM dist/tirkeu/tirkeu --self-test > /dev/null
	@du -sh dist/tirkeu

clean:
	rm -rf $(VENV) build dist resources/i18n/*.qm .pytest_cache
