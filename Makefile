# Two commands for a new user: `make demo` and `make test`. Everything else is for developers.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

export TLDEXTRACT_CACHE := $(CURDIR)/var/cache/tldextract
export DAGSTER_HOME := $(CURDIR)

.PHONY: install bytecode system-packages demo demo-data ui review test lint eval bench bench-pipeline model model-eval clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python >= 3.11 needed"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(MAKE) --no-print-directory system-packages
	$(MAKE) --no-print-directory bytecode
	touch $(STAMP)

# The bytecode of the project's own modules, written here once: pip writes it for what it installs,
# but an editable install's modules are compiled as Python imports them, and where the environment
# forbids Python to write what it compiled (PYTHONDONTWRITEBYTECODE) that is at every start: 1.2 MB
# of source, an eighth of `woo analyze`'s cold start. A module edited later is compiled as it is
# imported (Python compares its time and size), as without this.
bytecode:
	$(BIN)/python -m compileall -q redaction pipelines

# Debian packages: Chromium for the browser tests (driven by Playwright, no browser download from
# Playwright's CDN), DejaVu fonts so published PDFs can show every character (ë, €, ‘), and the
# PostgreSQL server the review-store tests start a throw-away cluster with, and Tesseract with its
# Dutch model and orientation detection (osd) for scanned letters, and poppler's pdftoppm with which
# eval.compare_pages looks at published pages through another PDF engine than the one that made them.
system-packages:
	@{ command -v chromium >/dev/null && [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] \
	   && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && command -v tesseract >/dev/null \
	   && tesseract --list-langs 2>/dev/null | grep -qx nld && tesseract --list-langs 2>/dev/null | grep -qx osd \
	   && command -v pdftoppm >/dev/null; } || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
	    chromium fonts-dejavu-core postgresql tesseract-ocr tesseract-ocr-nld tesseract-ocr-osd poppler-utils >/dev/null; }

# The demo may use the marked demo pseudonym key; a deployment sets WOO_PSEUDONYM_KEY instead.
# It prints a short summary; Dagster's full event stream goes to a log file under var/log/.
demo: install
	WOO_ALLOW_DEMO_KEY=1 WOO_POLICY=examples/policies/dordrecht.yaml $(BIN)/python -m pipelines.demo

# The demo's synthetic inbox and client register (examples/demo/) are made by the evaluation
# generators, which the product never imports; run this after changing them.
demo-data: install
	rm -rf examples/demo/inbox var/demo-data
	$(BIN)/python -m eval.inbox.generate var/demo-data --documents 36 --seed 0 --scans
	$(BIN)/python -c 'import gzip, pathlib; from eval.inbox.generate import dordrecht_eml; \
	  from eval.caserecords import generate_case_register, write_case_register; \
	  d = pathlib.Path("var/demo-data"); dordrecht_eml(d / "inbox" / "Raadsbrief Vluchtelingenwerk Dordrecht.eml"); \
	  write_case_register(generate_case_register(5000), d / "register.csv"); \
	  pathlib.Path("examples/demo/caserecords-register.csv.gz").write_bytes( \
	    gzip.compress((d / "register.csv").read_bytes(), mtime=0))'
	mv var/demo-data/inbox examples/demo/inbox

ui: install
	WOO_ALLOW_DEMO_KEY=1 WOO_POLICY=examples/policies/dordrecht.yaml $(BIN)/dagster dev -m pipelines.definitions

# The review cockpit on http://127.0.0.1:8000 (first an account: .venv/bin/woo review users add NAME --role admin).
review: install
	WOO_POLICY=$${WOO_POLICY:-examples/policies/dordrecht.yaml} $(BIN)/woo review serve

test: install
	$(BIN)/ruff check redaction pipelines tests eval models
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check redaction pipelines tests eval models

# The development set was looked at while building the engine; the held-out set never is (summary only).
eval: install
	$(BIN)/python -m eval.evaluate --devset eval/devset/devset.jsonl
	$(BIN)/python -m eval.evaluate --devset eval/heldout/heldout.jsonl --summary
# Text nobody here generated: woo_dev (../shared, split once; its held-out part summary only), the
# helper-written sets (set 2 summary only) and real public text gathered into var/realtext/ if here.
	$(BIN)/python -m eval.corpus

bench: install bytecode
	$(BIN)/python -m eval.bench

# End to end: generated inboxes of 250 and 1,000 files through the Dagster job; documents per second
# and peak memory of each, so growth with the number of documents shows.
bench-pipeline: install
	$(BIN)/python -m eval.bench_pipeline

model: install
	$(BIN)/python models/training/build.py

model-eval: install
	$(BIN)/python models/training/evaluate.py

clean:
	rm -rf var build *.egg-info .pytest_cache .ruff_cache
