# Two commands do all set-up: `make run` and `make test`. Both create .venv on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Three pytest-xdist workers on this 2-core machine: a test waits a good part of its time (for PostgreSQL,
# the bot subprocesses, Chromium, the fake servers), and a third worker fills those waits. Measured on a
# nearly idle machine: -n 2 80 s, -n 3 64 s, -n 4 69 s (a fourth worker's start-up and contention cost more
# than it fills). Figures in README.md (Tests, fifth pass).
PYTEST_WORKERS ?= -n 3 --dist worksteal

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/cadrebot run

# mypy runs beside pytest rather than before it: pytest leaves the cores idle while it waits for PostgreSQL,
# the fake servers and the clock, and a cold mypy cache (CI) costs about 13 s of CPU. It runs at the lowest
# priority (nice 19), so it takes only what pytest leaves idle instead of slowing the tests. Its report is
# shown after pytest's; `make test` fails when either fails.
test: $(STAMP)
	$(BIN)/ruff check .
	@nice -n 19 $(BIN)/mypy > $(VENV)/mypy.out 2>&1 & types=$$!; \
	$(BIN)/python -m pytest -q $(PYTEST_WORKERS); tests=$$?; \
	wait $$types; typed=$$?; echo "mypy:"; cat $(VENV)/mypy.out; \
	test $$tests -eq 0 && test $$typed -eq 0

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m bench.accuracy
	$(BIN)/python -m bench.speed
	$(BIN)/python -m bench.batch
	$(BIN)/python -m bench.telegram

clean:
	rm -rf $(VENV) build *.egg-info
