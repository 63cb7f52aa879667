"""The approval page (Persetujuan dokumen) names each row's first approver, and finds them for
the whole page at once: the number of queries does not grow with the rows waiting."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from moderation.actions import version_digest

from .factories import first_approval, make_document
from .test_workflow_bypass import member

pytestmark = pytest.mark.django_db


def waiting_documents(count: int, start: int = 0) -> list:
    documents = []
    for number in range(start, start + count):
        document = make_document(f"Dokumen Menunggu {number}")
        first_approval(document, version_digest(document), username=f"penyetuju-{number}")
        documents.append(document)
    return documents


def listing(client) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("moderation:documents_to_approve"))
    assert response.status_code == 200
    return response.content.decode(), len(queries)


def test_each_row_names_its_own_first_approver(client):
    documents = waiting_documents(3)
    client.force_login(member("Koordinator"))
    page, _queries = listing(client)
    for number, document in enumerate(documents):
        row = page[page.index(document.title) :]
        row = row[: row.index("</tr>")]
        assert re.search(rf"penyetuju-{number}\b", row), row
        others = {f"penyetuju-{n}" for n in range(3)} - {f"penyetuju-{number}"}
        assert not any(re.search(rf"{name}\b", row) for name in others)


def test_the_first_approvers_cost_the_same_for_one_row_or_many(client):
    waiting_documents(1)
    client.force_login(member("Koordinator"))
    _page, one = listing(client)
    waiting_documents(4, start=1)
    _page, five = listing(client)
    assert five == one
