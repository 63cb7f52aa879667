"""Done-when of issue 17: every admin screen a role can reach speaks Indonesian.

Each role, a superuser, and a visitor (login and password pages) opens every admin URL the
role matrix says it may open (tests/security/test_role_matrix.py, filled with the same real
objects); the test fails when any visible text, or a title/aria-label/placeholder/alt, is
still an English msgid of Wagtail's or Django's catalogues (english.py).
"""

import pytest
from django.test import Client

from tests.security.admin_urls import admin_urls, fill, request
from tests.security.matrix_objects import SOP_ROLES, make_role_users, url_values
from tests.security.test_role_matrix import SHORT, allowed_roles, expectations

from .english import english_in, english_texts, markup_of

pytestmark = pytest.mark.django_db

NOT_REQUESTED = {"wagtailadmin_logout", "wagtailadmin_error_test", "wagtailadmin_sprite"}
# A language is offered under its own name (the account's language choice), as everywhere.
AUTONYMS = {"English"}


def test_the_detector_finds_english_and_passes_indonesian():
    assert english_in("Dashboard")
    assert english_in("56 Pages created in PPID")
    assert english_in("Search all pages…")
    assert english_in("Site name")  # the msgid "site name", capitalised by a column
    assert english_in("Page*")  # a required field's label
    assert english_in("Items")  # a label made from a field's name
    assert english_texts('<input placeholder="Search all pages…">')
    assert english_in("Dasbor") is None
    assert english_in("56 Halaman dibuat di PPID") is None
    assert english_in("URL") is None  # the same word in Indonesian


def test_every_screen_of_every_role_is_indonesian():
    users = make_role_users()
    values = url_values(users["Operator"])
    rows = expectations()
    found: dict[str, set[str]] = {}
    opened = 0
    for role in ("anonymous", *SOP_ROLES, "superuser"):
        client = Client()
        if role != "anonymous":
            client.force_login(users[role])
        code = SHORT[role]
        for url in admin_urls():
            if url.name in NOT_REQUESTED:
                continue
            allowed = allowed_roles(url.name, rows)
            if not allowed or code not in allowed:
                continue
            path = fill(url, values)
            if path is None:
                continue
            response = request(client, "get", path)
            if isinstance(response, Exception) or response.status_code != 200:
                continue
            markup = markup_of(response)
            if markup is None:
                continue
            opened += 1
            for text in set(english_texts(markup)) - AUTONYMS:
                found.setdefault(text, set()).add(f"{code} {url.name}")
    assert opened > 300
    report = [f"{text!r}: {sorted(where)[:3]}" for text, where in sorted(found.items())]
    assert not report, f"{len(report)} English texts:\n" + "\n".join(report)


def test_login_carries_the_office_name(client):
    from wagtail.models import Site

    from moderation.site_settings import record_initial_approval
    from ppid_pages.models import PPIDSettings

    site = Site.objects.get(is_default_site=True)
    office = PPIDSettings.for_site(site)
    office.office_name = "Dinas Kominfo Kabupaten Contoh"
    office.save()
    record_initial_approval(site, "uji")  # the login page is public: approved values only
    office.office_name = "Nama Belum Disetujui"
    office.save()
    page = client.get("/admin/login/").content.decode()
    assert "Nama Belum Disetujui" not in page
    assert "Masuk ke admin Dinas Kominfo Kabupaten Contoh" in page
    assert "<title>Masuk - Dinas Kominfo Kabupaten Contoh</title>" in page
    assert 'aria-label="Wagtail"' not in page


def test_the_admin_404_page_carries_the_office_not_wagtail(client):
    from django.contrib.auth.models import User

    client.force_login(User.objects.create_superuser("admin", "admin@contohkab.go.id", "x"))
    response = client.get("/admin/tidak-ada/")
    page = response.content.decode()
    assert response.status_code == 404
    assert 'aria-label="Wagtail"' not in page  # Wagtail's bird
    assert "ppid-logo" in page
    assert english_texts(page) == []


def test_the_wagtail_catalogue_covers_every_wagtail_msgid():
    """A Wagtail upgrade that adds strings fails here until they are translated
    (ppid_admin/wagtail_catalogue; Wagtail's own catalogue is far from complete)."""
    import polib
    from django.conf import settings

    from .english import WAGTAIL_ROOT

    [catalogue_dir] = [p for p in settings.LOCALE_PATHS if p.name == "wagtail_catalogue"]
    missing = []
    for domain in ("django", "djangojs"):
        ours = {
            (entry.msgctxt, entry.msgid)
            for entry in polib.pofile(str(catalogue_dir / "id/LC_MESSAGES" / f"{domain}.po"))
            if entry.translated()
        }
        for app in ("admin", "", "images", "users", "documents", "snippets", "sites"):
            path = WAGTAIL_ROOT / app / "locale/en/LC_MESSAGES" / f"{domain}.po"
            if path.exists():
                missing += [
                    entry.msgid
                    for entry in polib.pofile(str(path))
                    if entry.msgid and (entry.msgctxt, entry.msgid) not in ours
                ]
    assert missing == []
