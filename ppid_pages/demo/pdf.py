"""Small A4 PDF documents for the demo, generated in memory with reportlab."""

from dataclasses import dataclass
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer

DEMO_NOTICE = (
    "Dokumen contoh untuk demonstrasi sistem. Seluruh isi bersifat fiktif dan tidak "
    "memuat data pribadi."
)


@dataclass(frozen=True)
class Letterhead:
    parent_institution: str
    office_name: str
    address: str


@dataclass(frozen=True)
class PdfContent:
    title: str
    paragraphs: tuple[str, ...]
    marking: str = ""


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    return {
        "head": ParagraphStyle("head", parent=base["Title"], fontSize=12, spaceAfter=0),
        "office": ParagraphStyle("office", parent=base["Title"], fontSize=14, spaceAfter=2),
        "address": ParagraphStyle("address", parent=base["Normal"], fontSize=8, alignment=1),
        "title": ParagraphStyle("title", parent=base["Heading2"], alignment=1, spaceBefore=12),
        "marking": ParagraphStyle(
            "marking", parent=base["Normal"], alignment=1, fontName="Helvetica-Bold"
        ),
        "body": ParagraphStyle("body", parent=base["Normal"], leading=15, spaceAfter=8),
        "notice": ParagraphStyle("notice", parent=base["Italic"], fontSize=8, spaceBefore=18),
    }


def _letterhead(letterhead: Letterhead, styles: dict[str, ParagraphStyle]) -> list:
    return [
        Paragraph(escape(letterhead.parent_institution.upper()), styles["head"]),
        Paragraph(escape(letterhead.office_name.upper()), styles["office"]),
        Paragraph(escape(letterhead.address), styles["address"]),
        HRFlowable(width="100%", thickness=1.5, spaceBefore=4, spaceAfter=4),
    ]


def render_pdf(content: PdfContent, letterhead: Letterhead) -> bytes:
    """One small A4 PDF: letterhead, title, optional marking, paragraphs and a demo notice."""
    styles = _styles()
    story = _letterhead(letterhead, styles)
    story.append(Paragraph(escape(content.title), styles["title"]))
    if content.marking:
        story.append(Paragraph(escape(content.marking), styles["marking"]))
    story.append(Spacer(1, 0.4 * cm))
    story.extend(Paragraph(escape(text), styles["body"]) for text in content.paragraphs)
    story.append(Paragraph(escape(DEMO_NOTICE), styles["notice"]))
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=content.title,
        author=letterhead.office_name,
        leftMargin=2.5 * cm,
        rightMargin=2.5 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        pageCompression=1,
    )
    document.build(story)
    return buffer.getvalue()
