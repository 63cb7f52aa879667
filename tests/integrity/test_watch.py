"""The integrity watch: live pages against their approved revision, and spam in the live HTML."""

import io

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.core.management import call_command
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, Page

from integrity import tasks
from integrity.alerts import RAISE_ACTION, run_watch
from integrity.models import AlertKind, IntegrityAlert
from moderation.fingerprints import value_fingerprint
from moderation.models import FalsePositive
from moderation.privacy import scan_text
from moderation.publication import SET_UP, approved_path
from ppid_pages.models import DipEntryPage, DipIndexPage
from ppid_pages.models.dip import DipCategory
from tests.factories import home_page, make_dip_index, make_entry

pytestmark = pytest.mark.django_db

NIK = "3201014508900002"
SPAM_WARNING = "Contoh spam yang disisipkan: link slot gacor hari ini."
HIDDEN_GAMBLING = (
    '<p>Ringkasan isi informasi.</p><div style="display:none">'
    '<a href="https://contoh-spam.example/">slot gacor maxwin</a></div>'
)


@pytest.fixture
def koordinator():
    user = User.objects.create_user(
        "koordinator", email="koordinator@contohkab.go.id", password="x"
    )
    user.groups.add(Group.objects.get(name="Koordinator"))
    return user


@pytest.fixture
def superuser():
    return User.objects.create_superuser("admin", email="admin@contohkab.go.id", password="x")


@pytest.fixture
def entry(koordinator, superuser):
    """A live DIP entry published from a revision, as the workflow leaves it; the home page
    (made by a migration, without a revision) published too, as the demo content does."""
    with approved_path(SET_UP):
        home_page().save_revision().publish()
    index = make_dip_index()
    return make_entry(index, "Laporan Keuangan 2025")


def open_alerts(kind: str | None = None):
    alerts = IntegrityAlert.objects.open()
    return alerts.filter(kind=kind) if kind else alerts


def test_a_clean_site_gives_no_alert(entry, client):
    exempt = make_entry(
        DipIndexPage.objects.get(), "Hasil Uji Konsekuensi", category=DipCategory.DIKECUALIKAN
    )
    assert client.get(entry.url).status_code == 200
    assert client.get(exempt.url).status_code == 404  # the same for the approved revision
    result = run_watch()
    assert result.pages == Page.objects.live().filter(depth__gt=1).count() >= 3
    assert list(open_alerts().values_list("kind", "page_title")) == []
    assert mail.outbox == []


def test_a_title_changed_in_the_database_raises_an_alert(entry, client):
    Page.objects.filter(pk=entry.pk).update(title="Situs Slot Gacor Hari Ini")
    result = run_watch()

    alert = open_alerts(AlertKind.CHANGED).get()
    assert alert.page_id == entry.pk
    assert alert.page_title == "Laporan Keuangan 2025"  # named by its approved title
    assert alert.page_url.endswith(entry.url)
    assert "Situs Slot Gacor Hari Ini" in alert.detail and "Laporan Keuangan 2025" in alert.detail
    assert alert in result.new
    # The gambling words in the live page are a hit of their own.
    assert open_alerts(AlertKind.GAMBLING).get().page_id == entry.pk
    # Nothing was changed on the page: the public still sees the tampered title.
    assert Page.objects.get(pk=entry.pk).title == "Situs Slot Gacor Hari Ini"
    assert ModelLogEntry.objects.filter(action=RAISE_ACTION).count() == 2


def test_an_injected_hidden_gambling_link_raises_alerts_and_mails(entry, koordinator, superuser):
    DipEntryPage.objects.filter(pk=entry.pk).update(summary=HIDDEN_GAMBLING)
    run_watch()

    kinds = set(open_alerts().filter(page_id=entry.pk).values_list("kind", flat=True))
    assert {AlertKind.CHANGED, AlertKind.HIDDEN_LINK, AlertKind.GAMBLING} <= kinds
    hidden = open_alerts(AlertKind.HIDDEN_LINK).get()
    assert hidden.detail.startswith("1x")

    [message] = mail.outbox
    assert sorted(message.to) == ["admin@contohkab.go.id", "koordinator@contohkab.go.id"]
    assert "Laporan Keuangan 2025" in message.body
    assert entry.url in message.body
    assert "/admin/integritas/" in message.body


def test_one_open_alert_per_page_and_kind_across_runs(entry, koordinator):
    DipEntryPage.objects.filter(pk=entry.pk).update(summary=HIDDEN_GAMBLING)
    run_watch()
    first = {alert.kind: alert for alert in open_alerts()}
    mail.outbox.clear()

    second = run_watch()
    assert second.new == []
    assert mail.outbox == []  # no e-mail for what was already reported
    again = {alert.kind: alert for alert in open_alerts()}
    assert again.keys() == first.keys()
    for kind, alert in again.items():
        assert alert.pk == first[kind].pk
        assert alert.first_seen == first[kind].first_seen
        assert alert.last_seen > first[kind].last_seen


def test_a_resolved_alert_comes_back_if_the_problem_stays(entry, koordinator):
    from integrity.alerts import resolve

    Page.objects.filter(pk=entry.pk).update(title="Diubah Langsung")
    run_watch()
    alert = open_alerts(AlertKind.CHANGED).get()
    resolve(alert, koordinator, "Diperiksa")
    mail.outbox.clear()

    run_watch()
    reopened = open_alerts(AlertKind.CHANGED).get()
    assert reopened.pk != alert.pk
    assert len(mail.outbox) == 1


def test_an_injected_script_is_unsafe_html(entry):
    DipEntryPage.objects.filter(pk=entry.pk).update(
        summary='<p>Ringkasan.</p><script src="https://jahat.example/x.js"></script>'
    )
    run_watch()
    kinds = set(open_alerts().values_list("kind", flat=True))
    assert kinds == {AlertKind.CHANGED, AlertKind.UNSAFE_HTML}


def test_personal_data_in_the_difference_is_masked(entry):
    DipEntryPage.objects.filter(pk=entry.pk).update(summary=f"<p>NIK {NIK}</p>")
    run_watch()
    alert = open_alerts(AlertKind.CHANGED).get()
    assert NIK not in alert.detail
    assert "32**" in alert.detail


def test_what_the_workflow_approved_is_not_a_scanner_hit(entry, koordinator):
    """An article warning about spam, approved (a reviewer marked the term a false positive):
    the same words in the approved render are not an alert; without an approved revision, the
    reviewer's false positive still clears them."""
    entry.summary = f"<p>{SPAM_WARNING}</p>"
    with approved_path(SET_UP):
        entry.save_revision().publish()
    run_watch()
    assert list(open_alerts()) == []

    with approved_path(SET_UP):  # a raw database write (the queryset gate stands for Python)
        Page.objects.filter(pk=entry.pk).update(live_revision=None)
    run_watch()
    assert set(open_alerts().values_list("kind", flat=True)) == {
        AlertKind.NOT_APPROVED,
        AlertKind.GAMBLING,
    }
    IntegrityAlert.objects.all().delete()
    findings = [f for f in scan_text(SPAM_WARNING) if f.kind == "gambling"]
    assert findings
    for finding in findings:
        value = SPAM_WARNING[finding.start : finding.end]
        FalsePositive.objects.create(
            page=entry,
            kind="gambling",
            fingerprint=value_fingerprint(entry.pk, "gambling", value),
            excerpt=finding.excerpt,
            reason="Berita peringatan",
            marked_by=koordinator,
        )
        # As mark_false_positive logs it: the chained entry the marking counts by.
        log(
            instance=entry,
            action="ppid.false_positive",
            user=koordinator,
            data={
                "kind": "gambling",
                "excerpt": finding.excerpt,
                "fingerprint": value_fingerprint(entry.pk, "gambling", value),
                "structured": False,
            },
        )
    run_watch()
    assert set(open_alerts().values_list("kind", flat=True)) == {AlertKind.NOT_APPROVED}


def test_a_live_page_without_an_approved_revision_is_reported(entry):
    with approved_path(SET_UP):  # a raw database write (the queryset gate stands for Python)
        Page.objects.filter(pk=entry.pk).update(live_revision=None)
    run_watch()
    assert open_alerts(AlertKind.NOT_APPROVED).get().page_id == entry.pk


def test_the_command_and_the_task(entry):
    Page.objects.filter(pk=entry.pk).update(title="Judul Palsu")
    out = io.StringIO()
    call_command("integrity_watch", stdout=out)
    assert "Judul Palsu" in out.getvalue()
    assert "baru" in out.getvalue()  # Indonesian: "[baru]" for a new alert
    assert tasks.run_watch.name == "integrity.run_watch"
    result = tasks.run_watch.apply().get()
    assert result["new"] == 0 and result["open"] >= 1


def test_an_excerpt_is_masked_before_it_is_cut():
    """An address cut at the excerpt's edge (budi.santoso@gmail.c…) is no longer recognised
    as one: the whole text is masked first."""
    from integrity.watch import EXCERPT_LENGTH, masked

    text = "x" * (EXCERPT_LENGTH - 20) + " budi.santoso@gmail.com lalu teks lain"
    excerpt = masked(text)
    assert "budi.santoso" not in excerpt and excerpt.endswith("…")
