import uuid

from django.db import migrations
from django.utils import timezone


def log_released_units(apps, schema_editor):
    """Units released before releases were audit entries (0009 made every existing unit public,
    0010 wrote their digests) get the chained ppid.snippet.release entry every release writes
    since (moderation.snippets.release), so the integrity watch verifies each unit's
    `approved_digest` against the audit chain and trusts none on the strength of its row
    alone. The entries are linked into the chain when `migrate` ends (integrity.signals)."""
    Unit = apps.get_model("ppid_pages", "InformationUnit")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="ppid_pages", model="informationunit"
    )
    logged = ModelLogEntry.objects.filter(action="ppid.snippet.release", content_type=content_type)
    for unit in Unit.objects.exclude(approved_digest="").order_by("pk"):
        entries = logged.filter(object_id=str(unit.pk), data__hash=unit.approved_digest)
        if entries.exists():
            continue
        ModelLogEntry.objects.create(
            content_type=content_type,
            object_id=str(unit.pk),
            label=unit.name,
            action="ppid.snippet.release",
            data={
                "old": {},
                "new": {"name": unit.name},
                "page": None,
                "hash": unit.approved_digest,
            },
            timestamp=timezone.now(),
            uuid=uuid.uuid4(),
            user_id=None,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("ppid_pages", "0012_rendition_sha256"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.RunPython(log_released_units, migrations.RunPython.noop),
    ]
