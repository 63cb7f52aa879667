"""Pictures compared by their content: small grey thumbnails, difference hashes, crops.

Pure PIL, no Django: the extraction worker makes the thumbnails of the pictures inside a PDF or
an office file (`embedded_thumbnails`), the exempt-information matcher compares them
(`information_requests.exempt_content`).

A crop of a picture is found by sliding windows of the crop's shape over the other picture's
thumbnail at a few sizes (down to MIN_CROP of it), comparing difference hashes (coarse), then
checking each close window, moved and resized a little, by the correlation of its pixels with
the crop (fine), then confirming a window that passed by moving it to its best place and
comparing its edges too (a few big flat shapes correlate with many windows). Bounded: about
two thousand windows per pair, on 128-pixel thumbnails.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

THUMB_SIDE = 128
MIN_SIDE = 48  # icons, bullets, rules: too small to say anything
# Read from one document and hashed (cheap); one more is read to tell that a file holds more,
# which the exempt-information matcher does not pass unread (exempt_content).
MAX_PICTURES = 256
MAX_PICTURE_PIXELS = 40_000_000  # decoded size of one picture read from a document
SCALES = (1.0, 0.85, 0.72, 0.61, 0.52, 0.44, 0.37)
MIN_CROP = SCALES[-1]  # of the picture's width or height
# A whole picture inside another one (a collage, a poster) is looked for smaller too: down to
# a quarter of the larger picture's side (a 3 x 3 or 4 x 4 collage, with margins).
INSIDE_SCALES = (*SCALES, 0.31, 0.26)
# ... and tilted (a photo of a photo, a scan put in askew): turned by these degrees either way,
# its corners left out (the largest part of the same shape inside the turned picture), at the
# larger scales only (TILT_SCALES: a tilted photo, or one in a frame; not tilted inside a
# collage). A tilt between two of them is within the correlation's reach.
TILTS = (4.0, 8.0, 12.0)
TILT_SCALES = SCALES[:5]
STEPS = 12  # window positions per window size along each axis
COARSE_BITS = 14  # of 64: a window worth checking closely
MIN_CORRELATION = 0.8  # of the 24 x 24 pixels: the same picture
NEAR_CORRELATION = 0.5  # a window this close is looked at again, moved a little
MIN_CONTRAST = 12.0  # standard deviation of a crop's grey levels: flat crops say nothing
CHECK_SIDE = 24
# A window that passed the check is confirmed (a few big flat shapes correlate with many
# windows of another picture; the same picture's edges line up too): its box is moved and
# resized to the best place, then the inner part of the window (INSET of each side left out,
# resampling blurs the borders) and of the crop are compared on CONFIRM_SIDE pixels, in grey
# levels and in their edges.
CONFIRM_SIDE = 32
INSET = 0.1
MIN_EDGE_CORRELATION = 0.6
BIT_DIGITS = bytes([48] + [49] * 255)  # a byte table: 0 -> "0", any difference -> "1"


@dataclass(frozen=True)
class Thumbnail:
    """A picture in grey, its longer side at most THUMB_SIDE pixels."""

    width: int
    height: int
    pixels: bytes

    def image(self):
        from PIL import Image

        return Image.frombytes("L", (self.width, self.height), self.pixels)

    def png(self) -> bytes:
        out = io.BytesIO()
        self.image().save(out, format="PNG")
        return out.getvalue()

    def as_json(self) -> list:
        import base64

        return [self.width, self.height, base64.b64encode(self.pixels).decode()]

    @classmethod
    def from_json(cls, data: list) -> Thumbnail:
        import base64

        return cls(int(data[0]), int(data[1]), base64.b64decode(data[2]))


def thumbnail_of(image, side: int = THUMB_SIDE, min_side: int = MIN_SIDE) -> Thumbnail | None:
    """The grey thumbnail of a PIL image (its longer side at most `side`: larger than
    THUMB_SIDE for reading the text in it, picture_text); None when it is too small to
    compare (its shorter side under `min_side`)."""
    from PIL import Image

    if min(image.size) < min_side:
        return None
    grey = image.convert("L")
    grey.thumbnail((side, side), Image.Resampling.LANCZOS)
    return Thumbnail(grey.width, grey.height, grey.tobytes())


def read_thumbnail(
    content: bytes, side: int = THUMB_SIDE, min_side: int = MIN_SIDE
) -> Thumbnail | None:
    """The thumbnail of an image file (None when it is no image, or too small or too big)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(content)) as image:
            if image.width * image.height > MAX_PICTURE_PIXELS:
                return None
            image.draft("L", (side * 2, side * 2))  # JPEG: decode at a lower size
            return thumbnail_of(image, side, min_side)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None


def orientations(image) -> list:
    """The eight orientations: turned by quarter turns, and each mirrored."""
    from PIL import Image

    turns = [image.rotate(90 * quarter, expand=True) for quarter in range(4)]
    return turns + [turn.transpose(Image.Transpose.FLIP_LEFT_RIGHT) for turn in turns]


def tilted(image, degrees: float):
    """`image` turned by `degrees` (counter-clockwise), cut to the largest part of its shape
    that the turn leaves whole (no corners of the background)."""
    import math

    from PIL import Image

    turned = image.rotate(degrees, Image.Resampling.BILINEAR)
    radians = math.radians(abs(degrees))
    width, height = image.size
    longer, shorter = max(width, height), min(width, height)
    scale = shorter / (longer * math.sin(radians) + shorter * math.cos(radians))
    keep_w, keep_h = width * scale, height * scale
    left, top = (width - keep_w) / 2, (height - keep_h) / 2
    return turned.crop((round(left), round(top), round(left + keep_w), round(top + keep_h)))


def views_of(image, inside: bool) -> list[tuple[object, float]]:
    """The pictures a crop search looks for, each with the smallest scale it is looked for
    at: the eight orientations and their negatives (an inverted copy is the same picture);
    `inside` (a whole picture inside another one) down to INSIDE_SCALES' smallest, and also
    tilted by TILTS either way (at the size of the picture: one sliding of windows for all),
    and their negatives, down to TILT_SCALES' smallest."""
    from PIL import ImageOps

    smallest = (INSIDE_SCALES if inside else SCALES)[-1]
    # Upright (turned by 0 or 180 degrees, mirrored or not) down to the smallest; a tile of a
    # collage turned by a quarter is looked for down to MIN_CROP (another shape of window: its
    # own sliding, as costly as all the others).
    found = [
        (view, smallest if turn % 2 == 0 else MIN_CROP)
        for turn, view in enumerate(orientations(image))
    ]
    if inside:
        found += [
            (tilted(image, sign * degrees).resize(image.size), TILT_SCALES[-1])
            for degrees in TILTS
            for sign in (1, -1)
        ]
    return found + [(ImageOps.invert(view), scale) for view, scale in found]


def window_hash(image, box: tuple[float, float, float, float]) -> int:
    """Difference hash (64 bits) of the part of `image` inside `box`."""
    from PIL import Image, ImageChops

    small = image.resize((9, 8), Image.Resampling.BILINEAR, box=box)
    brighter = ImageChops.subtract(small.crop((0, 0, 8, 8)), small.crop((1, 0, 9, 8)))
    return int(brighter.tobytes().translate(BIT_DIGITS), 2)


def correlation(first, second) -> float:
    """Pearson correlation of two equally sized grey images' pixels (in C: the mean of the
    product comes from ImageChops.multiply, which divides by 255)."""
    from PIL import ImageChops, ImageStat

    one, two = ImageStat.Stat(first), ImageStat.Stat(second)
    spread = one.stddev[0] * two.stddev[0]
    if not spread:
        return 0.0
    product = ImageStat.Stat(ImageChops.multiply(first, second)).mean[0] * 255
    return (product - one.mean[0] * two.mean[0]) / spread


def contrast(image) -> float:
    from PIL import ImageStat

    return ImageStat.Stat(image).stddev[0]


def is_crop_of(candidate: Thumbnail, whole: Thumbnail, inside: bool = False) -> bool:
    """Whether `candidate`, in one of its eight orientations or their negatives, is a part of
    `whole` covering at least MIN_CROP of its width or height (a re-encoded or rescaled crop
    included). `inside`: `candidate` is a whole picture looked for inside `whole` (a collage, a
    poster): also tilted (TILTS) and smaller (INSIDE_SCALES)."""
    from PIL import Image

    picture = whole.image()
    shapes: dict[tuple[int, int], list] = {}
    for view, smallest in views_of(candidate.image(), inside):
        small = view.resize((CHECK_SIDE, CHECK_SIDE), Image.Resampling.BILINEAR)
        if contrast(small) < MIN_CONTRAST:
            return False  # a flat picture matches anything flat
        hashed = window_hash(view, (0, 0, view.width, view.height))
        shapes.setdefault(view.size, []).append((hashed, small, view, smallest))
    scales = INSIDE_SCALES if inside else SCALES
    return any(
        found_in(picture, width / height, views, scales)
        for (width, height), views in shapes.items()
    )


def found_in(picture, aspect: float, views: list, scales: tuple[float, ...] = SCALES) -> bool:
    width, height = picture.size
    widest = min(width, height * aspect)
    for scale in scales:
        window_width = widest * scale
        window_height = window_width / aspect
        if min(window_width, window_height) < 8:
            break
        looked_for = [view for view in views if view[3] <= scale]
        if not looked_for:
            break  # the scales go down: no view is looked for smaller
        for left, top in positions(width, height, window_width, window_height):
            box = (left, top, left + window_width, top + window_height)
            hashed = window_hash(picture, box)
            for view_hash, small, view, _smallest in looked_for:
                if (
                    (hashed ^ view_hash).bit_count() <= COARSE_BITS
                    and close_look(picture, box, small)
                    and confirmed(picture, box, view)
                ):
                    return True
    return False


def positions(width: float, height: float, window_width: float, window_height: float):
    step_x, step_y = max(window_width / STEPS, 1.0), max(window_height / STEPS, 1.0)
    columns = int((width - window_width) / step_x) + 1
    rows = int((height - window_height) / step_y) + 1
    for row in range(rows):
        for column in range(columns):
            yield column * step_x, row * step_y


def close_look(picture, box: tuple[float, float, float, float], small) -> bool:
    """The window, then (when it is near) its neighbours moved by half a step or 7 % larger
    or smaller, against the crop pixel by pixel."""
    left, top, right, bottom = box
    width, height = right - left, bottom - top
    first = correlation(checked_window(picture, left, top, width, height), small)
    if first >= MIN_CORRELATION:
        return True
    if first < NEAR_CORRELATION:
        return False
    for factor in (1.0, 1.07, 0.93):
        w, h = width * factor, height * factor
        for dx in (0.0, -0.5, 0.5):
            for dy in (0.0, -0.5, 0.5):
                x = min(max(left + (width - w) / 2 + dx * width / STEPS, 0.0), picture.width - w)
                y = min(max(top + (height - h) / 2 + dy * height / STEPS, 0.0), picture.height - h)
                if x >= 0 and y >= 0 and (factor, dx, dy) != (1.0, 0.0, 0.0):
                    window = checked_window(picture, x, y, w, h)
                    if correlation(window, small) >= MIN_CORRELATION:
                        return True
    return False


def checked_window(picture, x: float, y: float, width: float, height: float):
    from PIL import Image

    box = (x, y, x + width, y + height)
    return picture.resize((CHECK_SIDE, CHECK_SIDE), Image.Resampling.BILINEAR, box=box)


def inner(image, box: tuple[float, float, float, float]):
    from PIL import Image

    left, top, right, bottom = box
    width, height = right - left, bottom - top
    inset = (
        left + INSET * width,
        top + INSET * height,
        right - INSET * width,
        bottom - INSET * height,
    )
    return image.resize((CONFIRM_SIDE, CONFIRM_SIDE), Image.Resampling.BILINEAR, box=inset)


def confirmed(picture, box: tuple[float, float, float, float], view) -> bool:
    """The window moved and resized (hill climbing, steps halved from 8 % of its size) to where
    it correlates best with the crop; there both the grey levels (MIN_CORRELATION) and the edges
    (MIN_EDGE_CORRELATION) must agree. About a hundred small resamplings."""
    from PIL import ImageFilter

    crop = inner(view, (0, 0, view.width, view.height))
    left, top, right, bottom = box
    width, height = right - left, bottom - top

    def placed(x: float, y: float, factor: float) -> tuple[float, float, float, float] | None:
        w, h = width * factor, height * factor
        box = (x - w / 2, y - h / 2, x + w / 2, y + h / 2)
        inside = box[0] >= -0.5 and box[1] >= -0.5
        if inside and box[2] <= picture.width + 0.5 and box[3] <= picture.height + 0.5:
            return box
        return None

    x, y, factor = left + width / 2, top + height / 2, 1.0
    best = correlation(inner(picture, box), crop)
    step = 0.08
    while step > 0.004:
        moved = False
        for dx, dy, scale in ((1, 0, 0), (-1, 0, 0), (0, 1, 0), (0, -1, 0), (0, 0, 1), (0, 0, -1)):
            place = (x + dx * step * width, y + dy * step * height, factor * (1 + scale * step))
            tried = placed(*place)
            if tried is not None and (found := correlation(inner(picture, tried), crop)) > best:
                best, (x, y, factor), moved = found, place, True
        if not moved:
            step /= 2
    if best < MIN_CORRELATION:
        return False
    edges = ImageFilter.FIND_EDGES
    rim = (1, 1, CONFIRM_SIDE - 1, CONFIRM_SIDE - 1)  # the filter's border pixels say nothing
    window = inner(picture, placed(x, y, factor)).filter(edges).crop(rim)
    return correlation(window, crop.filter(edges).crop(rim)) >= MIN_EDGE_CORRELATION
