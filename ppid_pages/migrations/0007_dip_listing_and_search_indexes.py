from django.db import migrations, models

# Wagtail's PostgreSQL search filters on (title || body) @@ query, an expression its own GIN
# indexes (on title and on body apart) cannot serve: this index can (checked with EXPLAIN in
# tests/test_query_plans.py). SQLite searches its FTS5 table and needs nothing.
SEARCH_INDEX = "ppid_search_title_body_gin"


def create_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {SEARCH_INDEX} ON wagtailsearch_indexentry "
            "USING gin ((title || body))"
        )


def drop_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {SEARCH_INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("ppid_pages", "0006_exempt_information"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="dipentrypage",
            index=models.Index(fields=["-created_date", "page_ptr"], name="dip_entry_listing"),
        ),
        migrations.RunPython(create_search_index, drop_search_index),
    ]
