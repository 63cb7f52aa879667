"""HTML sanitizing on every save path (editor, imports, code, API), not only in the editor.

- Rich text (RichTextField, RichTextBlock): nh3 first (drops scripts, event handlers and unsafe
  URLs, including ones hidden with Unicode format characters), then a round trip through
  Draftail's own converter, so internal page and document links and block keys survive, only
  the field's features remain, and content the editor wrote is stored unchanged.
- Raw HTML (RawHTMLBlock, HTML from outside): nh3 with a small safelist.
"""

import json
import re
import unicodedata
from collections.abc import Iterable
from functools import cache

import nh3
from django.core.serializers.json import DjangoJSONEncoder
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.blocks import ListBlock, RawHTMLBlock, RichTextBlock, StreamBlock, StructBlock
from wagtail.blocks.stream_block import StreamValue
from wagtail.fields import RichTextField, StreamField

SAFE_URL_SCHEMES = {"http", "https", "mailto", "tel"}
RICH_TEXT_TAGS = {
    "a", "b", "strong", "i", "em", "p", "br", "h2", "h3", "h4", "h5", "h6",
    "ol", "ul", "li", "blockquote", "code", "sup", "sub", "hr", "embed",
}  # fmt: skip
RICH_TEXT_ATTRIBUTES = {
    "*": {"data-block-key"},  # Draftail's block keys: keeping them keeps saves idempotent
    "a": {"href", "linktype", "id"},
    "embed": {"embedtype", "id", "alt", "format", "url"},
}
RAW_HTML_TAGS = RICH_TEXT_TAGS - {"embed"} | {"table", "thead", "tbody", "tr", "th", "td", "img"}
RAW_HTML_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt"}, "th": {"scope"}}


def has_format_characters(value: str) -> bool:
    """Zero-width and other Unicode format/control characters: used to smuggle `javascript:`."""
    return any(unicodedata.category(char) in ("Cf", "Cc") for char in value)


def drop_disguised_urls(tag: str, attribute: str, value: str) -> str | None:
    if attribute in ("href", "src") and has_format_characters(value):
        return None
    return value


def clean_raw_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=RAW_HTML_TAGS,
        clean_content_tags={"script", "style"},
        attributes=RAW_HTML_ATTRIBUTES,
        attribute_filter=drop_disguised_urls,
        url_schemes=SAFE_URL_SCHEMES,
        link_rel=None,
    )


def clean_rich_text(html: str, features: Iterable[str] | None) -> str:
    safe = nh3.clean(
        html,
        tags=RICH_TEXT_TAGS,
        clean_content_tags={"script", "style"},
        attributes=RICH_TEXT_ATTRIBUTES,
        attribute_filter=drop_disguised_urls,
        url_schemes=SAFE_URL_SCHEMES,
        link_rel=None,
    )
    # nh3 writes HTML5 void elements ("<br>", "<embed ...>"); Wagtail's converter (html.parser)
    # then waits for a closing tag and fails ("Unmatched tags"): give it the self-closed form.
    safe = VOID_ELEMENT.sub(r"\1/>", safe)
    converter = rich_text_converter(tuple(features) if features is not None else None)
    return converter.to_database_format(converter.from_database_format(safe))


# nh3 always writes attribute values in double quotes.
VOID_ELEMENT = re.compile(r'(<(?:br|embed)(?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*/?>')


@cache
def rich_text_converter(features: tuple[str, ...] | None) -> ContentstateConverter:
    """Draftail's own converter: what the editor would store for these features."""
    return ContentstateConverter(list(features) if features is not None else None)


def clean_block_data(block, data):
    """The raw (JSON-ready) data of `block` with every rich text and raw HTML value cleaned."""
    if isinstance(block, RichTextBlock) and isinstance(data, str):
        return clean_rich_text(data, block.features)
    if isinstance(block, RawHTMLBlock) and isinstance(data, str):
        return clean_raw_html(data)
    if isinstance(block, StructBlock) and isinstance(data, dict):
        return {
            name: clean_block_data(block.child_blocks[name], value)
            if name in block.child_blocks
            else value
            for name, value in data.items()
        }
    if isinstance(block, ListBlock) and isinstance(data, list):
        return [clean_list_item(block.child_block, item) for item in data]
    if isinstance(block, StreamBlock) and isinstance(data, list):
        return [clean_stream_child(block, child) for child in data]
    return data


def clean_list_item(child_block, item):
    if isinstance(item, dict) and "type" in item and "value" in item:  # ListBlock with ids
        return {**item, "value": clean_block_data(child_block, item["value"])}
    return clean_block_data(child_block, item)


def clean_stream_child(stream_block, child):
    if not isinstance(child, dict) or child.get("type") not in stream_block.child_blocks:
        return child
    block = stream_block.child_blocks[child["type"]]
    return {**child, "value": clean_block_data(block, child.get("value"))}


def stream_data(value) -> list:
    """Raw JSON-ready data of a StreamField value, whatever form it arrives in."""
    if isinstance(value, StreamValue):
        return value.get_prep_value()
    if isinstance(value, str):
        return json.loads(value) if value else []
    return value or []


@cache
def rich_fields(model) -> tuple:
    return tuple(
        field
        for field in model._meta.concrete_fields
        if isinstance(field, RichTextField | StreamField)
    )


def sanitized_field_value(field, value):
    """The cleaned value of a rich text field (str) or StreamField (raw list)."""
    if isinstance(field, StreamField):
        return clean_block_data(field.stream_block, stream_data(value))
    if isinstance(value, str):
        return clean_rich_text(value, field.features)
    return value


def sanitize_instance(instance) -> None:
    """Clean every rich text and StreamField of a model instance in place."""
    for field in rich_fields(type(instance)):
        value = getattr(instance, field.name)
        setattr(instance, field.name, sanitized_field_value(field, value))


def sanitize_serialized(model, content: dict) -> dict:
    """The same for a revision's serialized content (field name -> stored value)."""
    cleaned = dict(content)
    for field in rich_fields(model):
        if field.name not in cleaned:
            continue
        value = sanitized_field_value(field, cleaned[field.name])
        if isinstance(field, StreamField):
            value = json.dumps(value, cls=DjangoJSONEncoder)
        cleaned[field.name] = value
    return cleaned
