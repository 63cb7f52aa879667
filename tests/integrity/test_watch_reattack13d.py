"""Outside re-attack of issue 13 (reattack13d): an attacker with database write access but not
the audit chain key. What the public gets must be what the chain vouches for, or the watch
alerts. The insider writes below stand in for SQL (the gate refuses them otherwise)."""

import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Revision

from integrity.alerts import notify_pending, record, run_watch
from integrity.models import AlertKind, IntegrityAlert
from integrity.watch import Observation
from moderation.actions import take_down
from moderation.models import PublicationSnapshot
from moderation.publication import SET_UP, approved_path
from tests.factories import home_page, make_dip_index, make_entry

pytestmark = pytest.mark.django_db


@pytest.fixture
def entry():
    user = User.objects.create_user("koordinator", email="k@contohkab.go.id", password="x")
    user.groups.add(Group.objects.get(name="Koordinator"))
    with approved_path(SET_UP):
        home_page().save_revision().publish()
    return make_entry(make_dip_index(), "Laporan Keuangan 2025")


def open_kinds() -> list[str]:
    return list(IntegrityAlert.objects.open().values_list("kind", flat=True))


def sql_update(page: Page, **columns) -> None:
    with approved_path(SET_UP):  # SQL does not ask the gate
        Page.objects.filter(pk=page.pk).update(**columns)


def test_a_clean_site_gives_no_alert(entry):
    run_watch()
    assert open_kinds() == []


def test_a_taken_down_page_made_live_again_in_the_database_is_an_alert(entry, client):
    revision_id = entry.live_revision_id
    admin = User.objects.create_superuser("admin", "a@contohkab.go.id", "x")
    take_down(entry, admin, "Data pribadi di lampiran")
    assert client.get(entry.url).status_code == 404
    sql_update(entry, live=True, live_revision_id=revision_id)
    assert client.get(entry.url).status_code == 200  # the public gets it again
    run_watch()
    alert = IntegrityAlert.objects.open().get(kind=AlertKind.NOT_APPROVED)
    assert alert.page_id == entry.pk


def test_an_earlier_approved_revision_put_back_live_is_an_alert(entry):
    first = entry.live_revision_id
    entry.summary = "<p>Ringkasan yang diperbarui.</p>"
    with approved_path(SET_UP):
        entry.save_revision().publish()
    run_watch()
    assert open_kinds() == []
    sql_update(entry, live_revision_id=first)
    run_watch()
    alert = IntegrityAlert.objects.open().get(kind=AlertKind.NOT_APPROVED)
    assert f"#{first}" in alert.detail


NIK = "3201014508900002"


def restrict(page: Page, restriction_type: str) -> None:
    """A view-restriction row inserted as SQL would (bulk_create sends no signal)."""
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page_id=page.pk, restriction_type=restriction_type)]
    )


def test_a_restriction_of_no_type_neither_makes_a_page_public_nor_silences_the_watch(
    entry, client
):
    restrict(home_page(), "none")
    sql_update(entry, title=f"Penerima bantuan NIK {NIK}")
    assert NIK not in client.get(entry.url).content.decode()  # denied, not public
    run_watch()
    details = IntegrityAlert.objects.open().filter(page=entry).values_list("detail", flat=True)
    assert any("none" in detail for detail in details)
    assert any("«" in detail for detail in details)  # compared all the same
    assert all(NIK not in detail for detail in details)


def test_a_restricted_page_is_compared_as_the_audience_gets_it(entry, client):
    restrict(entry, "login")
    sql_update(entry, title=f"Penerima bantuan NIK {NIK}")
    assert client.get(entry.url).status_code == 302  # the public gets the login form
    run_watch()
    alert = IntegrityAlert.objects.open().get(page=entry, kind=AlertKind.CHANGED)
    assert "«<title>Penerima bantuan NIK 32" in alert.detail


def test_an_open_alert_whose_detail_changes_is_e_mailed_again(entry, mailoutbox):
    harmless = Observation(entry, entry.url, AlertKind.CHANGED, "1 changed block: a space")
    worse = Observation(entry, entry.url, AlertKind.CHANGED, "1 changed block: a NIK")
    record([harmless])
    assert notify_pending() == 1
    record([harmless])
    assert notify_pending() == 0  # nothing new
    record([worse])
    assert notify_pending() == 1  # the worse change is not hidden behind the open alert
    assert "a NIK" in IntegrityAlert.objects.open().get().detail
    assert len(mailoutbox) == 2


def test_two_problems_of_one_kind_on_one_page_are_both_named(entry):
    record(
        [
            Observation(entry, entry.url, AlertKind.CHANGED, "first"),
            Observation(entry, entry.url, AlertKind.CHANGED, "second"),
        ]
    )
    assert IntegrityAlert.objects.open().get().detail == "first; second"


def rewrite_live_revision(entry) -> None:
    """The live revision's content and the page row rewritten in the database."""
    revision = Revision.objects.get(pk=entry.live_revision_id)
    content = dict(revision.content)
    content["title"] = f"Penerima bantuan NIK {NIK}"
    with approved_path(SET_UP):
        Revision.objects.filter(pk=revision.pk).update(content=content)
    sql_update(entry, title=content["title"], draft_title=content["title"])


def test_a_set_up_page_whose_live_revision_is_rewritten_is_an_alert(entry, client):
    rewrite_live_revision(entry)
    assert NIK in client.get(entry.url).content.decode()
    run_watch()
    alert = IntegrityAlert.objects.open().get(page=entry, kind=AlertKind.NOT_APPROVED)
    assert f"#{entry.live_revision_id}" in alert.detail


def test_pages_live_before_set_up_snapshots_get_a_chained_baseline(entry):
    import importlib

    from django.apps import apps

    from integrity.chain import verify

    # An upgraded database: the pages were published at set-up before it recorded a snapshot.
    PublicationSnapshot.objects.all().delete()
    run_watch()
    assert IntegrityAlert.objects.open().filter(kind=AlertKind.NOT_APPROVED).exists()
    IntegrityAlert.objects.update(resolved_at=timezone.now())

    migration = importlib.import_module("moderation.migrations.0013_set_up_baseline_snapshots")
    migration.record_baselines(apps, None)
    migration.record_baselines(apps, None)  # once per live revision
    live = Page.objects.live().filter(depth__gt=1)
    assert PublicationSnapshot.objects.count() == live.count()
    assert verify().intact
    run_watch()
    assert open_kinds() == []

    rewrite_live_revision(entry)
    run_watch()
    assert IntegrityAlert.objects.open().filter(page=entry, kind=AlertKind.NOT_APPROVED).exists()


def test_an_exempt_document_stays_exempt_when_its_rows_are_deleted(client):
    from ppid_pages.models import DipEntryDocument, ExemptAsset
    from ppid_pages.models.dip import DipCategory
    from tests.factories import make_document, pdf_bytes

    index = make_dip_index()
    document = make_document("Kontrak Pengadaan", pdf_bytes("Rincian negosiasi kontrak"))
    make_entry(index, "Pengadaan 2025", documents=(document,))
    exempt = make_entry(
        index, "Kontrak Pengadaan Server", category=DipCategory.DIKECUALIKAN, documents=(document,)
    )
    assert client.get(document.url).status_code == 404
    # What SQL does: the rows that say the document is exempt, gone.
    with approved_path(SET_UP):
        ExemptAsset.objects.filter(document=document).delete()
        DipEntryDocument.objects.filter(page=exempt, document=document).delete()
    assert client.get(document.url).status_code == 404


def test_exempt_assets_of_an_upgraded_database_are_in_the_audit_chain(client):
    """ppid_pages migration 0016 gives the ExemptAsset rows recorded before exemptions were
    logged their chained entry: deleting the rows then no longer releases the document."""
    import importlib

    from django.apps import apps

    from integrity.chain import verify
    from ppid_pages.models import DipEntryDocument, ExemptAsset, ExemptInformation
    from ppid_pages.models.dip import DipCategory
    from tests.factories import make_document, pdf_bytes

    index = make_dip_index()
    document = make_document("Kontrak Pengadaan", pdf_bytes("Rincian negosiasi kontrak"))
    make_entry(index, "Pengadaan 2025", documents=(document,))
    exempt = make_entry(index, "Kontrak Pengadaan Server", category=DipCategory.DIKECUALIKAN)
    # Recorded as an older release did: rows only, no entry on the document.
    exemption = ExemptInformation.objects.get(entry_id=exempt.pk)
    ExemptAsset.objects.bulk_create([ExemptAsset(exemption=exemption, document=document)])
    assert client.get(document.url).status_code == 404

    migration = importlib.import_module(
        "ppid_pages.migrations.0016_exempt_assets_in_the_audit_log"
    )
    migration.log_exempt_assets(apps, None)
    migration.log_exempt_assets(apps, None)  # once per asset and entry
    assert verify().intact
    with approved_path(SET_UP):
        ExemptAsset.objects.filter(document=document).delete()
        DipEntryDocument.objects.filter(document=document, page=exempt).delete()
    assert client.get(document.url).status_code == 404


def test_a_blocked_document_released_in_the_database_is_not_served(client):
    """C4: a document the scanner blocked, flipped to clean and approved in the database, has
    no release in the audit chain (moderation.assets.released_version_vouched): not served,
    and the watch names it."""
    from ppid_pages.models import PPIDDocument
    from tests.factories import make_document, pdf_bytes

    document = make_document("Daftar Penerima", pdf_bytes(f"Penerima bantuan NIK {NIK}"))
    document.refresh_from_db()
    assert document.scan_status == "findings"  # the scanner blocked it
    assert client.get(document.url).status_code == 404
    PPIDDocument.objects.filter(pk=document.pk).update(
        scan_status="clean", scan_findings=[], approved_at=timezone.now()
    )
    assert client.get(document.url).status_code == 404
    run_watch()
    assert IntegrityAlert.objects.open().filter(kind=AlertKind.ASSET_CHANGED).exists()


def test_gambling_spam_on_a_restricted_page_is_a_hit(entry):
    restrict(entry, "login")
    sql_update(entry, title="Slot gacor maxwin hari ini")
    run_watch()
    assert IntegrityAlert.objects.open().filter(page=entry, kind=AlertKind.GAMBLING).exists()
