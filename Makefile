# Two commands do all set-up on a fresh Debian/Ubuntu machine:
#   make run    create .venv, install the app, start it on the bundled default routine
#   make test   create .venv, install the test extras, run ruff, mypy, import-linter, pytest
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check -q
CODE := src tests benchmarks scripts

.PHONY: run test lint bench fuzz schema screenshots picture-review clean system-deps-run system-deps-test

run: system-deps-run $(VENV)/.installed-run
	$(BIN)/massage-timer $(ROUTINE)

test: system-deps-test $(VENV)/.installed-test lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --cov --cov-report=term $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check $(CODE)
	$(BIN)/ruff format --check $(CODE)
	$(BIN)/mypy

bench: system-deps-test $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_session.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_audio.py

# Property fuzzing of the routine reader and of her timings' round trip, for as long as asked:
#   make fuzz FUZZ_EXAMPLES=200000   (each of the three fuzz tests runs that many examples)
FUZZ_EXAMPLES ?= 20000
fuzz: $(VENV)/.installed-test
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q \
		--hypothesis-show-statistics -p no:cacheprovider \
		tests/test_fuzz.py tests/test_hostile_input.py -k "round_trip or any_text or noise"

schema: $(VENV)/.installed-run
	$(BIN)/python scripts/generate_schema.py

screenshots: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py

picture-review: $(VENV)/.installed-test
	$(BIN)/python scripts/make_pictures.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/picture_review.py

system-deps-run:
	@PYTHON=$(PYTHON) scripts/system-deps.sh run

system-deps-test:
	@PYTHON=$(PYTHON) scripts/system-deps.sh test

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-run: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -e '.[test]'
	touch $@ $(VENV)/.installed-run

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache .hypothesis
