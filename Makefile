# Two commands set everything up from a clean clone: `make run` and `make test`.
# Windows without make: see README.md for the two equivalent commands.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
VPY := $(BIN)/python
STAMP_APP := $(VENV)/.installed-app
STAMP_TEST := $(VENV)/.installed-test
STAMP_PACKAGE := $(VENV)/.installed-package

.PHONY: run test lint typecheck layers pytest bench package catalogues clean

$(VPY):
	$(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install --quiet --upgrade pip

$(STAMP_APP): pyproject.toml | $(VPY)
	$(VPY) -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(VPY)
	$(VPY) -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_APP)

$(STAMP_PACKAGE): pyproject.toml | $(VPY)
	$(VPY) -m pip install --quiet -e '.[package]'
	touch $@ $(STAMP_APP)

## Compile the translation catalogues (desktop/ghostless/locale: .po to .mo, .ts to .qm).
## Babel comes with the test and package extras; without it the app speaks English.
catalogues: $(STAMP_TEST)
	$(VPY) installers/compile_catalogues.py

## Set up .venv if needed and start Ghostless.
run: $(STAMP_APP)
	-$(VPY) -c "import babel" 2>/dev/null && $(VPY) installers/compile_catalogues.py
	$(BIN)/ghostless

## Set up .venv with the test tools and run every check and the whole suite.
test: $(STAMP_TEST)
	$(MAKE) --no-print-directory catalogues lint typecheck layers pytest

lint: $(STAMP_TEST)
	$(BIN)/ruff check desktop tests benchmarks installers
	$(BIN)/ruff format --check desktop tests benchmarks installers

typecheck: $(STAMP_TEST)
	$(BIN)/mypy

layers: $(STAMP_TEST)
	$(BIN)/lint-imports

pytest: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(PYTEST_ARGS)

## Measure start-up and filter speed on a generated 30,000-loop store.
bench: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(VPY) -m benchmarks $(BENCH_ARGS)

## Build the installer of this OS into dist/: the PyInstaller onedir (build.spec), then
## on Linux a .deb (installers/linux/build_deb.sh), on macOS the .app and a .dmg.
package: $(STAMP_PACKAGE)
ifeq ($(shell uname -s),Darwin)
	PYTHON=$(abspath $(VPY)) installers/macos/build_dmg.sh
else
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec
	PYTHON=$(VPY) installers/linux/build_deb.sh dist build/icons
	@echo "onedir: $$(du -sm dist/ghostless | cut -f1) MB (goal <= 170 MB)"
	@echo "deb:    $$(du -m dist/ghostless_*.deb | cut -f1) MB (goal <= 55 MB)  $$(ls dist/ghostless_*.deb)"
endif

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
