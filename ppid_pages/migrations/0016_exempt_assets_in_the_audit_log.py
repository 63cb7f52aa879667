import uuid

from django.db import migrations
from django.utils import timezone

ACTION = "ppid.exemption.asset"


def log_exempt_assets(apps, schema_editor):
    """Every document and image recorded as exempt before exemptions were logged on the asset
    (ppid_pages.exemption.record_assets) gets its `ppid.exemption.asset` entry, as every asset
    an exempt entry uses since: the public views ask the audit chain too (chain_exempt), so
    deleting the ExemptAsset rows in the database never releases it. Assets that already have
    an entry for that exempt entry are left alone; the entries are linked into the chain when
    `migrate` ends (integrity.signals)."""
    ExemptAsset = apps.get_model("ppid_pages", "ExemptAsset")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    now = timezone.now()
    for field in ("document", "image"):
        model = ExemptAsset._meta.get_field(field).related_model
        content_type, _created = ContentType.objects.get_or_create(
            app_label=model._meta.app_label, model=model._meta.model_name
        )
        rows = ExemptAsset.objects.filter(**{f"{field}__isnull": False}).select_related(
            "exemption", field
        )
        for row in rows.order_by("pk"):
            asset = getattr(row, field)
            entry = row.exemption.entry_id
            logged = ModelLogEntry.objects.filter(
                action=ACTION, content_type=content_type, object_id=str(asset.pk)
            )
            if any((e.data or {}).get("entry") == entry for e in logged):
                continue
            ModelLogEntry.objects.create(
                content_type=content_type,
                object_id=str(asset.pk),
                label=asset.title[:255],
                action=ACTION,
                data={"entry": entry, "baseline": True},
                timestamp=now,
                uuid=uuid.uuid4(),
                user_id=None,
            )


class Migration(migrations.Migration):
    dependencies = [
        ("ppid_pages", "0015_released_assets_in_the_audit_log"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.RunPython(log_exempt_assets, migrations.RunPython.noop),
    ]
