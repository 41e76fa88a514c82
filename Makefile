# Two commands set everything up from a clean clone: `make run` and `make test`.
# Windows without make: see README.md for the two equivalent commands.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
VPY := $(BIN)/python
STAMP_APP := $(VENV)/.installed-app
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test lint typecheck layers pytest bench clean

$(VPY):
	$(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install --quiet --upgrade pip

$(STAMP_APP): pyproject.toml | $(VPY)
	$(VPY) -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(VPY)
	$(VPY) -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_APP)

## Set up .venv if needed and start Ghostless.
run: $(STAMP_APP)
	$(BIN)/ghostless

## Set up .venv with the test tools and run every check and the whole suite.
test: $(STAMP_TEST)
	$(MAKE) --no-print-directory lint typecheck layers pytest

lint: $(STAMP_TEST)
	$(BIN)/ruff check desktop tests benchmarks
	$(BIN)/ruff format --check desktop tests benchmarks

typecheck: $(STAMP_TEST)
	$(BIN)/mypy

layers: $(STAMP_TEST)
	$(BIN)/lint-imports

pytest: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(PYTEST_ARGS)

## Measure start-up and filter speed on a generated 30,000-loop store.
bench: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(VPY) -m benchmarks

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
