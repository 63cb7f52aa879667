"""The integrity watch trusts a live revision only when the audit chain vouches for it (issue
13 re-attack, break 3): a revision inserted in the database and made live is an alert."""

import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision

from integrity.alerts import run_watch
from integrity.models import AlertKind, IntegrityAlert
from moderation.publication import SET_UP, approved_path
from ppid_pages.models import DipEntryPage
from tests.factories import home_page, make_dip_index, make_entry

pytestmark = pytest.mark.django_db

NIK = "3201014508900002"


@pytest.fixture
def entry():
    user = User.objects.create_user("koordinator", email="k@contohkab.go.id", password="x")
    user.groups.add(Group.objects.get(name="Koordinator"))
    with approved_path(SET_UP):
        home_page().save_revision().publish()
    return make_entry(make_dip_index(), "Laporan Keuangan 2025")


def swap_in_revision(entry: DipEntryPage) -> Revision:
    """What an insider with database access does: a new revision row (no log entry, no
    approval), made live, with the page row showing it."""
    content = dict(entry.live_revision.content)
    content["summary"] = f"<p>Penerima bantuan NIK {NIK}</p>"
    content["title"] = "Laporan Keuangan 2025 (revisi)"
    revision = Revision.objects.create(
        content_type=entry.content_type,
        base_content_type=entry.live_revision.base_content_type,
        object_id=str(entry.pk),
        object_str=content["title"],
        content=content,
    )
    # The application's gate refuses this update (moderation.publication, PageQuerySet.update):
    # SQL would not ask it, so the set-up path stands in for the database shell here.
    with approved_path(SET_UP):
        DipEntryPage.objects.filter(pk=entry.pk).update(
            live_revision=revision,
            latest_revision=revision,
            title=content["title"],
            draft_title=content["title"],
            summary=content["summary"],
        )
    return revision


def test_a_clean_site_gives_no_alert(entry):
    run_watch()
    assert list(IntegrityAlert.objects.open().values_list("kind", flat=True)) == []


def test_a_revision_inserted_in_the_database_and_made_live_is_an_alert(entry, client):
    revision = swap_in_revision(entry)
    assert NIK in client.get(entry.url).content.decode()  # the public sees it
    run_watch()
    alert = IntegrityAlert.objects.open().get(kind=AlertKind.NOT_APPROVED)
    assert alert.page_id == entry.pk
    assert f"#{revision.pk}" in alert.detail
    assert "nik" in alert.detail  # the live render was privacy-scanned
    assert NIK not in alert.detail  # by kind, never the value


def test_a_publication_entry_forged_in_the_database_does_not_vouch(entry):
    revision = swap_in_revision(entry)
    # Inserted without the application (no chain link), as SQL would.
    PageLogEntry.objects.bulk_create(
        [
            PageLogEntry(
                page_id=entry.pk,
                content_type=entry.content_type,
                action="wagtail.publish",
                revision=revision,
                label=entry.title,
                data={},
                timestamp=timezone.now(),
            )
        ]
    )
    run_watch()
    assert IntegrityAlert.objects.open().filter(kind=AlertKind.NOT_APPROVED).exists()
