"""Zip-based office files: opening with limits, XML parts to text, embedded images.

`xml_text` reads the text nodes of any XML part without an XML parser (no entity expansion,
no DTD): run boundaries join, paragraph-like and unknown elements holding text end a line.
"""

import io
import re
import zipfile
from html import unescape

from .extract_result import ExtractionError, Limits

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted OOXML, or legacy .doc/.xls
TAG = re.compile(r"<!--.*?-->|<[?!][^>]*>|<(/?)([^\s/>]+)[^>]*>", re.S)
EMPTY_ELEMENTS = {  # elements that stand for a character
    "w:br": "\n", "w:cr": "\n", "a:br": "\n", "text:line-break": "\n",
    "w:tab": "\t", "w:ptab": "\t", "text:tab": "\t", "w:noBreakHyphen": "-", "text:s": " ",
}  # fmt: skip
BLOCKS = {
    "w:p", "w:tr", "w:tbl", "w:comment", "w:footnote", "w:endnote", "w:txbxContent",
    "a:p", "text:p", "text:h", "text:list-item", "table:table-row", "office:annotation",
}  # fmt: skip
CELLS = {"w:tc", "table:table-cell"}
INLINE = {
    "w:t", "w:r", "w:delText", "w:instrText", "w:ins", "w:del", "w:hyperlink", "w:smartTag",
    "w:fldSimple", "w:sdtContent", "a:t", "a:r", "m:t", "text:span", "text:a", "text:s",
}  # fmt: skip
EXTERNAL_TARGET = re.compile(r'Target="([^"]*)"[^>]*TargetMode="External"')
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp")
LARGE_IMAGE_PIXELS = 300_000  # e.g. 700 x 430: a phone photo or a 200 dpi scan of a KTP card
LARGE_IMAGE_MIN_SIDE = 400  # letterhead logos and signatures stay below this


def open_zip(data: bytes, limits: Limits) -> zipfile.ZipFile:
    """The archive, after checking entry count and declared sizes (zipfile enforces them)."""
    if data.startswith(OLE_MAGIC):
        raise ExtractionError("encrypted", "password-protected or legacy (OLE) Office file")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ExtractionError("malformed", f"not a zip archive: {error}") from error
    entries = archive.infolist()
    if len(entries) > limits.max_zip_entries:
        raise ExtractionError("zip_limits", f"{len(entries)} entries")
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > limits.max_unpacked_bytes:
        raise ExtractionError("zip_limits", f"{unpacked} bytes uncompressed")
    if any(entry.flag_bits & 0x1 for entry in entries):
        raise ExtractionError("encrypted", "encrypted zip entries")
    return archive


def read_entry(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bytes:
    try:
        return archive.read(entry)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as error:
        raise ExtractionError("malformed", f"{entry.filename}: {error}") from error


def _replace_tag(match: re.Match) -> str:
    closing, name = match.group(1), match.group(2)
    if name is None:  # comment, processing instruction, declaration
        return ""
    if not closing:
        return EMPTY_ELEMENTS.get(name, "")
    if name in BLOCKS:
        return "\n"
    if name in CELLS:
        return "\t"
    if name in INLINE:
        return ""
    start = match.start()  # an unknown element closing right after text: a field of its own
    return "\n" if start and match.string[start - 1] != ">" else ""


def xml_text(xml: bytes) -> str:
    """The text nodes of an XML part, with line breaks and tabs where the layout has them."""
    return unescape(TAG.sub(_replace_tag, decoded(xml)))


def decoded(xml: bytes) -> str:
    encoding = "utf-16" if xml.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8"
    return xml.decode(encoding, errors="replace")


def is_xml(content: bytes) -> bool:
    head = content[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith((b"\xff\xfe", b"\xfe\xff", b"<"))


def part_text(content: bytes) -> str:
    """The text of a package part judged by its bytes, not its name: XML (whatever the part is
    called: the main part of a DOCX is the one _rels/.rels names, word/isi.bin is read by Word
    as well as word/document.xml) or plain text; "" for binary parts (fonts, VBA, printer
    settings)."""
    if is_xml(content):
        return xml_text(content)
    if b"\x00" in content:
        return ""
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        return ""


# Attributes that hold text a reader is shown (alt text, tooltips, prompts) or a field prints
# (ODT hidden and conditional text, user fields, DOCX form-field defaults and drop-down entries,
# field instructions): a reader of the text nodes never sees them.
TEXT_ATTRIBUTE = re.compile(
    r"\s(?:[\w.-]+:)?(?:descr|title|alt|tooltip|string|prompt|promptTitle|error|errorTitle"
    r"|display|string-value|string-value-if-true|string-value-if-false|instr)"
    r"""\s*=\s*(?:"([^"]*)"|'([^']*)')"""
)
TEXT_VALUE = re.compile(
    r"<w:(?:default|listEntry|alias|tag|statusText|helpText)\b[^>]*?\bw:val"
    r"""\s*=\s*(?:"([^"]*)"|'([^']*)')"""
)
WORTH_READING = re.compile(r"\s|@|\d{5}")  # not "none", "1", "rId5"


def attribute_text(xml: bytes) -> str:
    """Values of the text-holding attributes of an XML part, one per line (each once)."""
    if not is_xml(xml):
        return ""
    content = decoded(xml)
    found = TEXT_ATTRIBUTE.findall(content) + TEXT_VALUE.findall(content)
    values = [unescape(double or single) for double, single in found]
    return "\n".join(dict.fromkeys(v.strip() for v in values if WORTH_READING.search(v.strip())))


def external_targets(rels: bytes) -> str:
    """mailto:, tel: and web links of a relationships part, one per line."""
    return "\n".join(EXTERNAL_TARGET.findall(rels.decode("utf-8", errors="replace")))


def large_image(name: str, data: bytes) -> str:
    """'name (W x H)' when an embedded raster image is big enough to be a scan or a photo."""
    if not name.lower().endswith(IMAGE_SUFFIXES):
        return ""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return f"{name} (unreadable image)"
    if width * height >= LARGE_IMAGE_PIXELS and min(width, height) >= LARGE_IMAGE_MIN_SIDE:
        return f"{name} ({width}x{height})"
    return ""
