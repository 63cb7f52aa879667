"""A document's or image's `approved_digest` is trusted only as the audit chain records it
(issue 13, chain13 items 1 and 2): every digest written to the row is a chained entry
(moderation.assets.DIGEST_ACTIONS), and the integrity watch and the public views compare the
row with the latest release the chain vouches for, as for information units (fd4f197). An
insider who writes a file, a title and the digest of that new version into the database
(SQL, a queryset) is reported, and the public does not get those bytes."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import ModelLogEntry

from integrity.alerts import run_watch
from integrity.models import AlertKind, IntegrityAlert
from moderation.models import PublicationSnapshot, SnapshotStep
from moderation.snapshot import asset_digest, asset_key, asset_state, digest_of
from ppid_pages.models import DocumentScanStatus, PPIDDocument, PPIDImage
from tests.factories import make_document, pdf_bytes
from tests.integrity.test_watch_released_assets import released_on_its_own
from tests.test_asset_versions import (
    APPROVED_PDF_TEXT,
    changed_alert,
    make_image,
    published_through_the_workflow,
)
from tests.test_workflow_bypass import NIK, ROLES, fresh, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    return {role: member(role) for role in ROLES}


def asset_alerts():
    return IntegrityAlert.objects.open().filter(kind=AlertKind.ASSET_CHANGED, page=None)


def forge(asset, **values) -> None:
    """The insider's write: new values on the row and the digest of that new version beside
    them, by queryset (no save(), no audit entry)."""
    model = type(asset)
    model.objects.filter(pk=asset.pk).update(**values)
    forged = model.objects.get(pk=asset.pk)
    model.objects.filter(pk=asset.pk).update(approved_digest=asset_digest(asset_state(forged)))


def picture_sources(public: Client, page) -> list[str]:
    html = public.get(fresh(page).get_url()).text
    return re.findall(r'<img[^>]+src="(/media/images/[^"]+)"', html)


def test_a_document_released_on_its_own_rewritten_with_its_digest(client, people):
    document = released_on_its_own(client, people)
    run_watch()
    assert not asset_alerts().exists()

    other = make_document("Lain", pdf_bytes(f"NIK {NIK}"))
    forge(document, file=other.file.name, title=f"Pengumuman NIK {NIK}")

    run_watch()
    alert = asset_alerts().get()
    assert f"#{document.pk}" in alert.detail and NIK not in alert.detail
    assert Client().get(document.url).status_code == 404  # not the public's


def test_an_image_on_a_live_page_rewritten_with_its_digest(client, people):
    image = make_image("red")
    page = published_through_the_workflow(client, people, image=image)
    public = Client()
    assert all(public.get(src).status_code == 200 for src in picture_sources(public, page))
    run_watch()
    assert changed_alert(page) is None

    other = make_image("blue", title="Lain")
    forge(image, file=other.file.name, title=f"Bagan NIK {NIK}")

    run_watch()
    alert = changed_alert(page)
    assert alert is not None and f"#{image.pk}" in alert.detail and NIK not in alert.detail
    sources = picture_sources(public, page)
    assert sources and all(public.get(src).status_code == 404 for src in sources)


def test_a_document_on_a_live_page_rewritten_with_its_digest(client, people):
    document = make_document("Laporan Keuangan", pdf_bytes(APPROVED_PDF_TEXT))
    page = published_through_the_workflow(client, people, document=document)
    document.refresh_from_db()
    assert Client().get(document.url).status_code == 200

    forge(document, title=f"Daftar NIK {NIK}")

    run_watch()
    alert = changed_alert(page)
    assert alert is not None and f"#{document.pk}" in alert.detail
    assert Client().get(document.url).status_code == 404


def test_a_forged_snapshot_row_and_a_cleared_digest_are_seen(client, people):
    """Item 2: the watch compared the live revision with the newest snapshot row and with the
    asset's own digest, both mutable rows. An insider swaps the image's file, clears its
    digest and adds a newer snapshot row naming the new version: before, nothing was
    reported and the new picture was public."""
    image = make_image("red")
    page = published_through_the_workflow(client, people, image=image)
    public = Client()
    other = make_image("blue", title="Lain")
    PPIDImage.objects.filter(pk=image.pk).update(file=other.file.name, approved_digest="")
    swapped = PPIDImage.objects.get(pk=image.pk)
    live = fresh(page).live_revision
    recorded = PublicationSnapshot.objects.filter(revision=live, step=SnapshotStep.PUBLISH).first()
    manifest = dict(recorded.manifest)
    manifest["assets"] = {
        **manifest["assets"],
        asset_key(swapped): asset_digest(asset_state(swapped)),
    }
    PublicationSnapshot.objects.create(
        revision=live,
        step=SnapshotStep.PUBLISH,
        digest=digest_of(manifest["content"], manifest["assets"], manifest.get("restrictions")),
        manifest=manifest,
    )
    PublicationSnapshot.objects.filter(revision=live).exclude(pk=recorded.pk).update(
        recorded_at=timezone.now() + timedelta(minutes=1)
    )

    run_watch()
    alert = changed_alert(page)
    assert alert is not None and f"#{image.pk}" in alert.detail
    sources = picture_sources(public, page)
    assert sources and all(public.get(src).status_code == 404 for src in sources)


def test_released_assets_before_digests_were_logged_get_their_entry():
    """An upgraded database: documents and images released before every digest write was an
    audit entry (or before digests existed) get their chained entry from ppid_pages 0015,
    once; until then the watch reports them."""
    import importlib

    from django.apps import apps

    from integrity.chain import verify

    document = make_document("Laporan Lama")
    PPIDDocument.objects.filter(pk=document.pk).update(
        scan_status=DocumentScanStatus.CLEAN, approved_at=timezone.now()
    )
    image = make_image("green", title="Foto Lama")
    PPIDImage.objects.filter(pk=image.pk).update(released_at=timezone.now())
    run_watch()
    assert asset_alerts().count() == 2  # unverifiable: reported
    assert Client().get(document.url).status_code == 404
    asset_alerts().update(resolved_at=timezone.now())

    migration = importlib.import_module(
        "ppid_pages.migrations.0015_released_assets_in_the_audit_log"
    )
    migration.log_released_assets(apps, None)
    migration.log_released_assets(apps, None)
    for asset in (document, image):
        entries = ModelLogEntry.objects.for_instance(asset).filter(action="ppid.asset.release")
        assert entries.count() == 1
    assert verify().intact
    run_watch()
    assert not asset_alerts().exists()
    assert Client().get(document.url).status_code == 200


def test_the_set_up_logo_is_served_only_as_its_release():
    """The logo of the set-up approval was public on the strength of the approval's values
    alone (never pinned, no digest): a file swapped under it in the database was served. The
    set-up approval now pins it like every approval (and moderation 0015 pins those of an
    upgraded database), so the swap is reported and not served."""
    import importlib

    from django.apps import apps
    from wagtail.models import Site

    from moderation.site_settings import record_initial_approval
    from ppid_pages.models import PPIDSettings

    site = Site.objects.get(is_default_site=True)
    logo = make_image("green", title="Logo Dinas")
    settings = PPIDSettings.for_site(site)
    settings.logo = logo
    settings.save()
    record_initial_approval(site, "Set-up.")
    public = Client()
    assert public.get(logo.get_rendition("height-64").url).status_code == 200

    other = make_image("red", title="Lain")
    PPIDImage.objects.filter(pk=logo.pk).update(file=other.file.name, approved_digest="")
    swapped = PPIDImage.objects.get(pk=logo.pk)
    assert public.get(swapped.get_rendition("height-32").url).status_code == 404
    run_watch()
    assert f"#{logo.pk}" in asset_alerts().get().detail

    # An upgraded database whose baseline never pinned the logo: 0015 pins it as it is.
    migration = importlib.import_module(
        "moderation.migrations.0015_settings_images_in_the_audit_log"
    )
    migration.pin_settings_images(apps, None)
    assert PPIDImage.objects.get(pk=logo.pk).approved_digest
