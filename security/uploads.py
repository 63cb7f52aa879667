"""What may be uploaded: an allow-list of extensions, each checked against the file's real content.

`check_upload(content, name, kind)` raises a ValidationError with a clear message when the file
is not what its extension says, is empty or too big, or holds anything that could run: HTML,
SVG or script markup (also inside a file that is otherwise a valid PDF or image), executables,
PDF JavaScript or launch actions, Office macros, or reaches outside the file: PDF actions
/URI, /SubmitForm, /GoToR, /GoToE, /ImportData; Office parts loaded from another address (a
remote attachedTemplate, OLE objects, frames, external workbook links; hyperlinks are fine);
CSV cells a spreadsheet would run as formulas (=, +, -, @). It is used by the admin upload forms
(security.forms) and, for every other save path, by a pre_save check (security.signals).

Documents: pdf (%PDF- header), docx/xlsx/odt (a zip holding the format's main part), csv/txt
(text: UTF-8 or Windows-1252, no NUL or other control bytes). Images: the formats Pillow opens
as exactly the format the extension names.
"""

import csv
import html
import io
import re
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

DOCUMENT = "document"
IMAGE = "image"

EXECUTABLE_SIGNATURES = (
    b"MZ",  # Windows PE (exe, dll, scr)
    b"\x7fELF",  # Linux/Unix
    b"\xfe\xed\xfa\xce",  # Mach-O
    b"\xfe\xed\xfa\xcf",
    b"\xce\xfa\xed\xfe",
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",  # Mach-O universal, Java class
    b"#!",  # shell and other scripts
    b"\x00asm",  # WebAssembly
    b"dex\n",  # Android
)
# Markup a browser would run or render as a page. Each tag needs a delimiter after its name,
# so random bytes in compressed data or pixels match about once in 10^13 positions.
MARKUP = re.compile(
    rb"<(?:script|html|body|iframe|frameset|object|embed|svg)[\s/>]"
    rb"|<!doctype\s+html"
    rb"|<\?xml-stylesheet"
    # Server-side script (PHP): harmless here, but never a document of the office.
    rb"|<\?php\s",
    re.IGNORECASE,
)
TEXT_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
ZIP_SIGNATURE = b"PK\x03\x04"
# Parts of an Office or OpenDocument file that hold a program.
ACTIVE_ZIP_PARTS = re.compile(
    r"(^|/)(vbaProject\.bin|vbaData\.xml|activeX/|Basic/|Scripts/)"
    r"|\.(exe|dll|com|scr|bat|cmd|ps1|vbs|vbe|js|jse|wsf|wsh|hta|msi|jar|lnk|sh)$",
    re.IGNORECASE,
)
# An XFA form (/XFA) is a program of its own inside the PDF: its scripts and its <submit
# target="..."> sit in a stream no name check reads (issue 13, attack13n item 5).
PDF_ACTIVE_NAMES = {
    "/JS",
    "/JavaScript",
    "/Launch",
    "/EmbeddedFile",
    "/EmbeddedFiles",
    "/EF",
    "/XFA",
}
PDF_ACTIVE_NAME_BYTES = re.compile(
    rb"/(?:JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|XFA)(?=[\s()<>\[\]{}/%]|$)"
)
# Actions that reach outside the file when the PDF is opened or a link is clicked: a web
# address, a form sent elsewhere, another file (remote or embedded), imported data.
PDF_EXTERNAL_ACTIONS = {"/URI", "/SubmitForm", "/GoToR", "/GoToE", "/ImportData"}
PDF_EXTERNAL_ACTION_BYTES = re.compile(
    rb"/(?:URI|SubmitForm|GoToR|GoToE|ImportData)(?=[\s()<>\[\]{}/%]|$)"
)
# Office relationships fetched from outside when the file opens (a remote template, an OLE
# object, a frame, a linked picture or sub-document...): anything external but a hyperlink.
OOXML_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>", re.IGNORECASE)
EXTERNAL_MODE = re.compile(rb"""TargetMode\s*=\s*["']External["']""", re.IGNORECASE)
HYPERLINK_TYPE = re.compile(rb"""Type\s*=\s*["'][^"']*/hyperlink["']""", re.IGNORECASE)
RELATIONSHIP_TYPE = re.compile(rb"""Type\s*=\s*["'][^"']*/([\w.-]+)["']""", re.IGNORECASE)
# OpenDocument: objects, sections, frames or DDE links loaded from another address.
ODF_REMOTE = re.compile(
    rb"<(?:draw:object|draw:object-ole|draw:image|draw:plugin|draw:applet|draw:floating-frame"
    rb"|text:section-source|office:dde-source|table:table-source)\b[^>]*"
    rb"""xlink:href\s*=\s*["'](?:[a-z][a-z0-9+.-]*:|//|\\\\)""",
    re.IGNORECASE,
)
# Word fields (issue 13, attack13n item 5): the instruction of every field, whether written
# as runs (fldChar begin/separate/end around instrText, split over any number of runs) or as
# a fldSimple's instr attribute. DDE/DDEAUTO run a program when the document opens; the
# others load a file or address from outside it (remote or UNC: an NTLM leak) when the
# document opens or its fields are updated.
WORD_FIELD_TOKEN = re.compile(
    rb"""<(?:\w+:)?fldChar\b[^>]*?fldCharType\s*=\s*["'](begin|separate|end)["']"""
    rb"|<(?:\w+:)?instrText\b[^>]*?(?<!/)>(.*?)</(?:\w+:)?instrText\s*>"
    rb"""|<(?:\w+:)?fldSimple\b[^>]*?\binstr\s*=\s*(?:"([^"]*)"|'([^']*)')""",
    re.DOTALL | re.IGNORECASE,
)
PROGRAM_FIELDS = {"DDE", "DDEAUTO"}
EXTERNAL_FIELDS = {"INCLUDEPICTURE", "INCLUDETEXT", "INCLUDE", "IMPORT", "LINK", "RD"}
# OpenDocument DDE links: a program asked for data when the document opens.
ODF_DDE = re.compile(
    rb"<(?:text:dde-connection-decl|text:dde-connection|office:dde-source|table:dde-link)\b",
    re.IGNORECASE,
)
# Spreadsheet formulas (cells and defined names of an XLSX): a DDE call app|topic!item runs a
# program (the payload the CSV check refuses as +cmd|...); WEBSERVICE fetches an address.
XLSX_FORMULA = re.compile(
    rb"<(?:\w+:)?(f|definedName)\b[^>]*?(?<!/)>(.*?)</(?:\w+:)?\1\s*>", re.DOTALL
)
FORMULA_QUOTED = re.compile(r'"[^"]*"|\'[^\']*\'')
FORMULA_FETCH = re.compile(r"\b(?:_xlfn\.)?WEBSERVICE\s*\(", re.IGNORECASE)
# Spreadsheet formula injection: a CSV cell that a spreadsheet would evaluate.
CSV_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Excel's separator directive: a first line `sep=X` makes X the separator of the whole file.
CSV_SEP_DIRECTIVE = re.compile(r"\A[ \t]*sep=(.)[ \t]*(?:\r?\n|\r|\Z)", re.IGNORECASE)
CSV_NUMBER = re.compile(r"[+-][\d\s.,()-]*")
PDF_STREAM = re.compile(rb"\bstream\r?\n.*?\bendstream\b", re.DOTALL)
PDF_ESCAPED_NAME = re.compile(rb"/[^\s()<>\[\]{}/%]*#[0-9A-Fa-f]{2}[^\s()<>\[\]{}/%]*")
IMAGE_FORMATS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "gif": "GIF", "webp": "WEBP"}
ZIP_MAIN_PARTS = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "odt": "content.xml"}
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"

MESSAGES = {
    "extension": _("Files of type .%(extension)s cannot be uploaded. Allowed types: %(allowed)s."),
    "empty": _("The file is empty."),
    "too_large": _("The file is too big (%(size)s). The maximum is %(max)s."),
    "executable": _("The file is a program (executable or script) and was refused."),
    "markup": _(
        "The file contains HTML, SVG or script code and was refused. Upload the document "
        "itself, saved again from the application that made it."
    ),
    "mismatch": _(
        "The content of the file does not match its extension .%(extension)s. Save the "
        "file again in that format and upload it again."
    ),
    "pdf_active": _(
        "The PDF contains JavaScript, an XFA form, embedded files or launch actions and was "
        "refused. Print it again to PDF without these and upload it again."
    ),
    "pdf_external": _(
        "The PDF contains actions that open a web address, send a form or open another file "
        "(%(actions)s) and was refused. Remove the links or print it again to PDF and "
        "upload it again."
    ),
    "macros": _("The document contains macros or embedded programs and was refused."),
    "dde": _(
        "The document contains a DDE link (%(where)s) that starts another program when it is "
        "opened, and was refused. Remove the link (or save the values only) and upload it "
        "again."
    ),
    "external_parts": _(
        "The document loads content from outside the file when it is opened (%(parts)s, for "
        "example a remote template) and was refused. Save it again without links to other "
        "files and upload it again."
    ),
    "csv_formula": _(
        "Cell %(column)d on line %(line)d of the CSV file starts with =, +, - or @ and a "
        "spreadsheet would run it as a formula, so the file was refused. Put an apostrophe "
        "(') before that value, or remove it, and upload the file again."
    ),
    "zip_bomb": _(
        "The document unpacks to far more data than its size (%(size)s in %(count)d parts): "
        "it looks like a zip bomb and was refused."
    ),
    "not_text": _(
        "The .%(extension)s file is not plain text (it holds binary data or an unknown "
        "encoding). Save it as UTF-8 text and upload it again."
    ),
}


@dataclass(frozen=True)
class Rules:
    extensions: tuple[str, ...]
    max_size: int | None


def rules(kind: str) -> Rules:
    if kind == IMAGE:
        return Rules(
            tuple(settings.WAGTAILIMAGES_EXTENSIONS), settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
        )
    return Rules(tuple(settings.WAGTAILDOCS_EXTENSIONS), settings.WAGTAILDOCS_MAX_UPLOAD_SIZE)


def refuse(code: str, **params) -> ValidationError:
    return ValidationError(MESSAGES[code], code=f"upload_{code}", params=params or None)


def extension_of(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[-1].lower() if "." in base else ""


def check_size(size: int, kind: str, *, limit: bool = True) -> None:
    if size == 0:
        raise refuse("empty")
    max_size = rules(kind).max_size
    if limit and max_size is not None and size > max_size:
        raise refuse("too_large", size=filesizeformat(size), max=filesizeformat(max_size))


def check_upload(content: bytes, name: str, kind: str, *, limit_size: bool = True) -> None:
    """Raise ValidationError unless `content` is a safe file of the type its `name` says."""
    extension = extension_of(name)
    allowed = rules(kind).extensions
    if extension not in allowed:
        raise refuse("extension", extension=extension, allowed=", ".join(allowed))
    check_size(len(content), kind, limit=limit_size)
    if content.startswith(EXECUTABLE_SIGNATURES):
        raise refuse("executable")
    if MARKUP.search(content):
        raise refuse("markup")
    CHECKS[extension](content, extension)


def check_pdf(content: bytes, extension: str) -> None:
    if not content.startswith(b"%PDF-"):
        raise refuse("mismatch", extension=extension)
    if pdf_has_active_content(content):
        raise refuse("pdf_active")
    actions = pdf_external_actions(content)
    if actions:
        raise refuse("pdf_external", actions=", ".join(sorted(actions)))


def pdf_external_actions(content: bytes) -> set[str]:
    """The external actions (PDF_EXTERNAL_ACTIONS) outside streams, #-escaped names included,
    and in every object, compressed object streams included."""
    outside_streams = PDF_STREAM.sub(b" ", content)
    found = {
        match[0].decode("latin-1") for match in PDF_EXTERNAL_ACTION_BYTES.finditer(outside_streams)
    }
    for escaped in PDF_ESCAPED_NAME.finditer(outside_streams):
        name = re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m[1], 16)]), escaped[0])
        if name.decode("latin-1") in PDF_EXTERNAL_ACTIONS:
            found.add(name.decode("latin-1"))
    for obj in pdf_objects(content):
        if not hasattr(obj, "keys"):
            continue
        try:
            action = str(obj.get("/S", ""))
        except Exception:  # noqa: BLE001, S112 - a broken object does not hide the others
            continue
        if action in PDF_EXTERNAL_ACTIONS:
            found.add(action)
    return found


def pdf_has_active_content(content: bytes) -> bool:
    """JavaScript, launch actions or embedded files, in plain objects or object streams."""
    # Names outside streams (the bytes of images and compressed data would match by chance),
    # also in PDFs too broken for the parser below, and names hidden with #-escapes.
    outside_streams = PDF_STREAM.sub(b" ", content)
    if PDF_ACTIVE_NAME_BYTES.search(outside_streams):
        return True
    for escaped in PDF_ESCAPED_NAME.finditer(outside_streams):
        name = re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m[1], 16)]), escaped[0])
        if name.decode("latin-1") in PDF_ACTIVE_NAMES | {"/RichMedia"}:
            return True
    return any(pdf_object_is_active(obj) for obj in pdf_objects(content))


def pdf_objects(content: bytes):
    """Every object of the PDF, including those packed in compressed object streams.

    A PDF that pypdf cannot read, or an encrypted one, yields nothing here: the privacy scanner
    marks it unreadable and it cannot be released.
    """
    from pypdf import PdfReader
    from pypdf.generic import IndirectObject

    try:
        reader = PdfReader(io.BytesIO(content), strict=False)
        if reader.is_encrypted:
            return
        numbers = {(num, gen) for gen, objects in reader.xref.items() for num in objects}
        numbers |= {(num, 0) for num in reader.xref_objStm}
    except Exception:  # noqa: BLE001 - malformed PDFs are the scanner's business
        return
    for num, gen in sorted(numbers):
        try:
            yield IndirectObject(num, gen, reader).get_object()
        except Exception:  # noqa: BLE001, S112 - one broken object does not hide the others
            continue


def pdf_object_is_active(obj) -> bool:
    if not hasattr(obj, "keys"):
        return False
    try:
        keys = {str(key) for key in obj}
        action = str(obj.get("/S", ""))
    except Exception:  # noqa: BLE001
        return False
    return bool(keys & PDF_ACTIVE_NAMES) or action in {"/JavaScript", "/Launch", "/RichMedia"}


def check_zip_document(content: bytes, extension: str) -> None:
    if not content.startswith(ZIP_SIGNATURE):
        raise refuse("mismatch", extension=extension)
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            check_zip_limits(infos)
            if ZIP_MAIN_PARTS[extension] not in names:
                raise refuse("mismatch", extension=extension)
            if extension == "odt":
                mimetype = archive.getinfo("mimetype") if "mimetype" in names else None
                if mimetype is None or mimetype.file_size > 100:
                    raise refuse("mismatch", extension=extension)
                if archive.read(mimetype).strip() != ODT_MIMETYPE:
                    raise refuse("mismatch", extension=extension)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError) as error:
        raise refuse("mismatch", extension=extension) from error
    if any(ACTIVE_ZIP_PARTS.search(name) for name in names):
        raise refuse("macros")
    programs, external = active_content(content, names)
    if programs:
        raise refuse("dde", where=", ".join(sorted(programs)))
    external |= external_parts(content, names)
    if external:
        raise refuse("external_parts", parts=", ".join(sorted(external)))


def active_content(content: bytes, names: set[str]) -> tuple[set[str], set[str]]:
    """(what starts a program, what loads from outside) in the XML of an Office/OpenDocument
    file: Word fields (word_fields: DDE/DDEAUTO; INCLUDEPICTURE, INCLUDETEXT, LINK...), ODF
    DDE links, and XLSX formulas with a DDE call or WEBSERVICE."""
    programs: set[str] = set()
    external: set[str] = set()
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        for name in names:
            lower = name.lower()
            if not lower.endswith(".xml"):
                continue
            xml = archive.read(name)
            for instruction in word_fields(xml):
                keyword = instruction.split(maxsplit=1)[0].upper() if instruction.split() else ""
                if keyword in PROGRAM_FIELDS:
                    programs.add(keyword)
                elif keyword in EXTERNAL_FIELDS:
                    external.add(keyword)
            if ODF_DDE.search(xml):
                programs.add("DDE")
            if not lower.startswith("xl/"):  # a formula is a spreadsheet's (<m:f> is math)
                continue
            for _tag, formula in XLSX_FORMULA.findall(xml):
                text = FORMULA_QUOTED.sub("", html.unescape(formula.decode("utf-8", "replace")))
                if "|" in text:
                    programs.add("DDE")
                if FORMULA_FETCH.search(text):
                    external.add("WEBSERVICE")
    return programs, external


def word_fields(xml: bytes) -> list[str]:
    """The instruction of every Word field in a part: the instrText runs between a field's
    begin and its separate/end joined (nested fields each on their own), and each fldSimple's
    instr; XML entities decoded."""
    found: list[bytes] = []
    stack: list[tuple[list[bytes], list[bool]]] = []  # (instruction runs, [instruction done])
    for kind, text, simple_double, simple_single in WORD_FIELD_TOKEN.findall(xml):
        kind = kind.lower()
        if kind == b"begin":
            stack.append(([], [False]))
        elif kind in (b"separate", b"end"):
            if not stack:
                continue
            parts, done = stack.pop() if kind == b"end" else stack[-1]
            if not done[0]:
                found.append(b"".join(parts))
                done[0] = True
        elif simple_double or simple_single:
            found.append(simple_double or simple_single)
        elif stack and not stack[-1][1][0]:
            stack[-1][0].append(text)
        else:
            found.append(text)  # instruction text outside a field's instruction: read too
    found += [b"".join(parts) for parts, done in stack if not done[0]]
    return [html.unescape(item.decode("utf-8", "replace")).strip() for item in found]


def external_parts(content: bytes, names: set[str]) -> set[str]:
    """What an Office/OpenDocument file would fetch from outside when opened: the types of its
    external relationships other than hyperlinks (attachedTemplate, oleObject, frame, image,
    subDocument...), external workbook links, and ODF objects or sections with a remote
    address."""
    found: set[str] = set()
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        for name in names:
            lower = name.lower()
            if lower.startswith("xl/externallinks/"):
                found.add("externalLink")
            if lower.endswith(".rels"):
                for relationship in OOXML_RELATIONSHIP.findall(archive.read(name)):
                    if EXTERNAL_MODE.search(relationship) and not HYPERLINK_TYPE.search(
                        relationship
                    ):
                        kind = RELATIONSHIP_TYPE.search(relationship)
                        found.add(kind[1].decode("latin-1") if kind else "external")
            elif lower in ("content.xml", "styles.xml") and ODF_REMOTE.search(archive.read(name)):
                found.add("xlink:href")
    return found


def check_zip_limits(infos) -> None:
    """Zip bombs: the scanner's limits (moderation.privacy) on the declared sizes and parts."""
    from moderation.privacy.extract_result import Limits

    limits = Limits()
    unpacked = sum(info.file_size for info in infos)
    if len(infos) > limits.max_zip_entries or unpacked > limits.max_unpacked_bytes:
        raise refuse("zip_bomb", size=filesizeformat(unpacked), count=len(infos))


def check_text(content: bytes, extension: str) -> None:
    if TEXT_CONTROL_BYTES.search(content):
        raise refuse("not_text", extension=extension)
    for encoding in ("utf-8", "cp1252"):
        try:
            content.decode(encoding)
        except UnicodeDecodeError:
            continue
        return
    raise refuse("not_text", extension=extension)


def check_csv(content: bytes, extension: str) -> None:
    """Text, and no cell a spreadsheet would evaluate as a formula (=, +, -, @ first; a signed
    number such as -1500 or +62 812 is a value). Cells are read with every usual separator
    (comma, semicolon - Excel's in an Indonesian locale - and tab) and the one a first line
    `sep=X` declares, which Excel honours."""
    check_text(content, extension)
    text = decode_text(content)
    delimiters = [",", ";", "\t"]
    declared = CSV_SEP_DIRECTIVE.match(text)
    if declared and declared[1] not in delimiters:
        delimiters.append(declared[1])  # Excel splits every line on it (issue 13, attack13n)
    for delimiter in delimiters:
        rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            for line, row in enumerate(rows, start=1):
                for column, cell in enumerate(row, start=1):
                    if is_formula(cell):
                        raise refuse("csv_formula", line=line, column=column)
        except csv.Error as error:
            raise refuse("not_text", extension=extension) from error


def is_formula(cell: str) -> bool:
    value = cell.lstrip(" ")
    if not value.startswith(CSV_FORMULA_START):
        return False
    return not CSV_NUMBER.fullmatch(value.rstrip())


def decode_text(content: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    return content.decode("latin-1")


def check_image(content: bytes, extension: str) -> None:
    from PIL import Image

    expected = IMAGE_FORMATS.get(extension)
    if expected is None:
        raise refuse("mismatch", extension=extension)
    try:
        # Only the plugin of the expected format may read it: nothing else is tried.
        with Image.open(io.BytesIO(content), formats=[expected]) as image:
            found = image.format
            image.verify()
    except Exception as error:  # noqa: BLE001 - Pillow raises many kinds for a bad file
        raise refuse("mismatch", extension=extension) from error
    if found != expected:
        raise refuse("mismatch", extension=extension)


CHECKS = {
    "pdf": check_pdf,
    "docx": check_zip_document,
    "xlsx": check_zip_document,
    "odt": check_zip_document,
    "csv": check_csv,
    "txt": check_text,
    **dict.fromkeys(IMAGE_FORMATS, check_image),
}


def read_all(file, max_size: int | None) -> bytes:
    """The whole content of an uploaded or stored file, leaving it at position 0."""
    handle = getattr(file, "file", file)
    if hasattr(handle, "seek"):
        handle.seek(0)
    limit = -1 if max_size is None else max_size + 1
    content = handle.read(limit)
    if hasattr(handle, "seek"):
        handle.seek(0)
    return content
