# Every target works from a fresh clone with only python3 (and node/npm for the interop tests).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_STAMP := $(VENV)/.installed-demo
# The oldest httpx and httpcore pyproject.toml allows, for test-lowest-httpx.
LOWEST := .venv-lowest
LOWEST_STAMP := $(LOWEST)/.installed
LOWEST_PINS := 'httpx==0.27.0' 'httpcore==1.0.6'
SPEC := openapi/impcentral-v5.yaml

# pip for the venv: its own once it has one, else python3's, which installs into another
# interpreter with --python (pip >= 22.3). Copying pip into a fresh venv takes longer than
# installing everything the demo needs.
PIP = $(shell test -x $(VENV)/bin/pip && echo '$(PY) -m pip' || echo '$(PYTHON) -m pip --python $(PY)') \
	--quiet --disable-pip-version-check

.PHONY: install generate check-generated lint format typecheck test test-lowest-httpx demo bench contract clean

$(PY):
	$(PYTHON) -m venv --without-pip $(VENV)
	$(PYTHON) -m pip --python $(PY) --version >/dev/null 2>&1 || $(PY) -m ensurepip --default-pip >/dev/null

# The demo needs the runtime and the emulator extra only.
$(DEMO_STAMP): pyproject.toml | $(PY)
	$(PIP) install -e '.[emulator]'
	touch $@

# Development: every extra (a superset of the demo's), and a pip of the venv's own.
$(STAMP): pyproject.toml | $(PY)
	test -x $(VENV)/bin/pip || $(PY) -m ensurepip --default-pip >/dev/null
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@ $(DEMO_STAMP)

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
	$(VENV)/bin/mypy --strict tests/typecheck/user_code.py

test: check-generated lint typecheck
	$(PY) -m pytest -q
	$(MAKE) test-lowest-httpx

# The unit, end-to-end and HTTP conformance tests (reliability at its short size) again on the
# oldest supported httpx and httpcore: about two minutes.
test-lowest-httpx: $(LOWEST_STAMP)
	IMPCENTRAL_RELIABILITY_REQUESTS=100 IMPCENTRAL_RELIABILITY_SECONDS=4 $(LOWEST)/bin/python \
		-m pytest -q tests/unit tests/e2e tests/reliability/test_conformance.py \
		tests/reliability/test_tls.py tests/reliability/test_sdk_fixes.py

demo: $(DEMO_STAMP)
	$(PY) -m impcentral.demo

# make contract ENDPOINT=https://api.electricimp.com/v5 [CONTRACT_ARGS="--write --junit-xml c.xml"]
# Credentials come from the environment: see python -m impcentral.contract --help.
contract: $(STAMP)
	$(PY) -m impcentral.contract $(if $(ENDPOINT),--endpoint $(ENDPOINT)) $(CONTRACT_ARGS)

bench: $(STAMP)
	$(PY) -m tests.bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(LOWEST) .mypy_cache .ruff_cache
