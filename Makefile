# Every target works from a fresh clone with only python3 (and node/npm for the interop tests).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The oldest httpx and httpcore pyproject.toml allows, for test-lowest-httpx.
LOWEST := .venv-lowest
LOWEST_STAMP := $(LOWEST)/.installed
LOWEST_PINS := 'httpx==0.27.0' 'httpcore==1.0.6'
SPEC := openapi/impcentral-v5.yaml

.PHONY: install generate check-generated lint format typecheck test test-lowest-httpx demo bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

$(LOWEST_STAMP): pyproject.toml
	$(PYTHON) -m venv $(LOWEST)
	$(LOWEST)/bin/python -m pip install --quiet --upgrade pip
	$(LOWEST)/bin/python -m pip install --quiet -e '.[dev]' $(LOWEST_PINS)
	touch $(LOWEST_STAMP)

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

test: check-generated lint typecheck
	$(PY) -m pytest -q
	$(MAKE) test-lowest-httpx

# The unit, end-to-end and HTTP conformance tests (reliability at its short size) again on the
# oldest supported httpx and httpcore: about two minutes.
test-lowest-httpx: $(LOWEST_STAMP)
	IMPCENTRAL_RELIABILITY_REQUESTS=100 IMPCENTRAL_RELIABILITY_SECONDS=4 $(LOWEST)/bin/python \
		-m pytest -q tests/unit tests/e2e tests/reliability/test_conformance.py \
		tests/reliability/test_tls.py tests/reliability/test_sdk_fixes.py

demo: $(STAMP)
	$(PY) -m impcentral.demo

bench: $(STAMP)
	$(PY) -m tests.bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(LOWEST) .mypy_cache .ruff_cache
