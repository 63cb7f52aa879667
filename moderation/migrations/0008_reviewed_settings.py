import hashlib
import json

from django.db import migrations, models

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
    dependencies = [
        ("moderation", "0007_site_settings_approval"),
        ("security", "0002_password_history"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="sitesettingsapproval",
            options={
                "get_latest_by": ["approved_at", "pk"],
                "ordering": ["-approved_at", "-pk"],
                "permissions": [
                    ("approve_site_settings", "Can approve the public site settings after a scan"),
                    (
                        "approve_allow_list",
                        "Can approve changes to the privacy scanner allow-list",
                    ),
                ],
                "verbose_name": "site settings approval",
                "verbose_name_plural": "site settings approvals",
            },
        ),
        migrations.AddField(
            model_name="sitesettingsapproval",
            name="setting",
            field=models.CharField(
                db_index=True, default="office", max_length=32, verbose_name="setting"
            ),
        ),
        migrations.RunPython(approve_values_already_in_use, migrations.RunPython.noop),
    ]
