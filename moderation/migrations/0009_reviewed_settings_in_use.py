import hashlib
import json

from django.db import migrations

# moderation.reviewed_settings at the time of this migration.
REVIEWED = {
    "keamanan": (
        ("security", "SecurityContact"),
        ("contact_email", "contact_url", "expires", "preferred_languages", "policy_url"),
    ),
    "daftar-izin": (
        ("moderation", "PrivacyAllowListSettings"),
        ("npwp", "bank_accounts", "extra_values"),
    ),
}


def approve_values_already_in_use(apps, schema_editor):
    """The security contact and the allow-list in use before approvals existed stay as they
    are (approved by nobody); every later change needs a second person. The allow-list still
    drops a person's identifier or private contact when it is read."""
    SiteSettingsApproval = apps.get_model("moderation", "SiteSettingsApproval")
    for key, ((app_label, model_name), fields) in REVIEWED.items():
        for setting in apps.get_model(app_label, model_name).objects.all():
            values = {}
            for name in fields:
                value = getattr(setting, name)
                values[name] = value.isoformat() if hasattr(value, "isoformat") else value
            SiteSettingsApproval.objects.create(
                site_id=setting.site_id,
                setting=key,
                values=values,
                digest=hashlib.sha256(json.dumps(values, sort_keys=True).encode()).hexdigest(),
                comment="Nilai yang sudah berlaku sebelum persetujuan pengaturan diberlakukan.",
            )


class Migration(migrations.Migration):
    """The data step of 0008 in a migration of its own: on PostgreSQL the new field's index is
    created at the end of its migration, which fails ('pending trigger events') once rows were
    inserted in the same transaction."""

    dependencies = [
        ("moderation", "0008_reviewed_settings"),
        ("security", "0002_password_history"),
    ]

    operations = [
        migrations.RunPython(approve_values_already_in_use, migrations.RunPython.noop),
    ]
