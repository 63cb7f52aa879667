"""The chain head, and a link for every audit log entry written before this app existed."""

from django.db import migrations

from integrity.chain import CONTENT_FIELDS, link_hash
from integrity.models import GENESIS_HASH

ENTRY_MODELS = (
    ("wagtailcore", "pagelogentry", "page_id"),
    ("wagtailcore", "modellogentry", "object_id"),
)


def link_existing(apps, schema_editor):
    Head = apps.get_model("integrity", "AuditChainHead")
    Link = apps.get_model("integrity", "AuditChainLink")
    head, _created = Head.objects.get_or_create(pk=1, defaults={"hash": GENESIS_HASH})
    pending = []
    for app_label, model_name, object_field in ENTRY_MODELS:
        model = apps.get_model(app_label, model_name)
        kind = f"{app_label}.{model_name}"
        linked = Link.objects.filter(entry_type=kind).values("entry_id")
        for values in model.objects.exclude(pk__in=linked).values(
            "id", object_field, *CONTENT_FIELDS
        ):
            pending.append((values["timestamp"], values["id"], kind, values))
    pending.sort(key=lambda item: (item[0], item[1], item[2]))
    for _timestamp, pk, kind, values in pending:
        sequence = head.sequence + 1
        digest = link_hash(head.hash, kind, values)
        Link.objects.create(
            entry_type=kind, entry_id=pk, sequence=sequence, previous_hash=head.hash, hash=digest
        )
        head.sequence, head.hash = sequence, digest
    head.save()


class Migration(migrations.Migration):
    dependencies = [("integrity", "0001_initial")]

    operations = [migrations.RunPython(link_existing, migrations.RunPython.noop)]
