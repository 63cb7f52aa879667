"""(Run from the repository as tests/test_db_insider_becomes_both_reviewers.py:
it uses the suite's helpers and fixtures.)

attack13n: a database insider (SQL access, no application secret) approves as both reviewers.

Role: database insider. No SECRET_KEY, no AUDIT_CHAIN_KEY is used: only rows.

The two-reviewer rule, the four-eyes checks and the chained approvals all trust "who is logged
in". Every credential of a login lives in the database in a form the insider can use without any
secret: the password hash (Django's hashers are salted, not keyed: the insider computes a hash of
a password of their choice with make_password) and the TOTP secret of the second factor
(django_otp's otp_totp_totpdevice.key, stored in clear hex). So the insider:
  1. saves the Sub Koordinator's and the Koordinator's password hashes,
  2. UPDATEs both to a hash of a password they know,
  3. reads both TOTP keys and computes the current codes,
  4. logs in through the real login and 2FA views as each and approves the Operator's page
     (the workflow, the snapshot, the chained approval entries are all genuine),
  5. restores the original hashes: the real reviewers notice nothing.
The page goes live having been seen by one person, who is neither reviewer; the audit chain
verifies and records two approvals by two different people.

Expected: a credential written in the database without the application does not log in (e.g.
password hashes and TOTP secrets bound to / encrypted with a key from the environment, as the
audit chain's HMAC is), or at least the change is detected (integrity watch, audit) before it
can be used. Fails on main: the page is live, approved "by" both reviewers.
"""

import time

import pytest
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Page

from tests.security.accounts import give_device
from tests.test_asset_versions import submit_using
from tests.test_workflow_bypass import (
    ROLES,
    current_task_state,
    draft_page,
    fresh,
    member,
)

pytestmark = pytest.mark.django_db

KNOWN = "Sandi-Penyusup-2026"


def code_from_the_row(user: User) -> str:
    """What the insider computes from otp_totp_totpdevice alone."""
    key, step, t0, digits, drift, last_t = TOTPDevice.objects.filter(user=user).values_list(
        "key", "step", "t0", "digits", "drift", "last_t"
    )[0]
    totp = TOTP(bytes.fromhex(key), step, t0, digits, drift)
    totp.time = time.time()
    if last_t >= totp.t():
        totp.time += (last_t + 1 - totp.t()) * step
    return f"{totp.token():0{digits}d}"


def approve_as(user: User, page: Page) -> int:
    client = Client()
    original = User.objects.filter(pk=user.pk).values_list("password", flat=True).get()
    User.objects.filter(pk=user.pk).update(password=make_password(KNOWN))  # SQL UPDATE
    try:
        response = client.post(
            reverse("wagtailadmin_login"), {"username": user.username, "password": KNOWN}
        )
        if response.status_code != 302:
            return response.status_code
        client.post(reverse("security_2fa_verify"), {"code": code_from_the_row(user)})
        state = current_task_state(page)
        url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk])
        client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        return client.post(url, {"comment": ""}).status_code
    finally:
        User.objects.filter(pk=user.pk).update(password=original)  # no trace in the row


def test_one_database_insider_approves_as_both_reviewers(client):
    people = {role: member(role) for role in ROLES}
    for role in ("Sub Koordinator", "Koordinator"):
        give_device(people[role])  # each reviewer enrolled an authenticator app
    page = draft_page(people["Operator"])
    submit_using(client, people["Operator"], page)

    approve_as(people["Sub Koordinator"], page)
    approve_as(people["Koordinator"], page)

    assert not fresh(page).live, (
        "one database insider, with no application secret, logged in as the Sub Koordinator "
        "and the Koordinator and published the page through the two-reviewer workflow"
    )
