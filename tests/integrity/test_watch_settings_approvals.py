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
    seen = review_digest(values)
    assert approve_site_settings(site, people["Sub Koordinator"], "Pertama.", seen=seen) is None
    return approve_site_settings(site, people["Koordinator"], "Telepon kantor.", seen=seen)


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


def baseline_row(site, values) -> SiteSettingsApproval:
    """A baseline approval as migration 0007 wrote it: by nobody, with no audit entry."""
    return SiteSettingsApproval.objects.create(
        site=site,
        values=values,
        digest=hashlib.sha256(json.dumps(values, sort_keys=True).encode()).hexdigest(),
        comment="Nilai yang sudah tayang sebelum persetujuan pengaturan diberlakukan.",
    )


def test_a_baseline_row_inserted_in_the_database_is_not_trusted(approved, client):
    """An insider deletes the approvals and inserts one 'approved by nobody': before, the watch
    took any first approval by nobody for the set-up baseline and said nothing."""
    values = {**approved.values, **PRIVATE}
    SiteSettingsApproval.objects.filter(site=approved.site).delete()
    forged = baseline_row(approved.site, values)
    assert PRIVATE["email"] in client.get("/").content.decode()
    run_watch()
    assert f"#{forged.pk}" in settings_alerts().get().detail


def test_the_baseline_of_an_upgraded_database_is_in_the_audit_chain():
    """Migration 0010 gives the baseline rows of 0007/0009 their chained entry: the watch
    verifies them like every approval (without it, they are reported)."""
    import importlib

    from django.apps import apps

    from integrity.chain import verify

    site = Site.objects.get(is_default_site=True)
    SiteSettingsApproval.objects.filter(site=site).delete()
    setting = PPIDSettings.for_site(site)
    setting.phone = "(0261) 123456"
    setting.save()
    baseline = baseline_row(site, public_values(setting))
    run_watch()
    assert f"#{baseline.pk}" in settings_alerts().get().detail  # unverifiable: reported
    settings_alerts().update(resolved_at=baseline.approved_at)

    migration = importlib.import_module(
        "moderation.migrations.0010_baseline_approvals_in_the_audit_log"
    )
    migration.log_baseline_approvals(apps, None)
    migration.log_baseline_approvals(apps, None)  # once per baseline
    from wagtail.models import ModelLogEntry

    entries = ModelLogEntry.objects.filter(
        action="ppid.settings.approve", data__digest=baseline.digest
    )
    assert entries.count() == 1
    assert entries.get().object_id == str(setting.pk)
    assert verify().intact
    run_watch()
    assert not settings_alerts().exists()
