"""C1's broken-link check on the live public pages (internal links against the database)."""

import pytest
from wagtail.models import Page

from moderation.publication import SET_UP, approved_path
from ppid_pages.models import PPIDDocument, StandardPage
from sop_governance.evaluations import links
from tests.factories import home_page, make_document, publish

pytestmark = pytest.mark.django_db


def standard(title: str, slug: str, html: str, blocks=()) -> StandardPage:
    body = [("paragraph", html), *blocks]
    return publish(home_page(), StandardPage(title=title, slug=slug, body=body))


def test_internal_links_are_checked_and_external_ones_skipped(settings):
    settings.SOP_CHECK_EXTERNAL_LINKS = False
    target = standard("Profil", "profil", "<p>Profil PPID.</p>")
    gone = standard("Lama", "lama", "<p>Lama.</p>")
    gone_id = gone.pk
    with approved_path(SET_UP):
        gone.delete()
    released = make_document("Dirilis")
    PPIDDocument.objects.filter(pk=released.pk).update(approved_at=target.first_published_at)
    private = make_document("Privat")
    html = (
        f'<p><a linktype="page" id="{target.pk}">ok</a> '
        f'<a linktype="page" id="{gone_id}">hilang</a> '
        f'<a linktype="document" id="{released.pk}">dok</a> '
        f'<a linktype="document" id="{private.pk}">privat</a> '
        '<a href="/profil/">ok</a> <a href="/cari/?q=x">cari</a> '
        '<a href="/tidak-ada/">rusak</a> <a href="https://contoh.go.id/x">luar</a></p>'
    )
    standard(
        "Tautan",
        "tautan",
        html,
        blocks=[("document", {"document": private, "label": "Privat"})],
    )
    # Publishing released the page's documents; a new file makes one private again.
    PPIDDocument.objects.filter(pk=private.pk).update(published_at=None)

    result = links.broken_links()

    broken = sorted((row["page"], row["kind"], row["target"]) for row in result["broken"])
    assert broken == [
        ("Tautan", "document", str(private.pk)),
        ("Tautan", "document", str(private.pk)),
        ("Tautan", "page", str(gone_id)),
        ("Tautan", "path", "/tidak-ada/"),
    ]
    assert result["broken_count"] == 4
    assert result["external"] == {"count": 1, "checked": False, "broken": 0}
    assert result["pages_checked"] == Page.objects.live().public().count()


def test_external_links_are_checked_only_when_allowed(settings, monkeypatch):
    settings.SOP_CHECK_EXTERNAL_LINKS = True
    checked = []

    def answer(url):
        checked.append(url)
        return "HTTP 404"

    monkeypatch.setattr(links, "check_external", answer)
    standard("Luar", "luar", '<p><a href="https://contoh.go.id/hilang">x</a></p>')
    result = links.broken_links()
    assert checked == ["https://contoh.go.id/hilang"]
    assert result["external"] == {"count": 1, "checked": True, "broken": 1}
    assert result["broken"][0]["reason"] == "HTTP 404"


def test_a_refused_connection_is_reported_within_the_timeout(settings):
    settings.SOP_EXTERNAL_LINK_TIMEOUT = 1
    assert links.check_external("http://127.0.0.1:1/") is not None
    assert links.check_external("ftp://contoh.go.id/") == "Bukan alamat web."
