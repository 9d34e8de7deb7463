# Two commands do all set-up on a fresh Debian/Ubuntu machine:
#   make run    create .venv, install the app, start it on the bundled default routine
#   make test   create .venv, install the test extras, run ruff, mypy, import-linter, pytest
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check -q
CODE := src tests benchmarks scripts

.PHONY: run test lint bench fuzz schema screenshots picture-review icons dist dist-test clean \
	translations qm \
	system-deps-run system-deps-test system-deps-dist

run: system-deps-run $(VENV)/.installed-run qm
	$(BIN)/massage-timer $(ROUTINE)

test: system-deps-test $(VENV)/.installed-test lint qm
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not bundle" --cov --cov-report=term \
		$(PYTEST_ARGS)

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

# The interface's translations: `make translations` collects every translatable string
# from the code into the .ts sources (for translators; a test fails when they are out of
# date); the .qm files the app loads are built from them by lrelease, never edited.
# en_GB, the language the code is written in, holds only the English plural forms
# ("%n step(s)" as "1 step", "2 steps"), as Qt does it. US English is made from British by
# scripts/us_english.py (its texts and routines too), then laid out by lupdate again.
LANGUAGES := en_GB es en_US
TS := $(LANGUAGES:%=resources/translations/massage_timer_%.ts)
QM := $(TS:.ts=.qm)
translations: $(VENV)/.installed-run
	for language in $(LANGUAGES); do \
		only=$$([ $$language = en_GB ] && echo -pluralonly); \
		$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none $$only \
			-target-language $$language $$(find src/massage_timer -name '*.py' | sort) \
			-ts resources/translations/massage_timer_$$language.ts || exit 1; \
	done
	$(BIN)/python scripts/english_plurals.py
	$(BIN)/python scripts/us_english.py
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none -target-language en_US \
		$$(find src/massage_timer -name '*.py' | sort) -ts resources/translations/massage_timer_en_US.ts

qm: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(VENV)/.installed-run
	$(BIN)/pyside6-lrelease -silent $< -qm $@

icons: $(VENV)/.installed-run
	$(BIN)/python scripts/make_icon.py

# The standalone bundle (PyInstaller, one folder) packed as dist/massage-timer-VERSION-linux-
# ARCH.tar.gz with install.sh; built in its own environment from a regular (not editable)
# install. DIST_PYTHON chooses the Python, and with it the Qt (6.12 from 3.12 on).
DIST_PYTHON ?= $(PYTHON)
DIST_VENV ?= .venv-dist
dist: system-deps-dist qm
	test -x $(DIST_VENV)/bin/python || $(DIST_PYTHON) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/python -m pip --disable-pip-version-check -q install '.[dist]'
	$(DIST_VENV)/bin/python -m pip --disable-pip-version-check -q install --no-deps \
		--force-reinstall .
	rm -rf build/pyinstaller
	$(DIST_VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath build/pyinstaller/dist \
		--workpath build/pyinstaller/work scripts/bundle/massage-timer.spec
	$(DIST_VENV)/bin/python scripts/bundle/pack.py build/pyinstaller/dist/massage-timer dist

# The slow, real test of that bundle: unpacked, installed into a fresh home, started with a
# clean environment on Xvfb, heard through PulseAudio and speech-dispatcher.
dist-test: dist system-deps-test $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m bundle -v -p no:cacheprovider \
		tests/test_bundle.py

system-deps-run:
	@PYTHON=$(PYTHON) scripts/system-deps.sh run

system-deps-test:
	@PYTHON=$(PYTHON) scripts/system-deps.sh test

system-deps-dist:
	@PYTHON=$(DIST_PYTHON) scripts/system-deps.sh dist

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-run: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -e '.[test]'
	touch $@ $(VENV)/.installed-run

clean:
	rm -rf .venv .venv-* dist build .pytest_cache .mypy_cache .ruff_cache .hypothesis
