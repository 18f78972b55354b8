# Two commands on a fresh machine: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# manage.py defaults to portal.settings.dev; the test targets name the test settings outright so
# that a DJANGO_SETTINGS_MODULE left in the shell cannot outrank pyproject.toml's.
TEST_SETTINGS := portal.settings.test

.PHONY: help install messages run test lint pytest pytest-postgres bench clean extract-messages

help:
	@echo "make run   - install, migrate, load demo content, serve on http://$(HOST):$(PORT)/"
	@echo "make test  - install with dev extras, lint, run the whole test suite"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

# Babel compiles the catalogues: no GNU gettext needed (portal/management/commands).
messages: install
	$(BIN)/python manage.py compile_catalogues -v 0

run: messages
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py rebuild_search_index
	$(BIN)/python manage.py ensure_dev_admin
	@echo "Portal: http://$(HOST):$(PORT)/   Admin: http://$(HOST):$(PORT)/admin/"
	@trap 'kill 0' EXIT INT TERM; \
	  $(BIN)/python manage.py db_worker --interval 2 & \
	  $(BIN)/python manage.py runserver $(HOST):$(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=$(TEST_SETTINGS) $(BIN)/python manage.py makemigrations --check --dry-run

pytest: messages
	$(BIN)/pytest --ds=$(TEST_SETTINGS)

test: lint pytest

# The same suite on PostgreSQL (CI runs it when a server answers on 127.0.0.1:5432).
pytest-postgres: messages
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/portal} $(BIN)/pytest --ds=$(TEST_SETTINGS)

bench: messages
	$(BIN)/python bench/production_bench.py

clean:
	rm -rf $(VENV) var

# Refresh the project-wide catalogues (areas with their own locale/ folder are left to them).
AREAS_WITH_OWN_CATALOGUE := rights scams lessons resources complaints search editorial
extract-messages: install
	$(BIN)/python manage.py makemessages -l km -l en --no-wrap --ignore=.venv --ignore=var \
	  --ignore=tests --ignore=bench --ignore=scripts \
	  $(foreach area,$(AREAS_WITH_OWN_CATALOGUE),--ignore=orientation/$(area))
