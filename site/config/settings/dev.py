"""Local development: SQLite, DEBUG, e-mail to the console. Used by `make run`."""

from .base import *  # noqa: F403

DEBUG = True
# Demo content and test fixtures publish as set-up (moderation.publication.SET_UP).
PUBLICATION_SET_UP = True
SECRET_KEY = "dev-only-insecure-key-never-use-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Development only: a fixed key for the requesters' identity (never use it in production).
INFORMATION_REQUESTS_KEYS = ["_XmdgI4JyhxgGioWy9wR242_FBYCecOPCE8gNZ1fasM="]
# `make run` and the demo work without tesseract (a warning, information_requests.W003).
EXEMPT_PICTURE_TEXT_REQUIRED = False
