"""Changes nobody public sees neither bump the page cache's generation nor purge every
address of the CDN (issue 18, verify18c 1): the review's bookkeeping, the workflow's tasks,
the internal content plan, an upload not released yet. A model nobody listed still counts."""

from types import SimpleNamespace

import pytest
from django.apps import apps

from page_cache import generation, purge
from page_cache.signals import affects_public
from tests.factories import make_document
from tests.page_cache.test_purge import forget_earlier_purges, proxy  # noqa: F401
from tests.test_workflow import (  # noqa: F401 - fixtures
    act,
    current_task_name,
    draft_entry,
    people,
    workflow,
)

pytestmark = pytest.mark.django_db

INTERNAL = (
    "moderation.publicationsnapshot",
    "moderation.approvalrecord",
    "moderation.forcedpublication",
    "moderation.privacyscantask",
    "moderation.sopreviewtask",
    "moderation.privacyallowlistsettings",
    "sop_governance.contentplan",
    "sop_governance.contentplanitem",
    "sop_governance.signplantask",
    "sop_governance.receiveplantask",
)


@pytest.mark.parametrize("label", INTERNAL)
def test_internal_models_are_not_public(label):
    assert not affects_public(apps.get_model(label))


def test_public_models_and_unknown_ones_still_count():
    for label in (
        "moderation.takedown",
        "moderation.sitesettingsapproval",
        "security.securitycontact",
        "ppid_pages.ppidsettings",
    ):
        assert affects_public(apps.get_model(label))

    meta = SimpleNamespace(app_label="ppid_pages", label_lower="ppid_pages.unknown")
    assert affects_public(type("Unknown", (), {"_meta": meta}))


def test_submitting_and_reviewing_a_draft_purges_nothing_everywhere(
    proxy,  # noqa: F811
    people,  # noqa: F811
    workflow,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    entry = draft_entry(people["operator"], "<p>Data penerima tersedia di kantor.</p>")
    forget_earlier_purges(proxy)
    before = generation.current()
    with django_capture_on_commit_callbacks(execute=False):
        workflow.start(entry, people["operator"])
        act(entry, people["subkoordinator"])
        assert current_task_name(entry) == "Persetujuan Koordinator"
        assert purge.EVERYTHING not in purge.pending()
    assert generation.current() == before


def test_an_upload_not_released_purges_nothing_everywhere(
    proxy,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    forget_earlier_purges(proxy)
    before = generation.current()
    with django_capture_on_commit_callbacks(execute=False):
        make_document("Rancangan")
        assert purge.EVERYTHING not in purge.pending()
    assert generation.current() == before
