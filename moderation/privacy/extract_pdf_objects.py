"""PDF: the text a file stores in objects no page shows.

A reader shows the pages; the file the public downloads holds every object. Text survives in
content streams no page draws any more (a page replaced by an editor, a Form XObject listed in
the resources but never drawn, an object an incremental update overwrote or a cross-reference
table no longer lists) and in strings of objects nothing displays (an annotation no page
lists, an orphaned form field, alternative text of the structure tree). Every object is read:
the ones the cross-reference tables list, the ones inside object streams, and every
"N G obj" in the bytes (the objects earlier revisions left behind), each once.

Streams that draw a page (its /Contents and the Form XObjects its content invokes) are left to
the page text; images, fonts, attachments and cross-reference streams are not text. Strings
already read elsewhere (document information, annotations, fields, outline) are not repeated.
Bounded: at most MAX_OBJECTS objects and MAX_DECODED_BYTES of decoded streams; a file over
either limit is reported (`over_limits`) and needs a human check.
"""

import io
import re
from collections.abc import Iterator

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    ContentStream,
    DictionaryObject,
    IndirectObject,
    NameObject,
    StreamObject,
    TextStringObject,
    read_object,
)

MAX_OBJECTS = 50_000
MAX_STREAM_BYTES = 8 * 1024 * 1024  # one decoded content stream
MAX_DECODED_BYTES = 64 * 1024 * 1024  # all decoded streams of a file
MAX_DEPTH = 12  # nesting of direct dictionaries and arrays inside one object
SPACE = rb"[ \t\r\n\f\x00]+"
OBJECT_HEADER = re.compile(
    rb"(?<![0-9])([0-9]{1,7})" + SPACE + rb"([0-9]{1,5})" + SPACE + rb"obj\b"
)
TEXT_OPERATORS = re.compile(rb"(?:\)|\]|>)\s*(?:Tj|TJ|'|\")")
# Binary or bookkeeping strings: identifiers, keys, dates, font character sets.
NOT_TEXT_KEYS = {
    "/ID", "/O", "/U", "/OE", "/UE", "/Perms", "/CreationDate", "/ModDate", "/M", "/NM",
    "/Lang", "/CharSet", "/Producer", "/Creator", "/Filter", "/Type",
}  # fmt: skip
NOT_TEXT_STREAMS = {"/Image", "/XML", "/Type1C", "/CIDFontType0C", "/OpenType"}
NOT_TEXT_TYPES = {"/XRef", "/ObjStm", "/EmbeddedFile", "/Metadata"}
FONT_PROGRAM_KEYS = ("/Length1", "/Length2", "/Length3")


class ObjectReader:
    """Collects ("object N", text) of every object whose text the pages do not show."""

    def __init__(self, reader: PdfReader, data: bytes, drawn: set[int], known: set[str]):
        self.reader, self.data = reader, data
        self.drawn, self.known = drawn, known
        self.decoded = 0
        self.objects = 0
        self.over_limits = False
        self.texts: list[tuple[str, str]] = []
        self.seen_texts: set[str] = set()
        self.fallback_resources = first_page_resources(reader)

    def read(self) -> list[tuple[str, str]]:
        for label, obj, idnum in self.every_object():
            if self.objects >= MAX_OBJECTS:
                self.over_limits = True
                break
            self.objects += 1
            text = tolerant_text(self.object_text, obj, idnum)
            if text:
                self.keep(label, text)
        return self.texts

    def keep(self, label: str, text: str) -> None:
        lines = [" ".join(line.split()) for line in text.splitlines()]
        new = [line for line in lines if line and line not in self.known]
        if not new:
            return
        joined = "\n".join(dict.fromkeys(new))
        if joined not in self.seen_texts:
            self.seen_texts.add(joined)
            self.texts.append((label, joined))

    def every_object(self) -> Iterator[tuple[str, object, int | None]]:
        """(label, object, id) of the listed objects, then of those only the bytes hold."""
        reader = self.reader
        listed: dict[tuple[int, int], int] = {}
        for generation, table in list(reader.xref.items()):
            for idnum, offset in list(table.items()):
                listed[(idnum, generation)] = offset
                obj = tolerant_text(
                    lambda i=idnum, g=generation: reader.get_object(IndirectObject(i, g, reader))
                )
                yield f"object {idnum}", obj, idnum
        for idnum in list(reader.xref_objStm):
            obj = tolerant_text(lambda i=idnum: reader.get_object(IndirectObject(i, 0, reader)))
            yield f"object {idnum}", obj, idnum
        for match in OBJECT_HEADER.finditer(self.data):
            idnum, generation = int(match.group(1)), int(match.group(2))
            if listed.get((idnum, generation)) == match.start():
                continue
            obj = tolerant_text(self.object_at, match, idnum, generation)
            if obj is None:
                continue
            label = (
                f"object {idnum} (earlier copy)"
                if (idnum, generation) in listed
                else (f"object {idnum} (not listed)")
            )
            yield label, obj, None  # an old copy: never the stream a page draws now
            if isinstance(obj, StreamObject) and obj.get("/Type") == "/ObjStm":
                yield from self.stream_objects(obj, label)

    def object_at(self, match: re.Match, idnum: int, generation: int):
        stream = self.reader.stream
        stream.seek(match.end())
        while stream.read(1) in b" \t\r\n\f\x00":
            pass
        stream.seek(-1, 1)
        obj = read_object(stream, self.reader)
        encryption = getattr(self.reader, "_encryption", None)
        if encryption is not None:
            obj = encryption.decrypt_object(obj, idnum, generation)
        return obj

    def stream_objects(self, stream: StreamObject, label: str):
        """The objects packed in an object stream only the bytes still hold."""
        content = self.stream_data(stream)
        if content is None:
            return
        count, first = int(stream.get("/N", 0)), int(stream.get("/First", 0))
        numbers = content[:first].split()
        for index in range(min(count, len(numbers) // 2)):
            idnum, offset = int(numbers[2 * index]), int(numbers[2 * index + 1])
            buffer = io.BytesIO(content)
            buffer.seek(first + offset)
            obj = tolerant_text(read_object, buffer, self.reader)
            if obj is not None:
                yield f"{label} > object {idnum}", obj, None

    def stream_data(self, stream: StreamObject) -> bytes | None:
        declared = stream.get("/Length", 0)
        declared = declared if isinstance(declared, int) else 0
        if declared > MAX_STREAM_BYTES or self.decoded > MAX_DECODED_BYTES:
            self.over_limits = True
            return None
        content = stream.get_data()
        self.decoded += len(content)
        if len(content) > MAX_STREAM_BYTES or self.decoded > MAX_DECODED_BYTES:
            self.over_limits = True
            return None
        return content

    def object_text(self, obj, idnum: int | None) -> str:
        if isinstance(obj, IndirectObject):
            return ""
        texts = list(strings_of(obj, 0))
        if isinstance(obj, StreamObject) and not (idnum is not None and idnum in self.drawn):
            texts.append(self.drawn_text(obj))
        return "\n".join(text for text in texts if text.strip())

    def drawn_text(self, stream: StreamObject) -> str:
        """The text a content stream would draw, read with its own resources or, for a
        stream a page used to draw, with the first page's fonts; raw strings otherwise."""
        if (
            stream.get("/Subtype") in NOT_TEXT_STREAMS
            or stream.get("/Type") in NOT_TEXT_TYPES
            or any(key in stream for key in FONT_PROGRAM_KEYS)
        ):
            return ""
        content = self.stream_data(stream)
        if not content or not TEXT_OPERATORS.search(content):
            return ""
        resources = stream.get("/Resources") or self.fallback_resources
        text = tolerant_text(page_text, self.reader, stream, resources) or ""
        return text if text.strip() else raw_strings(stream, self.reader)


def page_text(reader: PdfReader, stream: StreamObject, resources) -> str:
    from pypdf import PageObject

    page = PageObject(pdf=reader)
    page[NameObject("/Type")] = NameObject("/Page")
    page[NameObject("/MediaBox")] = ArrayObject([0, 0, 612, 792])
    page[NameObject("/Resources")] = resources if resources is not None else DictionaryObject()
    page[NameObject("/Contents")] = stream
    return page.extract_text() or ""


def raw_strings(stream: StreamObject, reader: PdfReader) -> str:
    """The strings of the text operators as they are (no font to decode them with)."""
    strings = []
    for operands, operator in ContentStream(stream, reader).operations:
        if operator in (b"Tj", b"'", b'"', b"TJ"):
            for operand in operands:
                items = operand if isinstance(operand, list) else [operand]
                strings += [str(item) for item in items if isinstance(item, str)]
    return "".join(strings)


def strings_of(obj, depth: int) -> Iterator[str]:
    """Text strings inside an object's direct dictionaries and arrays (references are objects
    of their own, read in their turn)."""
    if depth > MAX_DEPTH:
        return
    if isinstance(obj, TextStringObject):
        yield str(obj)
    elif isinstance(obj, DictionaryObject):  # a stream's dictionary too
        for key, value in obj.items():
            if key not in NOT_TEXT_KEYS and not isinstance(value, IndirectObject):
                yield from strings_of(value, depth + 1)
    elif isinstance(obj, ArrayObject):
        for value in obj:
            if not isinstance(value, IndirectObject):
                yield from strings_of(value, depth + 1)


def first_page_resources(reader: PdfReader):
    try:
        return reader.pages[0].get("/Resources") if len(reader.pages) else None
    except Exception:
        return None


def tolerant_text(function, *arguments):
    """One broken object must not stop the others."""
    try:
        return function(*arguments)
    except MemoryError:
        raise
    except Exception:
        return None


def page_streams(page, drawn: set[int]) -> None:
    """Ids of the content streams of `page` (the Form XObjects it invokes are added by
    extract_pdf.image_area, which walks the same operators)."""
    contents = page.raw_get("/Contents") if "/Contents" in page else None
    if isinstance(contents, IndirectObject):
        drawn.add(contents.idnum)
        contents = contents.get_object()
    if isinstance(contents, list):
        drawn.update(item.idnum for item in contents if isinstance(item, IndirectObject))
