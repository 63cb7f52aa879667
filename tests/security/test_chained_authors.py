"""Four eyes reads who wrote a revision from the audit chain (issue 13, attack13q break 5;
moderation.revisions.chained_authors).

A Sub Koordinator with SQL access wrote and submitted a page, moved wagtailcore_revision.user_id
and wagtailcore_workflowstate.requested_by_id to an Operator, and approved their own text as
the first reviewer. The chained entries written when they saved and submitted it still name
them; four eyes now asks those too. Fails on the code before.
"""

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from tests.test_workflow_bypass import (
    ROLES,
    current_task_state,
    draft_page,
    fresh,
    member,
    submit,
)

pytestmark = pytest.mark.django_db


def approve_with(client: Client, page) -> int:
    state = current_task_state(page)
    client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk])
    return client.post(url, {"comment": ""}).status_code


def test_an_author_rewritten_in_sql_does_not_approve_their_own_text(client):
    people = {role: member(role) for role in ROLES}
    author = people["Sub Koordinator"]
    page = draft_page(author)
    submit(Client(), author, page)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE wagtailcore_revision SET user_id = %s WHERE object_id = %s AND user_id = %s",
            [people["Operator"].pk, str(page.pk), author.pk],
        )
        cursor.execute(
            "UPDATE wagtailcore_workflowstate SET requested_by_id = %s WHERE object_id = %s",
            [people["Operator"].pk, str(page.pk)],
        )
    own = Client()
    own.force_login(author)
    approve_with(own, page)
    koordinator = Client()
    koordinator.force_login(people["Koordinator"])
    approve_with(koordinator, page)
    assert not fresh(page).live, "the author approved their own page after SQL updates"
