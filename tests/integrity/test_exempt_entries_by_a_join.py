"""Exempt entries are withheld by a join, not by a list of their ids (issue 18, fix18h).

The DIP listing, home, the sitemap, search and the documents filtered pages with
`pk IN (<every entry the audit chain holds as exempt>)`: a literal list that grew with the
register, in every public query. withheld_entries now joins the standing ExemptInformation
rows and the log's latest exemption entries (subqueries); ids are named only for entries the
chain holds exempt while the log's rows say otherwise (a lift entry written in SQL), which is
none unless someone tampered. An exemption record lifted or deleted in SQL still releases
nothing anywhere, also when the public generation was read before the write (the remembered
per-generation answers must not go stale by it). The insider writes stand in for SQL."""

import re

import pytest
from django.apps import apps
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page, PageLogEntry

from integrity.chain import link_all_unlinked
from moderation.publication import SET_UP, approved_path
from page_cache import generation
from ppid_pages.exemption import ENTRY_LIFT_ACTION
from ppid_pages.models import DipEntryPage, ExemptAsset, ExemptInformation
from ppid_pages.models.dip import DipCategory, withheld_entries
from ppid_pages.visibility import public_pages
from tests.factories import (
    bulk_dip_entries,
    home_page,
    make_dip_index,
    make_document,
    make_entry,
    pdf_bytes,
)

pytestmark = pytest.mark.django_db

EXEMPT = 300


def exempt_register():
    """EXEMPT entries marked exempt as an upgraded database has them: a standing record and a
    chained `ppid.exemption.mark` on each (ppid_pages migration 0017's baseline)."""
    import importlib

    index = make_dip_index()
    make_entry(index, "Laporan Keuangan 2025")
    bulk_dip_entries(index, EXEMPT)
    ids = list(
        DipEntryPage.objects.child_of(index)
        .filter(title__startswith="Entri ")
        .values_list("pk", flat=True)
    )
    ExemptInformation.objects.bulk_create(
        [ExemptInformation(entry_id=pk, title=f"Entri {pk}") for pk in ids]
    )
    migration = importlib.import_module(
        "ppid_pages.migrations.0017_exempt_entries_in_the_audit_log"
    )
    migration.log_exempt_entries(apps, None)
    link_all_unlinked()
    generation.bump()
    return index, ids


def integer_literals(sql: str) -> int:
    return len(re.findall(r"(?<![\w.'])\d+(?![\w.'])", sql))


def test_exempt_entries_are_filtered_without_a_list_of_their_ids():
    index, ids = exempt_register()
    for queryset in (
        public_pages(),
        index.public_entries(),
        Page.objects.exclude(withheld_entries()),
    ):
        _sql, params = queryset.query.sql_with_params()
        assert len(params) < 20, params
        assert not set(ids) & set(queryset.values_list("pk", flat=True))
    # The lists a request builds: the listing page, after the first request of the
    # generation read the chain once.
    client = Client()
    assert client.get("/sitemap.xml").status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(index.url)
    assert response.status_code == 200
    assert "Laporan Keuangan 2025" in response.content.decode()
    assert "Entri " not in response.content.decode()
    longest = max(integer_literals(query["sql"]) for query in queries.captured_queries)
    assert longest < 60, longest


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL query plans")
def test_the_listing_plan_joins_the_exemptions():
    index, ids = exempt_register()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    plan = index.public_entries().order_by("-created_date", "pk")[:20].explain()
    assert "ppid_pages_exemptinformation" in plan, plan
    assert "wagtailcore_pagelogentry" in plan, plan
    assert str(ids[len(ids) // 2]) not in plan, plan  # no id of an exempt entry in the plan


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


def released_in_sql(entry, document, delete: bool, forged_lift: bool = False) -> None:
    """The rows that say the entry is exempt, lifted (or deleted) and re-categorised as
    serta merta (listed on home too); with `forged_lift`, a lift entry in the log too, which
    the chain does not vouch for (inserted without the application: no link)."""
    with approved_path(SET_UP):
        records = ExemptInformation.objects.filter(entry_id=entry.pk)
        if delete:
            records.delete()
        else:
            records.update(lifted_at=timezone.now(), lift_reason="x")
        ExemptAsset.objects.filter(document=document).delete()
        DipEntryPage.objects.filter(pk=entry.pk).update(category=DipCategory.SERTA_MERTA)
        if forged_lift:
            PageLogEntry.objects.bulk_create(
                [
                    PageLogEntry(
                        page_id=entry.pk,
                        content_type_id=entry.content_type_id,
                        label=entry.title,
                        action=ENTRY_LIFT_ACTION,
                        timestamp=timezone.now(),
                        data={},
                    )
                ]
            )


def public_sees(client, index, entry, document) -> list[str]:
    """Where the public gets something of the entry."""
    seen = []
    if client.get(entry.url).status_code != 404:
        seen.append("entry")
    if "Lokasi Gudang" in client.get("/").content.decode():
        seen.append("home")
    if "Lokasi Gudang" in client.get(index.url).content.decode():
        seen.append("listing")
    if entry.url not in client.get("/sitemap.xml").content.decode():
        pass
    else:
        seen.append("sitemap")
    if "Lokasi Gudang" in client.get("/cari/", {"q": "Gudang Logistik"}).content.decode():
        seen.append("search")
    if client.get(document.url).status_code != 404:
        seen.append("document")
    return seen


@pytest.mark.parametrize("delete", [False, True])
def test_released_in_sql_after_the_generation_was_read_stays_withheld(exempt, delete):
    """The generation's remembered answers (the chain, the anomaly) were computed before the
    write, and no public change follows it: the join still withholds the entry."""
    index, entry, document = exempt
    client = Client()
    assert "Laporan Keuangan 2025" in client.get("/").content.decode()  # home lists serta merta
    assert client.get("/cari/", {"q": "Laporan Keuangan"}).content.decode().count("Laporan") > 1
    assert client.get(entry.url).status_code == 404  # the generation's answers are read
    released_in_sql(entry, document, delete)
    assert public_sees(client, index, entry, document) == []


@pytest.mark.parametrize("delete", [False, True])
def test_a_lift_entry_written_in_sql_releases_nothing(exempt, delete):
    """The log's rows say lifted, the chain does not vouch for the lift: withheld from the
    next public generation on (chain_anomaly names it), as the chain alone did before."""
    index, entry, document = exempt
    released_in_sql(entry, document, delete, forged_lift=True)
    with approved_path(SET_UP):
        generation.bump()
    assert public_sees(Client(), index, entry, document) == []


def released_in_raw_sql(entry, document, delete: bool) -> None:
    """released_in_sql as a database insider does it: plain SQL, no application code, so no
    signal and no public change (the generation stays the one the public read)."""
    records, assets = ExemptInformation._meta.db_table, ExemptAsset._meta.db_table
    entries, log = DipEntryPage._meta.db_table, PageLogEntry._meta.db_table
    # Table names from the models, values as parameters: no input reaches the SQL text.
    with connection.cursor() as cursor:
        if delete:
            cursor.execute(f"DELETE FROM {records} WHERE entry_id = %s", [entry.pk])  # noqa: S608
        else:
            cursor.execute(
                f"UPDATE {records} SET lifted_at = %s, lift_reason = 'x' WHERE entry_id = %s",  # noqa: S608
                [timezone.now(), entry.pk],
            )
        cursor.execute(f"DELETE FROM {assets} WHERE document_id = %s", [document.pk])  # noqa: S608
        cursor.execute(
            f"UPDATE {entries} SET category = %s WHERE page_ptr_id = %s",  # noqa: S608
            [DipCategory.SERTA_MERTA, entry.pk],
        )
        cursor.execute(
            f"INSERT INTO {log} (page_id, content_type_id, label, action, timestamp, data,"  # noqa: S608
            " content_changed, deleted, uuid) VALUES (%s, %s, %s, %s, %s, '{}', false, false,"
            " NULL)",
            [entry.pk, entry.content_type_id, entry.title, ENTRY_LIFT_ACTION, timezone.now()],
        )


@pytest.mark.parametrize("delete", [False, True])
def test_a_lift_entry_written_in_sql_after_the_generation_was_read_releases_nothing(
    exempt, delete
):
    """The generation's answers were computed before the forged lift entry and nothing
    changes the public generation after it: a lift entry counts only when the chain vouched
    for it, so the entry stays withheld at once, not only from the next public generation on."""
    index, entry, document = exempt
    client = Client()
    assert "Laporan Keuangan 2025" in client.get("/").content.decode()
    assert client.get(entry.url).status_code == 404  # the generation's answers are read
    token = generation.current()
    released_in_raw_sql(entry, document, delete)
    assert generation.current() == token
    assert public_sees(client, index, entry, document) == []
