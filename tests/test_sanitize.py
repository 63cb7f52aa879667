"""HTML is sanitized on every save path: code, imports and revisions, not only the editor."""

import pytest
from wagtail.models import Revision

from moderation.publication import SET_UP, approved_path
from moderation.sanitize import clean_raw_html, clean_rich_text
from ppid_pages.models import DipEntryPage, StandardPage

from .factories import entry_fields, home_page, make_dip_index, make_unit

pytestmark = pytest.mark.django_db

ATTACKS = [
    "<script>alert(1)</script>",
    '<img src="x" onerror="alert(1)">',
    '<a href="javascript:alert(1)">klik</a>',
    '<a href="java\u200bscript:alert(1)">klik</a>',
    '<a href="JaVaScRiPt:alert(1)">klik</a>',
    '<a href="&#106;avascript:alert(1)">klik</a>',
    '<iframe src="https://contoh.test"></iframe>',
    '<form action="https://contoh.test"><input name="nik"></form>',
    '<p onclick="alert(1)">teks</p>',
    '<svg onload="alert(1)"></svg>',
    '<span style="display:none"><a href="https://slot.test">slot gacor</a></span>',
    '<object data="x.swf"></object>',
    '<meta http-equiv="refresh" content="0;url=https://slot.test">',
]
DANGEROUS = ["<script", "onerror", "javascript", "<iframe", "<form", "onclick", "onload", "<svg",
             "display:none", "<object", "<meta", "https://contoh.test"]  # fmt: skip


def assert_safe(html: str) -> None:
    lowered = html.lower().replace("\u200b", "")
    for marker in DANGEROUS:
        assert marker not in lowered, (marker, html)


@pytest.mark.parametrize("attack", ATTACKS)
def test_rich_text_cleaner_removes_every_attack(attack):
    assert_safe(clean_rich_text(f"<p>Isi</p>{attack}", ["bold", "italic", "link"]))


@pytest.mark.parametrize("attack", ATTACKS)
def test_raw_html_cleaner_removes_every_attack(attack):
    assert_safe(clean_raw_html(f"<p>Isi</p>{attack}"))


def test_internal_links_survive_cleaning():
    home = home_page()
    html = f'<p><a linktype="page" id="{home.pk}">Beranda</a> <b>tebal</b></p>'
    cleaned = clean_rich_text(html, ["bold", "link"])
    assert f'<a linktype="page" id="{home.pk}">Beranda</a>' in cleaned
    assert "<b>tebal</b>" in cleaned


def test_features_are_enforced():
    cleaned = clean_rich_text("<h2>Judul</h2><p><i>miring</i></p>", ["bold"])
    assert "<h2>" not in cleaned and "<i>" not in cleaned


def test_a_page_saved_from_code_is_cleaned():
    index = make_dip_index()
    entry = DipEntryPage(
        title="Impor",
        **entry_fields(make_unit(), "berkala", summary="<p>Data</p>" + "".join(ATTACKS)),
    )
    index.add_child(instance=entry)
    entry.refresh_from_db()
    assert_safe(entry.summary)
    assert "Data" in entry.summary


def test_revisions_and_stream_fields_are_cleaned():
    page = StandardPage(title="Profil", slug="profil", live=False)
    home_page().add_child(instance=page)
    page.body = [("paragraph", "<p>Visi</p><script>alert(1)</script><img src=x onerror=a()>")]
    revision = page.save_revision()
    stored = Revision.objects.get(pk=revision.pk)
    assert "<script" not in str(stored.content) and "onerror" not in str(stored.content)
    assert "Visi" in str(stored.content)
    with approved_path(SET_UP):
        revision.publish()
    page.refresh_from_db()
    assert_safe(str(page.body[0].value.source))


def test_cleaning_is_idempotent_for_editor_content():
    editor_html = (
        '<p data-block-key="abc12">Visi <b>misi</b></p><ul><li data-block-key="d1">a</li></ul>'
    )
    assert clean_rich_text(editor_html, ["bold", "ul"]) == editor_html
    once = clean_rich_text("<p>tanpa kunci</p><script>x</script>", ["bold"])
    assert clean_rich_text(once, ["bold"]) == once
