"""Logging: one line per event (the dev server printed each 404 twice)."""

import re
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


REQUEST_LINE = (
    "import django, logging; django.setup(); "
    "logging.getLogger('django.server').info("
    "'\"GET /tidak-ada/ HTTP/1.1\" 404 5103', extra={'status_code': 404})"
)


def test_the_dev_server_request_line_is_printed_once_with_its_time():
    result = subprocess.run(
        [sys.executable, "-c", REQUEST_LINE],
        capture_output=True,
        text=True,
        env={"DJANGO_SETTINGS_MODULE": "config.settings.dev", "PYTHONPATH": "site:."},
        check=True,
    )
    lines = [line for line in result.stderr.splitlines() if "GET /tidak-ada/" in line]
    assert len(lines) == 1, result.stderr
    assert re.match(r"\[\d{2}/\w{3}/\d{4} \d{2}:\d{2}:\d{2}[^\]]*\] ", lines[0]), lines[0]
