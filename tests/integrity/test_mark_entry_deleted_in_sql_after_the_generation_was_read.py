"""attack18j 1: the log's marking deleted (or rewritten) in SQL after the public generation's
answers were read releases an exempt entry at once, until the next public change (issue 18,
review of 00d7cfa + 49316bd).

withheld_entries withholds an entry by (a) a standing ExemptInformation row, (b) the log's
latest `ppid.exemption.mark` entry not followed by a vouched lift (marked_in_the_log, live
join) and (c) chain_anomaly - the entries the audit chain holds exempt that (b) misses - which
is computed ONCE per public generation. 49316bd closed the forged-lift path of this window
(a lift counts only when the chain vouched for it) but not its twin: a database insider who
lifts/deletes the record AND deletes the marking entry (or rewrites its action / page_id) in
plain SQL, after the generation's chain_anomaly was remembered, leaves (a) and (b) empty and
(c) stale, so the entry page, the DIP listing, search and the DIP's XLSX export show the
exempt entry until something else changes the public generation.

Expected: the chain (HMAC-linked) decides at once, as the forged-lift case now does: an
entry whose chained marking disappeared from the log stays withheld (e.g. count the chained
markings by id, as vouched_lifts counts lifts, or treat a broken link of an exemption action
as withheld without waiting for the next generation). The deleted log row breaks the chain,
so fail closed must not wait for a generation change either.
"""

import pytest
from django.db import connection
from django.test import Client
from wagtail.models import PageLogEntry

from moderation.publication import SET_UP, approved_path
from page_cache import generation
from ppid_pages.exemption import ENTRY_EXEMPT_ACTION
from ppid_pages.models import DipEntryPage, ExemptAsset, ExemptInformation
from ppid_pages.models.dip import DipCategory
from tests.factories import home_page, make_dip_index, make_document, make_entry, pdf_bytes

pytestmark = pytest.mark.django_db

SECRET = "Rincian lokasi gudang logistik darurat"


@pytest.fixture
def exempt():
    with approved_path(SET_UP):
        home_page().save_revision().publish()
    index = make_dip_index()
    make_entry(index, "Laporan Keuangan 2025", category=DipCategory.SERTA_MERTA)
    document = make_document("Lokasi gudang", pdf_bytes(SECRET))
    entry = make_entry(
        index,
        "Lokasi Gudang Logistik",
        category=DipCategory.DIKECUALIKAN,
        documents=(document,),
        summary=f"<p>{SECRET}</p>",
    )
    return index, entry, document


def public_sees(client, index, entry, document) -> list[str]:
    seen = []
    if client.get(entry.url).status_code != 404:
        seen.append("entry")
    if "Lokasi Gudang" in client.get("/").content.decode():
        seen.append("home")
    if "Lokasi Gudang" in client.get(index.url).content.decode():
        seen.append("listing")
    if entry.url in client.get("/sitemap.xml").content.decode():
        seen.append("sitemap")
    if "Lokasi Gudang" in client.get("/cari/", {"q": "Gudang Logistik"}).content.decode():
        seen.append("search")
    if client.get(document.url).status_code != 404:
        seen.append("document")
    if "Lokasi Gudang" in xlsx_text(client.get(index.url + "unduh/xlsx/").content):
        seen.append("export")
    return seen


def xlsx_text(content: bytes) -> str:
    import io

    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(content), read_only=True)
    return " ".join(
        str(cell)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    )


def tamper(entry, document, how: str) -> None:
    """Plain SQL, no application code: no signal, no public change."""
    records, assets = ExemptInformation._meta.db_table, ExemptAsset._meta.db_table
    entries, log = DipEntryPage._meta.db_table, PageLogEntry._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {records} WHERE entry_id = %s", [entry.pk])  # noqa: S608
        cursor.execute(f"DELETE FROM {assets} WHERE document_id = %s", [document.pk])  # noqa: S608
        cursor.execute(
            f"UPDATE {entries} SET category = %s WHERE page_ptr_id = %s",  # noqa: S608
            [DipCategory.SERTA_MERTA, entry.pk],
        )
        if how == "delete":
            cursor.execute(
                f"DELETE FROM {log} WHERE page_id = %s AND action = %s",  # noqa: S608
                [entry.pk, ENTRY_EXEMPT_ACTION],
            )
        else:  # rewrite the action: the row (and its id) stays
            cursor.execute(
                f"UPDATE {log} SET action = 'wagtail.edit' WHERE page_id = %s AND action = %s",  # noqa: S608
                [entry.pk, ENTRY_EXEMPT_ACTION],
            )


@pytest.mark.parametrize("how", ["delete", "rewrite"])
def test_the_marking_removed_in_sql_after_the_generation_was_read_releases_nothing(exempt, how):
    index, entry, document = exempt
    assert PageLogEntry.objects.filter(page_id=entry.pk, action=ENTRY_EXEMPT_ACTION).exists()
    client = Client()
    assert "Laporan Keuangan 2025" in client.get("/").content.decode()
    assert client.get(entry.url).status_code == 404  # the generation's answers are read
    token = generation.current()
    tamper(entry, document, how)
    assert generation.current() == token
    assert public_sees(client, index, entry, document) == []
