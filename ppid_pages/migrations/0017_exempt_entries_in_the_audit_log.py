import uuid

from django.db import migrations
from django.utils import timezone

ACTION = "ppid.exemption.mark"
LIFT = "ppid.exemption.lift"


def log_exempt_entries(apps, schema_editor):
    """Every entry whose exemption stands (ExemptInformation, not lifted) and whose page exists
    gets a `ppid.exemption.mark` entry on the page when it has no exemption entry yet (marked
    before the entry was logged on every marking): the public pages, listings and documents
    ask the audit chain too (ppid_pages.exemption.chain_withheld_ids), so lifting or deleting
    the record in the database never makes the entry public. Linked into the chain when
    `migrate` ends (integrity.signals)."""
    ExemptInformation = apps.get_model("ppid_pages", "ExemptInformation")
    PageLogEntry = apps.get_model("wagtailcore", "PageLogEntry")
    Page = apps.get_model("wagtailcore", "Page")
    now = timezone.now()
    standing = ExemptInformation.objects.filter(lifted_at__isnull=True).order_by("entry_id")
    for exemption in standing:
        page = Page.objects.filter(pk=exemption.entry_id).first()
        if page is None:
            continue
        if PageLogEntry.objects.filter(page_id=page.pk, action__in=(ACTION, LIFT)).exists():
            continue
        PageLogEntry.objects.create(
            page_id=page.pk,
            content_type_id=page.content_type_id,
            label=page.title[:255],
            action=ACTION,
            data={"baseline": True},
            timestamp=now,
            uuid=uuid.uuid4(),
            user_id=None,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("ppid_pages", "0016_exempt_assets_in_the_audit_log"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.RunPython(log_exempt_entries, migrations.RunPython.noop),
    ]
