"""Sessions bound to their stored key (issue 13, attack13q break 1; security.session_store).

A database insider (SQL, no SECRET_KEY) read a logged-in reviewer's session_data (signed, not
encrypted), wrote it into a row of their own (their own session, or a row inserted under the
hash of a key they chose: the hash's prefix was in the source code) and acted as that reviewer,
even after the reviewer logged out. The row's key is now an HMAC under SECRET_KEY and the
data's signature names the row it is stored under. Each test fails on the code before.
"""

import base64
import hashlib
import json
import zlib

import pytest
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from security.session_store import stored_key
from tests.security.accounts import login
from tests.test_workflow_bypass import (
    ROLES,
    current_task_state,
    draft_page,
    fresh,
    member,
    submit,
)

pytestmark = pytest.mark.django_db


def unsigned_payload(session_data: str) -> dict:
    """What anyone reading django_session sees: signing.dumps is signed, not encrypted."""
    payload = session_data.split(":")[0].lstrip(".")
    raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    try:
        return json.loads(zlib.decompress(raw))
    except zlib.error:
        return json.loads(raw)


def session_data_of(user: User) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT session_data FROM django_session")
        rows = [row[0] for row in cursor.fetchall()]
    return next(d for d in rows if unsigned_payload(d).get("_auth_user_id") == str(user.pk))


def transplant(user: User, my_key: str) -> Client:
    """SQL: `user`'s signed session data in a new row under the stored key of a key chosen by
    the insider (stored_key here is computed with the secret: more than an insider has)."""
    data = session_data_of(user)
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO django_session (session_key, session_data, expire_date) "
            "VALUES (%s, %s, %s)",
            [stored_key(my_key), data, timezone.now() + timezone.timedelta(days=1)],
        )
    thief = Client()
    thief.cookies["sessionid"] = my_key
    return thief


def approve_with(client: Client, page) -> int:
    state = current_task_state(page)
    client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk])
    return client.post(url, {"comment": ""}).status_code


def test_session_data_copied_under_a_key_of_my_choosing_approves_as_nobody(client):
    people = {role: member(role) for role in ROLES}
    for role in ("Sub Koordinator", "Koordinator"):
        assert login(Client(), people[role].username, "x").status_code == 302
    page = draft_page(people["Operator"])
    submit(client, people["Operator"], page)

    approve_with(transplant(people["Sub Koordinator"], "kunci-pilihan-saya-1"), page)
    approve_with(transplant(people["Koordinator"], "kunci-pilihan-saya-2"), page)

    assert not fresh(page).live, "both reviewers' sessions, copied in SQL, approved"


def test_session_data_copied_into_the_insiders_own_session_is_no_login(client):
    """No secret at all: the insider logs in as themselves and overwrites their own row's data
    with the reviewer's (Session rows found by the readable payload)."""
    people = {role: member(role) for role in ("Operator", "Koordinator")}
    assert login(Client(), people["Koordinator"].username, "x").status_code == 302
    insider = Client()
    assert login(insider, people["Operator"].username, "x").status_code == 302
    own = session_data_of(people["Operator"])
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE django_session SET session_data = %s WHERE session_data = %s",
            [session_data_of(people["Koordinator"]), own],
        )
    response = insider.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_a_copied_session_dies_with_the_reviewers_logout(client):
    people = {role: member(role) for role in ROLES}
    reviewer = Client()
    assert login(reviewer, people["Koordinator"].username, "x").status_code == 302
    copy = transplant(people["Koordinator"], "kunci-saya-setelah-keluar")
    reviewer.post(reverse("wagtailadmin_logout"))
    assert copy.get(reverse("wagtailadmin_home")).status_code != 200


def test_the_stored_key_is_no_unkeyed_hash_of_the_cookie(client):
    people = {role: member(role) for role in ("Operator",)}
    assert login(client, people["Operator"].username, "x").status_code == 302
    cookie = client.cookies["sessionid"].value
    plain = hashlib.sha256(f"ppid-session:{cookie}".encode()).hexdigest()[:40]
    keys = set(Session.objects.values_list("session_key", flat=True))
    assert plain not in keys and cookie not in keys
    assert stored_key(cookie) in keys
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
