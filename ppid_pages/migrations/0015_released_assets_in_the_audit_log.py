import uuid

from django.db import migrations
from django.db.models import Q
from django.utils import timezone

DIGEST_ACTIONS = (
    "ppid.asset.release",
    "ppid.asset.release_version",
    "ppid.asset.pin",
    "ppid.asset.freeze",
)


def log_released_assets(apps, schema_editor):
    """Documents and images released before every digest write was an audit entry get the
    chained ppid.asset.release entry each release writes since (moderation.assets.record_digest),
    so the integrity watch and the public views verify `approved_digest` against the audit
    chain and trust none on the strength of its row alone (as ppid_pages 0013 did for units).
    A released asset without a digest (released before digests existed) gets the digest of the
    version it holds now. The entries are linked into the chain when `migrate` ends
    (integrity.signals)."""
    from moderation.snapshot import asset_digest, document_state, image_state

    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    kinds = (
        (
            "ppiddocument",
            document_state,
            Q(published_at__isnull=False) | Q(approved_at__isnull=False),
        ),
        ("ppidimage", image_state, Q(released_at__isnull=False)),
    )
    for model_name, state_of, released in kinds:
        model = apps.get_model("ppid_pages", model_name)
        content_type, _created = ContentType.objects.get_or_create(
            app_label="ppid_pages", model=model_name
        )
        rows = model.objects.filter(released | ~Q(approved_digest="")).order_by("pk")
        for asset in rows:
            if not asset.approved_digest:
                asset.approved_digest = asset_digest(state_of(asset))
                model.objects.filter(pk=asset.pk).update(approved_digest=asset.approved_digest)
            latest = (
                ModelLogEntry.objects.filter(
                    content_type=content_type,
                    object_id=str(asset.pk),
                    action__in=DIGEST_ACTIONS,
                )
                .order_by("-pk")
                .first()
            )
            if latest is not None and (latest.data or {}).get("hash") == asset.approved_digest:
                continue
            ModelLogEntry.objects.create(
                content_type=content_type,
                object_id=str(asset.pk),
                label=asset.title,
                action="ppid.asset.release",
                data={"hash": asset.approved_digest, "baseline": True},
                timestamp=timezone.now(),
                uuid=uuid.uuid4(),
                user_id=None,
            )


class Migration(migrations.Migration):
    dependencies = [
        ("ppid_pages", "0014_search_page_id_index"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.RunPython(log_released_assets, migrations.RunPython.noop),
    ]
