import hashlib
import uuid

from django.db import migrations
from django.utils import timezone

ADDED = "information_requests.file_added"
BASELINE = "information_requests.file_baseline"


def record_legacy_digests(apps, schema_editor):
    """Every requester's file added before the SHA-256 was logged with it (its
    `information_requests.file_added` entry holds none) gets an
    `information_requests.file_baseline` entry with the SHA-256 of its bytes as they are at
    the upgrade: from then on the tracking link and every e-mail check its bytes
    (information_requests.outgoing.releasable_files), and a file whose chained entries hold no
    SHA-256 is never released. Files already with a digest or a baseline, purged files and
    files that cannot be read are left alone; the entries are linked into the chain when
    `migrate` ends (integrity.signals)."""
    from information_requests.crypto import InvalidToken, read_private

    OutgoingFile = apps.get_model("information_requests", "OutgoingFile")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="information_requests", model="informationrequest"
    )
    now = timezone.now()
    files = OutgoingFile.objects.exclude(stored="").select_related("request").order_by("pk")
    for outgoing in files:
        logged = ModelLogEntry.objects.filter(
            action__in=[ADDED, BASELINE],
            content_type=content_type,
            object_id=str(outgoing.request_id),
        )
        entries = [entry for entry in logged if (entry.data or {}).get("file") == outgoing.pk]
        if any(entry.action == BASELINE or (entry.data or {}).get("sha256") for entry in entries):
            continue
        try:
            content = read_private(outgoing.stored)
        except (OSError, ValueError, InvalidToken):
            continue
        ModelLogEntry.objects.create(
            content_type=content_type,
            object_id=str(outgoing.request_id),
            label=str(outgoing.request.number or outgoing.request_id)[:255],
            action=BASELINE,
            data={
                "file": outgoing.pk,
                "title": outgoing.title,
                "sha256": hashlib.sha256(content).hexdigest(),
                "baseline": True,
            },
            timestamp=now,
            uuid=uuid.uuid4(),
            user_id=None,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("information_requests", "0003_sent_files_in_the_audit_log"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.RunPython(record_legacy_digests, migrations.RunPython.noop),
    ]
