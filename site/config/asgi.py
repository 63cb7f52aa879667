"""ASGI entry point, for servers that import `config.asgi` with `site/` on the path."""

import os

from config.paths import add_source_roots

add_source_roots()
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

from django.core.asgi import get_asgi_application  # noqa: E402

application = get_asgi_application()
