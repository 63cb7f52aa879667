"""Issue 13 (verify13e B2): a released document or image is served only while the row and the
bytes on disk are the version its approved digest names. A file column or title changed in the
database, or bytes overwritten on disk, are not served (the watch alerts on them too)."""

import pytest
from django.test import Client

from moderation.publication import SET_UP, approved_path
from ppid_pages.models import PPIDDocument, PPIDImage

from .factories import make_document, pdf_bytes
from .test_asset_versions import (
    approve_in_turn,
    make_image,
    published_through_the_workflow,
    submit_using,
)
from .test_renditions_in_public_use import rendition_urls
from .test_workflow_bypass import ROLES, draft_page, fresh, member

pytestmark = pytest.mark.django_db

NIK = "3201011203850001"


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """The view's own check (a response kept by the page cache is answered until the next
    public change: see the report of verify13e B2)."""
    settings.PAGE_CACHE_ENABLED = False


@pytest.fixture
def people():
    return {role: member(role) for role in ROLES}


def published_with(client, people, document):
    page = draft_page(people["Operator"], slug="bantuan")
    submit_using(client, people["Operator"], page, document=document)
    approve_in_turn(client, people, page)
    assert fresh(page).live
    return page


def test_a_document_title_changed_in_the_database_is_not_served(client, people):
    document = make_document("Jadwal pelayanan")
    published_with(client, people, document)
    public = Client()
    assert public.get(document.url).status_code == 200
    with approved_path(SET_UP):
        PPIDDocument.objects.filter(pk=document.pk).update(title=f"Penerima NIK {NIK}")
    assert public.get(document.url).status_code == 404


def test_a_document_file_column_changed_in_the_database_is_not_served(client, people):
    document, other = make_document("Jadwal pelayanan"), make_document("Daftar penerima")
    published_with(client, people, document)
    public = Client()
    assert public.get(document.url).status_code == 200
    with approved_path(SET_UP):
        PPIDDocument.objects.filter(pk=document.pk).update(file=other.file.name)
    assert public.get(fresh_document(document).url).status_code == 404


def fresh_document(document):
    return PPIDDocument.objects.get(pk=document.pk)


def test_document_bytes_overwritten_on_disk_are_not_served(client, people):
    document = make_document("Jadwal pelayanan")
    published_with(client, people, document)
    public = Client()
    assert public.get(document.url).status_code == 200
    with open(document.file.path, "wb") as stored:
        stored.write(pdf_bytes(f"Penerima bantuan NIK {NIK}"))
    assert public.get(document.url).status_code == 404


def test_an_image_title_changed_in_the_database_is_not_served(client, people):
    image = make_image("red", title="Bagan")
    page = published_through_the_workflow(client, people, image=image)
    public = Client()
    urls = rendition_urls(public.get(fresh(page).get_url()).content.decode(), "")
    assert urls and all(public.get(url).status_code == 200 for url in urls)
    with approved_path(SET_UP):
        PPIDImage.objects.filter(pk=image.pk).update(title=f"KTP NIK {NIK}")
    assert all(public.get(url).status_code == 404 for url in urls)


def test_a_visitor_admitted_to_a_restricted_page_gets_only_the_released_version(client):
    """reattack13f E: the files of a password-protected page were served to an admitted
    visitor on the row's is_released alone; a title or file changed in the database reached
    them. They get the released version only (visibility.released_for_restricted)."""
    from django.urls import reverse
    from wagtail.models import PageViewRestriction

    from moderation.actions import version_digest
    from moderation.assets import release

    from .test_asset_versions import live_page_using

    image, document = make_image("red", title="Bagan"), make_document("Daftar hadir rapat")
    page = live_page_using(image=image, document=document, slug="rapat-internal")
    release(image, expected=version_digest(image))
    html = Client().get(fresh(page).get_url()).content.decode()
    files = [*rendition_urls(html, ""), document.url]
    assert len(files) >= 2
    with approved_path(SET_UP):
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="rahasia-rapat"
        )
    admitted = Client()
    admitted.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]),
        {"password": "rahasia-rapat", "return_url": fresh(page).get_url()},
    )
    assert all(admitted.get(url).status_code == 200 for url in files)

    with approved_path(SET_UP):  # an insider's UPDATE of the titles
        PPIDImage.objects.filter(pk=image.pk).update(title=f"KTP NIK {NIK}")
        PPIDDocument.objects.filter(pk=document.pk).update(title=f"Penerima NIK {NIK}")
    for url in files:
        assert admitted.get(url).status_code == 404, url
