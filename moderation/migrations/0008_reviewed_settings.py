from django.db import migrations, models


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
    ]
