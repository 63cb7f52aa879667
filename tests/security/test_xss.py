"""The XSS corpus (xss_vectors.txt, from OWASP's XSS Filter Evasion Cheat Sheet and
PortSwigger's XSS cheat sheet) through every input that stores HTML or text, asserting nothing
executable is stored or rendered.

Each rendered page is parsed (html.parser) and compared with the same page rendered with a
harmless value: the payload may add no script, style, iframe, object, embed, base, meta, link,
form, svg or math element, no on* attribute, no javascript:/data:/vbscript: URL in any URL
attribute, no srcdoc and no CSS expression()/javascript: in a style attribute.
"""

import io
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.models import Collection, PageLogEntry, Site, TaskState, Workflow

from ppid_pages.models import PPIDDocument, PPIDImage, PPIDSettings, StandardPage
from tests.factories import home_page, make_dip_index, make_entry, make_unit, pdf_bytes, publish

pytestmark = pytest.mark.django_db

VECTORS = [
    line
    for line in (Path(__file__).parent / "xss_vectors.txt").read_text().splitlines()
    if line and not line.startswith("# ")
]
ACTIVE_TAGS = {
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "base",
    "meta", "link", "form", "svg", "math", "isindex", "keygen", "bgsound", "xss",
}  # fmt: skip
URL_ATTRIBUTES = {
    "href", "src", "action", "formaction", "xlink:href", "data", "background", "dynsrc",
    "lowsrc", "poster", "codebase", "cite", "longdesc", "usemap", "srcset",
}  # fmt: skip
BAD_SCHEMES = ("javascript:", "data:", "vbscript:", "livescript:")
CONTROL = re.compile(r"[\x00-\x20]+")


class Executables(HTMLParser):
    """Counts what could run: active elements, handlers, script URLs, CSS expressions."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: Counter = Counter()

    def handle_starttag(self, tag, attrs) -> None:
        if tag in ACTIVE_TAGS:
            self.found[f"<{tag}>"] += 1
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.found[f"{name}="] += 1
            if name in URL_ATTRIBUTES:
                url = CONTROL.sub("", value).lower()
                if url.startswith(BAD_SCHEMES):
                    self.found[f"{name}={url.split(':', 1)[0]}:"] += 1
            if name == "srcdoc":
                self.found["srcdoc="] += 1
            if name == "style" and re.search(r"expression\(|javascript:|url\(", value, re.I):
                self.found["style=script"] += 1

    handle_startendtag = handle_starttag


def executables(html: str) -> Counter:
    parser = Executables()
    parser.feed(html)
    parser.close()
    return parser.found


def added_executables(html: str, baseline: Counter) -> Counter:
    """What `html` has beyond the harmless rendering."""
    return executables(html) - baseline


class Corpus:
    """Counts vectors x inputs and collects every hit."""

    def __init__(self) -> None:
        self.tried = 0
        self.hits: list[str] = []

    def check(self, where: str, vector: str, html: str, baseline: Counter | None = None):
        self.tried += 1
        extra = added_executables(html, baseline or Counter())
        if extra:
            self.hits.append(f"{where}: {vector!r} -> {dict(extra)}")

    def assert_clean(self, minimum: int) -> None:
        print(f"XSS: {self.tried} vector x input checks")
        assert self.tried >= minimum
        assert not self.hits, "\n".join(self.hits[:40])


@pytest.fixture
def corpus():
    return Corpus()


def render(client, url: str, **extra) -> str:
    response = client.get(url, **extra)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def test_the_corpus_has_at_least_100_vectors():
    assert len(VECTORS) >= 100
    assert len(set(VECTORS)) == len(VECTORS)
    # The checker finds what the vectors aim at (it can fail).
    assert executables('<img src=x onerror="alert(1)">')["onerror="] == 1
    assert executables("<a href=' JaVa&#x09;script:alert(1)'>x</a>")["href=javascript:"] == 1
    assert executables("<svg><script>alert(1)</script></svg>")["<script>"] == 1


def test_dip_entry_title_text_fields_and_rich_text(client, corpus):
    """Page title, plain text fields and the rich-text summary: stored clean, rendered clean on
    the public page and in the admin editor."""
    index = make_dip_index()
    unit = make_unit()
    client.force_login(get_user_model().objects.create_superuser("admin", "a@b.go.id", "x"))
    safe = make_entry(index, "Entri Aman", unit=unit, slug="aman")
    public_base = executables(render(client, safe.url))
    listing_base = executables(render(client, index.url))
    admin_base = executables(render(client, f"/admin/pages/{safe.pk}/edit/"))
    for number, vector in enumerate(VECTORS):
        entry = make_entry(
            index,
            f"Judul {vector}"[:255],
            unit=unit,
            slug=f"xss-{number}",
            summary=f"<p>Ringkasan {vector}</p>",
            responsible_party=vector[:255],
            created_place=vector[:255],
        )
        entry.refresh_from_db()
        stored = f"{entry.title}{entry.summary}"
        corpus.check("stored summary", vector, entry.summary)
        assert "<script" not in entry.summary.lower(), vector
        corpus.check("public DIP entry", vector, render(client, entry.url), public_base)
        if number % 3 == 0:  # the editor is slow: every third vector there
            admin = render(client, f"/admin/pages/{entry.pk}/edit/")
            corpus.check("admin editor", vector, admin, admin_base)
        assert stored
    corpus.check("public DIP listing", "all", render(client, index.url), listing_base)
    corpus.assert_clean(len(VECTORS) * 2)


def test_stream_field_blocks(client, corpus):
    """Heading, paragraph (rich text) and table blocks of a standard page."""
    home = home_page()
    safe = publish(
        home,
        StandardPage(
            title="Aman", slug="aman", body=[("heading", {"text": "Aman", "level": "h2"})]
        ),
    )
    baseline = executables(render(client, safe.url))
    for number, vector in enumerate(VECTORS):
        table = {
            "data": [["Kolom", vector], [vector, "Isi"]],
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": vector[:255],
        }
        page = publish(
            home,
            StandardPage(
                title=f"Halaman {number}",
                slug=f"halaman-{number}",
                body=[
                    ("heading", {"text": vector[:255], "level": "h2"}),
                    ("paragraph", f"<p>{vector}</p>"),
                    ("table", table),
                ],
            ),
        )
        page.refresh_from_db()
        # Headings and table cells are stored as text (escaped when rendered); the rich text
        # paragraph is stored as HTML and must hold nothing executable.
        corpus.check("stored rich text block", vector, page.body[1].value.source)
        corpus.check("public standard page", vector, render(client, page.url), baseline)
    corpus.assert_clean(len(VECTORS) * 2)


def test_search_query(client, corpus):
    baseline = executables(render(client, "/cari/?q=aman"))
    for number, vector in enumerate(VECTORS):
        # Another client address each time: the search rate limit is per address.
        html = render(client, "/cari/", data={"q": vector}, REMOTE_ADDR=f"10.20.{number}.1")
        corpus.check("search", vector, html, baseline)
    corpus.assert_clean(len(VECTORS))


def test_site_settings_fields(client, corpus):
    """The public renders approved settings: each vector is recorded as approved (set-up, no
    scan), so the escaping of every field is what is tested."""
    from moderation.site_settings import record_initial_approval

    site = Site.objects.get(is_default_site=True)
    settings = PPIDSettings.for_site(site)
    baseline = executables(render(client, "/"))
    for vector in VECTORS:
        settings.office_name = vector[:255]
        settings.parent_institution = vector[:255]
        settings.address = vector
        settings.office_hours = vector[:255]
        settings.save()
        record_initial_approval(site, "uji")
        corpus.check("home page with settings", vector, render(client, "/"), baseline)
    corpus.assert_clean(len(VECTORS))


def image_file() -> ImageFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", (20, 20), "navy").save(buffer, "PNG")
    return ImageFile(buffer, name="gambar.png")


def test_document_and_image_titles(client, corpus):
    client.force_login(get_user_model().objects.create_superuser("admin", "a@b.go.id", "x"))
    root = Collection.get_first_root_node()
    document = PPIDDocument(title="Aman", collection=root)
    document.file.save("aman.pdf", ContentFile(pdf_bytes("Aman.")), save=False)
    document.save()
    image = PPIDImage.objects.create(title="Aman", file=image_file(), collection=root)
    doc_base = executables(render(client, f"/admin/documents/edit/{document.pk}/"))
    image_base = executables(render(client, f"/admin/images/{image.pk}/"))
    docs_index_base = executables(render(client, "/admin/documents/"))
    for number, vector in enumerate(VECTORS):
        document.title = vector[:255]
        document.save()
        image.title = vector[:255]
        image.save()
        if number % 2 == 0:
            html = render(client, f"/admin/documents/edit/{document.pk}/")
            corpus.check("admin document", vector, html, doc_base)
            html = render(client, f"/admin/images/{image.pk}/")
            corpus.check("admin image", vector, html, image_base)
        else:
            corpus.check(
                "admin documents", vector, render(client, "/admin/documents/"), docs_index_base
            )
    corpus.assert_clean(len(VECTORS))


def test_login_form(client, corpus):
    baseline = executables(render(client, "/admin/login/"))
    for number, vector in enumerate(VECTORS):
        response = client.post(
            "/admin/login/",
            {"username": vector[:150], "password": "salah"},
            REMOTE_ADDR=f"10.30.{number}.1",
        )
        assert response.status_code == 200
        corpus.check("login form", vector, response.content.decode(), baseline)
    corpus.assert_clean(len(VECTORS))


def test_workflow_comments(client, corpus):
    """A reviewer's comment (request changes) as the page history, the workflow history and
    the editor's status panel show it: rendered as text."""
    user_model = get_user_model()
    operator = user_model.objects.create_user("operator", "o@contohkab.go.id", "x")
    operator.groups.add(Group.objects.get(name="Operator"))
    reviewer = user_model.objects.create_user("subkoordinator", "s@contohkab.go.id", "x")
    reviewer.groups.add(Group.objects.get(name="Sub Koordinator"))
    entry = make_entry(make_dip_index(), "Entri Ditinjau", unit=make_unit(), slug="ditinjau")
    entry.save_revision(user=operator)
    workflow_state = Workflow.objects.get(name="SOP Publikasi Konten").start(entry, operator)
    task_state = workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, reviewer, "reject", comment="Mohon diperbaiki")
    log_entry = PageLogEntry.objects.get(page=entry, action="wagtail.workflow.reject")
    client.force_login(user_model.objects.create_superuser("admin", "a@b.go.id", "x"))
    admin = f"/admin/pages/{entry.pk}"
    pages = {
        "page history": f"{admin}/history/",
        "workflow history": f"{admin}/workflow_history/detail/{workflow_state.pk}/",
        "editor": f"{admin}/edit/",
    }
    baselines = {where: executables(render(client, url)) for where, url in pages.items()}
    for where, url in pages.items():  # each page shows the comment (or the check is empty)
        assert "Mohon diperbaiki" in render(client, url), where
    for number, vector in enumerate(VECTORS):
        TaskState.objects.filter(pk=task_state.pk).update(comment=vector)
        PageLogEntry.objects.filter(pk=log_entry.pk).update(
            data={**log_entry.data, "comment": vector}
        )
        for where, url in pages.items():
            if where == "editor" and number % 3:
                continue  # the editor is slow: every third vector there
            corpus.check(where, vector, render(client, url), baselines[where])
    corpus.assert_clean(len(VECTORS) * 2)
