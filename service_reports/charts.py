"""Bar charts made on the server: SVG for the public page, reportlab drawings for the PDF.
Nothing is loaded from another origin and no JavaScript is needed."""

from __future__ import annotations

from django.utils.html import escape
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors

BAR_HEIGHT = 22
LABEL_WIDTH = 230
CHART_WIDTH = 520


def svg_bars(title: str, rows: list[tuple[str, int | str]]) -> str:
    """A horizontal bar chart as inline SVG with a <title> and the values written beside each
    bar; a value that is text (a suppressed count such as "< 3") gets no bar. The table beside
    it has the data."""
    highest = max((value for _label, value in rows if isinstance(value, int)), default=0) or 1
    scale = (CHART_WIDTH - LABEL_WIDTH - 50) / highest
    height = BAR_HEIGHT * len(rows) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {CHART_WIDTH} {height}" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    for position, (label, value) in enumerate(rows):
        y = 5 + position * BAR_HEIGHT
        width = value * scale if isinstance(value, int) else 0
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{width:.1f}" height="{BAR_HEIGHT - 6}" '
            f'fill="#1f5f8b"></rect>'
            f'<text x="{LABEL_WIDTH + width + 6:.1f}" y="{y + 15}">{escape(str(value))}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def pdf_bars(rows: list[tuple[str, int]], width: float) -> Drawing:
    height = 16 * len(rows) + 20
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 180, 10
    chart.width, chart.height = width - 200, height - 20
    chart.data = [[value for _label, value in reversed(rows)]]
    chart.categoryAxis.categoryNames = [label[:40] for label, _value in reversed(rows)]
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = colors.HexColor("#1f5f8b")
    drawing.add(chart)
    return drawing
