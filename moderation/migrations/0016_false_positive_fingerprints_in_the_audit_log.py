import uuid

from django.db import migrations
from django.utils import timezone

ACTIONS = ("ppid.false_positive", "ppid.false_positive.confirm")
IDENTIFIER_KINDS = ("nik", "kk", "npwp", "bpjs", "kks", "passport")


def chain_legacy_fingerprints(apps, schema_editor):
    """Every false-positive marking whose ppid.false_positive(.confirm) entries predate the
    fingerprint in the log (they name the masked excerpt only, which matches every value with
    the same visible digits) gets, for each marker such an entry names, an entry of the same
    action with the fingerprint its row holds at the upgrade (a baseline). From then on a
    marking clears only the finding its chained entry names by fingerprint
    (moderation.models.FalsePositive.vouched_markings): an UPDATE of an old row's fingerprint
    clears nothing. Linked into the chain when `migrate` ends (integrity.signals)."""
    FalsePositive = apps.get_model("moderation", "FalsePositive")
    PageLogEntry = apps.get_model("wagtailcore", "PageLogEntry")
    now = timezone.now()
    for marked in FalsePositive.objects.order_by("pk"):
        markers = {marked.marked_by_id, marked.confirmed_by_id} - {None}
        entries = list(
            PageLogEntry.objects.filter(
                page_id=marked.page_id, action__in=ACTIONS, user_id__in=markers
            ).order_by("pk")
        )
        named = {
            (entry.action, entry.user_id)
            for entry in entries
            if (entry.data or {}).get("kind") == marked.kind
            and (entry.data or {}).get("fingerprint") == marked.fingerprint
        }
        for entry in entries:
            data = entry.data or {}
            if data.get("fingerprint") or data.get("kind") != marked.kind:
                continue
            if str(data.get("excerpt", "")) != marked.excerpt:
                continue
            if (entry.action, entry.user_id) in named:
                continue
            named.add((entry.action, entry.user_id))
            PageLogEntry.objects.create(
                content_type_id=entry.content_type_id,
                page_id=entry.page_id,
                label=entry.label,
                action=entry.action,
                data={
                    **data,
                    "fingerprint": marked.fingerprint,
                    "structured": bool(
                        data.get("structured", marked.kind in IDENTIFIER_KINDS)
                        or marked.structured
                    ),
                    "baseline": True,
                },
                timestamp=now,
                uuid=uuid.uuid4(),
                user_id=entry.user_id,
            )


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0015_settings_images_in_the_audit_log"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.RunPython(chain_legacy_fingerprints, migrations.RunPython.noop),
    ]
