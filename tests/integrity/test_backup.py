"""manage.py backup / restore: a backup restored into an empty database finds everything again."""

import gzip
import io
import json
import shutil
import tarfile
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError
from PIL import Image
from wagtail.models import (
    Collection,
    ModelLogEntry,
    Page,
    PageLogEntry,
    Revision,
    TaskState,
    Workflow,
    WorkflowState,
)

from integrity.backup import RESTORE_ACTION, empty_database
from integrity.models import AuditChainLink
from moderation.models import ApprovalRecord, FalsePositive, ScanReport, Takedown
from ppid_pages.models import PPIDDocument, PPIDImage
from tests.factories import make_dip_index, make_document, make_entry, pdf_bytes
from tests.test_workflow import act, draft_entry, member

pytestmark = pytest.mark.django_db

RECORD_MODELS = (
    Page,
    Revision,
    PPIDDocument,
    PPIDImage,
    WorkflowState,
    TaskState,
    ScanReport,
    ApprovalRecord,
    FalsePositive,
    Takedown,
    PageLogEntry,
    ModelLogEntry,
    AuditChainLink,
    User,
    Group,
)


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def build_site() -> dict:
    """Pages with revisions, documents with files, an image, workflow states and records."""
    people = {
        "operator": member("operator", "Operator"),
        "subkoordinator": member("subkoordinator", "Sub Koordinator"),
        "koordinator": member("koordinator", "Koordinator"),
    }
    index = make_dip_index()
    document = make_document("Laporan Anggaran", pdf_bytes("Laporan anggaran 2025."))
    make_entry(index, "Rencana Kerja 2025", documents=(document,))
    image = PPIDImage(title="Foto Kantor", collection=Collection.get_first_root_node())
    image.file.save("foto-kantor.png", ContentFile(png_bytes()), save=False)
    image.save()
    # Through the workflow: a scan report, task states, approvals, an approval record.
    entry = draft_entry(people["operator"], "<p>Data penerima tersedia di kantor.</p>")
    Workflow.objects.get(name="SOP Publikasi Konten").start(entry, people["operator"])
    act(entry, people["subkoordinator"])
    act(entry, people["koordinator"])
    entry.refresh_from_db()
    assert entry.live
    # A draft still in review, and a take-down.
    other = draft_entry(people["operator"], "<p>Jadwal layanan.</p>", slug="jadwal-layanan")
    Workflow.objects.get(name="SOP Publikasi Konten").start(other, people["operator"])
    taken = make_entry(index, "Pengumuman Lama")
    Takedown.objects.create(
        page=taken, page_title=taken.title, taken_down_by=people["koordinator"], reason="Usang"
    )
    FalsePositive.objects.create(
        page=entry,
        kind="phone",
        fingerprint="f" * 64,
        excerpt="08**",
        reason="Nomor kantor",
        marked_by=people["subkoordinator"],
    )
    return {"document": document.pk, "image": image.pk, "entry": entry.pk}


def snapshot() -> dict:
    return {
        model._meta.label: sorted(model.objects.values_list("pk", flat=True))
        for model in RECORD_MODELS
    }


def file_bytes() -> dict:
    files = {}
    for model in (PPIDDocument, PPIDImage):
        for item in model.objects.all():
            with item.file.open("rb") as handle:
                files[item.file.name] = handle.read()
    return files


def empty_everything() -> None:
    empty_database()
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    assert not Page.objects.exists() and not User.objects.exists()


@pytest.fixture
def archive(tmp_path) -> Path:
    return tmp_path / "cadangan.tar.gz"


def test_restore_into_an_empty_database_finds_everything(archive, client):
    ids = build_site()
    before, files = snapshot(), file_bytes()
    assert all(before.values()), {label: ids for label, ids in before.items() if not ids}
    approval = ApprovalRecord.objects.values("page_title", "steps", "scan_summary").get()
    out = io.StringIO()
    call_command("backup", str(archive), stdout=out)
    assert "Cadangan" in out.getvalue()

    empty_everything()
    out = io.StringIO()
    call_command("restore", str(archive), stdout=out)

    # Everything as it was, plus the restore's own audit entry and its chain link.
    restored = snapshot()
    [entry_id] = ModelLogEntry.objects.filter(action=RESTORE_ACTION).values_list("pk", flat=True)
    log_entries = before["wagtailcore.ModelLogEntry"]
    assert restored["wagtailcore.ModelLogEntry"] == [*log_entries, entry_id]
    assert len(restored["integrity.AuditChainLink"]) == len(before["integrity.AuditChainLink"]) + 1
    for label in set(before) - {"wagtailcore.ModelLogEntry", "integrity.AuditChainLink"}:
        assert restored[label] == before[label], label
    assert file_bytes() == files
    assert ApprovalRecord.objects.values("page_title", "steps", "scan_summary").get() == approval
    document = PPIDDocument.objects.get(pk=ids["document"])
    assert document.title == "Laporan Anggaran" and document.is_released
    assert (
        PPIDImage.objects.get(pk=ids["image"]).file.read()
        == files[PPIDImage.objects.get(pk=ids["image"]).file.name]
    )
    entry = Page.objects.get(pk=ids["entry"]).specific
    assert entry.live and entry.live_revision.content["summary"] == entry.summary
    assert WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS).count() == 1
    # The site works again: the public page, its document, the search index, the audit chain.
    assert client.get(entry.url).status_code == 200
    assert client.get("/cari/", {"q": "Rencana"}).content.decode().count("Rencana Kerja") >= 1
    chain = io.StringIO()
    call_command("verify_audit_chain", stdout=chain)
    assert "utuh" in chain.getvalue()


def test_the_archive_has_a_manifest_with_checksums(archive):
    build_site()
    call_command("backup", str(archive), stdout=io.StringIO())
    with tarfile.open(archive, "r:gz") as opened:
        names = opened.getnames()
        manifest = json.load(opened.extractfile("manifest.json"))
    assert names[0] == "manifest.json" and "data.json" in names
    media = [name for name in names if name.startswith("media/")]
    assert any(name.endswith("laporan-anggaran.pdf") for name in media)
    assert any(name.endswith("foto-kantor.png") for name in media)
    assert set(manifest["files"]) == set(names) - {"manifest.json"}
    assert all(len(entry["sha256"]) == 64 for entry in manifest["files"].values())
    assert manifest["format"] == "ppid-backup/1"


def test_a_database_with_content_is_refused_without_force(archive):
    build_site()
    call_command("backup", str(archive), stdout=io.StringIO())
    Page.objects.filter(title="Rencana Kerja 2025").update(title="Diubah setelah cadangan")
    with pytest.raises(CommandError, match="--force"):
        call_command("restore", str(archive), stdout=io.StringIO())
    assert Page.objects.filter(title="Diubah setelah cadangan").exists()

    call_command("restore", str(archive), "--force", stdout=io.StringIO())
    assert Page.objects.filter(title="Rencana Kerja 2025").exists()
    assert not Page.objects.filter(title="Diubah setelah cadangan").exists()


def rewrite(archive: Path, change) -> None:
    """Rebuild the archive with `change(name, data)` applied to each member's bytes."""
    with tarfile.open(archive, "r:gz") as opened:
        members = [(m, opened.extractfile(m).read()) for m in opened.getmembers()]
    with tarfile.open(archive, "w:gz") as output:
        for member, data in members:
            data = change(member.name, data)
            if data is None:
                continue
            member.size = len(data)
            output.addfile(member, io.BytesIO(data))


def test_a_changed_media_file_is_refused_before_anything_is_touched(archive):
    build_site()
    call_command("backup", str(archive), stdout=io.StringIO())
    rewrite(archive, lambda name, data: data + b"x" if name.endswith(".pdf") else data)
    empty_everything()
    with pytest.raises(CommandError, match="Checksum|checksum"):
        call_command("restore", str(archive), stdout=io.StringIO())
    assert not Page.objects.exists()


def test_a_missing_file_and_an_unlisted_file_are_refused(archive, tmp_path):
    build_site()
    call_command("backup", str(archive), stdout=io.StringIO())
    rewrite(archive, lambda name, data: None if name.endswith(".png") else data)
    with pytest.raises(CommandError, match="hilang|missing"):
        call_command("restore", str(archive), "--force", stdout=io.StringIO())

    call_command("backup", str(archive), stdout=io.StringIO())
    with tarfile.open(archive, "r:gz") as opened:
        members = [(m, opened.extractfile(m).read()) for m in opened.getmembers()]
    with tarfile.open(archive, "w:gz") as output:
        for member, data in members:
            output.addfile(member, io.BytesIO(data))
        extra = tarfile.TarInfo("../../etc/cron.d/jahat")
        extra.size = 4
        output.addfile(extra, io.BytesIO(b"evil"))
    with pytest.raises(CommandError, match="tidak aman|unsafe"):
        call_command("restore", str(archive), "--force", stdout=io.StringIO())


def test_a_damaged_or_absent_archive_gets_a_clear_message(archive, tmp_path):
    with pytest.raises(CommandError, match="tidak ada|does not exist"):
        call_command("restore", str(tmp_path / "tidak-ada.tar.gz"), stdout=io.StringIO())
    archive.write_bytes(gzip.compress(b"bukan arsip")[:20])
    with pytest.raises(CommandError, match="rusak|damaged"):
        call_command("restore", str(archive), stdout=io.StringIO())
    with pytest.raises(CommandError, match="folder"):
        call_command("backup", str(tmp_path), stdout=io.StringIO())


def test_a_backup_from_a_newer_schema_is_refused(archive):
    build_site()
    call_command("backup", str(archive), stdout=io.StringIO())

    def newer(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        assert "ppid_pages.0001_initial" in manifest["migrations"]
        manifest["migrations"].append("ppid_pages.9999_masa_depan")
        return json.dumps(manifest).encode()

    rewrite(archive, newer)
    with pytest.raises(CommandError, match="9999_masa_depan"):
        call_command("restore", str(archive), "--force", stdout=io.StringIO())
    assert Page.objects.filter(title="Rencana Kerja 2025").exists()
