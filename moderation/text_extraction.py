"""The text of a page revision, field by field and block by block, with each location."""

from collections.abc import Iterator

from django.db import models
from wagtail.blocks.list_block import ListValue
from wagtail.blocks.stream_block import StreamValue
from wagtail.blocks.struct_block import StructValue
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import RichText

TEXT_FIELDS = (models.CharField, models.TextField, RichTextField)
SKIPPED_FIELDS = {"slug", "url_path", "path", "draft_title", "translation_key"}


def page_texts(page: Page) -> Iterator[tuple[str, str]]:
    """(location, text) for every text field and StreamField block of `page`."""
    for field in page._meta.concrete_fields:
        if field.name in SKIPPED_FIELDS or field.choices or field.is_relation:
            continue
        if isinstance(field, StreamField):
            yield from block_texts(field.name, getattr(page, field.name))
        elif isinstance(field, TEXT_FIELDS) and (value := getattr(page, field.name)):
            yield field.name, str(value)


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
        for row_index, row in enumerate(value.get("data") or []):
            for col_index, cell in enumerate(row or []):
                if cell:
                    yield f"{location}[{row_index}][{col_index}]", str(cell)
    elif isinstance(value, RichText):
        yield location, value.source
    elif isinstance(value, str) and value:
        yield location, value
