"""A serta merta force-publication publishes the version the Koordinator was shown. Found by
the red-team run (redteam13): the form showed nothing of the page and published whatever
revision was latest when the Koordinator clicked; the Operator saved another text a moment
after the Koordinator opened it, and that text (seen by nobody) went live. The form now names
the version and posts back its publication snapshot; anything saved since is refused."""

import html
import re

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from moderation.models import ForcedPublication

from .test_exceptions_to_the_path import serta_merta_draft
from .test_workflow import member

pytestmark = pytest.mark.django_db


def shown_digest(client: Client, page) -> str:
    form = client.get(reverse("moderation:force_publish", args=[page.pk])).content.decode()
    found = re.search(r'name="digest" value="([0-9a-f]+)"', form)
    return found.group(1) if found else ""


def save_summary(page, user, summary: str) -> None:
    draft = type(page).objects.get(pk=page.pk).get_latest_revision_as_object()
    draft.summary = summary
    draft.save_revision(user=user)


def test_a_version_saved_after_the_koordinator_opened_the_form_is_not_published(client):
    entry = serta_merta_draft("<p>Posko kesehatan dibuka di balai desa.</p>")
    operator = User.objects.get(username="operator")  # made by serta_merta_draft
    client.force_login(member("koordinator", "Koordinator"))
    seen = shown_digest(client, entry)
    save_summary(entry, operator, "<p>Posko ditutup, transfer donasi ke rekening palsu.</p>")

    response = client.post(
        reverse("moderation:force_publish", args=[entry.pk]),
        {"reason": "Darurat banjir.", "digest": seen},
        HTTP_ACCEPT_LANGUAGE="id",
    )
    entry.refresh_from_db()
    assert not entry.live
    assert not ForcedPublication.objects.exists()
    assert "rekening palsu" not in Client().get(entry.url or "/").content.decode()
    assert response.status_code == 200
    assert "berubah setelah Anda membuka formulir ini" in html.unescape(response.content.decode())

    # The form shows the latest version now; publishing what it shows works.
    response = client.post(
        reverse("moderation:force_publish", args=[entry.pk]),
        {"reason": "Darurat banjir.", "digest": shown_digest(client, entry)},
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.live
