"""Small A4 PDF documents for the demo, generated in memory with reportlab."""

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer

from ..printing import Letterhead, build_a4

DEMO_NOTICE = (
    "Dokumen contoh untuk demonstrasi sistem. Seluruh isi bersifat fiktif dan tidak "
    "memuat data pribadi."
)

__all__ = ["DEMO_NOTICE", "Letterhead", "PdfContent", "render_pdf"]


@dataclass(frozen=True)
class PdfContent:
    title: str
    paragraphs: tuple[str, ...]
    marking: str = ""


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    return {
        "marking": ParagraphStyle(
            "marking", parent=base["Normal"], alignment=1, fontName="Helvetica-Bold"
        ),
        "body": ParagraphStyle("body", parent=base["Normal"], leading=15, spaceAfter=8),
        "notice": ParagraphStyle("notice", parent=base["Italic"], fontSize=8, spaceBefore=18),
    }


def render_pdf(content: PdfContent, letterhead: Letterhead) -> bytes:
    """One small A4 PDF: letterhead, title, optional marking, paragraphs and a demo notice."""
    styles = _styles()
    story = []
    if content.marking:
        story.append(Paragraph(escape(content.marking), styles["marking"]))
    story.append(Spacer(1, 0.4 * cm))
    story.extend(Paragraph(escape(text), styles["body"]) for text in content.paragraphs)
    story.append(Paragraph(escape(DEMO_NOTICE), styles["notice"]))
    return build_a4(content.title, letterhead, story)
