# marsad — the README's two commands: `make demo` and `make test`.
# Everything installs into .venv/ from pinned versions (constraints.txt); nothing is fetched at run time.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip

.PHONY: demo test install install-dev resources lint typecheck bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade "pip==26.3"

$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(PIP) install -q -c constraints.txt -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) install -q -c constraints.txt -e ".[dev]"
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# Rebuild the packaged gazetteer/lexicons from the human-edited sources in data/.
resources: install
	$(BIN)/python tools/build_resources.py

# The main job: ingest the bundled example corpus into the default store (SQLite at
# $$MARSAD_HOME/marsad.db, MARSAD_HOME defaulting to ~/.local/share/marsad; override with MARSAD_DB
# or --db) and print the Russia–China timeline. Re-running adds nothing: ingest is idempotent.
demo: install
	$(BIN)/marsad ingest examples/articles.jsonl
	$(BIN)/marsad timeline --dyad RUS:CHN

test: install-dev
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy
	$(BIN)/python -m pytest

typecheck: install-dev
	$(BIN)/mypy

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .marsad .pytest_cache .mypy_cache .ruff_cache
