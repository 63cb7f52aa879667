"""Existing accounts are sealed as they are (security.seals, issue 13): from here on only the
application's own writes reseal them."""

from django.conf import settings
from django.db import migrations


def seal_existing_accounts(apps, schema_editor):
    from security.seals import seal

    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    for pk in user_model.objects.values_list("pk", flat=True):
        seal(pk, apps)


class Migration(migrations.Migration):
    dependencies = [
        ("security", "0003_account_seal"),
        ("otp_totp", "0003_add_timestamps"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(seal_existing_accounts, migrations.RunPython.noop),
    ]
