"""Every link written before links named their entry gets its entry's action and object and
its seal (integrity.chain.link_seal), so serve-time checks can tell which entry a broken link
held (issue 13, verify13i B1). Only a link whose entry still matches its hash is sealed (under
AUDIT_CHAIN_KEY for keyed links): a link already broken, or keyed while no key is set, keeps
an empty seal, which the serve-time walk (chain.subject_breaks) reads as a break it cannot
name, so nothing it could have named is vouched for."""

from django.db import migrations

from integrity.chain import CONTENT_FIELDS, chain_key, link_hash, link_seal, subject_of

ENTRY_MODELS = (
    ("wagtailcore", "pagelogentry", "page_id"),
    ("wagtailcore", "modellogentry", "object_id"),
)
BATCH = 2000


def seal_links(apps, schema_editor):
    Link = apps.get_model("integrity", "AuditChainLink")
    key = chain_key()
    models = {
        f"{app_label}.{model_name}": (apps.get_model(app_label, model_name), object_field)
        for app_label, model_name, object_field in ENTRY_MODELS
    }
    last = 0
    while True:
        batch = list(Link.objects.filter(sequence__gt=last, seal="").order_by("sequence")[:BATCH])
        if not batch:
            return
        last = batch[-1].sequence
        for kind, (model, object_field) in models.items():
            ids = [link.entry_id for link in batch if link.entry_type == kind]
            rows = {
                row["id"]: row
                for row in model.objects.filter(pk__in=ids).values(
                    "id", object_field, *CONTENT_FIELDS
                )
            }
            for link in batch:
                if link.entry_type != kind or link.entry_id not in rows:
                    continue
                if link.keyed and not key:
                    continue
                used = key if link.keyed else b""
                values = rows[link.entry_id]
                if link_hash(link.previous_hash, kind, values, used) != link.hash:
                    continue
                action, object_id = subject_of(kind, values)
                link.action, link.object_id = action[:255], object_id[:255]
                link.seal = link_seal(
                    link.sequence,
                    kind,
                    link.entry_id,
                    link.action,
                    link.object_id,
                    link.previous_hash,
                    link.hash,
                    used,
                )
                link.save(update_fields=["action", "object_id", "seal"])


class Migration(migrations.Migration):
    dependencies = [("integrity", "0012_link_names_its_entry")]

    operations = [migrations.RunPython(seal_links, migrations.RunPython.noop)]
