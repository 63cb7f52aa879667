"""Issue 13 (verify13e B2, behind the page cache; guard13f item 3): a document or image answer
kept by the page cache was served until the next public change (or PAGE_CACHE_TIMEOUT) after
its file, title or bytes were changed behind the application's back, although the view itself
refused it. A hit of an asset view now asks what the view asks of an anonymous visitor (the
row is still the released version, public, not exempt) before the kept answer is sent."""

import pytest
from django.test import Client

from moderation.publication import SET_UP, approved_path
from ppid_pages.models import PPIDDocument, PPIDImage
from tests.factories import make_document, pdf_bytes
from tests.test_asset_versions import make_image, published_through_the_workflow
from tests.test_renditions_in_public_use import rendition_urls
from tests.test_served_version_is_released import NIK, fresh_document, people, published_with
from tests.test_workflow_bypass import fresh

pytestmark = pytest.mark.django_db

__all__ = ["people"]  # the fixture


def kept(public: Client, url: str) -> None:
    assert public.get(url).status_code == 200
    second = public.get(url)
    assert second.status_code == 200
    assert second["X-Page-Cache"] == "hit"


def test_a_kept_document_whose_title_changed_in_the_database_is_refused(client, people):
    document = make_document("Jadwal pelayanan")
    published_with(client, people, document)
    public = Client()
    kept(public, document.url)
    with approved_path(SET_UP):
        PPIDDocument.objects.filter(pk=document.pk).update(title=f"Penerima NIK {NIK}")
    assert public.get(document.url).status_code == 404


def test_a_kept_document_whose_file_column_changed_is_refused(client, people):
    document, other = make_document("Jadwal pelayanan"), make_document("Daftar penerima")
    published_with(client, people, document)
    public = Client()
    kept(public, document.url)
    with approved_path(SET_UP):
        PPIDDocument.objects.filter(pk=document.pk).update(file=other.file.name)
    assert public.get(document.url).status_code == 404
    assert public.get(fresh_document(document).url).status_code == 404


def test_a_kept_document_whose_bytes_changed_on_disk_is_refused(client, people):
    document = make_document("Jadwal pelayanan")
    published_with(client, people, document)
    public = Client()
    kept(public, document.url)
    with open(document.file.path, "wb") as stored:
        stored.write(pdf_bytes(f"Penerima bantuan NIK {NIK}"))
    assert public.get(document.url).status_code == 404


def test_a_kept_rendition_whose_image_changed_in_the_database_is_refused(client, people):
    image = make_image("red", title="Bagan")
    page = published_through_the_workflow(client, people, image=image)
    public = Client()
    urls = rendition_urls(public.get(fresh(page).get_url()).content.decode(), "")
    assert urls
    for url in urls:
        kept(public, url)
    with approved_path(SET_UP):
        PPIDImage.objects.filter(pk=image.pk).update(title=f"KTP NIK {NIK}")
    assert all(public.get(url).status_code == 404 for url in urls)


def test_an_unchanged_kept_document_is_still_a_hit(client, people):
    document = make_document("Jadwal pelayanan")
    published_with(client, people, document)
    public = Client()
    kept(public, document.url)
    assert public.get(document.url)["X-Page-Cache"] == "hit"
