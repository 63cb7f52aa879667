import hashlib
import json

from django.db import migrations, models


def record_released_digests(apps, schema_editor):
    """Released units get the digest of their released name (moderation.snapshot.snippet_digest
    of {"name": ...}), so the integrity watch compares them from the start."""
    Unit = apps.get_model("ppid_pages", "InformationUnit")
    for unit in Unit.objects.filter(released_at__isnull=False).iterator():
        content = json.dumps({"name": unit.name}, sort_keys=True, ensure_ascii=False)
        digest = hashlib.sha256(content.encode()).hexdigest()
        Unit.objects.filter(pk=unit.pk).update(approved_digest=digest)


class Migration(migrations.Migration):
    dependencies = [
        ("ppid_pages", "0009_information_unit_versions"),
    ]

    operations = [
        migrations.AddField(
            model_name="informationunit",
            name="approved_digest",
            field=models.CharField(
                blank=True, editable=False, max_length=64, verbose_name="approved hash"
            ),
        ),
        migrations.RunPython(record_released_digests, migrations.RunPython.noop),
    ]
