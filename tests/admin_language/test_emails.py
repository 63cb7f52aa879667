"""Every e-mail the workflow sends is Indonesian, in HTML and plain text, and links to the
configured base URL (WAGTAILADMIN_BASE_URL), never to the Site record's `localhost`."""

import re

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from wagtail.models import Workflow, WorkflowState

from tests.information_requests.conftest import desk_request, users  # noqa: F401 - fixtures
from tests.information_requests.test_clock import clock  # noqa: F401 - fixture
from tests.test_workflow import NIK, draft_entry

from .english import english_in, english_texts

pytestmark = pytest.mark.django_db
BASE_URL = "https://ppid.contohkab.go.id"
URL = re.compile(r"https?://[^\s\"'<>]+")


@pytest.fixture
def people(settings):
    settings.WAGTAILADMIN_BASE_URL = BASE_URL
    people = {}
    for username, role in (
        ("operator", "Operator"),
        ("subkoordinator", "Sub Koordinator"),
        ("koordinator", "Koordinator"),
    ):
        user = User.objects.create_user(
            username,
            email=f"{username}@contohkab.go.id",
            password="Sandi-Uji-Surel-2026",
            first_name=username.title(),
        )
        user.groups.add(Group.objects.get(name=role))
        people[username] = user
    return people


def problems_of(message) -> list[str]:
    """English msgids and links outside the base URL in one message (both parts)."""
    found = []
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    for line in [message.subject, *message.body.splitlines()]:
        text = URL.sub("", line).strip(" :-—")
        if hit := english_in(text):
            found.append(f"{message.subject!r} text: {hit}")
    found += [f"{message.subject!r} html: {hit}" for hit in english_texts(html)]
    for url in URL.findall(message.body) + re.findall(r'href="([^"]+)"', html):
        if not url.startswith(BASE_URL) and not url.startswith("mailto:"):
            found.append(f"{message.subject!r} links to {url}")
    return found


def act(entry, user, action="approve"):
    state = WorkflowState.objects.active().get(object_id=str(entry.pk))
    state.current_task_state.task.specific.on_action(state.current_task_state, user, action)


def test_the_scan_rejection_names_each_finding_with_a_link_and_advice(
    people, django_capture_on_commit_callbacks
):
    entry = draft_entry(people["operator"], f"<p>NIK penerima: {NIK}</p>")
    with django_capture_on_commit_callbacks(execute=True):  # e-mails leave after the commit
        Workflow.objects.get(name="SOP Publikasi Konten").start(entry, people["operator"])
    [message] = mail.outbox
    assert message.to == ["operator@contohkab.go.id"]
    assert message.subject == "Dikembalikan oleh pemindaian privasi: Daftar Penerima Bantuan"
    assert "NIK (Nomor Induk Kependudukan)" in message.body
    assert f"{BASE_URL}/admin/pages/{entry.pk}/edit/#temuan=summary" in message.body
    assert NIK not in message.body and NIK not in message.alternatives[0][0]
    assert problems_of(message) == []


def test_every_review_e_mail_is_indonesian_and_links_to_the_base_url(
    people, django_capture_on_commit_callbacks
):
    entry = draft_entry(people["operator"], "<p>Data penerima tersedia di kantor.</p>")
    with django_capture_on_commit_callbacks(execute=True):  # e-mails leave after the commit
        Workflow.objects.get(name="SOP Publikasi Konten").start(entry, people["operator"])
        act(entry, people["subkoordinator"])
        act(entry, people["koordinator"])
    entry.refresh_from_db()
    assert entry.live
    # a second page, sent back by the Sub Koordinator
    other = draft_entry(people["operator"], "<p>Jadwal layanan.</p>", slug="jadwal")
    with django_capture_on_commit_callbacks(execute=True):
        Workflow.objects.get(name="SOP Publikasi Konten").start(other, people["operator"])
        act(other, people["subkoordinator"], "reject")
    assert len(mail.outbox) >= 4
    subjects = [message.subject for message in mail.outbox]
    problems = [problem for message in mail.outbox for problem in problems_of(message)]
    assert problems == [], subjects
    approved = [m for m in mail.outbox if m.to == ["operator@contohkab.go.id"]]
    assert any(f"{BASE_URL}/dip/daftar-penerima-bantuan/" in m.body for m in approved)


def test_the_password_reset_e_mail_is_indonesian(
    client, people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # the e-mail leaves after the commit
        client.post("/admin/password_reset/", {"email": "operator@contohkab.go.id"})
    [message] = mail.outbox
    for line in [message.subject, *message.body.splitlines()]:
        assert english_in(URL.sub("", line).strip(" :")) is None, line
    # The office's e-mail like the others: HTML too, a greeting, the office's name.
    assert problems_of(message) == []
    assert message.body.startswith("Yth. Operator,")
    assert f"{BASE_URL}/admin/password_reset/confirm/" in message.body
    assert "abaikan surel ini" in message.body


def test_the_evaluation_report_e_mail_is_the_office_s_html_mail(settings):
    """C1/C2 reports went out as plain text only (EmailMessage), without a link to the report."""
    from sop_governance.evaluations.periods import MONTHLY
    from sop_governance.evaluations.reports import email_report, generate

    settings.WAGTAILADMIN_BASE_URL = BASE_URL
    head = User.objects.create_user("kadis", email="kadis@contohkab.go.id")
    head.groups.add(Group.objects.get(name="Kepala Dinas"))
    report = generate(MONTHLY, "2026-10")
    assert email_report(report)
    [message] = mail.outbox
    assert problems_of(message) == []
    assert f"{BASE_URL}/admin/sop/evaluasi/{report.pk}/laporan/" in message.body
    [(name, _content, mimetype)] = message.attachments
    assert (name, mimetype) == ("evaluasi-c2-2026-10.pdf", "application/pdf")


def test_the_information_service_e_mails_are_the_office_s_html_mail(
    settings,
    users,  # noqa: F811 - the information service's fixtures, imported above
    desk_request,  # noqa: F811
    clock,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    """The requester's e-mails and the desk's due-date reminders were plain text only."""
    from information_requests.reminders import send_request_reminders

    settings.WAGTAILADMIN_BASE_URL = BASE_URL
    clock("2026-10-05")
    with django_capture_on_commit_callbacks(execute=True):
        request = desk_request()
    assert [m.to for m in mail.outbox] == [["siti.aminah@contoh.net"]]  # registered
    clock("2026-10-15")  # due 19 Oct: a reminder to the desk
    assert send_request_reminders() == 1
    reminder = mail.outbox[-1]
    assert f"{BASE_URL}/admin/layanan/permohonan/inspect/{request.pk}/" in reminder.body
    assert [problem for m in mail.outbox for problem in problems_of(m)] == []


def test_the_demo_login_table_points_at_the_configured_address(settings):
    """It printed http://127.0.0.1:8000/admin/ whatever port the server was started on."""
    from ppid_pages.management.commands.load_demo_content import login_table

    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8501"
    assert login_table([]).startswith("Login demo di http://127.0.0.1:8501/admin/")


def test_workflow_e_mails_greet_people_by_full_name(people, django_capture_on_commit_callbacks):
    """Wagtail greets by first name, or by username when there is none ("Yth. admin,")."""
    reviewer = people["subkoordinator"]
    reviewer.first_name, reviewer.last_name = "Budi", "Santoso"
    reviewer.save()
    entry = draft_entry(people["operator"], "<p>Data penerima tersedia di kantor.</p>")
    with django_capture_on_commit_callbacks(execute=True):  # e-mails leave after the commit
        Workflow.objects.get(name="SOP Publikasi Konten").start(entry, people["operator"])
    [message] = [m for m in mail.outbox if m.to == ["subkoordinator@contohkab.go.id"]]
    assert message.body.lstrip().startswith("Yth. Budi Santoso,")
    assert "Yth. Budi Santoso," in message.alternatives[0][0]
