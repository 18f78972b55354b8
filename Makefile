# Two commands on a fresh machine: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# The address every absolute public link uses (sitemap, feeds, QR codes): what `make run` serves.
PUBLIC_BASE_URL ?= http://$(HOST):$(PORT)
export PUBLIC_BASE_URL
# manage.py defaults to portal.settings.dev; the test targets name the test settings outright so
# that a DJANGO_SETTINGS_MODULE left in the shell cannot outrank pyproject.toml's.
TEST_SETTINGS := portal.settings.test
# Parallel test processes (pytest-xdist); `loadgroup` keeps each xdist_group on one worker.
PYTEST_WORKERS ?= 2
PYTEST_ARGS := --ds=$(TEST_SETTINGS) -n $(PYTEST_WORKERS) --dist loadgroup

.PHONY: help install compile-messages messages run test lint pytest pytest-postgres bench clean extract-messages

help:
	@echo "make run   - install, migrate, load demo content, serve on http://$(HOST):$(PORT)/"
	@echo "make test  - install with dev extras, lint, run the whole test suite"

$(BIN)/python:
	@echo "[make] Creating the virtual environment in $(VENV)"
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/pip install --quiet --disable-pip-version-check --upgrade pip

# `make run` installs what running needs; `make test` adds the test tools (dev extras).
# PYTHONWARNINGS silences setuptools' banners about editable installs in pip's build step.
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	@echo "[make] Installing the portal's dependencies (wheels only; a minute or two the first time)"
	@PYTHONWARNINGS=ignore $(BIN)/pip install --quiet --disable-pip-version-check -e .
	@touch $@

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	@echo "[make] Installing the portal's and the test tools' dependencies"
	@PYTHONWARNINGS=ignore $(BIN)/pip install --quiet --disable-pip-version-check -e ".[dev]"
	@touch $@ $(VENV)/.installed-run

install: $(VENV)/.installed

# Babel compiles the catalogues: no GNU gettext needed (portal/management/commands).
compile-messages: $(VENV)/.installed-run
	@$(BIN)/python manage.py compile_catalogues -v 0

messages: install compile-messages

# The worker's routine lines go to var/worker.log, the set-up's to var/make-run.log; the
# admin account is printed last, once the portal answers.
RUN_LOG := var/make-run.log
run: compile-messages
	@mkdir -p var
	@echo "[make] Preparing the database"
	@$(BIN)/python manage.py migrate --noinput -v 0 > $(RUN_LOG) 2>&1 || { cat $(RUN_LOG); exit 1; }
	@echo "[make] Loading the demo content in every language (about a minute the first time)"
	@$(BIN)/python manage.py load_demo_content >> $(RUN_LOG) 2>&1 || { tail -40 $(RUN_LOG); exit 1; }
	@echo "[make] Building the search index"
	@$(BIN)/python manage.py rebuild_search_index >> $(RUN_LOG) 2>&1 || { tail -40 $(RUN_LOG); exit 1; }
	@echo "[make] Starting the portal and the background worker (its log: var/worker.log)"
	@trap 'kill 0' EXIT INT TERM; \
	  $(BIN)/python manage.py db_worker --interval 2 >> var/worker.log 2>&1 & \
	  $(BIN)/python manage.py runserver --skip-checks $(HOST):$(PORT) & \
	  $(BIN)/python scripts/wait_until_ready.py http://$(HOST):$(PORT)/healthz && \
	  $(BIN)/python manage.py ensure_dev_admin --url http://$(HOST):$(PORT)/ ; \
	  wait

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=$(TEST_SETTINGS) $(BIN)/python manage.py makemigrations --check --dry-run

pytest: messages
	$(BIN)/pytest $(PYTEST_ARGS)

test: lint pytest

# The same suite on PostgreSQL (CI runs it when a server answers on 127.0.0.1:5432), but for
# the browser tests: they test what a reader's browser does and ran in the SQLite pass, while
# what each page reads and writes is tested on both databases (the real-stack tests included).
# Tests that use no database at all are left out too (tests/conftest.py).
# POSTGRES_PYTEST_MARKS= (empty) runs them on PostgreSQL too.
POSTGRES_PYTEST_MARKS ?= not browser
pytest-postgres: messages
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/portal} \
	  $(BIN)/pytest $(PYTEST_ARGS) $(if $(POSTGRES_PYTEST_MARKS),-m "$(POSTGRES_PYTEST_MARKS)")

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
