"""Account seals (issue 13, fix13o; security.seals, security.session_store): what lets an
account log in and approve is bound to AUDIT_CHAIN_KEY, which the database does not hold.

Members of the class of attack13n's database insider (tests/test_db_insider_becomes_both_
reviewers.py overwrites a password hash): a session key read from django_session used as a
cookie, a row added to auth_user_groups in SQL, is_superuser flipped in SQL, a TOTP device
inserted in SQL, a change made while a reviewer's session is open. Each fails on the code
before the seals; the application's own writes keep working and never launder an SQL change.
"""

import pytest
from django.contrib.auth.models import Group, User
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from integrity.models import IntegrityAlert
from tests.security.accounts import PASSWORD, give_device, login, make_admin

pytestmark = pytest.mark.django_db

SEAL_MISMATCH = "ppid.auth.seal_mismatch"


def person(username="operator", role="Operator") -> User:
    user = User.objects.create_user(
        username, email=f"{username}@contohkab.go.id", password=PASSWORD
    )
    user.groups.add(Group.objects.get(name=role))
    give_device(user)
    return user


def refused_and_recorded(user: User) -> None:
    assert ModelLogEntry.objects.filter(action=SEAL_MISMATCH, object_id=str(user.pk)).exists()
    assert IntegrityAlert.objects.open().filter(kind="account_changed").exists()


def test_a_session_key_read_from_the_database_is_no_cookie(client):
    person()
    assert login(client, "operator").status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    stolen = Client()
    for key in Session.objects.values_list("session_key", flat=True):
        stolen.cookies["sessionid"] = key
        response = stolen.get(reverse("wagtailadmin_home"))
        assert response.status_code == 302 and "login" in response["Location"]


def test_a_group_row_added_in_sql_does_not_log_in(client):
    user = person()
    # What an INSERT INTO auth_user_groups does: no m2m_changed, no application write.
    User.groups.through.objects.create(user=user, group=Group.objects.get(name="Koordinator"))
    assert login(client, "operator", second_factor=False).status_code == 200
    refused_and_recorded(user)


def test_is_superuser_flipped_in_sql_does_not_log_in(client):
    user = person()
    User.objects.filter(pk=user.pk).update(is_superuser=True)
    assert login(client, "operator", second_factor=False).status_code == 200
    refused_and_recorded(user)


def test_a_device_inserted_in_sql_does_not_log_in(client):
    user = person()
    TOTPDevice.objects.bulk_create([TOTPDevice(user=user, name="Penyusup", confirmed=True)])
    assert login(client, "operator", second_factor=False).status_code == 200
    refused_and_recorded(user)


def test_a_change_in_sql_during_a_session_refuses_the_next_action(client):
    user = person()
    assert login(client, "operator").status_code == 302
    User.objects.filter(pk=user.pk).update(is_superuser=True)
    response = client.post(reverse("wagtailadmin_pages:add_subpage", args=[2]), {})
    assert response.status_code == 302 and "login" in response["Location"]
    refused_and_recorded(user)
    assert client.get(reverse("wagtailadmin_home")).status_code == 302  # logged out


def test_the_application_reseals_its_own_changes_and_launders_none(client):
    make_admin()
    user = person()
    user.set_password("Sandi-Baru-2026!")  # the app's own path
    user.save()
    user.groups.add(Group.objects.get(name="Sub Koordinator"))
    assert login(client, "operator", "Sandi-Baru-2026!").status_code == 302

    User.objects.filter(pk=user.pk).update(email="penyusup@contoh.com")  # SQL
    user.refresh_from_db()
    user.first_name = "Budi"
    user.save()  # a later write of the application does not make the SQL change good
    user.groups.add(Group.objects.get(name="Koordinator"))
    assert login(Client(), "operator", "Sandi-Baru-2026!", second_factor=False).status_code == 200


def test_a_failed_save_does_not_launder_a_later_sql_change():
    """A save that failed after its pre_save signal left the account in the thread's pending
    state as "intact"; in a later request, an SQL change followed by any application write of
    the account resealed it. The pending state ends with the request."""
    from django.db import connection

    from security import seals

    user = person()
    seals._before([user.pk])  # what a save that raised between its signals leaves behind
    Client().get(reverse("wagtailadmin_login"))  # a later request in the same worker thread
    with connection.cursor() as cursor:
        cursor.execute("UPDATE auth_user SET is_superuser = %s WHERE id = %s", [True, user.pk])
    user.refresh_from_db()
    user.first_name = "Budi"
    user.save()  # an ordinary application write
    assert not seals.intact(user.pk)


def test_a_failed_save_does_not_launder_a_later_sql_change_in_a_celery_task():
    """The same pending state in a Celery worker thread: it ends when the next task starts
    (task_prerun), as it does when a request starts. Run with the real Celery app, eagerly."""
    from django.db import connection

    from config.celery import app
    from security import seals

    user = person()
    seals._before([user.pk])  # what a save that raised between its signals leaves behind

    @app.task(name="tests.security.seal_probe")
    def probe():
        with connection.cursor() as cursor:
            cursor.execute("UPDATE auth_user SET is_superuser = %s WHERE id = %s", [True, user.pk])
        fresh = User.objects.get(pk=user.pk)
        fresh.first_name = "Budi"
        fresh.save()  # an ordinary application write in the later task

    probe.apply()  # eager: Celery's own tracer, with its task_prerun signal
    assert not seals.intact(user.pk)


def test_a_backup_code_inserted_in_sql_does_not_log_in(client):
    """django-otp's backup codes (StaticToken) are a second factor too: one inserted in SQL
    (into the account's device, or a new device) is not what the application gave."""
    from django_otp.plugins.otp_static.models import StaticDevice, StaticToken

    from security import twofactor

    user = person()
    twofactor.new_backup_codes(user)  # the application's codes: the account stays sealed
    assert login(client, "operator").status_code == 302
    device = StaticDevice.objects.get(user=user)
    StaticToken.objects.bulk_create([StaticToken(device=device, token="penyusup1")])
    assert login(Client(), "operator", second_factor=False).status_code == 200
    refused_and_recorded(user)


def test_using_a_backup_code_reseals_and_launders_no_inserted_one():
    from django_otp.plugins.otp_static.models import StaticDevice, StaticToken

    from security import seals, twofactor

    user = person()
    codes = twofactor.new_backup_codes(user)
    assert seals.intact(user.pk)
    assert twofactor.verify_code(user, codes[0]) is not None  # the app deletes the used code
    assert seals.intact(user.pk)
    StaticToken.objects.bulk_create(
        [StaticToken(device=StaticDevice.objects.get(user=user), token="penyusup1")]
    )
    assert twofactor.verify_code(user, codes[1]) is not None
    assert not seals.intact(user.pk)
