"""Issue 13, the outside re-attack: what still reached the public past the scan and two people.

Each test drives the real admin views as the role that attacked and fails on the main before
these fixes:
- a pending information-unit name released with a page whose reviewers were never shown it;
- a unit renamed in the database, seen by the integrity watch only on pages with a snapshot;
- a Koordinator alone putting a citizen's contact on the privacy allow-list;
- a Koordinator relabelling a live entry as serta merta and force-publishing it alone;
- the security contact (/.well-known/security.txt) published unscanned and unreviewed.
"""

import html

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from wagtail.models import Page

from moderation.models import ForcedPublication
from ppid_pages.models import DipEntryPage
from ppid_pages.models.dip import DipCategory

from .factories import make_dip_index, make_entry
from .test_approval_binds_to_bytes import entry_form, serta_merta_entry
from .test_force_publish_sees_what_it_publishes import shown_digest
from .test_workflow_bypass import ROLES, edit_url, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def people() -> dict[str, User]:
    return {role: member(role) for role in ROLES}


def fresh(page: Page):
    return Page.objects.get(pk=page.pk).specific


def public_text(path: str) -> str:
    return html.unescape(Client().get(path).content.decode())


# --- 4. serta merta is a classification two people approved ------------------------------------


def force_url(page: Page) -> str:
    return reverse("moderation:force_publish", args=[page.pk])


def save_as_serta_merta(client, user: User, entry: DipEntryPage, summary: str):
    client.force_login(user)
    data = entry_form(fresh(entry), summary, category=DipCategory.SERTA_MERTA)
    response = client.post(edit_url(entry), data)
    assert response.status_code == 302
    draft = fresh(entry).get_latest_revision_as_object()
    assert draft.category == DipCategory.SERTA_MERTA


def test_a_koordinator_cannot_relabel_a_live_entry_serta_merta_and_force_it(client, people):
    entry = make_entry(make_dip_index(), "Rencana Kerja 2026")
    koordinator = people["Koordinator"]
    save_as_serta_merta(client, koordinator, entry, "<p>Isi baru yang belum ditinjau.</p>")

    page = client.get(edit_url(entry)).content.decode()
    assert force_url(entry) not in page  # no button
    response = client.post(
        force_url(entry), {"reason": "Mendesak.", "digest": shown_digest(client, entry)}
    )
    assert response.status_code == 200
    assert not ForcedPublication.objects.exists()
    assert "belum ditinjau" not in public_text(fresh(entry).url)
    assert fresh(entry).category == DipCategory.BERKALA


def test_an_operators_relabel_of_a_live_entry_is_not_forced_either(client, people):
    """Two hands are not two approvals: the category change goes through the workflow."""
    entry = make_entry(make_dip_index(), "Rencana Kerja 2026")
    save_as_serta_merta(client, people["Operator"], entry, "<p>Isi baru operator.</p>")
    client.force_login(people["Koordinator"])
    response = client.post(
        force_url(entry), {"reason": "Mendesak.", "digest": shown_digest(client, entry)}
    )
    assert response.status_code == 200
    assert not ForcedPublication.objects.exists()


def test_new_information_the_koordinator_classified_alone_is_not_forced(client, people):
    koordinator = people["Koordinator"]
    entry = serta_merta_entry(koordinator, "<p>Banjir di Kecamatan Contoh.</p>")
    client.force_login(koordinator)
    assert force_url(entry) not in client.get(edit_url(entry)).content.decode()
    response = client.post(
        force_url(entry), {"reason": "Darurat.", "digest": shown_digest(client, entry)}
    )
    assert response.status_code == 200
    assert not fresh(entry).live


def test_an_approved_serta_merta_entry_and_an_operators_new_one_are_still_forced(client, people):
    """An approved serta merta entry's new text is forced by a Koordinator who did not write it
    (the forcer is never an author, whatever the baseline: reattack13d R4)."""
    koordinator = people["Koordinator"]
    new = serta_merta_entry(people["Operator"], "<p>Posko pengungsian dibuka.</p>")
    index = new.get_parent().specific
    live = make_entry(index, "Peringatan Dini", category=DipCategory.SERTA_MERTA, slug="dini")
    save_as_serta_merta(client, koordinator, live, "<p>Status siaga naik.</p>")
    client.force_login(member("Koordinator", "koordinator2"))
    assert force_url(live) in client.get(edit_url(live)).content.decode()
    response = client.post(
        force_url(live), {"reason": "Darurat.", "digest": shown_digest(client, live)}
    )
    assert response.status_code == 302
    assert "Status siaga naik." in public_text(fresh(live).url)

    client.force_login(koordinator)
    response = client.post(
        force_url(new), {"reason": "Darurat.", "digest": shown_digest(client, new)}
    )
    assert response.status_code == 302
    assert fresh(new).live


# --- 1. a pending snippet version is shown to the reviewers whose approval releases it ---------

APPROVED_UNIT = "Bagian Umum dan Kepegawaian"
PENDING_UNIT = "Bagian Umum (Kepala: Budi Santoso)"


@pytest.fixture
def admin() -> User:
    return User.objects.create_superuser("admin", "admin@contohkab.go.id", "x")


def test_reviewers_are_shown_the_unit_name_their_approval_releases(client, people, admin):
    from ppid_pages.models import InformationUnit

    from .factories import make_unit
    from .test_reviewed_snippets import edit_unit
    from .test_workflow_bypass import workflow_action

    entry = make_entry(make_dip_index(), "Laporan Keuangan 2025", unit=make_unit(APPROVED_UNIT))
    unit = InformationUnit.objects.get(name=APPROVED_UNIT)
    edit_unit(client, admin, unit, PENDING_UNIT)  # waits as the pending name
    client.force_login(people["Operator"])
    data = entry_form(fresh(entry), "<p>Ringkasan baru.</p>", **{"action-submit": "1"})
    assert client.post(edit_url(entry), data).status_code == 302

    revision = fresh(entry).get_latest_revision()
    preview_url = reverse("wagtailadmin_pages:revisions_view", args=[entry.pk, revision.pk])
    for role in ("Sub Koordinator", "Koordinator"):
        client.force_login(people[role])
        shown = html.unescape(client.get(edit_url(entry)).content.decode())
        assert PENDING_UNIT in shown and APPROVED_UNIT in shown, role
        preview = html.unescape(client.get(preview_url).content.decode())
        assert PENDING_UNIT in preview, role
        assert workflow_action(client, people[role], entry).status_code == 302

    # What both were shown is what the public gets.
    assert PENDING_UNIT in public_text(fresh(entry).url)


# --- 2. the integrity watch compares every released unit with its approved digest -------------

NIK = "3171014708850003"


def test_the_watch_sees_a_unit_renamed_in_the_database_on_no_page_or_any_page(
    client, people, admin
):
    from integrity.alerts import run_watch
    from integrity.models import AlertKind, IntegrityAlert
    from ppid_pages.models import InformationUnit

    from .factories import make_unit
    from .test_reviewed_snippets import add_unit, approve_by_two

    index = make_dip_index()
    make_entry(index, "Laporan Keuangan 2025", unit=make_unit(APPROVED_UNIT))  # no snapshot
    alone = add_unit(client, admin, "Seksi Data dan Informasi")  # shown by no page
    assert approve_by_two(client, people, alone).status_code == 302
    alone.refresh_from_db()
    assert alone.released_at is not None and alone.approved_digest
    run_watch()
    assert not IntegrityAlert.objects.open().filter(kind=AlertKind.SNIPPET_CHANGED).exists()

    InformationUnit.objects.filter(name=APPROVED_UNIT).update(name=f"Budi {NIK}")
    InformationUnit.objects.filter(pk=alone.pk).update(name=f"Siti {NIK}")
    run_watch()
    alerts = IntegrityAlert.objects.open().filter(kind=AlertKind.SNIPPET_CHANGED)
    assert alerts.count() == 2
    assert all(NIK not in alert.detail and "#" in alert.detail for alert in alerts)


# --- 5. the security contact (/.well-known/security.txt) is scanned and reviewed ---------------

SECURITY_TXT = "/.well-known/security.txt"


def settings_url(app: str, model: str) -> str:
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    return reverse("wagtailsettings:edit", args=[app, model, site.pk])


def review_url(key: str) -> str:
    return reverse("moderation:reviewed_setting", args=[key])


def approve_setting(client, user: User, key: str):
    """As the review page posts it: with the digest of what the approver was shown."""
    import re

    client.force_login(user)
    page = client.get(review_url(key))
    if page.status_code != 200:
        return page
    shown = re.search(r'name="digest" value="(\w+)"', page.content.decode())
    return client.post(review_url(key), {"digest": shown.group(1) if shown else ""})


def refused(response) -> bool:
    """Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def approved(response, key: str) -> bool:
    return response.status_code == 302 and response["Location"] == review_url(key)


def edit_security_contact(client, user: User, email: str):
    client.force_login(user)
    data = {
        "contact_email": email,
        "contact_url": "",
        "expires": "",
        "preferred_languages": "id, en",
        "policy_url": "",
    }
    response = client.post(settings_url("security", "securitycontact"), data)
    assert response.status_code == 302, response.content[:3000]


def test_the_security_contact_is_public_only_after_the_scan_and_a_second_person(
    client, people, admin
):
    from wagtail.models import ModelLogEntry

    edit_security_contact(client, admin, "keamanan@contohkab.go.id")
    assert Client().get(SECURITY_TXT).status_code == 404  # saved, not approved
    assert refused(approve_setting(client, admin, "keamanan"))  # not their own change
    assert refused(approve_setting(client, people["Operator"], "keamanan"))
    assert Client().get(SECURITY_TXT).status_code == 404
    # It renders publicly: two people approve it (moderation.two_people).
    assert approved(approve_setting(client, people["Sub Koordinator"], "keamanan"), "keamanan")
    assert Client().get(SECURITY_TXT).status_code == 404  # 1 of 2
    assert approved(approve_setting(client, people["Koordinator"], "keamanan"), "keamanan")
    assert "mailto:keamanan@contohkab.go.id" in public_text(SECURITY_TXT)
    assert ModelLogEntry.objects.filter(
        action="ppid.settings.approve", user=people["Koordinator"]
    ).exists()

    # A private person's address: the public keeps the approved one, the scan blocks it.
    edit_security_contact(client, admin, "budi.santoso@gmail.com")
    assert "gmail" not in public_text(SECURITY_TXT)
    response = approve_setting(client, people["Koordinator"], "keamanan")
    assert response.status_code == 200
    assert "gmail" not in public_text(SECURITY_TXT)


# --- 3. the privacy allow-list: institutional values only, four eyes --------------------------

RKUD = "Bank BPD DIY 001.221.000123"


def edit_allow_list(client, user: User, **values):
    client.force_login(user)
    data = {"npwp": "", "bank_accounts": "", "extra_values": "", **values}
    return client.post(settings_url("moderation", "privacyallowlistsettings"), data)


@pytest.mark.parametrize(
    "line",
    [
        "0812 3456 7890",
        "+62 813-1234-5678",
        "WA Pak Budi 081234567890",
        "budi.santoso@gmail.com",
        "Pengaduan: siti@yahoo.co.id",
        "laporan@contoh-komunitas.org",
        "Jl. Melati No. 5 RT 03 RW 02, Kelurahan Tridadi",
    ],
)
def test_a_private_persons_contact_cannot_be_allowed(client, people, line):
    from moderation.allow_list import PrivacyAllowListSettings
    from moderation.documents import official_allow_list

    response = edit_allow_list(client, people["Koordinator"], extra_values=line)
    assert response.status_code == 200  # the form, with the line refused
    assert PrivacyAllowListSettings.objects.filter(extra_values__contains=line).count() == 0
    allow = official_allow_list()
    assert not allow.emails and not allow.phones


def test_an_allow_list_entry_takes_effect_only_after_a_second_person(client, people):
    from wagtail.models import ModelLogEntry

    from moderation.scanner import scan_revision

    from .test_workflow import draft_entry

    entry = draft_entry(
        people["Operator"], "<p>Retribusi dibayar ke rekening BPD 001221000123.</p>"
    )
    koordinator = people["Koordinator"]
    lines = "(0274) 868405\npengaduan@contohkab.go.id"
    response = edit_allow_list(client, koordinator, bank_accounts=RKUD, extra_values=lines)
    assert response.status_code == 302, response.content[:3000]
    assert not scan_revision(entry.get_latest_revision()).passed  # not in effect yet

    assert refused(approve_setting(client, koordinator, "daftar-izin"))
    assert refused(approve_setting(client, people["Operator"], "daftar-izin"))
    assert not scan_revision(entry.get_latest_revision()).passed
    sub = people["Sub Koordinator"]
    assert approved(approve_setting(client, sub, "daftar-izin"), "daftar-izin")
    assert scan_revision(entry.get_latest_revision()).passed
    actions = set(ModelLogEntry.objects.values_list("action", "user__username"))
    assert ("wagtail.edit", koordinator.username) in actions
    assert ("ppid.settings.approve", sub.username) in actions


def test_a_private_contact_that_reached_the_list_is_dropped_when_read():
    from moderation.privacy import AllowList

    allow = AllowList.from_values(["0812 3456 7890", "budi@gmail.com", "(0274) 868405"])
    assert allow.phones == frozenset({"274868405"}) and not allow.emails
    assert "081234567890" not in allow.numbers


def test_letters_to_citizens_carry_the_approved_office_not_the_working_copy(client, people, admin):
    """Another member of the class: the letters and e-mails the information service sends to
    requesters (letterhead: office name, address, contacts) read the PPID settings too."""
    from wagtail.models import Site

    from information_requests.letters import office
    from ppid_pages.printing import letterhead_for

    from .test_site_settings_approval import approve, edit_settings

    site = Site.objects.get(is_default_site=True)
    edit_settings(client, admin, site, office_name="Dinas Kominfo", phone="(0274) 868405")
    approve(client, people["Koordinator"])
    edit_settings(client, admin, site, office_name=f"Dinas Kominfo {NIK}", phone="0812 3456 7890")
    letterhead = letterhead_for(office())
    assert letterhead.office_name == "Dinas Kominfo"
    assert NIK not in letterhead.address and "0812" not in letterhead.address


def test_public_templates_are_not_offered_the_working_copy_of_any_setting():
    """Wagtail's settings context processor would let any template render an edited,
    unapproved value ({{ settings.ppid_pages.PPIDSettings.phone }})."""
    from django.template import engines

    from .factories import home_page

    home_page()
    response = Client().get("/")
    assert response.status_code == 200
    assert "settings" not in response.context
    rendered = engines["django"].from_string("{{ settings.ppid_pages.PPIDSettings.phone }}")
    assert rendered.render({}, request=response.wsgi_request) == ""
