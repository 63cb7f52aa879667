"""The organisation chart of the demo PPID, drawn with Pillow as a small PNG."""

from io import BytesIO

from PIL import Image, ImageDraw, ImageFont

WIDTH = 960
MARGIN = 20
BOX_WIDTH, BOX_HEIGHT = 250, 64
ROW_GAP = 110
BACKGROUND = "#ffffff"
BOX_FILL = "#e8f0fb"
INK = "#1b3a5c"


def _box(draw: ImageDraw.ImageDraw, centre_x: int, top: int, width: int, text: str) -> None:
    left = centre_x - width // 2
    draw.rectangle((left, top, left + width, top + BOX_HEIGHT), fill=BOX_FILL, outline=INK)
    font = ImageFont.load_default(size=15)
    draw.multiline_text(
        (centre_x, top + BOX_HEIGHT // 2), text, fill=INK, font=font, anchor="mm", align="center"
    )


def _connectors(draw: ImageDraw.ImageDraw, centres: list[int], top: int) -> None:
    """Lines from the middle of the row above down to each box of the row starting at `top`."""
    bus = top - (ROW_GAP - BOX_HEIGHT) // 2
    draw.line((WIDTH // 2, top - ROW_GAP + BOX_HEIGHT, WIDTH // 2, bus), fill=INK, width=2)
    draw.line((centres[0], bus, centres[-1], bus), fill=INK, width=2)
    for centre in centres:
        draw.line((centre, bus, centre, top), fill=INK, width=2)


def org_chart_png(levels: list[list[str]]) -> tuple[bytes, int, int]:
    """A chart with one row of boxes per level, each row linked to the row above.

    Returns the PNG bytes, its width and its height.
    """
    height = 2 * MARGIN + (len(levels) - 1) * ROW_GAP + BOX_HEIGHT
    image = Image.new("RGB", (WIDTH, height), BACKGROUND)
    draw = ImageDraw.Draw(image)
    for row, boxes in enumerate(levels):
        top = MARGIN + row * ROW_GAP
        step = (WIDTH - 2 * MARGIN) // len(boxes)
        centres = [MARGIN + step // 2 + index * step for index in range(len(boxes))]
        if row:
            _connectors(draw, centres, top)
        for centre, text in zip(centres, boxes, strict=True):
            _box(draw, centre, top, min(BOX_WIDTH, step - 16), text)
    buffer = BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue(), WIDTH, height
