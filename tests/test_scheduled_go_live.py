"""Issue 13: a scheduled publication goes live only as it was approved. When what the public
would get changed between the approval and the go-live time (a document of the page got a new
file through the admin, a title was changed directly in the database), `publish_scheduled`
publishes nothing, cancels the schedule, writes an audit entry and raises an integrity alert.

The change goes through the real admin views as the Operator who attacks."""

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry, PageViewRestriction, Revision
from wagtail.test.utils.timestamps import submittable_timestamp

from integrity.models import AlertKind, IntegrityAlert
from ppid_pages.models import PPIDDocument, PPIDImage

from .factories import make_document, pdf_bytes
from .test_asset_versions import (
    APPROVED_PDF_TEXT,
    SWAPPED_PDF_TEXT,
    approve_in_turn,
    body_form,
    document_edit,
    make_image,
    new_pdf,
)
from .test_workflow_bypass import (
    ROLES,
    assert_not_public,
    draft_page,
    edit_url,
    fresh,
    member,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def people() -> dict:
    return {role: member(role) for role in ROLES}


@pytest.fixture
def public() -> Client:
    return Client()


def scheduled(client, people, image=None, document=None, page=None):
    """A page approved by both reviewers with a go-live date two days ahead."""
    page = page or draft_page(people["Operator"])
    go_live = timezone.now() + timezone.timedelta(days=2)
    client.force_login(people["Operator"])
    data = body_form(
        page,
        image=image,
        document=document,
        go_live_at=submittable_timestamp(go_live),
        **{"action-submit": "1"},
    )
    assert client.post(edit_url(page), data).status_code == 302
    approve_in_turn(client, people, page)
    assert Revision.objects.filter(approved_go_live_at__isnull=False).exists()
    return page, go_live


def go_live(monkeypatch, when) -> None:
    later = when + timezone.timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)  # the clock reaches go-live
    call_command("publish_scheduled")


def assert_held(page, public) -> None:
    assert not fresh(page).live
    assert_not_public(page, public)
    assert not Revision.objects.filter(approved_go_live_at__isnull=False).exists()
    assert PageLogEntry.objects.filter(page=page, action="ppid.schedule.held").exists()
    assert IntegrityAlert.objects.open().filter(page=page, kind=AlertKind.HELD).exists()


def test_a_document_replaced_before_go_live_holds_the_publication(
    client, people, public, monkeypatch
):
    document = make_document("Laporan Keuangan", pdf_bytes(APPROVED_PDF_TEXT))
    page, when = scheduled(client, people, document=document)
    assert (
        document_edit(
            client, people["Operator"], document, file=new_pdf(SWAPPED_PDF_TEXT)
        ).status_code
        == 302
    )

    go_live(monkeypatch, when)
    assert_held(page, public)
    assert public.get(document.url).status_code == 404
    call_command("publish_scheduled")  # held for good: a later run publishes nothing either
    assert not fresh(page).live


def test_a_title_changed_in_the_database_before_go_live_holds_the_publication(
    client, people, public, monkeypatch
):
    image = make_image("red")
    page, when = scheduled(client, people, image=image)
    PPIDImage.objects.filter(pk=image.pk).update(title="Bagan Organisasi (diubah)")

    go_live(monkeypatch, when)
    assert_held(page, public)


def test_an_unchanged_scheduled_publication_goes_live(client, people, public, monkeypatch):
    document = make_document("Laporan Keuangan", pdf_bytes(APPROVED_PDF_TEXT))
    page, when = scheduled(client, people, document=document)

    go_live(monkeypatch, when)
    assert fresh(page).live
    assert not IntegrityAlert.objects.exists()
    assert PPIDDocument.objects.get(pk=document.pk).published_at is not None


def test_a_scheduled_go_live_is_vouched_for_by_the_watch(client, people, public, monkeypatch):
    """Wagtail's publish_scheduled logs `wagtail.publish.scheduled`, not `wagtail.publish`:
    the integrity watch accepts it (from the audit chain) and raises no false alert."""
    from integrity.alerts import run_watch

    page, when = scheduled(client, people)
    go_live(monkeypatch, when)
    assert fresh(page).live
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish.scheduled").exists()
    monkeypatch.undo()
    run_watch()
    assert not IntegrityAlert.objects.open().filter(page=page).exists()


def test_a_restriction_lifted_before_go_live_holds_the_publication(
    client, people, public, monkeypatch
):
    """A page approved while only logged-in users could see it does not go public because a
    superuser lifted the restriction (the privacy dialog) before its go-live: who may see the
    page is part of the publication snapshot (issue 13, live13 break 7)."""
    page = draft_page(people["Operator"])
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    page, when = scheduled(client, people, page=page)
    admin = User.objects.create_superuser("super", "super@contohkab.go.id", "x")
    client.force_login(admin)
    url = reverse("wagtailadmin_pages:set_privacy", args=[page.pk])
    client.post(url, {"restriction_type": "none"})
    assert not PageViewRestriction.objects.filter(page=page).exists()  # allowed: not live

    go_live(monkeypatch, when)
    assert_held(page, public)
