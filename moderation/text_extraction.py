"""The text of a page revision, field by field and block by block, with each location.

Everything a visitor can read or a link can carry is scanned: text fields and the page's slug,
every StreamField block (a TableBlock's cells, its caption, and the whole table once more as
rows of cells so that its header row types its columns), the inline child objects of the page
(a DIP entry's attached documents and their link labels), and the titles and file names of the
documents and images the page uses (a title such as "KTP Budi 3404012207850003" is published
with the link; a file name is in the public URL).
"""

from collections.abc import Iterator

from django.db import models
from modelcluster.models import get_all_child_relations
from wagtail.blocks.list_block import ListValue
from wagtail.blocks.stream_block import StreamValue
from wagtail.blocks.struct_block import StructValue
from wagtail.documents.models import AbstractDocument
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage
from wagtail.models import Page
from wagtail.rich_text import RichText, extract_references_from_rich_text

TEXT_FIELDS = (models.CharField, models.TextField, RichTextField)
SKIPPED_FIELDS = {"url_path", "path", "draft_title", "translation_key"}
ASSETS = (AbstractDocument, AbstractImage)
TABLE_ROWS = "rows"  # location suffix of a whole table scanned as rows of cells


def page_texts(page: Page) -> Iterator[tuple[str, str]]:
    """(location, text) for every text field, StreamField block, child object and asset title
    of `page`."""
    yield from object_texts("", page)
    for relation in get_all_child_relations(page):
        name = relation.get_accessor_name()
        try:
            children = list(getattr(page, name).all())
        except (AttributeError, ValueError):
            continue
        for index, child in enumerate(children):
            yield from object_texts(f"{name}[{index}].", child)
    yield from referenced_snippet_texts(page)


def referenced_snippet_texts(page: Page) -> Iterator[tuple[str, str]]:
    """Reviewed snippets the page shows other than through a foreign key of its own or of a
    child (a StreamField snippet block, a rich-text reference): the publication releases them
    too (moderation.snippets.snippets_of), so the scan reads them."""
    from .snippets import is_reviewed, public_values, snippet_key, snippets_of

    direct = set()
    objects = [page]
    for relation in get_all_child_relations(page):
        try:
            objects += list(getattr(page, relation.get_accessor_name()).all())
        except (AttributeError, ValueError):
            continue
    for obj in objects:
        for field in obj._meta.concrete_fields:
            if field.is_relation and is_reviewed(field.related_model):
                pk = getattr(obj, field.attname)
                if pk is not None:
                    direct.add(f"{field.related_model._meta.label_lower}:{pk}")
    for snippet in snippets_of(page):
        key = snippet_key(snippet)
        if key in direct:
            continue
        for name, value in public_values(snippet, pending=True).items():
            if value:
                yield f"{key}.{name}", str(value)


def object_texts(prefix: str, obj: models.Model) -> Iterator[tuple[str, str]]:
    for field in obj._meta.concrete_fields:
        if field.name in SKIPPED_FIELDS or field.choices:
            continue
        if field.is_relation:
            related = related_asset(obj, field)
            if related is not None:
                yield from asset_texts(f"{prefix}{field.name}", related)
            yield from snippet_texts(f"{prefix}{field.name}", obj, field)
            continue
        if isinstance(field, StreamField):
            yield from block_texts(f"{prefix}{field.name}", getattr(obj, field.name))
        elif isinstance(field, RichTextField) and (value := getattr(obj, field.name)):
            yield from rich_text_texts(f"{prefix}{field.name}", str(value))
        elif isinstance(field, TEXT_FIELDS) and (value := getattr(obj, field.name)):
            yield f"{prefix}{field.name}", str(value)


def snippet_texts(location: str, obj: models.Model, field) -> Iterator[tuple[str, str]]:
    """The public fields of a reviewed snippet a foreign key points to (moderation.snippets),
    as the publication would release them (its pending version, if any)."""
    from .snippets import is_reviewed, public_values

    model = getattr(field, "related_model", None)
    pk = getattr(obj, field.attname, None)
    if pk is None or not is_reviewed(model):
        return
    snippet = model._default_manager.filter(pk=pk).first()
    if snippet is None:
        return
    for name, value in public_values(snippet, pending=True).items():
        if value:
            yield f"{location}.{name}", str(value)


def related_asset(obj: models.Model, field) -> AbstractDocument | AbstractImage | None:
    """The document or image a foreign key points to, if it is one."""
    model = getattr(field, "related_model", None)
    if model is None or not issubclass(model, ASSETS):
        return None
    try:
        return getattr(obj, field.name)
    except model.DoesNotExist:
        return None


def asset_texts(
    location: str, asset: AbstractDocument | AbstractImage
) -> Iterator[tuple[str, str]]:
    """A document's or image's title and file name as a publication would release them (its
    pending version, if any): the title is the link text, the file name is in the public URL
    (/dokumen/<id>/<file name>) and in the name of the downloaded file."""
    title = getattr(asset, "pending_title", "") or asset.title
    file_name = str(getattr(asset, "pending_file", "") or asset.file.name or "")
    if title:
        yield f"{location}.title", title
    if file_name:
        yield f"{location}.file", file_name.rsplit("/", 1)[-1]


def rich_text_texts(location: str, html: str) -> Iterator[tuple[str, str]]:
    """The rich text, and the title and file name of every document it links and image it
    embeds: the public page shows them (the link's address is /dokumen/<id>/<file name>, an
    image's title is its alternative text), so a publication scans them like a chooser's
    (issue 13 re-attack, break 1)."""
    yield location, html
    for model, object_id, _model_path, _content_path in extract_references_from_rich_text(html):
        if not issubclass(model, ASSETS):
            continue
        asset = model._default_manager.filter(pk=object_id).first()
        if asset is not None:
            yield from asset_texts(f"{location}.{model._meta.model_name}[{object_id}]", asset)


def block_texts(location: str, value) -> Iterator[tuple[str, str]]:
    if isinstance(value, StreamValue):
        for index, child in enumerate(value):
            yield from block_texts(f"{location}[{index}].{child.block_type}", child.value)
    elif isinstance(value, StructValue):
        for name, child in value.items():
            yield from block_texts(f"{location}.{name}", child)
    elif isinstance(value, ListValue | list):
        for index, child in enumerate(value):
            yield from block_texts(f"{location}[{index}]", child)
    elif isinstance(value, dict):  # TableBlock
        yield from table_texts(location, value)
    elif isinstance(value, RichText):
        yield from rich_text_texts(location, value.source)
    elif isinstance(value, ASSETS):
        yield from asset_texts(location, value)
    elif isinstance(value, str) and value:
        yield location, value


def table_texts(location: str, value: dict) -> Iterator[tuple[str, str]]:
    """Each cell, the caption, then the whole table as tab-separated rows (its header row types
    the columns below it; scanner.page_findings keeps a value found in a cell at the cell)."""
    rows = value.get("data") or []
    for row_index, row in enumerate(rows):
        for col_index, cell in enumerate(row or []):
            if cell:
                yield f"{location}[{row_index}][{col_index}]", str(cell)
    caption = value.get("table_caption")
    if caption:
        yield f"{location}.caption", str(caption)
    if len(rows) > 1:
        lines = [
            "\t".join(str(cell or "").replace("\t", " ") for cell in row or []) for row in rows
        ]
        yield f"{location}.{TABLE_ROWS}", "\n".join(lines)
