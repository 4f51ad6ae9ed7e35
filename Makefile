# Two entry points: `make demo` (the instructor's job) and `make test` (the whole suite).
# Both create .venv/ from requirements.lock on first use.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
KERNEL := aprendizaje

.PHONY: venv demo test release clean bench

venv: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(PY) -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python (aprendizaje)" >/dev/null
	touch $(STAMP)

release: $(STAMP)
	$(PY) -m autograder release

demo: $(STAMP)
	$(PY) -m autograder demo

test: $(STAMP)
	$(PY) -m pytest

# Grading speed and memory (benchmarks/bench.py): `make bench`, `make bench N=4`, `make bench ARGS="--json b.json --keep"`.
bench: $(STAMP)
	$(PY) -m benchmarks.bench $(if $(N),--n $(N)) $(ARGS)

clean:
	rm -rf $(VENV) demo-output autograded feedback
