from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("ppid_pages", "0011_image_focal_point_versions"),
    ]

    operations = [
        migrations.AddField(
            model_name="ppidrendition",
            name="sha256",
            field=models.CharField(blank=True, editable=False, max_length=64),
        ),
    ]
