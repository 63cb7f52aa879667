"""A rendition URL is public only while its image is: released and used by live content (a
live page, the approved logo or favicon). Found by the red-team run (redteam13): an Operator's
upload got a public rendition the moment the admin listing showed its thumbnail (nobody had
reviewed it), and the picture of a page taken down stayed public at its rendition URL. Staff
who work with images still see every rendition (thumbnails, previews of drafts)."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.models import Collection

from ppid_pages.models import PPIDImage

from .factories import make_document, released
from .test_asset_versions import (
    approve_in_turn,
    make_image,
    png,
    published_through_the_workflow,
    submit_using,
)
from .test_workflow_bypass import ROLES, draft_page, fresh, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    return {role: member(role) for role in ROLES}


def rendition_urls(html: str, name: str) -> list[str]:
    return sorted(set(re.findall(rf'/media/images/[^"\s]*{name}[^"\s]*', html)))


def test_an_unreviewed_upload_has_no_public_rendition(client, people):
    client.force_login(people["Operator"])
    upload = SimpleUploadedFile("ktp-warga.png", png("blue"), "image/png")
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Foto KTP warga",
            "file": upload,
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302
    listing = client.get(reverse("wagtailimages:index")).content.decode()
    urls = rendition_urls(listing, "ktp-warga")  # the thumbnail the listing made
    assert urls
    for url in urls:
        assert Client().get(url).status_code == 404  # the public
        assert client.get(url).status_code == 200  # the Operator's own thumbnail


def test_the_picture_of_a_page_taken_down_is_no_longer_public(client, people):
    image = make_image("red", title="Bagan")
    page = published_through_the_workflow(client, people, image=image)
    public = Client()
    html = public.get(fresh(page).get_url()).content.decode()
    urls = rendition_urls(html, "")
    assert urls
    assert all(public.get(url).status_code == 200 for url in urls)

    client.force_login(people["Koordinator"])
    response = client.post(
        reverse("moderation:takedown", args=[page.pk]), {"reason": "Bagan memuat foto KTP."}
    )
    assert response.status_code == 302
    assert public.get(fresh(page).get_url()).status_code == 404
    for url in urls:
        assert public.get(url).status_code == 404
    assert PPIDImage.objects.get(pk=image.pk).is_released  # the record is kept


def test_the_documents_of_a_page_taken_down_are_no_longer_public(client, people):
    """Found by the second red-team run: a taken-down page's PDFs stayed downloadable at
    /dokumen/<id>/<name>. A document another live page still uses stays public."""
    from ppid_pages.models import PPIDDocument

    def published_with(slug: str, document):
        page = draft_page(people["Operator"], slug=slug)
        submit_using(client, people["Operator"], page, document=document)
        approve_in_turn(client, people, page)
        assert fresh(page).live
        return page

    only, shared = make_document("Daftar penerima bantuan"), make_document("Jadwal pelayanan")
    page = published_with("bantuan", only)
    published_with("jadwal", shared)
    page_with_shared = published_with("jadwal-lain", shared)
    public = Client()
    assert public.get(only.url).status_code == 200
    assert public.get(shared.url).status_code == 200

    client.force_login(people["Kepala Dinas"])
    for taken_down in (page, page_with_shared):
        response = client.post(
            reverse("moderation:takedown", args=[taken_down.pk]),
            {"reason": "Memuat data pribadi."},
        )
        assert response.status_code == 302
    assert public.get(only.url).status_code == 404
    assert public.get(shared.url).status_code == 200  # its other page is still live
    assert PPIDDocument.objects.get(pk=only.pk).is_released  # the record is kept


def test_the_approved_logo_is_public_and_an_unapproved_one_is_not(client, people):
    """The logo every page shows is public (also one recorded at set-up, pinned then); a logo
    only chosen in the settings being edited is not, until it is approved."""
    from wagtail.models import Site

    from moderation.site_settings import record_initial_approval
    from ppid_pages.models import PPIDSettings

    site = Site.objects.get(is_default_site=True)
    approved, edited = make_image("green", title="Logo"), make_image("blue", title="Logo baru")
    settings = PPIDSettings.for_site(site)
    settings.logo = approved
    settings.save()
    record_initial_approval(site, "Set-up.")
    settings.logo = edited
    settings.save()
    public = Client()
    assert public.get(approved.get_rendition("height-64").url).status_code == 200
    assert public.get(edited.get_rendition("height-64").url).status_code == 404


def test_the_public_checks_are_asked_once_per_public_generation(client, people):
    """The checks of /media/images/ and /dokumen/ (visibility.image_in_public_use,
    document_is_public) cost several queries; their answers are kept under the public
    generation, so a second request asks only the token, and a change asks again at once."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from ppid_pages.visibility import document_is_public, image_in_public_use

    image = make_image("red", title="Bagan")
    page = published_through_the_workflow(client, people, image=image)
    image = PPIDImage.objects.get(pk=image.pk)
    document = make_document("Jadwal pelayanan")
    document.approved_at = document.published_at = fresh(page).last_published_at
    document.save()
    document = released(document)

    def in_a_public_request() -> bool:
        """As a public request: the token read first (page_cache.facts.begin), then asked."""
        from django.test import RequestFactory

        from page_cache import facts, request_memo

        request_memo.start()
        try:
            facts.begin(RequestFactory().get("/"))
            return image_in_public_use(image) and document_is_public(document)
        finally:
            request_memo.finish()

    assert in_a_public_request()
    with CaptureQueriesContext(connection) as queries:
        assert in_a_public_request()
    assert len(queries) == 1  # the public generation, read first in each request

    client.force_login(people["Koordinator"])
    response = client.post(
        reverse("moderation:takedown", args=[page.pk]), {"reason": "Bagan memuat foto KTP."}
    )
    assert response.status_code == 302
    assert not image_in_public_use(PPIDImage.objects.get(pk=image.pk))


def test_the_files_of_a_restricted_page_are_served_only_under_its_restriction(client):
    """Issue 18 (break18c B5): the documents and pictures used only by a password-protected
    live page were public to anyone at their addresses. They are served to a visitor who
    passed the page's password (never kept by a cache: `private`), to nobody else; a file a
    page anyone may open also uses stays public."""
    from wagtail.models import PageViewRestriction

    from moderation.actions import version_digest
    from moderation.assets import release
    from moderation.publication import SET_UP, approved_path

    from .test_asset_versions import live_page_using

    image, document = make_image("red", title="Bagan"), make_document("Daftar hadir rapat")
    page = live_page_using(image=image, document=document, slug="rapat-internal")
    release(image, expected=version_digest(image))
    public = Client()
    html = public.get(fresh(page).get_url()).content.decode()
    files = [*rendition_urls(html, ""), document.url]
    assert len(files) >= 2
    assert all(public.get(url).status_code == 200 for url in files)

    with approved_path(SET_UP):
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="rahasia-rapat"
        )
    for url in files:
        assert Client().get(url).status_code == 404, url

    admitted = Client()
    response = admitted.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]),
        {"password": "rahasia-rapat", "return_url": fresh(page).get_url()},
    )
    assert response.status_code == 302
    for url in files:
        response = admitted.get(url)
        assert response.status_code == 200, url
        assert "private" in response["Cache-Control"], url
        assert response.get("X-Page-Cache") is None
    for url in files:
        assert Client().get(url).status_code == 404, url  # nothing kept for the public

    live_page_using(image=image, document=document, slug="jadwal-terbuka")
    for url in files:
        assert Client().get(url).status_code == 200, url  # a page anyone may open uses them
