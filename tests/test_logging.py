"""Logging: one line per event (the dev server printed each 404 twice)."""

import subprocess
import sys

import pytest

EMIT = (
    "import django, logging; django.setup(); "
    "logging.getLogger('django.request').warning('Not Found: /tidak-ada/')"
)


@pytest.mark.parametrize("settings_module", ["config.settings.dev", "config.settings.test"])
def test_a_not_found_warning_is_printed_once(settings_module):
    result = subprocess.run(
        [sys.executable, "-c", EMIT],
        capture_output=True,
        text=True,
        env={"DJANGO_SETTINGS_MODULE": settings_module, "PYTHONPATH": "site:."},
        check=True,
    )
    assert result.stderr.count("Not Found: /tidak-ada/") == 1, result.stderr
