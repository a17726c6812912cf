# Two commands do all set-up: `make run` and `make test`. Both create .venv on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Two pytest-xdist workers: the figures behind this choice are in README.md (Testing).
PYTEST_WORKERS ?= -n 2 --dist worksteal

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/cadrebot run

# mypy runs beside pytest rather than before it: pytest leaves the cores idle while it waits for PostgreSQL,
# the fake servers and the clock, and a cold mypy cache (CI) costs about 25 s of CPU. Its report is shown
# after pytest's; `make test` fails when either fails.
test: $(STAMP)
	$(BIN)/ruff check .
	@$(BIN)/mypy > $(VENV)/mypy.out 2>&1 & types=$$!; \
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
