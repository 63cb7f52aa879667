"""A public POST (a request, an objection, a survey answer) reads no public generation: it
keeps nothing under a token (page_cache.middleware.may_render_public), and what it renders
(the form with its errors, the menu) is computed from the database."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from information_requests.models import InformationRequest
from ppid_pages.models import StandardPage
from tests.factories import home_page, publish
from tests.information_requests.conftest import identity_upload, request_data

pytestmark = pytest.mark.django_db


def token_reads(queries) -> list[str]:
    return [
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].startswith("SELECT") and "page_cache_publicgeneration" in query["sql"]
    ]


def submit(client, **overrides):
    data = request_data(**overrides)
    data.pop("channel")
    files = {"identity_document": identity_upload()}
    with CaptureQueriesContext(connection) as queries:
        response = client.post(reverse("information_requests:submit"), {**data, **files})
    return response, queries


def test_an_information_request_reads_no_token(client):
    response, queries = submit(client)
    assert response.status_code == 302
    assert InformationRequest.objects.exists()
    assert token_reads(queries) == []


def test_a_refused_form_shows_the_menu_of_the_moment_and_reads_no_token(client):
    publish(home_page(), StandardPage(title="Profil Dinas", slug="profil", show_in_menus=True))
    assert "Profil Dinas" in client.get("/").content.decode()  # the menu kept under the token
    response, queries = submit(client, email="bukan-email")
    assert response.status_code == 400
    assert "Profil Dinas" in response.content.decode()
    assert token_reads(queries) == []


@pytest.mark.parametrize(
    "url",
    [
        reverse("information_requests:objection_submit", args=["PMH-0000", "x"]),
        reverse("service_reports_public:survey", args=["PMH-0000", "x"]),
    ],
    ids=["objection", "survey"],
)
def test_an_objection_or_a_survey_answer_reads_no_token(client, url):
    with CaptureQueriesContext(connection) as queries:
        client.post(url, {})
    assert token_reads(queries) == []
