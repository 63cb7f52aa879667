"""Issue 13, chain13 (other members of the class of items 1-2): the finish action and the
scheduled go-live compared the content with digests kept on mutable rows (the approval steps'
PublicationSnapshot rows, the ApprovalRecord's snapshot hash). An insider who rewrote a
revision in the database and the digests beside it got content nobody reviewed published,
and the publication's own snapshot entry then vouched for it. Now each digest counts only
when the audit chain holds it (moderation.snapshot.vouched_digests)."""

import pytest
from django.test import Client
from wagtail.models import Revision

from moderation import snapshot
from moderation.models import ApprovalRecord, PublicationSnapshot

from .test_asset_versions import submit_using
from .test_scheduled_go_live import go_live, scheduled
from .test_workflow_bypass import ROLES, draft_page, fresh, member, workflow_action

pytestmark = pytest.mark.django_db

FORGED_TITLE = "Laporan Kinerja yang tidak pernah ditinjau"


@pytest.fixture
def people() -> dict:
    return {role: member(role) for role in ROLES}


def rewrite(revision: Revision) -> str:
    """The insider's SQL: the revision's title, and the digest of the new content."""
    content = {**revision.content, "title": FORGED_TITLE, "draft_title": FORGED_TITLE}
    Revision.objects.filter(pk=revision.pk).update(content=content)
    return snapshot.take(Revision.objects.get(pk=revision.pk)).digest


def test_an_approval_snapshot_rewritten_in_the_database_publishes_nothing(client, people):
    page = draft_page(people["Operator"])
    submit_using(client, people["Operator"], page)
    assert workflow_action(client, people["Sub Koordinator"], page).status_code == 302
    revision = fresh(page).latest_revision
    digest = rewrite(revision)
    forged = snapshot.take(Revision.objects.get(pk=revision.pk))
    PublicationSnapshot.objects.filter(revision=revision).update(
        digest=digest, manifest=forged.manifest()
    )

    workflow_action(client, people["Koordinator"], page)
    assert not fresh(page).live
    assert FORGED_TITLE not in Client().get("/").content.decode()


def test_a_rewritten_approval_record_holds_the_scheduled_publication(client, people, monkeypatch):
    page, when = scheduled(client, people)
    revision = Revision.objects.get(approved_go_live_at__isnull=False)
    digest = rewrite(revision)
    ApprovalRecord.objects.filter(revision=revision).update(snapshot_hash=digest)

    go_live(monkeypatch, when)
    assert not fresh(page).live
