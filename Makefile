# wirewatch: `make demo` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
OUT ?= out/demo

.PHONY: .venv demo test lint docs bench bench-quick clean

# Create the virtualenv and install wirewatch with its pinned dependencies (test tools included).
.venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

# Analyse the bundled demo corpus and print a summary.
demo: $(STAMP)
	$(BIN)/wirewatch analyze examples/demo --out $(OUT) --fresh
	@echo "Read $(OUT)/brief.md or $(OUT)/brief.html (the brief), open $(OUT)/analysis.json (the export),"
	@echo "or query $(OUT)/wirewatch.db (the store):"
	@echo "  $(BIN)/wirewatch search 'fisheries' --db $(OUT)/wirewatch.db"
	@echo "  $(BIN)/wirewatch relations Norway Iceland --db $(OUT)/wirewatch.db"
	@echo "  $(BIN)/wirewatch serve --db $(OUT)/wirewatch.db    # then open http://127.0.0.1:8000/"

# Regenerate the README blocks made from the code (checked by the tests).
docs: $(STAMP)
	$(BIN)/python docs/update_readme.py

lint: $(STAMP)
	$(BIN)/ruff check src tests bench docs

test: $(STAMP) lint
	$(BIN)/python -m pytest

# Benchmarks: the figures recorded in BENCHMARKS.md (about 40 minutes on 2 cores).
# `make bench-quick` runs the quality gate (floors on public dev splits, about 6 minutes) and the
# faster half of the figures (about 5 more).
bench-quick: $(STAMP)
	$(BIN)/python bench/eval_gate.py
	$(BIN)/python bench/bench_quotes.py --split both
	$(BIN)/python bench/bench_compare.py
	$(BIN)/python bench/bench_actions.py
	$(BIN)/python bench/bench_turku.py
	$(BIN)/python bench/bench_clean_speed.py --rounds 5
	$(BIN)/python bench/bench_nlp_speed.py

bench: bench-quick
	$(BIN)/python bench/bench_ingest.py --articles 2000 --spark "local[2]"
	$(BIN)/python bench/bench_extraction.py
	$(BIN)/python bench/bench_events.py --split all
	$(BIN)/python bench/bench_link_scale.py --sizes 10000 100000

clean:
	rm -rf $(VENV) out build *.egg-info src/*.egg-info .pytest_cache .ruff_cache
