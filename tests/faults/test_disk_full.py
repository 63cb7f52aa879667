"""The media folder is full or cannot be written during an upload (issue 19).

Real file-system faults, not mocks: as root the media folder is a tiny tmpfs mounted for the
test (full: `size=64k`; unwritable: mounted read-only); otherwise the process's file-size limit
(RLIMIT_FSIZE, the kernel refuses the write with EFBIG) stands for a full disk and a folder
without write permission for a read-only one. The user gets a clear Indonesian message, no row
points at a missing file, no partial file is left, and nothing is released.
"""

import contextlib
import os
import resource
import signal
import subprocess
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Collection

from ppid_pages.models import PPIDDocument
from tests.factories import make_document, pdf_bytes
from tests.test_workflow import member

from .conftest import files_under

pytestmark = pytest.mark.django_db

MESSAGE = "Berkas tidak dapat disimpan: penyimpanan server penuh atau tidak dapat"
SMALL = 64 * 1024  # bytes the media folder holds
BIG_TEXT = ("Laporan realisasi anggaran triwulan ketiga tahun 2026.\n" * 4000).encode()


def mount(target: Path, options: str) -> bool:
    if os.geteuid() != 0:
        return False
    result = subprocess.run(  # noqa: S603 - fixed arguments
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)],  # noqa: S607
        capture_output=True,
        check=False,
    )
    return result.returncode == 0


@contextlib.contextmanager
def refusing_media(settings, tmp_path: Path, fault: str, before=None):
    """MEDIA_ROOT on a folder that refuses writes (`fault`: "full" or "read-only"); `before`
    runs while it still accepts them (for a file that was there before the fault)."""
    root = tmp_path / "refusing-media"
    root.mkdir()
    settings.MEDIA_ROOT = root
    options = f"size={SMALL}" + (",ro" if fault == "read-only" and before is None else "")
    mounted = mount(root, options)
    try:
        if before is not None:
            before()
        if mounted and fault == "read-only" and before is not None:
            subprocess.run(["mount", "-o", "remount,ro", str(root)], check=True)  # noqa: S603,S607
        if mounted:
            yield root
        elif fault == "read-only":
            root.chmod(0o500)
            try:
                yield root
            finally:
                root.chmod(0o700)
        else:
            previous = resource.getrlimit(resource.RLIMIT_FSIZE)
            handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (SMALL, previous[1]))
            try:
                yield root
            finally:
                resource.setrlimit(resource.RLIMIT_FSIZE, previous)
                signal.signal(signal.SIGXFSZ, handler)
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(root)], check=False)  # noqa: S603,S607


def upload_form(content: bytes, name: str = "laporan-realisasi.txt") -> dict:
    return {
        "title": "Laporan Realisasi",
        "file": SimpleUploadedFile(name, content, "text/plain"),
        "collection": Collection.get_first_root_node().pk,
        "tags": "",
    }


@pytest.fixture
def operator_client(client):
    client.force_login(member("operator", "Operator"))
    return client


@pytest.mark.parametrize("fault", ["full", "read-only"])
def test_an_upload_to_a_refusing_media_folder_gets_a_clear_message(
    operator_client, settings, tmp_path, fault
):
    with refusing_media(settings, tmp_path, fault) as root:
        response = operator_client.post(reverse("wagtaildocs:add"), upload_form(BIG_TEXT))
        assert response.status_code == 507
        assert MESSAGE in response.content.decode()
        assert not PPIDDocument.objects.exists()
        assert files_under(root) == []  # no partial file either


@pytest.mark.parametrize("fault", ["full", "read-only"])
def test_the_multiple_uploader_shows_the_message_in_its_list(
    operator_client, settings, tmp_path, fault
):
    with refusing_media(settings, tmp_path, fault) as root:
        response = operator_client.post(
            reverse("wagtaildocs:add_multiple"),
            {"files[]": SimpleUploadedFile("laporan.txt", BIG_TEXT, "text/plain")},
            headers={"x-requested-with": "XMLHttpRequest"},
        )
        assert response.status_code == 200
        answer = response.json()
        assert answer["success"] is False and MESSAGE in answer["error_message"]
        assert not PPIDDocument.objects.exists()
        assert files_under(root) == []


@pytest.mark.parametrize("fault", ["full", "read-only"])
def test_a_new_file_for_a_released_document_that_cannot_be_stored_changes_nothing(
    operator_client, settings, tmp_path, fault
):
    made = {}

    def released_document():
        document = make_document("Laporan", pdf_bytes("Laporan keuangan triwulan III"))
        PPIDDocument.objects.filter(pk=document.pk).update(
            approved_at=document.created_at, uploaded_by_user=None
        )
        made["document"] = PPIDDocument.objects.get(pk=document.pk)

    with refusing_media(settings, tmp_path, fault, before=released_document) as root:
        document = made["document"]
        assert document.is_released
        url = reverse("wagtaildocs:edit", args=[document.pk])
        response = operator_client.post(url, upload_form(BIG_TEXT))
        assert response.status_code == 507
        assert MESSAGE in response.content.decode()
        after = PPIDDocument.objects.get(pk=document.pk)
        assert (after.file.name, after.file_hash) == (document.file.name, document.file_hash)
        assert after.is_released and after.approved_at == document.approved_at
        assert files_under(root) == [root / document.file.name]  # the old file, nothing else
