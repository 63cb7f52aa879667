"""The publication gate says why it refuses, in Indonesian, wherever the admin hits it (issue
13, gate13 item 6). The privacy dialog is a modal: Wagtail turned the gate's refusal into a
bare English "403 Forbidden" the dialog could not show; the other admin views showed only
Wagtail's generic "no permission". Every refusal message of the gate is translated."""

import pytest
from django.contrib.auth.models import User
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from moderation import models as moderation_models
from moderation import publication, signals, workflow

from .test_live_changes_only_through_the_sop import live_page

pytestmark = pytest.mark.django_db

PRIVACY_REFUSAL = "tidak dapat dipindahkan, diubah urutannya, atau diubah privasinya"


@pytest.fixture
def admin(client) -> User:
    user = User.objects.create_superuser("root", "root@contohkab.go.id", "x")
    client.force_login(user)
    return user


def test_the_privacy_dialog_says_why_in_indonesian(client, admin):
    page = live_page("pengumuman")
    response = client.post(
        reverse("wagtailadmin_pages:set_privacy", args=[page.pk]),
        {"restriction_type": "password", "password": "rahasia123"},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code == 200
    answer = response.json()
    assert answer["step"] == "refused"
    assert PRIVACY_REFUSAL in answer["html"] and "Tidak diizinkan" in answer["html"]
    assert not PageViewRestriction.objects.exists()


def test_an_admin_view_refused_by_the_gate_says_why_in_indonesian(client, admin):
    page = live_page("pengumuman")
    response = client.post(
        reverse("wagtailadmin_pages:set_privacy", args=[page.pk]),
        {"restriction_type": "password", "password": "rahasia123"},
    )
    assert response.status_code == 302
    shown = [str(message) for message in get_messages(response.wsgi_request)]
    assert any(PRIVACY_REFUSAL in message for message in shown)
    assert not PageViewRestriction.objects.exists()


REFUSALS = [
    publication.NOT_THROUGH_SOP,
    publication.TAKE_DOWN_FIRST,
    publication.LIVE_STRUCTURE,
    workflow.NO_LONGER_IN_PROGRESS,
    workflow.ALREADY_DECIDED,
    workflow.NOT_EVERY_TASK,
    workflow.NO_SHARED_SNAPSHOT,
    workflow.SCAN_NO_LONGER_PASSES,
    workflow.TWO_REVIEWERS,
    moderation_models.SNAPSHOT_CHANGED,
    moderation_models.AUTHOR_REFUSED,
    signals.REWRITE_REFUSED,
]


@pytest.mark.parametrize("message", REFUSALS, ids=lambda message: str(message)[:30])
def test_every_refusal_of_the_gate_is_translated(message):
    with translation.override("en"):
        english = str(message)
    with translation.override("id"):
        assert str(message) != english
