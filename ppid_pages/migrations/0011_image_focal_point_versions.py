from django.db import migrations, models


def rebind_focal_points(apps, schema_editor):
    """The image state now covers the focal point: an image released with one keeps its
    release (its recorded digest is recomputed) when the rest of it is still the released
    version; one that no longer matches keeps its old digest, so the watch reports it."""
    from moderation.snapshot import asset_digest, image_state

    for image in apps.get_model("ppid_pages", "PPIDImage").objects.exclude(approved_digest=""):
        state = image_state(image)
        if "focal_point" not in state:
            continue
        before = {key: value for key, value in state.items() if key != "focal_point"}
        if asset_digest(before) == image.approved_digest:
            image.approved_digest = asset_digest(state)
            image.save(update_fields=["approved_digest"])


class Migration(migrations.Migration):
    dependencies = [
        ("ppid_pages", "0010_information_unit_approved_digest"),
    ]

    operations = [
        migrations.AddField(
            model_name="ppidimage",
            name="pending_focal_point",
            field=models.JSONField(editable=False, null=True),
        ),
        migrations.RunPython(rebind_focal_points, migrations.RunPython.noop),
    ]
