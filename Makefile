# make run: the main job on a fresh machine. make test: the whole suite (what CI runs).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed
# The Compose Specification's JSON Schema, for validating compose.yaml in the tests: it ships inside the
# docker-compose 1.29.2 wheel on PyPI (taken without its dependencies, never installed).
COMPOSE_SCHEMA = $(VENV)/share/compose-spec.json

.PHONY: run test lint typecheck check clean

$(COMPOSE_SCHEMA): $(STAMP)
	mkdir -p $(VENV)/share/download
	$(BIN)/pip download --quiet --no-deps --dest $(VENV)/share/download docker-compose==1.29.2
	$(BIN)/python -c "import glob, zipfile; w = glob.glob('$(VENV)/share/download/docker_compose-1.29.2-*.whl')[0]; open('$(COMPOSE_SCHEMA)', 'wb').write(zipfile.ZipFile(w).read('compose/config/compose_spec.json'))"

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (wirelens needs Python 3.11); set PYTHON=..." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/wirelens run seeds/ --out results.jsonl

test: $(STAMP) $(COMPOSE_SCHEMA)
	$(BIN)/ruff check .
	$(BIN)/mypy config tasks workers
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy config tasks workers

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache results.jsonl
