"""A pending version's file that nothing will ever release is deleted (issue 19): a second new
file uploaded before the first was approved supersedes it, and deleting the asset deletes its
pending file too. The first pending file may hold personal data that was never released; left
on disk it was never scanned again, released or purged. Deleted only after the commit: a
request rolled back keeps the file its row still names.

Through the real edit views, both documents and images."""

import pytest
from django.db.models.signals import post_save
from django.test import Client

from ppid_pages.models import PPIDDocument, PPIDImage

from .factories import make_document, pdf_bytes
from .faults.conftest import files_under
from .test_asset_versions import (
    document_edit,
    image_edit,
    live_page_using,
    make_image,
    new_pdf,
    new_png,
    people,
)
from .test_workflow_bypass import NIK

pytestmark = pytest.mark.django_db

__all__ = ["people"]  # the fixture


class Failure(Exception):
    pass


def released_document() -> PPIDDocument:
    document = make_document("Laporan Keuangan", pdf_bytes("Laporan keuangan, disetujui."))
    live_page_using(document=document)
    return document


def released_image() -> PPIDImage:
    image = make_image("red")
    live_page_using(image=image)
    return image


def upload(client, user, asset, number: int):
    if isinstance(asset, PPIDDocument):
        text = f"Versi {number}: NIK {NIK}" if number == 1 else f"Versi {number}, tanpa data."
        return document_edit(client, user, asset, file=new_pdf(text))
    return image_edit(client, user, asset, file=new_png(("blue", "green", "yellow")[number - 1]))


@pytest.fixture(params=["document", "image"])
def asset(request, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # the image's early copy goes
        return released_document() if request.param == "document" else released_image()


def stored_names(media_root) -> set[str]:
    return {
        str(path.relative_to(media_root))
        for path in files_under(media_root)
        if "/images/" not in f"/{path.relative_to(media_root)}"  # renditions
    }


def test_a_superseded_pending_file_is_deleted_after_the_commit(
    client, people, asset, media_root, django_capture_on_commit_callbacks
):
    model = type(asset)
    released = asset.file.name
    with django_capture_on_commit_callbacks(execute=True):
        assert upload(client, people["Operator"], asset, 1).status_code == 302
    first = model.objects.get(pk=asset.pk).pending_file
    assert first and (media_root / first).exists()

    with django_capture_on_commit_callbacks(execute=True):
        assert upload(client, people["Operator"], asset, 2).status_code == 302
    row = model.objects.get(pk=asset.pk)
    assert row.file.name == released  # the public keeps the released file
    assert row.pending_file not in ("", first)
    assert not (media_root / first).exists()  # the superseded version is gone
    assert stored_names(media_root) == {released, row.pending_file}


def test_a_second_upload_rolled_back_keeps_the_first_pending_file(
    people, asset, media_root, django_capture_on_commit_callbacks
):
    model = type(asset)
    client = Client(raise_request_exception=False)
    with django_capture_on_commit_callbacks(execute=True):
        assert upload(client, people["Operator"], asset, 1).status_code == 302
    first = model.objects.get(pk=asset.pk).pending_file

    def fail(sender, **kwargs):
        raise Failure("the request fails after the second file was stored")

    post_save.connect(fail, sender=model, dispatch_uid="test-fail-after-upload")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            response = upload(client, people["Operator"], asset, 2)
    finally:
        post_save.disconnect(sender=model, dispatch_uid="test-fail-after-upload")
    assert response.status_code == 500
    row = model.objects.get(pk=asset.pk)
    assert row.pending_file == first
    assert (media_root / first).exists()  # the row still names it
    assert stored_names(media_root) == {row.file.name, first}  # the second one was removed


def test_deleting_an_asset_deletes_its_pending_file(
    client, people, asset, media_root, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert upload(client, people["Operator"], asset, 1).status_code == 302
    pending = type(asset).objects.get(pk=asset.pk).pending_file
    with django_capture_on_commit_callbacks(execute=True):
        type(asset).objects.get(pk=asset.pk).delete()
    assert not (media_root / pending).exists()
    assert stored_names(media_root) == set()
