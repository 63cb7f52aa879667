"""The set-up path (moderation.publication.SET_UP) is not a second door to the public (issue 13,
gate13 item 2). The demo loader publishes its pages as set-up, without the workflow: on a
production server (PUBLICATION_SET_UP off, as config.settings.production has it) the command
refuses, and SET_UP itself is refused for any code; on a development server it loads only
into an empty site, never next to real content."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from wagtail.models import Page

from moderation.publication import SET_UP, Refused, approved_path
from ppid_pages.models import StandardPage

from .factories import home_page

pytestmark = pytest.mark.django_db


def load() -> str:
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


def test_the_demo_loader_publishes_nothing_on_a_production_server(settings):
    settings.PUBLICATION_SET_UP = False
    pages = Page.objects.count()
    with pytest.raises(CommandError, match="hanya dimuat di server pengembangan"):
        load()
    assert Page.objects.count() == pages
    assert not Page.objects.filter(live=True, depth__gt=2).exists()
    assert Client().get("/profil/").status_code == 404


def test_set_up_publication_is_refused_on_a_production_server(settings):
    settings.PUBLICATION_SET_UP = False
    page = StandardPage(title="Slot Gacor", slug="slot", body=[("paragraph", "<p>88</p>")])
    home_page().add_child(instance=page)
    with pytest.raises(Refused, match="PUBLICATION_SET_UP"), approved_path(SET_UP):
        page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live
    assert Client().get("/slot/").status_code == 404


def test_the_demo_loader_never_publishes_next_to_real_content():
    draft = StandardPage(
        title="Profil PPID", slug="profil-ppid", body=[("paragraph", "<p>Isi.</p>")]
    )
    home_page().add_child(instance=draft)  # the office's own (draft) content
    pages = Page.objects.count()
    with pytest.raises(CommandError, match="sudah berisi halaman"):
        load()
    assert Page.objects.count() == pages
    assert not Page.objects.filter(live=True, depth__gt=2).exists()
