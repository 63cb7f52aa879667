"""Strip EXIF and other metadata (GPS positions, camera serials) from uploaded images."""

import io

from django.core.files.base import ContentFile
from PIL import Image, ImageOps

KEEP_FORMATS = {"JPEG", "PNG", "GIF", "WEBP"}


def without_metadata(uploaded, name: str) -> ContentFile | None:
    """A copy of the image with pixels only, or None for a format we leave to Wagtail."""
    uploaded.seek(0)
    with Image.open(uploaded) as original:
        image_format = original.format
        if image_format not in KEEP_FORMATS or getattr(original, "is_animated", False):
            return None
        upright = ImageOps.exif_transpose(original)
        clean = Image.frombytes(upright.mode, upright.size, upright.tobytes())
        if "transparency" in original.info and image_format != "JPEG":
            clean.info["transparency"] = original.info["transparency"]
        if upright.mode == "P":
            clean.putpalette(upright.getpalette())
    buffer = io.BytesIO()
    save_options = {"quality": 95} if image_format == "JPEG" else {}
    clean.save(buffer, format=image_format, **save_options)
    return ContentFile(buffer.getvalue(), name=name)
