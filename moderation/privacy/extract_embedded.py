"""What office files carry besides their own text: media images and embedded documents.

A large raster image may be a scanned ID card or a photo: "needs_review" (large_image), in the
media folder or anywhere else in the package. An
embedded document (an Excel table pasted into a Word letter) is read too, one level deep, its
parts located as "word/embeddings/x.xlsx > Sheet1!C4"; one that cannot be read, or an OLE
object, makes the result "needs_review" (embedded_file).
"""

import zipfile
from contextvars import ContextVar

from .extract_result import ERROR, NEEDS_REVIEW, OK, Extraction, Limits, TextBuilder
from .extract_zip import IMAGE_SUFFIXES, large_image, read_entry

MEDIA_FOLDERS = ("word/media/", "xl/media/", "Pictures/", "media/")
EMBEDDING_FOLDERS = ("word/embeddings/", "xl/embeddings/")
_depth: ContextVar[int] = ContextVar("embedding_depth", default=0)


class Attachments:
    """Collects review notes while a zip-based file is read; `finish` builds the result."""

    def __init__(self, builder: TextBuilder, limits: Limits) -> None:
        self.builder, self.limits = builder, limits
        self.notes: list[tuple[str, str]] = []  # (reason, detail)

    def read(self, archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bool:
        """Handle `entry` if it is a media file or an embedded document; False otherwise."""
        name = entry.filename
        if name.startswith(MEDIA_FOLDERS) or name.lower().endswith(IMAGE_SUFFIXES):
            image = large_image(name, read_entry(archive, entry))
            if image:
                self.notes.append(("large_image", image))
            return True
        if name.startswith(EMBEDDING_FOLDERS):
            self.embedded(name, read_entry(archive, entry))
            return True
        return False

    def embedded(self, name: str, data: bytes) -> None:
        from .extract_readers import document_kind, extract_in_process

        kind = document_kind(name)
        if not kind or _depth.get() > 0:
            self.notes.append(("embedded_file", name))
            return
        token = _depth.set(_depth.get() + 1)
        try:
            inner = extract_in_process(data, kind, self.limits)
        finally:
            _depth.reset(token)
        for part in inner.parts:
            self.builder.add(f"{name} > {part.location}", part.text, end="")
        if inner.status == ERROR:
            self.notes.append(("embedded_file", f"{name}: {inner.reason}"))
        elif inner.status == NEEDS_REVIEW:
            self.notes.append((inner.reason, f"{name}: {inner.detail}"))

    def finish(self) -> Extraction:
        if not self.notes:
            return self.builder.build(OK)
        detail = ", ".join(detail for _reason, detail in self.notes)
        return self.builder.build(NEEDS_REVIEW, self.notes[0][0], detail)
