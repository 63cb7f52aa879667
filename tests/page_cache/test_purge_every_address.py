"""Every address a change retires is purged from the CDN or proxy in front (issue 18, break18c
B1-B4): a routable page's own sub-addresses when it leaves the public site, its old
sub-addresses after a slug change, every page (menus, footer, breadcrumbs) when the set of
live pages changes by a scheduled expiry or go-live, and every file of a collection made
private."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, Page, PageLogEntry

from moderation.actions import take_down
from moderation.models import Takedown
from moderation.publication import SET_UP, approved_path
from ppid_pages.models import StandardPage
from tests.factories import home_page, make_dip_index, make_document, make_entry, publish
from tests.page_cache.test_purge import forget_earlier_purges, proxy  # noqa: F401 - fixture
from tests.test_workflow import member

pytestmark = pytest.mark.django_db

SUB_ADDRESSES = ("kategori/berkala/", "kategori/serta-merta/", "unduh/xlsx/", "unduh/pdf/")


def expire(page: Page) -> None:
    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - datetime.timedelta(1))


def test_taking_down_a_routable_page_purges_its_own_sub_addresses(
    proxy,  # noqa: F811 - fixture
    django_capture_on_commit_callbacks,
):
    index = make_dip_index()
    make_entry(index, "Laporan Keuangan 2025")
    forget_earlier_purges(proxy)
    with django_capture_on_commit_callbacks(execute=True):
        take_down(index, member("koordinator", "Koordinator"), "Data keliru.")
    assert {index.url + sub for sub in SUB_ADDRESSES} <= set(proxy.paths), sorted(proxy.paths)


def test_an_expired_routable_page_purges_its_own_sub_addresses(
    proxy,  # noqa: F811 - fixture
    django_capture_on_commit_callbacks,
):
    index = make_dip_index()
    expire(index)
    forget_earlier_purges(proxy)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled")
    assert not Page.objects.get(pk=index.pk).live
    assert {index.url + sub for sub in SUB_ADDRESSES} <= set(proxy.paths), sorted(proxy.paths)


def test_a_slug_change_of_a_routable_page_purges_its_old_sub_addresses(
    proxy,  # noqa: F811 - fixture
    django_capture_on_commit_callbacks,
):
    section = publish(home_page(), StandardPage(title="Informasi", slug="informasi"))
    index = publish(section, dip_index())
    old = index.url
    forget_earlier_purges(proxy)
    with django_capture_on_commit_callbacks(execute=True):
        section.slug = "informasi-publik"
        with approved_path(SET_UP):  # as the workflow's finish would publish it
            section.save_revision().publish()
    assert Page.objects.get(pk=index.pk).url != old
    # The index moved with its section: its old address and each old sub-address.
    assert {old + sub for sub in ("", *SUB_ADDRESSES)} <= set(proxy.paths), sorted(proxy.paths)

    old = Page.objects.get(pk=index.pk).specific.url
    forget_earlier_purges(proxy)
    index = Page.objects.get(pk=index.pk).specific
    with django_capture_on_commit_callbacks(execute=True):
        index.slug = "daftar-baru"
        with approved_path(SET_UP):
            index.save_revision().publish()
    assert {old + sub for sub in ("", *SUB_ADDRESSES)} <= set(proxy.paths), sorted(proxy.paths)


def dip_index():
    from ppid_pages.models import DipIndexPage

    return DipIndexPage(title="Daftar Informasi Publik", slug="dip")


def test_a_scheduled_expiry_of_a_menu_page_purges_every_page_and_is_recorded(
    proxy,  # noqa: F811 - fixture
    django_capture_on_commit_callbacks,
):
    """The main menu of every page names the expired page: every page is purged, as for a
    take-down; and the expiry is recorded as a take-down (Takedown row, audit entry)."""
    index = make_dip_index()
    entry = make_entry(index, "Laporan Keuangan 2025")
    profile = StandardPage(title="Profil PPID", slug="profil-ppid", show_in_menus=True)
    profile = publish(home_page(), profile)
    expire(profile)
    forget_earlier_purges(proxy)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled")
    assert not Page.objects.get(pk=profile.pk).live
    assert {"/", profile.url, index.url, entry.url} <= set(proxy.paths), sorted(proxy.paths)
    assert Takedown.objects.filter(page=profile, taken_down_by=None).exists()
    assert PageLogEntry.objects.filter(action="ppid.takedown", page=profile).exists()


def test_a_scheduled_go_live_purges_every_page(
    proxy,  # noqa: F811 - fixture
    django_capture_on_commit_callbacks,
):
    index = make_dip_index()
    entry = make_entry(index, "Laporan Keuangan 2025")
    page = StandardPage(title="Maklumat Pelayanan", slug="maklumat", show_in_menus=True)
    page.live = False
    home_page().add_child(instance=page)
    revision = page.save_revision()
    forget_earlier_purges(proxy)
    # What publish_scheduled does at the go-live time, under the approval it stands for.
    with django_capture_on_commit_callbacks(execute=True), approved_path(SET_UP):
        revision.publish(log_action="wagtail.publish.scheduled")
    assert Page.objects.get(pk=page.pk).live
    assert {"/", index.url, entry.url} <= set(proxy.paths), sorted(proxy.paths)


def test_a_collection_made_private_purges_its_files(
    proxy,  # noqa: F811 - fixture
    django_capture_on_commit_callbacks,
):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Internal")
    below = private.add_child(name="Internal arsip")
    documents = [make_document("Laporan Satu"), make_document("Laporan Dua")]
    documents[1].collection = below
    documents[0].collection = private
    for document in documents:
        document.save()
    forget_earlier_purges(proxy)
    with django_capture_on_commit_callbacks(execute=True):
        restriction = CollectionViewRestriction.objects.create(
            collection=private, restriction_type=CollectionViewRestriction.LOGIN
        )
    assert {document.url for document in documents} <= set(proxy.paths), sorted(proxy.paths)

    forget_earlier_purges(proxy)
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert {document.url for document in documents} <= set(proxy.paths), sorted(proxy.paths)


def test_a_page_made_private_purges_the_files_of_its_section(
    proxy,  # noqa: F811 - fixture
    django_capture_on_commit_callbacks,
):
    """A view restriction on a page makes the files used by it and by the pages below it
    private (ppid_pages.visibility.in_public_use): their addresses are purged too."""
    from wagtail.models import PageViewRestriction

    from tests.test_asset_versions import blocks

    section = publish(home_page(), StandardPage(title="Rapat Internal", slug="rapat"))
    document = make_document("Notulen Rapat")
    publish(section, StandardPage(title="Notulen", slug="notulen", body=blocks(None, document)))
    forget_earlier_purges(proxy)
    with django_capture_on_commit_callbacks(execute=True), approved_path(SET_UP):
        PageViewRestriction.objects.create(
            page=section, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
        )
    assert document.url in proxy.paths, sorted(proxy.paths)
