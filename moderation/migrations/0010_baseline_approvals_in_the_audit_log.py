import uuid

from django.db import migrations
from django.utils import timezone

# The settings each approval key names (moderation.site_settings, moderation.reviewed_settings
# at the time of this migration).
MODELS = {
    "office": ("ppid_pages", "ppidsettings"),
    "keamanan": ("security", "securitycontact"),
    "daftar-izin": ("moderation", "privacyallowlistsettings"),
}


def log_baseline_approvals(apps, schema_editor):
    """The set-up baseline approvals (0007, 0009: the values in use before approvals existed,
    approved by nobody) get their chained ppid.settings.approve entry, like every approval since,
    so the integrity watch verifies every approval against the audit chain and accepts none on
    the strength of its row alone. Only the first approval of a setting on a site, by nobody,
    without an entry of its digest yet; the entries are linked into the chain when `migrate`
    ends (integrity.signals)."""
    SiteSettingsApproval = apps.get_model("moderation", "SiteSettingsApproval")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    seen: set[tuple[int, str]] = set()
    for approval in SiteSettingsApproval.objects.order_by(
        "site_id", "setting", "approved_at", "pk"
    ):
        key = (approval.site_id, approval.setting)
        if key in seen:
            continue
        seen.add(key)
        if approval.approved_by_id is not None or approval.setting not in MODELS:
            continue
        app_label, model_name = MODELS[approval.setting]
        logged = ModelLogEntry.objects.filter(
            action="ppid.settings.approve", data__digest=approval.digest
        )
        if any(
            (entry.data or {}).get("setting", "office") == approval.setting for entry in logged
        ):
            continue
        content_type, _created = ContentType.objects.get_or_create(
            app_label=app_label, model=model_name
        )
        setting = apps.get_model(app_label, model_name).objects.filter(site_id=approval.site_id)
        setting_id = setting.values_list("pk", flat=True).first()
        ModelLogEntry.objects.create(
            content_type=content_type,
            object_id=str(setting_id or ""),
            label=approval.setting,
            action="ppid.settings.approve",
            data={
                "setting": approval.setting,
                "digest": approval.digest,
                "fields": [],
                "initial": True,
                "approval": approval.pk,
            },
            timestamp=timezone.now(),
            uuid=uuid.uuid4(),
            user_id=None,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0009_reviewed_settings_in_use"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.RunPython(log_baseline_approvals, migrations.RunPython.noop),
    ]
