"""Tests: SQLite by default; DATABASE_URL (PostgreSQL) for the second run of `make test`."""

import os
import tempfile
from pathlib import Path

import dj_database_url

from .base import *  # noqa: F403
from .base import REPO_ROOT, database

DEBUG = False
# Demo content and test fixtures publish as set-up (moderation.publication.SET_UP).
PUBLICATION_SET_UP = True
SECRET_KEY = "test-only-key"  # noqa: S105
AUDIT_CHAIN_KEY = "test-only-audit-chain-key"  # noqa: S105 - the suite checks keyed links
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# Worker processes of the fault tests (tests/faults) write their mail to files the test reads.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH")
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = REPO_ROOT / "var" / "test-media"
# No deployment manifest: the tests of the manifest (tests/integrity) write their own.
INTEGRITY_MANIFEST = None
# The audit chain's anchor: a folder of this process (tests/conftest.py gives each test its own,
# as its database starts over).
AUDIT_CHAIN_ANCHOR = Path(tempfile.gettempdir()) / f"ppid-test-anchor-{os.getpid()}" / "head.json"
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests only: a fixed key for the requesters' identity; the private store per run.
INFORMATION_REQUESTS_KEYS = ["RWx26uhhC74BbQTvDnCtYwtXTmoULSojymnntO8OO0Y="]
INFORMATION_REQUESTS_PRIVATE_ROOT = REPO_ROOT / "var" / "test-private"
# Deterministic working days: tests opt in to the national holidays (tests/governance).
SOP_NATIONAL_HOLIDAYS = False

if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": database(dj_database_url.parse(os.environ["DATABASE_URL"]))}
else:
    # The SQLite test database is a file of this process, not Django's shared-cache memory
    # database: there, the live server's request threads and the test thread (a second
    # connection while Playwright's loop runs) lock whole tables from each other and fail at
    # once with "database table is locked" (tests/browser/test_live_server_database.py). In
    # WAL mode a reader never waits for a writer; a writer waits for the other (busy timeout),
    # and a transaction takes the write lock when it begins, so two never deadlock upgrading.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(tempfile.gettempdir(), f"ppid-test-{os.getpid()}.sqlite3")
    }
    DATABASES["default"]["OPTIONS"] = {  # noqa: F405
        "timeout": 60,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF",
    }
