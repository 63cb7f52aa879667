"""A redirect changes what the public gets at an address (issue 13, watch13 item 2): a new or
changed redirect is followed only after a second person approved it exactly as it is
(moderation.redirects; the approval's digest in a chained audit entry), and the integrity
watch lists the redirects that are not. The attacker is a superuser in Wagtail's redirect
editor; the approver a Koordinator on *Persetujuan pengalihan*."""

import re

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect

from integrity.alerts import run_watch
from integrity.models import AlertKind, IntegrityAlert
from moderation.publication import SET_UP, approved_path
from moderation.redirects import is_approved
from ppid_pages.models import StandardPage
from tests.factories import home_page, publish
from tests.test_asset_versions import approve_in_turn, body_form, published_through_the_workflow
from tests.test_workflow_bypass import ROLES, edit_url, member

pytestmark = pytest.mark.django_db

OLD = "/layanan-lama"


@pytest.fixture
def admin() -> User:
    return User.objects.create_superuser("admin", "admin@contohkab.go.id", "x")


@pytest.fixture
def koordinator() -> User:
    return member("Koordinator")


@pytest.fixture
def subkoordinator() -> User:
    return member("Sub Koordinator")


def save_redirect(client, user, link: str, redirect: Redirect | None = None) -> Redirect:
    client.force_login(user)
    form = {"old_path": OLD, "site": "", "is_permanent": "", "redirect_link": link}
    if redirect is None:
        response = client.post(reverse("wagtailredirects:add"), form)
    else:
        response = client.post(reverse("wagtailredirects:edit", args=[redirect.pk]), form)
    assert response.status_code == 302, response.context["form"].errors
    return Redirect.objects.get(old_path=OLD)


def approve(client, user, redirect: Redirect):
    """As the approval page posts it: with the digest of the redirect it showed."""
    client.force_login(user)
    page = client.get(reverse("moderation:redirects")).content.decode()
    shown = re.search(
        rf'name="redirect" value="{redirect.pk}">\s*<input type="hidden" name="digest" '
        r'value="(\w+)"',
        page,
    )
    return client.post(
        reverse("moderation:redirects"),
        {"redirect": redirect.pk, "digest": shown.group(1) if shown else ""},
    )


def public(client, path: str):
    client.logout()
    return client.get(path, HTTP_HOST="localhost")


def test_a_redirect_is_followed_only_once_a_second_person_approved_it(
    client, admin, koordinator, subkoordinator
):
    redirect = save_redirect(client, admin, "http://localhost/layanan/")
    assert public(client, f"{OLD}/").status_code == 404

    client.force_login(koordinator)
    listing = client.get(reverse("moderation:redirects")).content.decode()
    assert OLD in listing and "Belum pernah disetujui" in listing
    assert approve(client, admin, redirect).status_code == 302  # the author: refused
    assert public(client, f"{OLD}/").status_code == 404
    assert approve(client, subkoordinator, redirect).status_code == 302
    assert public(client, f"{OLD}/").status_code == 404  # one approval of two
    assert approve(client, koordinator, redirect).status_code == 302
    response = public(client, f"{OLD}/")
    assert response.status_code == 302 and response["Location"] == "http://localhost/layanan/"

    # A change waits for its own approval: meanwhile the address keeps its 404.
    redirect = save_redirect(client, admin, "http://localhost/pengumuman-palsu/", redirect)
    assert public(client, f"{OLD}/").status_code == 404
    client.force_login(koordinator)
    listing = client.get(reverse("moderation:redirects")).content.decode()
    assert "Berubah sejak disetujui" in listing
    assert approve(client, koordinator, redirect).status_code == 302
    assert public(client, f"{OLD}/").status_code == 404  # one approval of two
    assert approve(client, subkoordinator, redirect).status_code == 302
    assert public(client, f"{OLD}/")["Location"] == "http://localhost/pengumuman-palsu/"


def test_a_redirect_changed_in_the_database_is_not_followed_and_is_reported(
    client, admin, koordinator, subkoordinator
):
    redirect = save_redirect(client, admin, "http://localhost/layanan/")
    run_watch()
    alert = IntegrityAlert.objects.open().get(kind=AlertKind.REDIRECT_UNAPPROVED)
    assert OLD in alert.detail
    approve(client, subkoordinator, redirect)
    approve(client, koordinator, redirect)
    IntegrityAlert.objects.update(resolved_at=alert.first_seen)
    run_watch()
    assert not IntegrityAlert.objects.open().filter(kind=AlertKind.REDIRECT_UNAPPROVED).exists()

    Redirect.objects.filter(pk=redirect.pk).update(redirect_link="/halaman-lain/")
    assert public(client, f"{OLD}/").status_code == 404
    run_watch()
    assert IntegrityAlert.objects.open().filter(kind=AlertKind.REDIRECT_UNAPPROVED).exists()


def test_an_address_changed_through_the_workflow_redirects_at_once(
    client, django_capture_on_commit_callbacks
):
    """A live page's new address is part of the revision both reviewers approved: Wagtail's
    redirect from the old address to that same page is approved with the publication (in the
    audit chain), so the old links keep working and the watch is silent."""

    people = {role: member(role) for role in ROLES}
    page = published_through_the_workflow(client, people)
    old_path = page.url_path[len("/home") :].rstrip("/") or "/"
    client.force_login(people["Operator"])
    form = body_form(page, **{"action-submit": "1"})
    form["slug"] = "laporan-kinerja-baru"
    assert client.post(edit_url(page), form).status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        approve_in_turn(client, people, page)
    redirect = Redirect.objects.get(old_path=old_path)
    assert redirect.redirect_page_id == page.pk and is_approved(redirect)
    response = public(client, old_path + "/")
    assert response.status_code in (301, 302)
    assert response["Location"].rstrip("/").endswith("/laporan-kinerja-baru")
    run_watch()
    assert not IntegrityAlert.objects.open().filter(kind=AlertKind.REDIRECT_UNAPPROVED).exists()


def test_an_address_changed_outside_the_workflow_waits_for_two_people(
    client, django_capture_on_commit_callbacks
):
    """The set-up path (or any publication with no reviewed snapshot) approves nothing: its
    redirect waits for two people like one written in the editor."""

    page = publish(home_page(), StandardPage(title="Profil", slug="profil-lama"))
    page.slug = "profil-baru"
    with django_capture_on_commit_callbacks(execute=True), approved_path(SET_UP):
        page.save_revision().publish()
    redirect = Redirect.objects.get(old_path="/profil-lama")
    assert not is_approved(redirect)
    assert public(client, "/profil-lama/").status_code == 404


def test_a_publication_approves_only_its_own_page_redirects(
    client, django_capture_on_commit_callbacks, monkeypatch
):
    """verify13e R1: an automatically created redirect another hand inserts while the
    publication makes its redirects (to another address) is not approved with it."""
    import security.redirects

    people = {role: member(role) for role in ROLES}
    page = published_through_the_workflow(client, people)
    create = security.redirects.create_redirects

    def and_one_more(**kwargs):
        create(**kwargs)
        with approved_path(SET_UP):
            Redirect.objects.create(
                old_path="/sisipan",
                redirect_link="https://contoh.example/",
                site=None,
                automatically_created=True,
            )

    monkeypatch.setattr(security.redirects, "create_redirects", and_one_more)
    client.force_login(people["Operator"])
    form = body_form(page, **{"action-submit": "1"})
    form["slug"] = "laporan-kinerja-baru"
    assert client.post(edit_url(page), form).status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        approve_in_turn(client, people, page)
    own = Redirect.objects.get(redirect_page=page)
    assert is_approved(own)
    assert not is_approved(Redirect.objects.get(old_path="/sisipan"))
