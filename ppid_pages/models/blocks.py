"""StreamField blocks of the public pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"), max_length=255)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "ppid_pages/blocks/heading.html"


class AccessibleImageBlock(blocks.StructBlock):
    """An image whose alternative text the editor must write (WCAG 1.1.1)."""

    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        max_length=255,
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "ppid_pages/blocks/image.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    label = blocks.CharBlock(
        label=_("link text"),
        required=False,
        max_length=255,
        help_text=_("Leave empty to use the document title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "ppid_pages/blocks/document_link.html"


class QuickLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("label"), max_length=80)
    page = blocks.PageChooserBlock(label=_("page"))
    description = blocks.CharBlock(label=_("description"), required=False, max_length=160)

    class Meta:
        icon = "link"
        label = _("Quick link")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Rich text"), features=RICH_TEXT_FEATURES, icon="pilcrow"
    )
    image = AccessibleImageBlock()
    document = DocumentLinkBlock()
    table = TableBlock(
        label=_("Table"),
        table_options={"contextMenu": ["row_above", "row_below", "col_left", "col_right"]},
    )
