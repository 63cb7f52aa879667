import hashlib
import uuid

from django.db import migrations
from django.utils import timezone

ACTION = "ppid.exemption.version"


def log_exempt_versions(apps, schema_editor):
    """Every document and image recorded as exempt before the versions of exempt files were
    logged (ppid_pages.exempt_versions) gets a `ppid.exemption.version` entry with the
    fingerprints of its current file and of its pending file: the content check compares with
    the chained versions, so deleting the ExemptAsset rows or replacing the file later never
    lets a copy through. A version already logged on the asset is left alone; the entries are
    linked into the chain when `migrate` ends (integrity.signals)."""
    from information_requests.exempt_content import fingerprint
    from ppid_pages.exempt_versions import as_data

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
            logged = ModelLogEntry.objects.filter(
                action=ACTION, content_type=content_type, object_id=str(asset.pk)
            )
            digests = {(entry.data or {}).get("sha256") for entry in logged}
            for name in dict.fromkeys((asset.file.name, asset.pending_file)):
                if not name:
                    continue
                try:
                    with asset.file.storage.open(name, "rb") as stored:
                        content = stored.read()
                except (OSError, ValueError):
                    continue
                digest = hashlib.sha256(content).hexdigest()
                if digest in digests:
                    continue
                ModelLogEntry.objects.create(
                    content_type=content_type,
                    object_id=str(asset.pk),
                    label=asset.title[:255],
                    action=ACTION,
                    data={
                        "entry": row.exemption.entry_id,
                        "sha256": digest,
                        "file": name.rsplit("/", 1)[-1],
                        "fingerprint": as_data(fingerprint(content, name)),
                        "baseline": True,
                    },
                    timestamp=now,
                    uuid=uuid.uuid4(),
                    user_id=None,
                )
                digests.add(digest)


class Migration(migrations.Migration):
    dependencies = [
        ("ppid_pages", "0017_exempt_entries_in_the_audit_log"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.RunPython(log_exempt_versions, migrations.RunPython.noop),
    ]
