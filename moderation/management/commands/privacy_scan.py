"""privacy_scan: personal data in files, or in everything the site already shows the public.

    manage.py privacy_scan PATH... [--format json]
    manage.py privacy_scan --published [--output var/laporan.json]

JSON: {"files": [{"path", "status", "findings": [{"kind", "start", "end", "excerpt",
"location"}]}]}; start/end index the file's decoded text (for pages: the text of the field
named by "location"). Exit status 1 when anything is blocked: a BLOCK finding, or a file that
cannot be read.
The office's own contacts (PPID settings of the default site) are never findings.
"""

import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page

from moderation.documents import official_allow_list
from moderation.privacy import AllowList, Finding, scan_text
from moderation.privacy.extract import Extraction, Limits, document_kind, extract, extract_path
from moderation.privacy.extract_result import failed
from moderation.privacy.extract_scan import (
    BLOCKED,
    CLEAN,
    FAILED,
    FILE_STATUSES,
    REVIEW,
    file_status,
    located,
    scan_extraction,
    text_status,
)
from moderation.text_extraction import page_texts

LABELS = {CLEAN: "BERSIH", BLOCKED: "DIBLOKIR", REVIEW: "PERLU DIPERIKSA", FAILED: "GALAT"}
SEVERITIES = {"block": "blokir", "review": "periksa"}
REASONS = {
    "unsupported": "jenis berkas tidak didukung",
    "too_large": "berkas terlalu besar",
    "zip_limits": "isi arsip terlalu besar atau terlalu banyak (kemungkinan bom zip)",
    "encrypted": "berkas terenkripsi atau dilindungi kata sandi",
    "malformed": "berkas rusak atau formatnya tidak dikenali",
    "text_too_large": "teks di dalam berkas terlalu panjang",
    "timeout": "pembacaan berkas melewati batas waktu",
    "memory": "pembacaan berkas melewati batas memori",
    "crashed": "pembaca berkas berhenti secara tak terduga",
    "worker": "proses pembaca berkas tidak dapat dijalankan",
    "unreadable_file": "berkas tidak ditemukan atau tidak dapat dibuka",
    "scanned_page": "kemungkinan hasil pindaian: gambar tanpa lapisan teks",
    "large_image": "berisi gambar besar (mungkin pindaian KTP atau dokumen)",
    "unread_objects": "objek PDF melebihi batas baca: sisanya perlu diperiksa manual",
}
PLACES = [  # the extractor's locations, in Indonesian for the text output
    (re.compile(r"^page (\d+) annotations$"), r"anotasi halaman \1"),
    (re.compile(r", not on any page$"), ", tidak tampil di halaman mana pun"),
    (re.compile(r"^object (\d+) \(earlier copy\)"), r"objek \1 (salinan lama)"),
    (re.compile(r"^object (\d+) \(not listed\)"), r"objek \1 (tidak terdaftar)"),
    (re.compile(r"\bobject (\d+)"), r"objek \1"),
    (re.compile(r"\bpage\b"), "halaman"),
    (re.compile(r"^line (\d+)$"), r"baris \1"),
    (re.compile(r"^document information$"), "informasi dokumen"),
    (re.compile(r"^form fields$"), "isian formulir"),
]
OWN_DETAILS = {  # details written by the extractor itself, never quoting the file
    "too_large", "zip_limits", "text_too_large", "timeout", "scanned_page", "large_image",
    "unread_objects",
}  # fmt: skip


@dataclass
class Result:
    """One scanned file, page or document."""

    path: str
    status: str
    findings: list[Finding] = field(default_factory=list)
    note: str = ""  # why a file needs review or could not be read, in Indonesian
    source: str = "file"  # "file", "page" or "document"
    title: str = ""

    def as_json(self) -> dict:
        return {
            "path": self.path,
            "status": self.status,
            "findings": [
                {
                    "kind": finding.kind,
                    "start": finding.start,
                    "end": finding.end,
                    "excerpt": finding.excerpt,
                    "location": finding.location,
                }
                for finding in self.findings
            ],
        }


def place(location: str) -> str:
    for pattern, replacement in PLACES:
        location = pattern.sub(replacement, location)
    return location


def note_of(extraction: Extraction) -> str:
    """The reason in Indonesian; library messages (which may quote the file) are left out."""
    note = REASONS.get(extraction.reason, extraction.reason)
    if extraction.reason in OWN_DETAILS and extraction.detail:
        note = f"{note} ({place(extraction.detail)})"
    return note


def file_result(path: str, extraction: Extraction, allow: AllowList, **extra) -> Result:
    findings = scan_extraction(extraction, allow)
    status = file_status(extraction, findings)
    note = note_of(extraction) if extraction.reason else ""
    return Result(path, status, findings, note, **extra)


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Files as given; folders become their supported files, recursively, in name order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = (item for item in path.rglob("*") if item.is_file())
            yield from sorted(str(item) for item in found if document_kind(item.name))
        else:
            yield raw


def in_parallel(function: Callable, items: list, jobs: int) -> Iterator:
    """function(item) for every item, in order, `jobs` at a time (each in its own worker)."""
    if jobs <= 1:
        yield from map(function, items)
        return
    with ThreadPoolExecutor(max_workers=jobs) as executor:
        yield from executor.map(function, items)


def page_result(page: Page, allow: AllowList) -> Result:
    findings = [
        located(finding, location)
        for location, text in page_texts(page)
        for finding in scan_text(text, allow)
    ]
    path = page.get_url() or page.url_path
    return Result(path, text_status(findings), findings, source="page", title=page.title)


def released_documents():
    from ppid_pages.models import DocumentScanStatus

    released = Q(published_at__isnull=False) | Q(approved_at__isnull=False)
    documents = get_document_model().objects.filter(released)
    return documents.filter(scan_status=DocumentScanStatus.CLEAN).order_by("pk")


def read_document(document, limits: Limits) -> Extraction:
    try:
        with document.file.storage.open(document.file.name, "rb") as stored:
            data = stored.read()
    except (OSError, ValueError) as error:
        return failed("unreadable_file", str(error))
    return extract(data, document.file.name, limits)


class Progress:
    """A one-line text progress bar on stderr: 'Memindai [#####.....] 120/240'."""

    def __init__(self, stream, total: int, width: int = 30) -> None:
        self.stream, self.total, self.width, self.done, self.drawn = stream, total, width, 0, -1

    def step(self) -> None:
        self.done += 1
        filled = self.width * self.done // max(self.total, 1)
        if filled != self.drawn or self.done == self.total:
            self.drawn = filled
            bar = "#" * filled + "." * (self.width - filled)
            ending = "\n" if self.done == self.total else ""
            self.stream.write(
                f"\rMemindai [{bar}] {self.done}/{self.total}", style_func=str, ending=ending
            )
            self.stream.flush()


class Command(BaseCommand):
    help = "Memindai data pribadi di berkas, atau di semua halaman dan dokumen yang sudah terbit."

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="*", metavar="PATH", help="berkas atau folder")
        parser.add_argument(
            "--format", choices=["text", "json"], default="text", help="bentuk keluaran"
        )
        parser.add_argument(
            "--published",
            action="store_true",
            help="pindai semua halaman terbit dan dokumen yang sudah dirilis ke publik",
        )
        parser.add_argument("--output", help="berkas laporan JSON untuk --published")
        parser.add_argument(
            "--jobs",
            type=int,
            default=min(8, 2 * (os.cpu_count() or 1)),
            help="jumlah berkas yang dibaca bersamaan",
        )
        parser.add_argument(
            "--timeout", type=float, default=Limits.timeout_seconds, help="detik per berkas"
        )

    def handle(self, *args, paths: list[str], published: bool, **options) -> None:
        if bool(paths) == published:
            raise CommandError("Berikan PATH (berkas atau folder) atau --published, salah satu.")
        self.limits = Limits(timeout_seconds=options["timeout"])
        self.jobs = max(1, options["jobs"])
        allow = official_allow_list()
        if published:
            results = self.scan_published(allow)
        else:
            results = self.scan_paths(list(expand(paths)), allow)
        self.show(results, options["format"], only_problems=published)
        if published:
            self.write_report(results, options["output"], options["format"])
        blocked = sum(result.status in (BLOCKED, FAILED) for result in results)
        if blocked:
            message = (
                f"{blocked} halaman/dokumen terbit diblokir: perbaiki atau tarik segera."
                if published
                else f"{blocked} berkas diblokir: perbaiki sebelum terbit."
            )
            raise CommandError(message, returncode=1)

    def scan_paths(self, paths: list[str], allow: AllowList) -> list[Result]:
        progress = Progress(self.stderr, len(paths)) if self.stderr.isatty() else None
        results = []
        extractions = in_parallel(lambda path: extract_path(path, self.limits), paths, self.jobs)
        for path, extraction in zip(paths, extractions, strict=True):
            results.append(file_result(path, extraction, allow))
            if progress:
                progress.step()
        return results

    def scan_published(self, allow: AllowList) -> list[Result]:
        pages = Page.objects.live().filter(depth__gt=1).order_by("path").specific()
        documents = list(released_documents())
        progress = Progress(self.stderr, pages.count() + len(documents))
        results = []
        for page in pages.iterator(chunk_size=200):
            results.append(page_result(page, allow))
            progress.step()
        extractions = in_parallel(
            lambda document: read_document(document, self.limits), documents, self.jobs
        )
        for document, extraction in zip(documents, extractions, strict=True):
            extra = {"source": "document", "title": document.title}
            results.append(file_result(document.url, extraction, allow, **extra))
            progress.step()
        return results

    def show(self, results: list[Result], output_format: str, only_problems: bool) -> None:
        if output_format == "json":
            self.stdout.write(json.dumps({"files": [result.as_json() for result in results]}))
            return
        for result in results:
            if only_problems and result.status == CLEAN:
                continue
            note = f" — {result.note}" if result.note else ""
            self.stdout.write(f"[{LABELS[result.status]}] {result.path}{note}")
            for finding in result.findings:
                severity = SEVERITIES.get(str(finding.severity), str(finding.severity))
                self.stdout.write(
                    f"    {finding.kind} ({severity}) di {place(finding.location) or '-'}, "
                    f"karakter {finding.start}-{finding.end}: {finding.excerpt}"
                )
        self.stdout.write(summary(results))

    def write_report(self, results: list[Result], output: str | None, output_format: str) -> None:
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
        path = Path(output or Path(settings.REPO_ROOT) / "var" / f"privacy-scan-{stamp}.json")
        path.parent.mkdir(parents=True, exist_ok=True)
        report = {
            "generated_at": timezone.now().isoformat(),
            "summary": dict(counts(results)),
            "items": [
                {"type": result.source, "title": result.title, "note": result.note}
                | result.as_json()
                for result in results
                if result.status != CLEAN
            ],
        }
        path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
        stream = self.stderr if output_format == "json" else self.stdout
        stream.write(f"Laporan ditulis ke {path}", style_func=str)


def counts(results: list[Result]) -> Counter:
    tally = Counter(dict.fromkeys(FILE_STATUSES, 0))
    tally.update(result.status for result in results)
    tally.update({"pages": 0, "documents": 0, "files": 0})
    tally.update(f"{result.source}s" for result in results)
    return tally


def summary(results: list[Result]) -> str:
    tally = counts(results)
    scanned = ", ".join(
        f"{tally[key]} {label}"
        for key, label in (("files", "berkas"), ("pages", "halaman"), ("documents", "dokumen"))
        if tally[key]
    )
    return (
        f"Ringkasan: {scanned or 'tidak ada yang dipindai'} — {tally[CLEAN]} bersih, "
        f"{tally[BLOCKED]} diblokir, {tally[REVIEW]} perlu diperiksa, {tally[FAILED]} galat."
    )
