# Two commands for a fresh machine (see README):
#   make run    install everything into .venv and build the graph from the bundled sample corpus
#   make test   install everything into .venv and run the whole test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup run test lint bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The main job: build the graph and index from the bundled sample corpus, then the pictures people look at.
run: setup
	$(BIN)/miner build
	$(BIN)/miner export coverage --format png -o outputs/coverage.png
	$(BIN)/miner export documents-articles --format html -o outputs/documents-articles.html
	$(BIN)/miner export municipality --municipality Uppsala --by document --format png -o outputs/uppsala.png

test: setup
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check .

bench: setup
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf outputs/* build *.egg-info .pytest_cache
