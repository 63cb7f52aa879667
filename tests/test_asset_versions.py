"""Issue 13: approval binds to bytes. Documents and images used by live content are immutable
for the public; the publication snapshot binds every approval to the files, titles and alt
texts the public gets; the integrity watch compares live pages with the approved snapshots.

Each attack goes through the real admin views, as the role that attacked."""

import io
import re

import pytest
from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from PIL import Image as PILImage
from pypdf import PdfReader
from wagtail.models import Collection, ModelLogEntry, PageLogEntry, Revision
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.test.utils.timestamps import submittable_timestamp

from integrity.alerts import run_watch
from integrity.models import AlertKind, IntegrityAlert
from moderation.actions import version_digest
from moderation.models import ApprovalRecord
from moderation.printouts import approval_pdf
from ppid_pages.models import PPIDDocument, PPIDImage, PPIDSettings, StandardPage

from .factories import home_page, make_document, pdf_bytes, publish
from .test_workflow_bypass import (
    LIVE_TEXT,
    NIK,
    ROLES,
    assert_not_public,
    assert_refused,
    current_task_name,
    draft_page,
    edit_url,
    fresh,
    member,
    served,
    workflow_action,
)

pytestmark = pytest.mark.django_db

APPROVED_PDF_TEXT = "Laporan keuangan, versi disetujui."
SWAPPED_PDF_TEXT = "Laporan keuangan, versi baru belum ditinjau."


@pytest.fixture
def people() -> dict[str, User]:
    return {role: member(role) for role in ROLES}


@pytest.fixture
def public() -> Client:
    return Client()


# --- assets and pages -------------------------------------------------------------------------


def png(colour: str) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), colour).save(buffer, "PNG")
    return buffer.getvalue()


def make_image(colour: str = "red", title: str = "Bagan Organisasi", uploader=None) -> PPIDImage:
    image = PPIDImage(
        title=title,
        collection=Collection.get_first_root_node(),
        uploaded_by_user=uploader,
    )
    image.file.save(f"{colour}.png", ContentFile(png(colour)), save=False)
    image.save()
    return image


def blocks(image: PPIDImage | None = None, document: PPIDDocument | None = None) -> list:
    body = [("paragraph", f"<p>{LIVE_TEXT}</p>")]
    if image is not None:
        body.append(("image", {"image": image, "alt_text": "Bagan", "caption": ""}))
    if document is not None:
        body.append(("document", {"document": document, "label": ""}))
    return body


def live_page_using(image=None, document=None, slug: str = "profil") -> StandardPage:
    page = StandardPage(title="Profil PPID", slug=slug, body=blocks(image, document))
    return publish(home_page(), page)


def body_form(page, image=None, document=None, **extra) -> dict:
    body = [("paragraph", rich_text(f"<p>{LIVE_TEXT}</p>"))]
    if image is not None:
        body.append(("image", {"image": image.pk, "alt_text": "Bagan", "caption": ""}))
    if document is not None:
        body.append(("document", {"document": document.pk, "label": ""}))
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "body": streamfield(body),
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0},
            **extra,
        }
    )


def submit_using(client, user, page, image=None, document=None) -> None:
    client.force_login(user)
    response = client.post(
        edit_url(page), body_form(page, image, document, **{"action-submit": "1"})
    )
    assert response.status_code == 302
    assert current_task_name(page) == "Tinjauan Sub Koordinator"


def image_edit(client, user, image: PPIDImage, **changes):
    client.force_login(user)
    data = {
        "title": image.title,
        "description": image.description,
        "collection": image.collection_id,
        "tags": "",
        **changes,
    }
    return client.post(reverse("wagtailimages:edit", args=[image.pk]), data)


def document_edit(client, user, document: PPIDDocument, **changes):
    client.force_login(user)
    data = {
        "title": document.title,
        "collection": document.collection_id,
        "tags": "",
        **changes,
    }
    return client.post(reverse("wagtaildocs:edit", args=[document.pk]), data)


def new_pdf(text: str) -> SimpleUploadedFile:
    return SimpleUploadedFile("laporan-keuangan.pdf", pdf_bytes(text), "application/pdf")


def new_png(colour: str) -> SimpleUploadedFile:
    return SimpleUploadedFile("bagan.png", png(colour), "image/png")


def public_picture_colours(public: Client, page) -> set[tuple[int, int, int]]:
    """The colours of every picture the public page shows, read from the served renditions."""
    html = public.get(fresh(page).get_url()).text
    sources = re.findall(r'<img[^>]+src="(/media/images/[^"]+)"', html)
    assert sources
    colours = set()
    for source in sources:
        picture = PILImage.open(io.BytesIO(served(public.get(source)))).convert("RGB")
        colours.add(picture.getpixel((1, 1)))
    return colours


RED, BLUE = (255, 0, 0), (0, 0, 255)


def approve_asset(client, user, asset, reason: str = ""):
    client.force_login(user)
    kind = "document" if isinstance(asset, PPIDDocument) else "image"
    return client.post(
        reverse("moderation:documents_to_approve"),
        {
            kind: asset.pk,
            "reason": reason,
            "version": version_digest(type(asset).objects.get(pk=asset.pk)),
        },
    )


def approve_in_turn(client, people, page) -> None:
    assert workflow_action(client, people["Sub Koordinator"], page).status_code == 302
    assert workflow_action(client, people["Koordinator"], page).status_code == 302


# --- images -----------------------------------------------------------------------------------


def test_replacing_the_file_of_an_image_on_a_live_page_keeps_the_approved_picture(
    client, people, public
):
    image = make_image("red")
    page = live_page_using(image=image)
    assert public_picture_colours(public, page) == {RED}

    response = image_edit(client, people["Operator"], image, file=new_png("blue"))
    assert response.status_code == 302

    assert public_picture_colours(public, page) == {RED}
    image.refresh_from_db()
    assert image.has_pending_version
    assert image.pending_by == people["Operator"]
    # Staff see the new picture beside the released one, for approval.
    client.force_login(people["Koordinator"])
    listing = client.get(reverse("moderation:documents_to_approve")).content.decode()
    assert reverse("moderation:image_file", args=[image.pk]) + "?versi=baru" in listing


def test_the_new_picture_goes_public_only_with_an_approval_by_someone_else(client, people, public):
    image = make_image("red")
    page = live_page_using(image=image)
    image_edit(client, people["Koordinator"], image, file=new_png("blue"))

    assert_refused(approve_asset(client, people["Koordinator"], image))  # changed it
    assert public_picture_colours(public, page) == {RED}

    other = member("Koordinator", "koordinator2")
    assert approve_asset(client, other, image).status_code == 302
    assert public_picture_colours(public, page) == {RED}  # one approval of two
    approve_asset(client, other, image)  # the same person again: refused
    assert public_picture_colours(public, page) == {RED}
    assert approve_asset(client, people["Sub Koordinator"], image).status_code == 302
    assert public_picture_colours(public, page) == {BLUE}
    assert ModelLogEntry.objects.filter(action="ppid.asset.release_version").exists()
    image.refresh_from_db()
    assert not image.has_pending_version


def test_the_office_logo_is_a_released_image_too(client, people):
    logo = make_image("red", title="Logo")
    office = PPIDSettings.for_site(home_page().get_site())
    office.logo = logo
    office.save()
    original = logo.file.name

    assert image_edit(client, people["Operator"], logo, file=new_png("blue")).status_code == 302

    logo.refresh_from_db()
    assert logo.file.name == original
    assert logo.file.storage.exists(original)
    assert logo.has_pending_version


def test_editing_the_alt_text_of_a_live_image_waits_for_approval(client, people):
    image = make_image("red")
    live_page_using(image=image)
    image_edit(client, people["Operator"], image, description=f"Foto KTP {NIK}")
    image.refresh_from_db()
    assert image.description == ""
    assert image.pending_description == f"Foto KTP {NIK}"


# --- documents --------------------------------------------------------------------------------


def test_editing_the_title_of_a_released_document_keeps_the_public_title(client, people, public):
    document = make_document("Laporan Keuangan", pdf_bytes(APPROVED_PDF_TEXT))
    page = live_page_using(document=document)
    assert "Laporan Keuangan" in public.get(fresh(page).get_url()).text

    response = document_edit(client, people["Operator"], document, title=f"Daftar NIK {NIK}")
    assert response.status_code == 302

    html = public.get(fresh(page).get_url()).text
    assert "Laporan Keuangan" in html
    assert NIK not in html
    document.refresh_from_db()
    assert document.title == "Laporan Keuangan"
    assert document.pending_title == f"Daftar NIK {NIK}"


def test_replacing_the_file_of_a_released_document_keeps_the_approved_bytes(
    client, people, public
):
    approved = pdf_bytes(APPROVED_PDF_TEXT)
    document = make_document("Laporan Keuangan", approved)
    live_page_using(document=document)

    response = document_edit(client, people["Operator"], document, file=new_pdf(SWAPPED_PDF_TEXT))
    assert response.status_code == 302

    document.refresh_from_db()
    assert served(public.get(document.url)) == approved
    assert document.pending_scan_status == "clean"
    new_url = reverse("moderation:document_file", args=[document.pk]) + "?versi=baru"
    client.force_login(people["Koordinator"])
    assert SWAPPED_PDF_TEXT in text_of(served(client.get(new_url)))  # the reviewer compares
    assert public.get(new_url).status_code == 302  # to the admin login
    assert SWAPPED_PDF_TEXT not in text_of(served(public.get(document.url)))


def test_a_koordinator_who_replaced_an_operators_document_cannot_approve_it_alone(
    client, people, public
):
    client.force_login(people["Operator"])
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Notulen Rapat",
            "file": new_pdf("Notulen rapat, versi operator."),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
        },
    )
    assert response.status_code == 302
    document = PPIDDocument.objects.get(title="Notulen Rapat")

    document_edit(client, people["Koordinator"], document, file=new_pdf("Versi koordinator."))
    assert_refused(approve_asset(client, people["Koordinator"], document))

    document.refresh_from_db()
    assert document.approved_at is None
    assert public.get(document.url).status_code == 404


def test_a_new_document_version_is_released_by_a_second_person(client, people, public):
    document = make_document("Laporan Keuangan", pdf_bytes(APPROVED_PDF_TEXT))
    live_page_using(document=document)
    document_edit(client, people["Operator"], document, file=new_pdf(SWAPPED_PDF_TEXT))
    assert_refused(approve_asset(client, people["Operator"], document))

    assert approve_asset(client, people["Sub Koordinator"], document).status_code == 302
    document.refresh_from_db()
    assert document.has_pending_version  # one approval of two
    assert APPROVED_PDF_TEXT in text_of(served(public.get(document.url)))
    assert approve_asset(client, people["Koordinator"], document).status_code == 302
    document.refresh_from_db()
    assert not document.has_pending_version
    assert SWAPPED_PDF_TEXT in text_of(served(public.get(document.url)))


def text_of(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


# --- the snapshot between the two reviews -----------------------------------------------------


def test_a_document_replaced_between_the_two_reviews_is_not_published(client, people, public):
    document = make_document("Laporan Keuangan", pdf_bytes(APPROVED_PDF_TEXT))
    page = draft_page(people["Operator"])
    submit_using(client, people["Operator"], page, document=document)
    assert workflow_action(client, people["Sub Koordinator"], page).status_code == 302

    document_edit(client, people["Operator"], document, file=new_pdf(SWAPPED_PDF_TEXT))

    assert_refused(workflow_action(client, people["Koordinator"], page))
    assert_not_public(page, public)
    assert public.get(PPIDDocument.objects.get(pk=document.pk).url).status_code == 404


def test_an_image_replaced_between_the_two_reviews_of_a_live_page_is_not_published(
    client, people, public
):
    """The image is on a live page (frozen): its new file is a pending version, which the
    page's next publication would release; the Sub Koordinator approved before it existed."""
    image = make_image("red")
    page = live_page_using(image=image)
    submit_using(client, people["Operator"], page, image=image)
    assert workflow_action(client, people["Sub Koordinator"], page).status_code == 302

    image_edit(client, people["Operator"], image, file=new_png("blue"))

    assert_refused(workflow_action(client, people["Koordinator"], page))
    assert public_picture_colours(public, page) == {RED}


def test_the_page_workflow_releases_the_versions_the_reviewers_saw(client, people, public):
    image = make_image("red")
    page = live_page_using(image=image)
    image_edit(client, people["Operator"], image, file=new_png("blue"))
    submit_using(client, people["Operator"], page, image=image)
    approve_in_turn(client, people, page)

    assert public_picture_colours(public, page) == {BLUE}
    record = ApprovalRecord.objects.get(page=page)
    assert re.fullmatch(r"[0-9a-f]{64}", record.snapshot_hash)
    assert {step["snapshot"] for step in record.steps} == {record.snapshot_hash}


# --- the hash on the Form Persetujuan and in the audit log ------------------------------------


def test_the_snapshot_hash_is_on_the_form_persetujuan_and_in_the_audit_log(client, people):
    document = make_document("Laporan Keuangan", pdf_bytes(APPROVED_PDF_TEXT))
    page = draft_page(people["Operator"])
    submit_using(client, people["Operator"], page, document=document)
    approve_in_turn(client, people, page)

    record = ApprovalRecord.objects.get(page=page)
    office = PPIDSettings.for_site(home_page().get_site())
    printed = text_of(approval_pdf(record, office))
    assert record.snapshot_hash in re.sub(r"\s", "", printed)

    steps = set(
        PageLogEntry.objects.filter(page=page, action="ppid.snapshot").values_list(
            "data__step", flat=True
        )
    )
    assert steps == {"submit", "approve", "publish"}
    client.force_login(User.objects.create_superuser("admin", "admin@contohkab.go.id", "x"))
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()
    assert record.snapshot_hash in history


# --- scheduled publication --------------------------------------------------------------------


def test_a_scheduled_publication_releases_its_documents_at_go_live(
    client, people, public, monkeypatch
):
    document = make_document("Laporan Keuangan", pdf_bytes(APPROVED_PDF_TEXT))
    page = draft_page(people["Operator"])
    go_live = timezone.now() + timezone.timedelta(days=2)
    client.force_login(people["Operator"])
    data = body_form(
        page,
        document=document,
        go_live_at=submittable_timestamp(go_live),
        **{"action-submit": "1"},
    )
    assert client.post(edit_url(page), data).status_code == 302
    approve_in_turn(client, people, page)

    assert public.get(document.url).status_code == 404  # approved, not live yet
    assert Revision.objects.filter(approved_go_live_at__isnull=False).exists()
    later = go_live + timezone.timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)  # the clock reaches go-live
    call_command("publish_scheduled")

    assert fresh(page).live
    assert APPROVED_PDF_TEXT in text_of(served(public.get(document.url)))


# --- the integrity watch ----------------------------------------------------------------------


def published_through_the_workflow(client, people, image=None, document=None) -> StandardPage:
    page = draft_page(people["Operator"])
    submit_using(client, people["Operator"], page, image=image, document=document)
    approve_in_turn(client, people, page)
    assert fresh(page).live
    return page


def changed_alert(page) -> IntegrityAlert | None:
    return IntegrityAlert.objects.open().filter(page=page, kind=AlertKind.CHANGED).first()


def test_the_watch_is_silent_on_approved_content(client, people):
    page = published_through_the_workflow(
        client, people, image=make_image("red"), document=make_document("Laporan Keuangan")
    )
    run_watch()
    assert changed_alert(page) is None


def test_the_watch_sees_an_image_file_swapped_in_the_database(client, people):
    image = make_image("red")
    page = published_through_the_workflow(client, people, image=image)
    other = make_image("blue", title="Lain")
    PPIDImage.objects.filter(pk=image.pk).update(file=other.file.name)

    run_watch()
    alert = changed_alert(page)
    assert alert is not None
    assert f"#{image.pk}" in alert.detail


def test_the_watch_sees_a_document_file_swapped_in_the_database(client, people):
    document = make_document("Laporan Keuangan", pdf_bytes(APPROVED_PDF_TEXT))
    page = published_through_the_workflow(client, people, document=document)
    other = make_document("Lain", pdf_bytes(SWAPPED_PDF_TEXT))
    PPIDDocument.objects.filter(pk=document.pk).update(file=other.file.name)

    run_watch()
    alert = changed_alert(page)
    assert alert is not None
    assert f"#{document.pk}" in alert.detail


def test_the_watch_sees_a_title_swapped_in_the_database(client, people):
    document = make_document("Laporan Keuangan", pdf_bytes(APPROVED_PDF_TEXT))
    page = published_through_the_workflow(client, people, document=document)
    PPIDDocument.objects.filter(pk=document.pk).update(title=f"Daftar NIK {NIK}")

    run_watch()
    alert = changed_alert(page)
    assert alert is not None
    assert NIK not in alert.detail  # masked


def test_the_watch_sees_the_snapshot_of_every_publication(client, people):
    from moderation.models import PublicationSnapshot

    page = published_through_the_workflow(client, people, document=make_document("Laporan"))
    assert PublicationSnapshot.objects.filter(revision=fresh(page).live_revision).exists()


def test_a_reviewer_who_replaced_a_document_of_the_page_cannot_approve_it(client, people, public):
    """Four eyes over every contributor: changing a document the page uses is a contribution."""
    document = make_document("Laporan Keuangan", pdf_bytes(APPROVED_PDF_TEXT))
    sub = people["Sub Koordinator"]
    document_edit(client, sub, document, file=new_pdf(SWAPPED_PDF_TEXT))
    page = draft_page(people["Operator"])
    submit_using(client, people["Operator"], page, document=document)

    assert_refused(workflow_action(client, sub, page))
    assert current_task_name(page) == "Tinjauan Sub Koordinator"
    assert_not_public(page, public)


def test_an_image_replaced_before_a_scheduled_go_live_is_not_what_goes_live(
    client, people, public, monkeypatch
):
    """Approved with a go-live date; the Operator replaces the picture before go-live: what
    would go live is no longer what was approved, so nothing goes live (moderation.scheduling),
    the new picture waits for an approval."""
    image = make_image("red")
    page = draft_page(people["Operator"])
    go_live = timezone.now() + timezone.timedelta(days=2)
    client.force_login(people["Operator"])
    go_live_at = submittable_timestamp(go_live)
    data = body_form(page, image=image, go_live_at=go_live_at, **{"action-submit": "1"})
    assert client.post(edit_url(page), data).status_code == 302
    approve_in_turn(client, people, page)

    assert image_edit(client, people["Operator"], image, file=new_png("blue")).status_code == 302
    later = go_live + timezone.timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    call_command("publish_scheduled")

    assert not fresh(page).live
    assert_not_public(page, public)
    image.refresh_from_db()
    assert image.has_pending_version
    assert PageLogEntry.objects.filter(page=page, action="ppid.schedule.held").exists()


def test_reviewers_see_the_new_versions_a_publication_would_release(client, people):
    document = make_document("Laporan Keuangan", pdf_bytes(APPROVED_PDF_TEXT))
    page = live_page_using(document=document)
    document_edit(client, people["Operator"], document, title="Laporan Keuangan (revisi)")
    submit_using(client, people["Operator"], page, document=document)

    client.force_login(people["Sub Koordinator"])
    html = client.get(edit_url(page)).content.decode()
    assert "Laporan Keuangan (revisi)" in html
    assert "versi baru" in html
