"""The desk opens only the files that belong to the request it opens (issue 13, follow-up of
reattack13f B: tracking codes and identity numbers are bound to their row).

- The identity document's name (identity_file) was a plain column: a database insider who
  copied another request's name onto a row made the desk's identity view (view_identity)
  serve the other requester's KTP under this request. The name is now sealed to its row
  (identity_file_seal, encrypted and bound like the tracking code): a copied name reads ''.
- The desk's download of an outgoing file read whatever the row's `stored` named: a row
  pointed in the database at another request's file served those bytes. Now only the bytes
  the audit chain recorded when the file was added (outgoing.desk_content).
The insider's writes are SQL."""

import importlib

import pytest
from django.apps import apps
from django.db import connection
from django.urls import reverse

from information_requests import outgoing
from information_requests.crypto import read_private
from information_requests.models import InformationRequest, OutgoingFile
from information_requests.roles import PETUGAS, PPID

pytestmark = pytest.mark.django_db


def sql(statement: str, params) -> None:
    with connection.cursor() as cursor:
        cursor.execute(statement, params)


def identity_url(request) -> str:
    return reverse("information_requests_admin:identity", args=[request.pk])


def test_an_identity_document_name_copied_from_another_request_opens_nothing(
    client, users, desk_request
):
    victim = desk_request()
    own = desk_request(name="Budi Santoso")
    client.force_login(users[PETUGAS])  # the desk
    assert client.get(identity_url(own)).status_code == 200
    sql(
        "UPDATE information_requests_informationrequest SET identity_file = %s, "
        "identity_file_type = 'png' WHERE id = %s",
        [victim.identity_file, own.pk],
    )
    assert client.get(identity_url(own)).status_code == 404
    assert InformationRequest.objects.get(pk=own.pk).identity_file == ""
    # and the victim's own request still opens it
    assert client.get(identity_url(victim)).status_code == 200
    assert InformationRequest.objects.get(pk=victim.pk).identity_file == victim.identity_file


def test_identity_documents_from_before_the_seal_are_sealed_by_the_upgrade(
    client, users, desk_request
):
    request = desk_request()
    sql(
        "UPDATE information_requests_informationrequest SET identity_file_seal = '' WHERE id = %s",
        [request.pk],
    )
    assert InformationRequest.objects.get(pk=request.pk).identity_file == ""
    migration = importlib.import_module("information_requests.migrations.0007_seal_identity_files")
    migration.seal_identity_files(apps, None)
    migration.seal_identity_files(apps, None)  # once
    client.force_login(users[PETUGAS])  # the desk
    assert client.get(identity_url(request)).status_code == 200


def test_the_desk_download_serves_only_the_bytes_the_chain_recorded(client, users, desk_request):
    first = desk_request()
    second = desk_request(name="Budi Santoso")
    leaky = b"Daftar penerima: Andi Wijaya NIK 3201011203850001 HP 0813 9876 5432\n"
    secret = outgoing.add_file(
        first, OutgoingFile.Kind.INFORMATION, "Daftar", "daftar.txt", leaky, users[PPID]
    )
    notice = outgoing.add_file(
        second,
        OutgoingFile.Kind.NOTICE,
        "Pemberitahuan",
        "pemberitahuan.txt",
        b"Pemberitahuan tertulis.\n",
        users[PPID],
    )
    client.force_login(users[PPID])
    download = reverse("information_requests_admin:file", args=[notice.pk])
    assert client.get(download).content == b"Pemberitahuan tertulis.\n"
    assert read_private(secret.stored) == leaky
    sql(
        "UPDATE information_requests_outgoingfile SET stored = %s WHERE id = %s",
        [secret.stored, notice.pk],
    )
    response = client.get(download)
    assert response.status_code == 404
    assert leaky not in response.content
    # the file itself, under its own row, is still served to the desk
    own = client.get(reverse("information_requests_admin:file", args=[secret.pk]))
    assert own.status_code == 200 and own.content == leaky


def test_rows_created_in_bulk_keep_their_secrets_bound(desk_request):
    """bulk_create skips InformationRequest.save, which binds the secrets to the row: rows
    written in bulk (the statistics' fixtures, the service-report benchmark, an import) read
    back with no tracking code, identity number or identity document. They are bound now;
    bulk_update of a bound field is refused (save each row)."""
    template = desk_request()
    row = InformationRequest.objects.get(pk=template.pk)
    row.pk = row.id = row.sequence = row.year = None
    row.number = ""
    row.tracking_code, row.identity_number = "KODEBULK1", "3201011203850009"
    [created] = InformationRequest.objects.bulk_create([row])
    stored = InformationRequest.objects.get(pk=created.pk)
    assert stored.code_matches("KODEBULK1")
    assert stored.identity_number == "3201011203850009"
    assert stored.identity_file == template.identity_file
    with pytest.raises(ValueError):
        InformationRequest.objects.bulk_update([stored], ["tracking_code"])
