import hashlib
import json
import uuid

from django.core.serializers.json import DjangoJSONEncoder
from django.db import migrations
from django.utils import timezone

STEPLEN = 4  # wagtail's Page.steplen
PUBLISHED_STEPS = ("publish", "force", "set_up")


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def restriction_state(Page, PageViewRestriction, path: str) -> list:
    """moderation.snapshot.restriction_state at the time of this migration."""
    paths = [path[:end] for end in range(STEPLEN, len(path) + 1, STEPLEN)]
    restrictions = (
        PageViewRestriction.objects.filter(page__path__in=paths)
        .select_related("page")
        .order_by("page__path", "pk")
    )
    return [
        {
            "page": restriction.page_id,
            "type": restriction.restriction_type,
            "groups": sorted(group.pk for group in restriction.groups.all()),
            "password": sha256_hex(restriction.password or ""),
        }
        for restriction in restrictions
    ]


def record_baselines(apps, schema_editor):
    """Pages live before set-up publications recorded a publication snapshot (the demo
    content, the first import) get one now, as the set-up baseline: the live revision's
    content hash and the view restrictions, with its chained ppid.snapshot entry (step
    set_up, "baseline": true), so the integrity watch binds every live page to a content the
    audit chain holds and takes a live revision without one for an alert. Their documents and
    images are left to their own releases (approved_digest). Pages that have a publication
    snapshot of their live revision are left alone; the entries are linked into the chain
    when `migrate` ends (integrity.signals)."""
    Page = apps.get_model("wagtailcore", "Page")
    Revision = apps.get_model("wagtailcore", "Revision")
    PageViewRestriction = apps.get_model("wagtailcore", "PageViewRestriction")
    PageLogEntry = apps.get_model("wagtailcore", "PageLogEntry")
    PublicationSnapshot = apps.get_model("moderation", "PublicationSnapshot")
    now = timezone.now()
    pages = Page.objects.filter(live=True, depth__gt=1, live_revision__isnull=False)
    for page in pages.order_by("path").iterator():
        if PublicationSnapshot.objects.filter(
            revision_id=page.live_revision_id, step__in=PUBLISHED_STEPS
        ).exists():
            continue
        revision = Revision.objects.get(pk=page.live_revision_id)
        content = sha256_hex(
            json.dumps(revision.content, cls=DjangoJSONEncoder, sort_keys=True, ensure_ascii=False)
        )
        restrictions = restriction_state(Page, PageViewRestriction, page.path)
        hashed = {"content": content, "assets": {}}
        manifest = {"content": content, "assets": {}, "titles": {}, "baseline": True}
        if restrictions:
            hashed["restrictions"] = manifest["restrictions"] = restrictions
        digest = sha256_hex(json.dumps(hashed, sort_keys=True))
        PublicationSnapshot.objects.create(
            revision_id=revision.pk, step="set_up", digest=digest, manifest=manifest
        )
        PageLogEntry.objects.create(
            content_type_id=page.content_type_id,
            page_id=page.pk,
            revision_id=revision.pk,
            label=page.title,
            action="ppid.snapshot",
            data={"step": "set_up", "hash": digest, "task": "", "assets": {}, "baseline": True},
            timestamp=now,
            uuid=uuid.uuid4(),
            user_id=None,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0012_set_up_snapshot_step"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.RunPython(record_baselines, migrations.RunPython.noop),
    ]
