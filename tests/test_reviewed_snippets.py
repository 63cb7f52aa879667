"""Issue 13: the information unit (a snippet whose name shows on every DIP entry, the DIP lists,
their exports and the public filter) is reviewed content: a new or changed name reaches the
public only after the privacy scan and a second person, the page scan reads it and the
publication snapshot (and so the integrity watch) covers it.

The attacker is the one account that may edit units (a superuser: no SOP role may), through
Wagtail's snippet views; the approver a Koordinator, through *Persetujuan dokumen*."""

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry, Page

from integrity.alerts import run_watch
from integrity.models import AlertKind, IntegrityAlert
from moderation.models import ScanReport
from ppid_pages.models import InformationUnit

from .factories import make_dip_index, make_entry, make_unit
from .test_approval_binds_to_bytes import entry_form
from .test_workflow_bypass import ROLES, edit_url, member, workflow_action

pytestmark = pytest.mark.django_db

NIK = "3171014708850003"
APPROVED = "Bagian Umum dan Kepegawaian"


@pytest.fixture
def people() -> dict[str, User]:
    return {role: member(role) for role in ROLES}


@pytest.fixture
def admin(client) -> User:
    return User.objects.create_superuser("admin", "admin@contohkab.go.id", "x")


def edit_unit(client, user, unit, name: str):
    client.force_login(user)
    url = reverse("wagtailsnippets_ppid_pages_informationunit:edit", args=[unit.pk])
    response = client.post(url, {"name": name})
    assert response.status_code == 302
    return response


def add_unit(client, user, name: str) -> InformationUnit:
    client.force_login(user)
    response = client.post(
        reverse("wagtailsnippets_ppid_pages_informationunit:add"), {"name": name}
    )
    assert response.status_code == 302
    return InformationUnit.objects.get(name=name)


def approve_unit(client, user, unit):
    """As the approval page posts it: with the version the approver was shown."""
    client.force_login(user)
    page = client.get(reverse("moderation:documents_to_approve")).content.decode()
    key = f"ppid_pages.informationunit:{unit.pk}"
    shown = re.search(rf'value="{key}"><input type="hidden" name="version" value="(\w+)"', page)
    version = shown.group(1) if shown else ""
    return client.post(
        reverse("moderation:documents_to_approve"), {"snippet": key, "version": version}
    )


def approve_by_two(client, people, unit):
    """The Sub Koordinator's approval is the first of two (moderation.two_people): nothing is
    released by it; the Koordinator's, of the same version, releases."""
    before = InformationUnit.objects.get(pk=unit.pk)
    assert approve_unit(client, people["Sub Koordinator"], unit).status_code == 302
    after = InformationUnit.objects.get(pk=unit.pk)
    assert (after.name, after.released_at) == (before.name, before.released_at)
    return approve_unit(client, people["Koordinator"], unit)


def fresh(page: Page) -> Page:
    return Page.objects.get(pk=page.pk).specific


def public_text(path: str) -> str:
    return Client().get(path).content.decode()


def test_a_renamed_unit_keeps_its_approved_name_until_a_second_person_approves(
    client, people, admin
):
    index = make_dip_index()
    entry = make_entry(index, "Laporan Keuangan 2025", unit=make_unit(APPROVED))
    unit = InformationUnit.objects.get(name=APPROVED)

    edit_unit(client, admin, unit, f"Budi Santoso NIK {NIK}")
    for page in (entry, index):
        text = public_text(fresh(page).url)
        assert NIK not in text and APPROVED in text
    unit.refresh_from_db()
    assert unit.name == APPROVED and unit.has_pending_version
    assert ModelLogEntry.objects.filter(action="ppid.snippet.change", user=admin).exists()

    # The scan blocks it for the approver; the author may never approve it.
    response = approve_unit(client, people["Koordinator"], unit)
    assert response.status_code == 302
    unit.refresh_from_db()
    assert unit.name == APPROVED
    assert NIK not in public_text(fresh(entry).url)

    edit_unit(client, admin, unit, "Bagian Umum")
    assert approve_unit(client, admin, unit)["Location"] == reverse("wagtailadmin_home")
    assert approve_by_two(client, people, unit).status_code == 302
    unit.refresh_from_db()
    assert unit.name == "Bagian Umum" and not unit.has_pending_version
    assert "Bagian Umum" in public_text(fresh(entry).url)


def test_a_new_unit_is_not_in_the_public_filter_until_reviewed(client, people, admin):
    index = make_dip_index()
    make_entry(index, "Laporan Keuangan 2025", unit=make_unit(APPROVED))
    unit = add_unit(client, admin, f"Seksi Data {NIK}")
    assert NIK not in public_text(fresh(index).url)

    assert approve_unit(client, people["Koordinator"], unit).status_code == 302  # scan blocks
    unit.refresh_from_db()
    assert unit.released_at is None
    assert NIK not in public_text(fresh(index).url)

    edit_unit(client, admin, unit, "Seksi Data dan Informasi")
    assert approve_by_two(client, people, unit).status_code == 302
    unit.refresh_from_db()
    assert unit.released_at is not None
    assert "Seksi Data dan Informasi" in public_text(fresh(index).url)


def test_the_page_scan_reads_the_unit_an_entry_shows(client, people, admin):
    """A new unit (not public yet) chosen on an entry is scanned with the entry's text."""
    index = make_dip_index()
    entry = make_entry(index, "Laporan Keuangan 2025", unit=make_unit(APPROVED))
    unit = add_unit(client, admin, f"Seksi Budi {NIK}")
    client.force_login(people["Operator"])
    response = client.post(
        edit_url(entry),
        entry_form(fresh(entry), "<p>Ringkasan.</p>", unit=unit.pk, **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    report = ScanReport.objects.filter(revision__object_id=str(entry.pk)).order_by("-pk").first()
    assert not report.passed
    assert any(f["location"] == "unit.name" for f in report.findings)
    assert NIK not in public_text(fresh(entry).url)


def test_the_watch_sees_a_unit_renamed_in_the_database(client, people):
    index = make_dip_index()
    entry = make_entry(index, "Laporan Keuangan 2025", unit=make_unit(APPROVED))
    client.force_login(people["Operator"])
    response = client.post(
        edit_url(entry),
        entry_form(fresh(entry), "<p>Ringkasan baru.</p>", **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    assert workflow_action(client, people["Sub Koordinator"], entry).status_code == 302
    assert workflow_action(client, people["Koordinator"], entry).status_code == 302
    run_watch()
    assert not IntegrityAlert.objects.open().filter(page=entry, kind=AlertKind.CHANGED).exists()

    InformationUnit.objects.filter(name=APPROVED).update(name=f"Budi {NIK}")
    run_watch()
    alert = IntegrityAlert.objects.open().get(page=entry, kind=AlertKind.CHANGED)
    assert "#" in alert.detail and NIK not in alert.detail


def unit_alerts():
    return IntegrityAlert.objects.open().filter(kind=AlertKind.SNIPPET_CHANGED, page=None)


def test_the_watch_checks_a_units_released_digest_against_the_audit_chain(client, people, admin):
    """An insider renames a released unit in the database and writes the digest of the new
    name beside it: before, the watch compared the row with itself and said nothing."""
    from moderation.snapshot import snippet_digest

    unit = add_unit(client, admin, APPROVED)
    assert approve_by_two(client, people, unit).status_code == 302
    unit.refresh_from_db()
    assert unit.released_at is not None and unit.approved_digest
    run_watch()
    assert not unit_alerts().exists()

    renamed = InformationUnit(pk=unit.pk, name=f"Budi {NIK}")
    InformationUnit.objects.filter(pk=unit.pk).update(
        name=renamed.name, approved_digest=snippet_digest(renamed)
    )
    run_watch()
    alert = unit_alerts().get()
    assert f"#{unit.pk}" in alert.detail and NIK not in alert.detail


def test_units_released_before_releases_were_logged_get_their_entry():
    """An upgraded database: ppid_pages 0009/0010 released every existing unit and wrote its
    digest with no audit entry; 0013 writes the chained release entry, once."""
    import importlib

    from django.apps import apps

    from integrity.chain import verify
    from moderation.snapshot import snippet_digest

    unit = make_unit(APPROVED)
    InformationUnit.objects.filter(pk=unit.pk).update(
        released_at="2026-01-01T00:00:00Z", approved_digest=snippet_digest(unit)
    )
    run_watch()
    assert f"#{unit.pk}" in unit_alerts().get().detail  # unverifiable: reported
    unit_alerts().update(resolved_at="2026-01-02T00:00:00Z")

    migration = importlib.import_module(
        "ppid_pages.migrations.0013_released_units_in_the_audit_log"
    )
    migration.log_released_units(apps, None)
    migration.log_released_units(apps, None)
    entries = ModelLogEntry.objects.filter(action="ppid.snippet.release", object_id=str(unit.pk))
    assert entries.count() == 1
    assert verify().intact
    run_watch()
    assert not unit_alerts().exists()
