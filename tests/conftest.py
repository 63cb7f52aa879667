import json
import os
from pathlib import Path

import pytest
from django.core.cache import caches
from django.test.client import ClientMixin
from django_otp import DEVICE_ID_SESSION_KEY

from tests import services


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded files of each test go to a temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    # The information service's encrypted private store, outside MEDIA_ROOT as in production.
    settings.INFORMATION_REQUESTS_PRIVATE_ROOT = tmp_path / "private"
    # The audit chain's anchor (integrity.anchor) starts over with each test's database.
    settings.AUDIT_CHAIN_ANCHOR = tmp_path / "audit-chain-anchor.json"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with empty caches: rate-limit counts and cached pages never leak
    between tests."""
    from page_cache import facts, routes, sites
    from ppid_pages import visibility

    for cache in caches.all():
        cache.clear()
    visibility._answers.clear()
    facts.forget_local()
    sites.forget()
    routes.forget()


# Two-factor authentication (security.twofactor) closes the admin to a session until a code
# from a confirmed device verifies it. Tests that use `client.force_login(user)` stand for a
# user who has completed the whole login: the wrapped force_login below gives the user a real
# confirmed TOTP device (django-otp; created once, reused) and records it in the session as
# verified, exactly as the verification view does. Tests of the 2FA flows themselves log in
# through the real views (tests/security/test_two_factor.py) and never call force_login.
_django_force_login = ClientMixin.force_login


def force_login_verified(self, user, backend=None):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    _django_force_login(self, user, backend)
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Perangkat uji", confirmed=True)
    session = self.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


ClientMixin.force_login = force_login_verified


@pytest.fixture(scope="module")
def without_account_audit():
    """Serialized rollback reloads the role groups with their permissions after each flush;
    security.audit would log those m2m changes while content types are still being reloaded
    (and fail). Account auditing is not what these tests check: it is off for the module."""
    from security.audit import account_changes_unlogged

    with account_changes_unlogged():
        yield


def pytest_collection_modifyitems(items):
    """Every serialized-rollback test needs `without_account_audit` (above): without it the
    reload after an earlier transactional test's flush fails at set-up, in the full suite only
    (the order decides). Refuse the run at collection rather than let the order find it."""
    offenders = [
        item.nodeid
        for item in items
        if (marker := item.get_closest_marker("django_db"))
        and marker.kwargs.get("serialized_rollback")
        and "without_account_audit" not in getattr(item, "fixturenames", ())
    ]
    if offenders:
        raise pytest.UsageError(
            "serialized_rollback tests without the without_account_audit fixture: "
            + ", ".join(offenders)
        )


# --- outside services (tests/services.py) -------------------------------------------------------
_run_record = services.RunRecord()


def pytest_runtest_logreport(report):
    _run_record.add(report)


def pytest_collectreport(report):
    _run_record.add(report)


def pytest_terminal_summary(terminalreporter):
    for name, entry in sorted(_run_record.service_skips.items()):
        terminalreporter.write_line(
            f"SKIPPED {entry['count']} test(s) needing {name}: {entry['reason']}", yellow=True
        )


def pytest_sessionfinish(session):
    target = os.environ.get("PPID_TEST_REPORT")
    if target:
        path = Path(target)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(_run_record.as_dict()))


@pytest.fixture(scope="session")
def redis_base_url():
    """A Redis to talk to: the configured one if it answers, else a private redis-server."""
    from django.conf import settings

    configured = settings.REDIS_URL.rsplit("/", 1)[0]
    if services.redis_answers(configured):
        yield configured
        return
    with services.private_redis() as url:
        yield url


@pytest.fixture(scope="session", autouse=True)
def admin_built_in_the_office_language():
    """Wagtail builds some admin texts once and keeps them: edit forms (chooser button labels)
    when its system checks first run, listing and filter labels when their module is imported.
    A server builds them at start-up or on its first request, in the office's language; in
    the test process the first to build them would be the checks of `migrate` for the test
    database, which Django runs with translations switched off (English). So the URLs are
    loaded and the checks run here first, in Indonesian, as a server does."""
    from django.conf import settings
    from django.core import checks
    from django.urls import get_resolver
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        get_resolver().url_patterns  # noqa: B018 - imports every admin view and viewset
        checks.run_checks()
