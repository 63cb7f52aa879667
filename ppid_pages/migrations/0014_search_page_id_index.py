from django.db import migrations

# Wagtail's database search joins its index entries to the pages through a generic relation:
# wagtailsearch_indexentry.object_id (a varchar) = wagtailcore_page.id::varchar(50). Without an
# index on that expression PostgreSQL reads every page (a sequential scan hash-joined to the
# matching entries), so the public search cost grows with the register (issue 18: +33 % at
# 10,000 DIP entries). With it, the few entries the full-text index finds reach their pages by
# index (checked with EXPLAIN in tests/test_query_plans.py). The expression must be spelled as
# Django writes the join (varchar(50), the length of object_id) for the planner to match it,
# and the planner needs the expression's statistics before it chooses the index: the migration
# gathers them (ANALYZE reads a sample, not the table); autovacuum keeps them up to date.
# SQLite searches its FTS5 table and needs nothing.
PAGE_ID_INDEX = "ppid_search_page_id_text"


def create_page_id_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {PAGE_ID_INDEX} ON wagtailcore_page (((id)::varchar(50)))"
        )
        schema_editor.execute("ANALYZE wagtailcore_page")


def drop_page_id_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {PAGE_ID_INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("ppid_pages", "0013_released_units_in_the_audit_log"),
    ]

    operations = [migrations.RunPython(create_page_id_index, drop_page_id_index)]
