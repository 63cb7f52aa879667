"""A data step (RunPython/RunSQL) never shares a migration with a schema change.

On PostgreSQL, Django creates a new field's index and constraints at the end of the
migration's transaction; once a data step has written rows there, that fails with "cannot
CREATE INDEX ... because it has pending trigger events", and an office's existing database
cannot upgrade. An empty test database migrates fine, so only this check sees it (found when
moderation 0008 failed to upgrade a PostgreSQL database holding approvals). New data steps
go in migrations of their own.
"""

from django.apps import apps
from django.db import migrations
from django.db.migrations.loader import MigrationLoader

# Released before this rule; each has upgraded the databases it met. Never add to this list.
RELEASED_MIXED = {
    ("integrity", "0003_alert_notified_at"),
    ("moderation", "0007_site_settings_approval"),
    ("page_cache", "0001_initial"),
    ("ppid_pages", "0006_exempt_information"),
    ("ppid_pages", "0007_dip_listing_and_search_indexes"),
    ("ppid_pages", "0009_information_unit_versions"),
    ("ppid_pages", "0010_information_unit_approved_digest"),
    ("ppid_pages", "0011_image_focal_point_versions"),
    ("security", "0002_password_history"),
}
DATA_STEPS = (migrations.RunPython, migrations.RunSQL)
NO_SCHEMA = (migrations.AlterModelOptions, migrations.AlterModelManagers)


def mixed_migrations() -> list[tuple[str, str]]:
    loader = MigrationLoader(None, ignore_no_migrations=True)
    mixed = []
    for (app_label, name), migration in sorted(loader.disk_migrations.items()):
        if "site-packages" in apps.get_app_config(app_label).path:
            continue
        operations = migration.operations
        data = any(isinstance(op, DATA_STEPS) for op in operations)
        schema = any(not isinstance(op, DATA_STEPS + NO_SCHEMA) for op in operations)
        if data and schema:
            mixed.append((app_label, name))
    return mixed


def test_data_steps_are_migrations_of_their_own() -> None:
    new = [key for key in mixed_migrations() if key not in RELEASED_MIXED]
    assert not new, f"a data step beside a schema change (split it): {new}"
