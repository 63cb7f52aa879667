# Two commands set everything up on a fresh machine: `make run` and `make test` (see README).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/ppid
RUN_ADDRESS ?= 127.0.0.1:8000

.PHONY: install run test test-sqlite test-postgres lint messages worker beat

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py integrity_manifest
	$(BIN)/python manage.py runserver $(RUN_ADDRESS)

# Celery (README, "Celery"): needs Redis at REDIS_URL (default redis://127.0.0.1:6379/0).
# The app is config/celery.py; site/ and the repository root go on the path as for manage.py.
worker: install
	$(BIN)/python manage.py migrate --noinput
	PYTHONPATH=site:. $(BIN)/celery -A config worker --loglevel=info

beat: install
	$(BIN)/python manage.py migrate --noinput
	PYTHONPATH=site:. $(BIN)/celery -A config beat --loglevel=info

# The whole suite on SQLite, then on PostgreSQL when a server answers at TEST_DATABASE_URL,
# then one summary table of what ran and what was skipped for a missing service (and why).
# PPID_REQUIRE_SERVICES=1 (set by .ci/run) turns every such skip into a failure.
test: lint
	TEST_DATABASE_URL=$(TEST_DATABASE_URL) $(BIN)/python tests/run_suites.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test-sqlite: install
	$(BIN)/pytest

test-postgres: install
	DATABASE_URL=$(TEST_DATABASE_URL) $(BIN)/pytest

# Each app owns its catalogue (<app>/locale, also for apps nested in another app's folder);
# the project's own templates (site/) use locale/.
APPS_WITH_CATALOGUES := $(patsubst %/locale,%,$(wildcard */locale */*/locale))

messages: install
	for app in $(filter-out locale,$(APPS_WITH_CATALOGUES)); do \
		nested=$$(cd $$app && for d in */locale; do [ -d "$$d" ] && echo "--ignore=$${d%/locale}"; done); \
		(cd $$app && $(CURDIR)/$(BIN)/python $(CURDIR)/manage.py makemessages -l id $$nested) || exit 1; \
	done
	cd site && $(CURDIR)/$(BIN)/python $(CURDIR)/manage.py makemessages -l id
	$(BIN)/python manage.py compilemessages --ignore=.venv
