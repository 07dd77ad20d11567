# Every target works from a fresh clone with only python3 (and node/npm for the interop tests).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SPEC := openapi/impcentral-v5.yaml

.PHONY: install generate check-generated lint format typecheck test demo bench contract clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

generate: $(STAMP)
	$(PY) generator/generate.py $(SPEC) generated

check-generated: $(STAMP)
	$(PY) generator/generate.py --check $(SPEC) generated

lint: $(STAMP)
	$(VENV)/bin/ruff check impcentral tests generator
	$(VENV)/bin/ruff format --check impcentral tests generator

format: $(STAMP)
	$(VENV)/bin/ruff check --fix impcentral tests generator
	$(VENV)/bin/ruff format impcentral tests generator

typecheck: $(STAMP)
	$(VENV)/bin/mypy
	$(VENV)/bin/mypy --strict tests/typecheck/user_code.py

test: check-generated lint typecheck
	$(PY) -m pytest -q

demo: $(STAMP)
	$(PY) -m impcentral.demo

# make contract ENDPOINT=https://api.electricimp.com/v5 [CONTRACT_ARGS="--write --junit-xml c.xml"]
# Credentials come from the environment: see python -m impcentral.contract --help.
contract: $(STAMP)
	$(PY) -m impcentral.contract $(if $(ENDPOINT),--endpoint $(ENDPOINT)) $(CONTRACT_ARGS)

bench: $(STAMP)
	$(PY) -m tests.bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache
