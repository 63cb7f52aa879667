from django.db import migrations

BOUND = "|"
SECRETS = ("tracking_code", "identity_number")


def bind_secrets(apps, schema_editor):
    """Every request's tracking code and identity number, encrypted (Fernet) on their own so
    far, are encrypted again bound to their row: the plaintext holds the row's primary key
    (information_requests.crypto.bind), and a token copied from another row opens nothing
    (InformationRequest.from_db). Values already bound are left alone."""
    InformationRequest = apps.get_model("information_requests", "InformationRequest")
    rows = InformationRequest.objects.order_by("pk").values_list("pk", *SECRETS)
    for pk, *values in rows:  # the columns as stored (decrypted), not a model's view of them
        prefix = f"{pk}{BOUND}"
        bound = {
            name: prefix + value
            for name, value in zip(SECRETS, values, strict=True)
            if value and not value.startswith(prefix)
        }
        if bound:
            InformationRequest.objects.filter(pk=pk).update(**bound)


class Migration(migrations.Migration):
    dependencies = [
        ("information_requests", "0004_legacy_files_sha256_baseline"),
    ]

    operations = [
        migrations.RunPython(bind_secrets, migrations.RunPython.noop),
    ]
