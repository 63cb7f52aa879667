import secrets

from django.db import migrations, models
from django.utils import timezone


def create_row(apps, schema_editor):
    PublicGeneration = apps.get_model("page_cache", "PublicGeneration")
    PublicGeneration.objects.get_or_create(
        pk=1, defaults={"token": secrets.token_hex(16), "changed_at": timezone.now()}
    )


class Migration(migrations.Migration):
    initial = True

    dependencies: list = []

    operations = [
        migrations.CreateModel(
            name="PublicGeneration",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("token", models.CharField(max_length=32, verbose_name="token")),
                ("changed_at", models.DateTimeField(verbose_name="changed at")),
            ],
            options={
                "verbose_name": "public content generation",
                "verbose_name_plural": "public content generations",
            },
        ),
        migrations.RunPython(create_row, migrations.RunPython.noop),
    ]
