import uuid

from django.db import migrations
from django.utils import timezone


def log_sites_in_use(apps, schema_editor):
    """The sites in use when Site changes were closed to the admin (moderation.sites) are the
    approved ones: each gets its `ppid.site.approved` entry (host name, port, root page,
    default), as every site set up since, so the integrity watch (site_drift) compares every
    Site with a chained record. Sites that already have an entry are left alone; the entries
    are linked into the chain when `migrate` ends (integrity.signals)."""
    Site = apps.get_model("wagtailcore", "Site")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="site"
    )
    for site in Site.objects.order_by("pk"):
        if ModelLogEntry.objects.filter(
            action="ppid.site.approved", content_type=content_type, object_id=str(site.pk)
        ).exists():
            continue
        ModelLogEntry.objects.create(
            content_type=content_type,
            object_id=str(site.pk),
            label=f"{site.hostname}:{site.port}",
            action="ppid.site.approved",
            data={
                "hostname": site.hostname,
                "port": site.port,
                "root_page": site.root_page_id,
                "is_default_site": bool(site.is_default_site),
            },
            timestamp=timezone.now(),
            uuid=uuid.uuid4(),
            user_id=None,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("integrity", "0010_site_changed_alert"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("ppid_pages", "0002_roles_and_home_page"),
    ]

    operations = [
        migrations.RunPython(log_sites_in_use, migrations.RunPython.noop),
    ]
