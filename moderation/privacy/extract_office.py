"""DOCX and ODT: every part with text, read straight from the zip, judged by its content (a
part need not be called .xml to be read by Word).

Body, tables, headers, footers, footnotes, comments, tracked deletions, hidden (vanish) runs,
text boxes and document properties (author, last modified by) all count. One part per XML
entry, located by its name; the text attributes of a part (alt text, tooltips, ODT hidden and
conditional text, user fields, form-field defaults and drop-down entries) as "NAME (attributes)".
Media images and embedded documents: see extract_embedded.
"""

import re
from html import unescape

from .extract_embedded import Attachments
from .extract_result import Extraction, ExtractionError, Limits, TextBuilder
from .extract_zip import (
    attribute_text,
    external_targets,
    open_zip,
    part_text,
    read_entry,
    xml_text,
)

SKIPPED_PARTS = {  # formatting only: no text a reader would see
    "[Content_Types].xml", "word/styles.xml", "word/stylesWithEffects.xml", "word/fontTable.xml",
    "word/webSettings.xml", "word/numbering.xml", "META-INF/manifest.xml",
}  # fmt: skip
# Document variables (w:docVar, in word/settings.xml) keep their values in an attribute: fields
# and macros print them, a reader of the text nodes never sees them.
DOC_VAR = re.compile(r'<w:docVar\b[^>]*?\bw:val="([^"]*)"')
SKIPPED_FOLDERS = ("word/theme/", "Configurations2/")
# Parts an altChunk imports into the document as they are (Word shows their text).
ALT_CHUNK_SUFFIXES = (".htm", ".html", ".mht", ".mhtml", ".xhtml", ".rtf", ".txt")


def is_text_part(name: str) -> bool:
    """Any part but the formatting ones: read by its content (extract_zip.part_text)."""
    return (
        not name.endswith("/")
        and name not in SKIPPED_PARTS
        and not name.startswith(SKIPPED_FOLDERS)
    )


def office_text(data: bytes, limits: Limits) -> Extraction:
    archive = open_zip(data, limits)
    if "META-INF/manifest.xml" in archive.namelist():
        manifest = read_entry(archive, archive.getinfo("META-INF/manifest.xml"))
        if b"encryption-data" in manifest:
            raise ExtractionError("encrypted", "password-protected OpenDocument file")
    builder = TextBuilder(limits.max_text_chars)
    attachments = Attachments(builder, limits)
    for entry in archive.infolist():
        name = entry.filename
        if attachments.read(archive, entry):
            continue
        text = attributes = ""
        if name.endswith(".rels"):
            text = external_targets(read_entry(archive, entry))
        elif name.lower().endswith(ALT_CHUNK_SUFFIXES):
            text = xml_text(read_entry(archive, entry))
        elif name == "word/settings.xml":
            content = read_entry(archive, entry).decode("utf-8", errors="replace")
            text = "\n".join(unescape(value) for value in DOC_VAR.findall(content))
        elif is_text_part(name):
            content = read_entry(archive, entry)
            text, attributes = part_text(content), attribute_text(content)
        if text.strip():
            builder.add(name, text)
        if attributes:
            builder.add(f"{name} (attributes)", attributes)
    return attachments.finish()
