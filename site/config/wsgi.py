"""WSGI entry point: `gunicorn --pythonpath site config.wsgi:application`."""

import os

from config.paths import add_source_roots

add_source_roots()
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
