# Two entry points (see README): `make demo` and `make test`. Both set up what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SNAPSHOT := scrapers/data/mediaindonesia-snapshot.warc.gz
DEMO_DB := var/demo.sqlite3

.PHONY: setup demo test lint bench clean

$(BIN)/pantau: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

setup: $(BIN)/pantau

# Crawl the bundled Media Indonesia snapshot through the real Scrapy engine, offline,
# into a fresh embedded index; then show what it holds and a sample search.
demo: setup
	rm -f $(DEMO_DB)*
	$(BIN)/pantau crawl mediaindonesia --replay $(SNAPSHOT) --db $(DEMO_DB)
	$(BIN)/pantau stats --db $(DEMO_DB)
	$(BIN)/pantau search Jakpreneur --db $(DEMO_DB)

lint: setup
	$(BIN)/ruff check .

test: setup lint
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m pytest -q

bench: setup
	for b in bench/*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) var build *.egg-info
