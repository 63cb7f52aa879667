"""Load the demo content of a fictional PPID office. Safe to run any number of times."""

import os
import time
from collections import Counter

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from information_requests.demo import load_demo as load_service_demo
from integrity.manifest import manifest_path
from integrity.manifest import write as write_manifest
from ppid_pages.demo.loader import demo_content_exists, load_demo_content
from ppid_pages.demo.users import DemoLogin, ensure_demo_users
from ppid_pages.models import HomePage
from sop_governance.demo import load_demo as load_governance_demo
from sop_governance.demo import load_history as load_governance_history

NO_MAIL = "django.core.mail.backends.dummy.EmailBackend"

UNCHANGED_NOTE = "kata sandi tidak diubah; jalankan dengan DEMO_PASSWORD=... untuk menyetelnya"
TABLE_HEADER = ("Nama pengguna", "Peran", "Kata sandi")


def demo_password() -> str | None:
    """DEMO_PASSWORD from the environment, refused when Django's validators reject it."""
    value = os.environ.get("DEMO_PASSWORD") or None
    if value is None:
        return None
    with translation.override("id"):
        try:
            validate_password(value)
        except ValidationError as error:
            raise CommandError(f"DEMO_PASSWORD ditolak: {' '.join(error.messages)}") from None
    return value


def default_site_and_home() -> tuple[Site, HomePage]:
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        raise CommandError("Situs bawaan tidak ditemukan. Jalankan `manage.py migrate` dahulu.")
    home = site.root_page.specific
    if not isinstance(home, HomePage):
        raise CommandError("Halaman akar situs bawaan bukan halaman Beranda (HomePage).")
    return site, home


def create_content(site: Site, home: HomePage) -> Counter[str]:
    try:
        return load_demo_content(site, home)
    except ValidationError as error:
        # For example a page with one of the demo slugs already exists under the home page.
        with translation.override("id"):
            detail = " ".join(error.messages)
        raise CommandError(f"Konten demo tidak dapat dibuat: {detail}") from error


def refuse_outside_development() -> None:
    """The demo publishes as set-up (moderation.publication.SET_UP), without the workflow: only
    on a development server (PUBLICATION_SET_UP; never in config.settings.production)."""
    from moderation.publication import set_up_allowed

    if not set_up_allowed():
        raise CommandError(
            "Konten demo hanya dimuat di server pengembangan (PUBLICATION_SET_UP): di server "
            "ini konten hanya terbit melalui alur kerja 'SOP Publikasi Konten'."
        )


def refuse_real_content(home: HomePage) -> None:
    """Only into an empty site, never next to real content (pages under the home page,
    approvals, serta merta publications)."""
    from moderation.models import ApprovalRecord, ForcedPublication

    if (
        home.get_children().exists()
        or ApprovalRecord.objects.exists()
        or ForcedPublication.objects.exists()
    ):
        raise CommandError(
            "Konten demo tidak dimuat: situs ini sudah berisi halaman atau persetujuan. Konten "
            "demo hanya dimuat ke situs yang masih kosong."
        )


def describe_counts(counts: Counter[str]) -> str:
    return ", ".join(f"{number} {kind}" for kind, number in counts.items())


def login_table(logins: list[DemoLogin]) -> str:
    rows = [TABLE_HEADER] + [
        (login.username, login.role, login.password or UNCHANGED_NOTE) for login in logins
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(2)]
    lines = [f"{u.ljust(widths[0])}  {r.ljust(widths[1])}  {p}" for u, r, p in rows]
    lines.insert(1, f"{'-' * widths[0]}  {'-' * widths[1]}  {'-' * len(TABLE_HEADER[2])}")
    # The address the server is configured at (WAGTAILADMIN_BASE_URL), not a fixed port.
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home")
    return "\n".join([f"Login demo di {admin_url}", *lines])


class Command(BaseCommand):
    help = (
        "Mengisi situs dengan konten demo PPID Dinas Komunikasi dan Informatika Kabupaten "
        "Contoh: pengaturan kantor, halaman profil, Daftar Informasi Publik, regulasi, berita, "
        "dokumen PDF, dan satu pengguna demo per peran SOP. Aman dijalankan berulang kali: "
        "konten yang sudah ada tidak dibuat ulang. Setel DEMO_PASSWORD untuk menentukan kata "
        "sandi semua pengguna demo; tanpanya, pengguna baru mendapat kata sandi acak."
    )

    def handle(self, *args, **options) -> None:
        refuse_outside_development()  # says why, before anything is written
        password = demo_password()
        started = time.monotonic()
        # The demo's daftar konten goes through its workflow here: its notifications would go
        # to fictitious addresses (and fill the console of `make run`), so none is sent.
        with override_settings(EMAIL_BACKEND=NO_MAIL), transaction.atomic():
            site, home = default_site_and_home()
            if demo_content_exists(home):
                self.stdout.write("Konten demo sudah ada; tidak ada konten baru yang dibuat.")
            else:
                refuse_real_content(home)
                counts = create_content(site, home)
                self.stdout.write(
                    self.style.SUCCESS(f"Konten demo dibuat: {describe_counts(counts)}.")
                )
            logins = ensure_demo_users(password)
            # The SOP records that are not pages: this quarter's signed daftar konten (A1),
            # and the recent past of a working office (past plans, monthly publications).
            load_governance_demo()
            load_governance_history()
            # Requests in every stage and decision, last year's too, and keberatan.
            load_service_demo()
        # The demo site as deployed: its templates, static files and translations (the
        # integrity watch compares the disk with this manifest; integrity.manifest).
        if manifest_path() is not None:
            _path, manifest = write_manifest()
            self.stdout.write(f"Manifes penerapan: {len(manifest['files'])} berkas tercatat.")
        self.stdout.write(f"Selesai dalam {time.monotonic() - started:.1f} detik.\n")
        self.stdout.write(login_table(logins))
