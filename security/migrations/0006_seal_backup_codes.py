"""The account seal now covers the backup codes (security.seals.backup_codes_digest, issue 13):
an account whose seal matched what it covered before is resealed with its codes; one that did
not match stays unmatched (a migration never launders an SQL change)."""

import hmac

from django.conf import settings
from django.db import migrations


def seal_backup_codes(apps, schema_editor):
    from security.seals import account_state, digest_of

    seals = apps.get_model("security", "AccountSeal").objects
    for seal in seals.all():
        state = account_state(seal.user_id, apps)
        if state is None:
            continue
        before = {key: value for key, value in state.items() if key != "backup"}
        if hmac.compare_digest(seal.digest, digest_of(before)):
            seals.filter(pk=seal.pk).update(digest=digest_of(state))


class Migration(migrations.Migration):
    dependencies = [
        ("security", "0005_role_grant"),
        ("otp_static", "0003_add_timestamps"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(seal_backup_codes, migrations.RunPython.noop),
    ]
