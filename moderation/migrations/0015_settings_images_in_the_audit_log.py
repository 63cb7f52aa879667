import uuid

from django.db import migrations
from django.utils import timezone

IMAGE_FIELDS = ("logo_id", "favicon_id")


def pin_settings_images(apps, schema_editor):
    """The logo and favicon named by each site's latest approval of the office settings that
    were never released (the set-up baseline of 0007/0009 did not pin them) become released
    versions with their chained ppid.asset.pin entry, as moderation.site_settings.pin_images
    does for every approval since: the public image view serves a settings image only when the
    audit chain holds its release (moderation.assets.released_version_vouched). Linked into the
    chain when `migrate` ends (integrity.signals)."""
    from moderation.snapshot import asset_digest, image_state

    Approval = apps.get_model("moderation", "SiteSettingsApproval")
    Image = apps.get_model("ppid_pages", "PPIDImage")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="ppid_pages", model="ppidimage"
    )
    latest = {}
    for approval in Approval.objects.filter(setting="office").order_by("approved_at", "pk"):
        latest[approval.site_id] = approval
    ids = {
        (approval.values or {}).get(name) for approval in latest.values() for name in IMAGE_FIELDS
    } - {None}
    for image in Image.objects.filter(pk__in=ids, approved_digest="").order_by("pk"):
        image.approved_digest = asset_digest(image_state(image))
        image.released_at = image.released_at or timezone.now()
        Image.objects.filter(pk=image.pk).update(
            approved_digest=image.approved_digest, released_at=image.released_at
        )
        ModelLogEntry.objects.create(
            content_type=content_type,
            object_id=str(image.pk),
            label=image.title,
            action="ppid.asset.pin",
            data={"hash": image.approved_digest, "baseline": True},
            timestamp=timezone.now(),
            uuid=uuid.uuid4(),
            user_id=None,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0014_false_positive_second_person"),
        ("ppid_pages", "0015_released_assets_in_the_audit_log"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.RunPython(pin_settings_images, migrations.RunPython.noop),
    ]
