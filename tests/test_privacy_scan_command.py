"""`manage.py privacy_scan`: files given on the command line, and everything already public."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from wagtail.models import Site

from ppid_pages.models import DipEntryPage, DocumentScanStatus, PPIDDocument, PPIDSettings

from .factories import (
    entry_fields,
    make_dip_index,
    make_document,
    make_entry,
    make_unit,
    pdf_bytes,
)
from .privacy.test_extract import encrypted_pdf, pdf_document

pytestmark = pytest.mark.django_db

NIK = "3201014508900002"  # area 32 01 01, born 5 Aug 1990 (woman: day + 40)


def run(*args: str) -> tuple[str, int]:
    """(stdout, exit status) as manage.py would give them."""
    out = io.StringIO()
    try:
        call_command("privacy_scan", *args, stdout=out, stderr=io.StringIO())
    except CommandError as error:
        return out.getvalue(), error.returncode
    return out.getvalue(), 0


def run_json(*args: str) -> tuple[dict, int]:
    out, status = run(*args, "--format", "json")
    return json.loads(out), status


@pytest.fixture
def files(tmp_path):
    contents = {
        "bersih.txt": b"Laporan kegiatan tahun 2025.\n",
        "nik.txt": f"Kafé — penerima bantuan\r\nNama: Siti, NIK {NIK}\r\n".encode(),
        "scan-ktp.pdf": pdf_document([], image=(40, 200, 520, 500)),
        "terkunci.pdf": encrypted_pdf("rahasia"),
    }
    for name, content in contents.items():
        (tmp_path / name).write_bytes(content)
    return tmp_path


def test_json_output_has_exactly_the_documented_shape(files):
    paths = [
        str(files / name) for name in ("bersih.txt", "nik.txt", "scan-ktp.pdf", "terkunci.pdf")
    ]
    report, status = run_json(*paths)
    assert set(report) == {"files"}
    assert [entry["path"] for entry in report["files"]] == paths
    assert [entry["status"] for entry in report["files"]] == [
        "clean",
        "blocked",
        "needs_review",
        "error",
    ]
    for entry in report["files"]:
        assert set(entry) == {"path", "status", "findings"}
        for finding in entry["findings"]:
            assert set(finding) == {"kind", "start", "end", "excerpt", "location"}
            assert isinstance(finding["start"], int) and isinstance(finding["end"], int)
    assert status == 1


def test_txt_offsets_are_the_files_own_characters(files):
    report, _status = run_json(str(files / "nik.txt"))
    content = (files / "nik.txt").read_bytes().decode()
    [finding] = [item for item in report["files"][0]["findings"] if item["kind"] == "nik"]
    assert content[finding["start"] : finding["end"]] == NIK
    assert finding["location"] == "line 2"  # JSON keeps the extractor's location codes
    assert NIK not in json.dumps(report)  # only masked excerpts are printed


def test_exit_status(files):
    assert run(str(files / "bersih.txt"))[1] == 0
    assert run(str(files / "scan-ktp.pdf"))[1] == 0  # needs a human, does not block by itself
    assert run(str(files / "nik.txt"))[1] == 1
    assert run(str(files / "terkunci.pdf"))[1] == 1  # unreadable counts as blocked
    assert run(str(files / "tidak-ada.pdf"))[1] == 1


def test_a_folder_is_scanned_file_by_file(files):
    report, _status = run_json(str(files))
    assert len(report["files"]) == 4


def test_text_output_is_indonesian_and_masked(files):
    out, _status = run(str(files))
    assert "[DIBLOKIR]" in out and "[PERLU DIPERIKSA]" in out and "[GALAT]" in out
    assert "terenkripsi" in out and "di baris 2" in out
    assert "Ringkasan: 4 berkas — 1 bersih, 1 diblokir, 1 perlu diperiksa, 1 galat." in out
    assert NIK not in out


def test_the_offices_own_contacts_are_allowed(tmp_path):
    """The approved contacts (moderation.site_settings) are the office's own."""
    from moderation.site_settings import record_initial_approval

    site = Site.objects.get(is_default_site=True)
    settings = PPIDSettings.for_site(site)
    settings.email = "ppid@contohkab.go.id"
    settings.save()
    record_initial_approval(site, "uji")
    path = tmp_path / "kontak.txt"
    path.write_text("Hubungi PPID: ppid@contohkab.go.id\nPemohon: budi.santoso@gmail.com\n")
    report, _status = run_json(str(path))
    emails = [item for item in report["files"][0]["findings"] if item["kind"] == "email"]
    assert [item["location"] for item in emails] == ["line 2"]


def test_path_or_published_is_required():
    with pytest.raises(CommandError):
        call_command("privacy_scan", stdout=io.StringIO())


def published_site_with_leaks():
    """A live page and a released document leaking a NIK; drafts and private files leak too."""
    index = make_dip_index()
    leaking = make_entry(index, "Penerima Bantuan", summary=f"<p>NIK penerima: {NIK}</p>")
    make_entry(index, "Laporan Tahunan", number="DIP/2025/002")
    draft = DipEntryPage(
        title="Draf Penerima", live=False, **entry_fields(make_unit(), "berkala", number="D/1")
    )
    index.add_child(instance=draft)
    draft.summary = f"<p>NIK {NIK}</p>"
    draft.save_revision()
    edited = make_entry(index, "Rekap Permohonan", number="DIP/2025/003")
    edited.summary = f"<p>Pemohon NIK {NIK}</p>"
    edited.save_revision()  # a draft of a live page: not public
    imported = make_document("Lampiran Lama", pdf_bytes(f"NIK {NIK}"))
    PPIDDocument.objects.filter(pk=imported.pk).update(  # released before the scanner existed
        scan_status=DocumentScanStatus.CLEAN, published_at=timezone.now()
    )
    make_document("Draf Lampiran", pdf_bytes(f"NIK {NIK}"))  # never released
    released_clean = make_document("Maklumat", pdf_bytes("Maklumat pelayanan."))
    PPIDDocument.objects.filter(pk=released_clean.pk).update(published_at=timezone.now())
    imported.refresh_from_db()
    return leaking, imported


def test_published_finds_public_leaks_only(tmp_path):
    page, document = published_site_with_leaks()
    output = tmp_path / "laporan.json"
    report, status = run_json("--published", "--output", str(output))
    blocked = {entry["path"] for entry in report["files"] if entry["status"] == "blocked"}
    assert blocked == {page.get_url(), document.url}
    assert status == 1
    [page_entry] = [entry for entry in report["files"] if entry["path"] == page.get_url()]
    assert [finding["location"] for finding in page_entry["findings"]] == ["summary"]
    assert len(report["files"]) == 2 + 3 + 2  # home, index, 3 live entries; 2 released documents
    saved = json.loads(output.read_text())
    assert {item["path"] for item in saved["items"]} == blocked
    assert saved["summary"]["blocked"] == 2
    assert NIK not in output.read_text()


def test_published_text_output_summarises(tmp_path):
    published_site_with_leaks()
    out, status = run("--published", "--output", str(tmp_path / "laporan.json"))
    assert "[DIBLOKIR]" in out
    assert "5 halaman, 2 dokumen — 5 bersih, 2 diblokir" in out
    assert f"Laporan ditulis ke {tmp_path / 'laporan.json'}" in out
    assert status == 1
