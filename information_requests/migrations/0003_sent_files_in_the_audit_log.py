import uuid

from django.db import migrations
from django.utils import timezone

SENT = "information_requests.file_sent"


def log_sent_files(apps, schema_editor):
    """Every requester's file sent before sendings were logged gets its
    `information_requests.file_sent` entry (a baseline, as the files were at the upgrade): the
    tracking link now serves a file only when the audit chain records it sent
    (information_requests.outgoing.chained_release), and a requester's link that worked before
    the upgrade must keep working. Files that already have the entry are left alone; the
    entries are linked into the chain when `migrate` ends (integrity.signals)."""
    OutgoingFile = apps.get_model("information_requests", "OutgoingFile")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="information_requests", model="informationrequest"
    )
    now = timezone.now()
    sent = OutgoingFile.objects.filter(sent_at__isnull=False).exclude(stored="")
    for outgoing in sent.select_related("request").order_by("pk"):
        logged = ModelLogEntry.objects.filter(
            action=SENT, content_type=content_type, object_id=str(outgoing.request_id)
        )
        if any((entry.data or {}).get("file") == outgoing.pk for entry in logged):
            continue
        ModelLogEntry.objects.create(
            content_type=content_type,
            object_id=str(outgoing.request_id),
            label=str(outgoing.request.number or outgoing.request_id)[:255],
            action=SENT,
            data={"file": outgoing.pk, "title": outgoing.title, "baseline": True},
            timestamp=now,
            uuid=uuid.uuid4(),
            user_id=None,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("information_requests", "0002_email_optional_at_the_desk"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.RunPython(log_sent_files, migrations.RunPython.noop),
    ]
