"""The integrity watch checks the approved settings rows against the audit chain (issue 13
re-attack, break 4): values rewritten in the database (and the digest beside them) show on
every public page; only the chained ppid.settings.approve entry vouches for them."""

import hashlib
import json

import pytest
from wagtail.models import Site

from integrity.alerts import run_watch
from integrity.models import AlertKind, IntegrityAlert
from moderation.models import SiteSettingsApproval
from moderation.site_settings import approve_site_settings, public_values, review_digest
from ppid_pages.models import PPIDSettings
from tests.test_workflow_bypass import ROLES, member

pytestmark = pytest.mark.django_db

PRIVATE = {"phone": "0812 9876 5432", "email": "pejabat.pribadi@gmail.com"}


def settings_alerts():
    return IntegrityAlert.objects.open().filter(kind=AlertKind.SNIPPET_CHANGED, page=None)


@pytest.fixture
def approved():
    people = {role: member(role) for role in ROLES}
    site = Site.objects.get(is_default_site=True)
    setting = PPIDSettings.for_site(site)
    setting.phone = "(0261) 123456"
    setting.save()
    values = public_values(PPIDSettings.for_site(site))
    return approve_site_settings(
        site, people["Koordinator"], "Telepon kantor.", seen=review_digest(values)
    )


def rewrite(approval: SiteSettingsApproval, digest_too: bool) -> None:
    values = {**approval.values, **PRIVATE}
    update = {"values": values}
    if digest_too:  # an insider updates both columns
        update["digest"] = hashlib.sha256(json.dumps(values, sort_keys=True).encode()).hexdigest()
    SiteSettingsApproval.objects.filter(pk=approval.pk).update(**update)


def test_approved_settings_give_no_alert(approved):
    run_watch()
    assert not settings_alerts().exists()


@pytest.mark.parametrize("digest_too", [False, True])
def test_approved_values_rewritten_in_the_database(approved, client, digest_too):
    rewrite(approved, digest_too)
    assert PRIVATE["email"] in client.get("/").content.decode()  # every public page
    run_watch()
    alert = settings_alerts().get()
    assert f"#{approved.pk}" in alert.detail


def test_an_approval_row_inserted_in_the_database(approved):
    values = {**approved.values, **PRIVATE}
    SiteSettingsApproval.objects.create(
        site=approved.site,
        values=values,
        digest=hashlib.sha256(json.dumps(values, sort_keys=True).encode()).hexdigest(),
        approved_by=approved.approved_by,
    )
    run_watch()
    assert settings_alerts().count() == 1
