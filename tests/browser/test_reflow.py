"""WCAG 1.4.10 (reflow): every public page type, rendered in Chromium 320 CSS pixels wide,
fits the viewport: no sideways scrolling of the page and no region that scrolls sideways.

The demo site's own content (ppid_pages.demo) supplies what made pages too wide: long unit
names in the DIP filter, tables inside rich text, the organisation chart, the regulation list.
Only part of it is loaded, to keep the test quick. One live, public page of every page model of
ppid_pages is visited, so a new page type without an instance here fails until it has one.
"""

import pytest
from django.apps import apps
from wagtail.models import Site, get_page_models

from ppid_pages.demo import content
from ppid_pages.demo.dip_entries import DIP_ENTRIES
from ppid_pages.demo.loader import DemoLoader, apply_settings, title_slug
from ppid_pages.demo.news import NEWS
from ppid_pages.demo.regulations import REGULATIONS
from ppid_pages.models import (
    DipIndexPage,
    ExemptIndexPage,
    NewsIndexPage,
    NewsPage,
    RegulationIndexPage,
)
from ppid_pages.visibility import public_pages

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("without_account_audit"),
]

WIDTH = 320

# Wider than the viewport: the page itself, or any element that scrolls sideways inside it.
OVERFLOW = """() => {
    const width = document.documentElement.clientWidth;
    const problems = [];
    if (document.documentElement.scrollWidth > width) {
        problems.push(`page is ${document.documentElement.scrollWidth}px wide`);
    }
    for (const element of document.querySelectorAll("body *")) {
        const style = getComputedStyle(element);
        const scrolls = ["auto", "scroll"].includes(style.overflowX);
        if (scrolls && element.scrollWidth > element.clientWidth + 1) {
            const name = `${element.tagName.toLowerCase()}.${element.className}`;
            problems.push(`${name} scrolls sideways`);
        }
    }
    return problems;
}"""


def public_page_urls() -> dict[str, str]:
    """One live, public URL per page type of the public site (non-exempt)."""
    urls = {}
    app = apps.get_app_config("ppid_pages")
    for model in get_page_models():
        if model._meta.app_config is not app:
            continue
        page = public_pages().type(model).order_by("path").first()
        assert page is not None, f"the demo holds no public {model.__name__}: add one"
        urls[model.__name__] = page.url
    return urls


@pytest.fixture
def demo_site():
    """The demo's profile section, DIP (every category, every unit), exempt list, regulations
    and news."""
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    apply_settings(site)
    loader = DemoLoader(home)
    loader.units = loader.ensure_units()
    pages = [
        loader.add_standard_page(home, content.PROFILE_PAGE),
        loader.publish(home, DipIndexPage(**content.DIP_INDEX)),
        loader.publish(home, ExemptIndexPage(**content.EXEMPT_INDEX)),
        loader.publish(home, RegulationIndexPage(**content.REGULATION_INDEX)),
        loader.publish(home, NewsIndexPage(**content.NEWS_INDEX)),
        loader.add_accessibility_statement(),
    ]
    for category, specs in DIP_ENTRIES.items():
        for spec in specs[:2]:
            loader.add_dip_entry(pages[1], category, spec)
    for spec in REGULATIONS:
        loader.add_regulation(pages[3], spec)
    for spec in NEWS[:2]:
        body = loader.body(spec["body"])
        loader.publish(
            pages[4], NewsPage(**{**spec, "body": body}, slug=title_slug(spec["title"]))
        )
    loader.update_home({page.slug: page for page in pages})


def test_every_public_page_type_reflows_at_320_px(demo_site, new_page, page_watch):
    urls = public_page_urls()
    urls["DIP category"] = urls["DipIndexPage"] + "kategori/berkala/"
    urls["search results"] = "/cari/?q=informasi"
    urls["not found"] = "/halaman-yang-tidak-ada/"
    page = new_page("visitor")
    page.set_viewport_size({"width": WIDTH, "height": 800})
    failures = {}
    for display in ("", "?teks=besar&kontras=tinggi"):
        if display:  # the display switch (ppid_pages.display): large text, high contrast
            page.goto(f"/tampilan/{display}")
        for name, url in urls.items():
            page.goto(url)
            problems = page.evaluate(OVERFLOW)
            if problems:
                failures[f"{name} ({url}{display and ', large text'})"] = problems
    assert failures == {}
    assert page_watch.problems == []
