"""The office's e-mails: Indonesian, HTML and plain text, links from WAGTAILADMIN_BASE_URL."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import linebreaks, urlize

from .branding import branding
from .findings import admin_url, present


def public_url(page) -> str:
    """A page's public address under the configured base URL."""
    parts = page.get_url_parts()
    path = parts[2] if parts else page.url_path
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def html_from_text(text: str) -> str:
    """The office layout around a plain-text message (paragraphs kept, addresses linked)."""
    return render_to_string(
        "ppid_admin/email/layout.html",
        {"body": urlize(linebreaks(text)), "office": branding()},
    )


def send_office_mail(
    subject: str, text: str, to: list[str], html: str | None = None, attachments=()
) -> int:
    """Send one message with a plain-text body and its HTML alternative."""
    if not to:
        return 0
    message = EmailMultiAlternatives(subject=subject, body=text, to=to)
    message.attach_alternative(html or html_from_text(text), "text/html")
    for attachment in attachments:
        message.attach(*attachment)
    return message.send()


def render_mail(name: str, context: dict) -> tuple[str, str, str]:
    """(subject, text, html) from ppid_admin/email/<name>_subject.txt, <name>.txt, .html."""
    context = {"office": branding(), "base_url": admin_url(""), **context}
    subject = render_to_string(f"ppid_admin/email/{name}_subject.txt", context)
    text = render_to_string(f"ppid_admin/email/{name}.txt", context)
    html = render_to_string(f"ppid_admin/email/{name}.html", context)
    return " ".join(subject.split()), text.strip() + "\n", html


def send_scan_rejection(task_state) -> int:
    """Tell the submitter what the privacy scan found, where, and what to do."""
    from django.urls import reverse

    from moderation.models import ScanReport

    submitter = task_state.workflow_state.requested_by
    if not (submitter and submitter.email):
        return 0
    page = task_state.workflow_state.content_object.specific
    report = ScanReport.objects.filter(task_state=task_state, passed=False).first()
    revision_page = (task_state.revision or page.latest_revision).as_object()
    findings = present(report.findings if report else [], revision_page)
    with translation.override(settings.LANGUAGE_CODE):
        subject, text, html = render_mail(
            "scan_rejected",
            {
                "user": submitter,
                "page": page,
                "findings": findings,
                "edit_url": admin_url(reverse("wagtailadmin_pages:edit", args=[page.pk])),
            },
        )
    return send_office_mail(subject, text, [submitter.email], html)


class SentAfterCommit:
    """A Wagtail workflow e-mail notifier whose messages leave once the request commits."""

    def __init__(self, notifier) -> None:
        self.notifier = notifier

    def __call__(self, sender=None, **kwargs) -> None:
        from config.transactions import after_commit

        after_commit(self.notifier, sender=sender, **kwargs)


WAGTAIL_NOTIFIERS = (
    "task_submission_email_notifier",
    "workflow_submission_email_notifier",
    "workflow_approval_email_notifier",
    "workflow_rejection_email_notifier",
)


class NotificationAfterCommit:
    """Wagtail's `send_notification` (the comment notifications of the page editor) sending
    once the request commits. Wagtail reads the recipients and renders the messages from the
    objects it was given, which stay in memory after the commit."""

    def __init__(self, send) -> None:
        self.send = send

    def __call__(self, recipient_users, notification, extra_context) -> bool:
        from config.transactions import after_commit

        after_commit(self.send, list(recipient_users), notification, dict(extra_context))
        return True  # Wagtail ignores the answer of its comment notifications


def defer_workflow_notifications() -> None:
    """Wagtail e-mails the reviewers from its workflow signals, inside the request's
    transaction: a submission or an approval that then fails and is rolled back would still
    have announced itself. Before wagtail.admin connects its notifiers (its ready() runs after
    this app's), each is replaced by one that sends after the commit."""
    from wagtail.admin import signal_handlers

    for name in WAGTAIL_NOTIFIERS:
        notifier = getattr(signal_handlers, name)
        if not isinstance(notifier, SentAfterCommit):
            setattr(signal_handlers, name, SentAfterCommit(notifier))
    defer_comment_notifications()


def defer_comment_notifications() -> None:
    """The page editor e-mails the subscribers of a page's comments (new comments, replies,
    resolved threads) in the middle of its save, inside the request's transaction: a save
    that then fails and is rolled back would announce comments that were never stored.
    `send_notification` of wagtail.admin.mail (its only caller in Wagtail is the page editor,
    which imports it by name) is replaced where it is defined, before the editor's module is
    imported, and in that module too if it was imported already."""
    import sys

    from wagtail.admin import mail as wagtail_mail

    for module in (wagtail_mail, sys.modules.get("wagtail.admin.views.pages.edit")):
        if module is None or isinstance(module.send_notification, NotificationAfterCommit):
            continue
        module.send_notification = NotificationAfterCommit(module.send_notification)
