from django.db import migrations

BOUND = "|"


def seal_identity_files(apps, schema_editor):
    """Every request's identity document name is sealed to its row (identity_file_seal: the
    name bound to the primary key, encrypted; information_requests.crypto.bind), as every
    request saved since: a name copied from another row in the database then opens nothing
    (InformationRequest.from_db). Rows already sealed are left alone."""
    InformationRequest = apps.get_model("information_requests", "InformationRequest")
    rows = InformationRequest.objects.exclude(identity_file="").order_by("pk")
    for pk, name, seal in rows.values_list("pk", "identity_file", "identity_file_seal"):
        if seal != f"{pk}{BOUND}{name}":  # the columns as stored (decrypted)
            InformationRequest.objects.filter(pk=pk).update(
                identity_file_seal=f"{pk}{BOUND}{name}"
            )


class Migration(migrations.Migration):
    dependencies = [
        ("information_requests", "0006_identity_file_sealed"),
    ]

    operations = [
        migrations.RunPython(seal_identity_files, migrations.RunPython.noop),
    ]
