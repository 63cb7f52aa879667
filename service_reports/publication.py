"""The signed report as a page, submitted to the publishing workflow like any other page."""

from __future__ import annotations

from django.utils.html import escape, linebreaks
from django.utils.translation import gettext as _
from wagtail.models import Page, Site, Workflow

from ppid_pages.models import StandardPage

from .disclosure import public_figures
from .models import AnnualServiceReport
from .tables import figure_tables

PARENT_SLUG = "laporan-layanan-informasi"
WORKFLOW_NAME = "SOP Publikasi Konten"


def parent_page() -> Page:
    parent = StandardPage.objects.filter(slug=PARENT_SLUG).first()
    if parent is not None:
        return parent
    return Site.objects.get(is_default_site=True).root_page.specific


def body_of(report: AnnualServiceReport) -> list[tuple[str, object]]:
    blocks: list[tuple[str, object]] = [
        ("heading", {"text": _("Figures of the information service"), "level": "h2"}),
    ]
    # The page is public: the same disclosure control as the statistics page (the signed PDF
    # and XLSX keep the exact figures).
    for caption, rows in figure_tables(public_figures(report.figures)):
        blocks.append(
            (
                "table",
                {
                    "data": rows,
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": caption,
                },
            )
        )
    for label, text in (
        (_("Policy"), report.policy),
        (_("Implementation"), report.implementation),
        (_("Constraints"), report.constraints),
        (_("Recommendations"), report.recommendations),
    ):
        if text.strip():
            blocks.append(("heading", {"text": label, "level": "h2"}))
            blocks.append(("paragraph", linebreaks(escape(text))))
    return blocks


def submit_page(report: AnnualServiceReport, user) -> Page:
    """A draft page with the report, in the workflow (the scan and two reviewers apply)."""
    parent = parent_page()
    slug = f"laporan-layanan-informasi-publik-{report.year}"
    page = StandardPage.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = StandardPage(title=str(report), slug=slug, live=False, owner=user)
        parent.add_child(instance=page)
    page.body = body_of(report)
    page.save_revision(user=user)
    Workflow.objects.get(name=WORKFLOW_NAME).start(page, user)
    return page
