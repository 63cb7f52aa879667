"""Retention: identity data is purged when its time is over; the anonymised record stays.

- An online request never confirmed is deleted after `INFORMATION_REQUESTS_CONFIRMATION_HOURS`
  (default 48): it was never registered.
- A finished request (closed, or rejected as incomplete) keeps the requester's identity for
  `INFORMATION_REQUESTS_RETENTION_YEARS` (default 5: the usual retention schedule of service
  records, 2 years active + 3 inactive; README) after it ended, or after its last objection
  ended (a request delivered but never closed counts from its delivery). Then the identity
  number, the identity document, name, address, phone and e-mail are removed (UU 27/2022
  Pasal 43), and so are the stored letters and files handed to the requester and the sengketa
  documents (they are addressed to the requester by name and address); number, dates, type,
  channel, decision and objections stay for the registers and the annual report. Each purge
  is in the audit log.

`manage.py purge_request_identities` and the Celery task `information_requests.purge` (daily).
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone
from wagtail.log_actions import log

from .crypto import delete_private
from .models import FINAL_STAGES, InformationRequest, ObjectionStage, ObjectionStep, Stage


def retention_years() -> int:
    return int(getattr(settings, "INFORMATION_REQUESTS_RETENTION_YEARS", 5))


def confirmation_hours() -> int:
    return int(getattr(settings, "INFORMATION_REQUESTS_CONFIRMATION_HOURS", 48))


def retention_cutoff(now: datetime.datetime) -> datetime.datetime:
    years = retention_years()
    try:
        return now.replace(year=now.year - years)
    except ValueError:  # 29 February
        return now.replace(year=now.year - years, day=28)


def expired_unconfirmed(now: datetime.datetime):
    return InformationRequest.objects.filter(
        stage=Stage.UNCONFIRMED,
        created_at__lt=now - datetime.timedelta(hours=confirmation_hours()),
    )


def due_for_purge(now: datetime.datetime):
    cutoff = retention_cutoff(now)
    ended = Q(stage__in=FINAL_STAGES, closed_at__lt=cutoff) | Q(
        stage=Stage.DELIVERED, delivered_at__lt=cutoff
    )
    return (
        InformationRequest.objects.filter(ended, identity_purged_at__isnull=True)
        .annotate(last_objection=Max("objections__registered_at"))
        .filter(Q(last_objection__isnull=True) | Q(last_objection__lt=cutoff))
        .exclude(
            objections__stage__in=[
                ObjectionStage.RECEIVED,
                ObjectionStage.DISPUTE,
            ]
        )
    )


def raw_identity_file(request) -> str:
    """The identity document's name as stored, sealed or not (InformationRequest.from_db
    reads a name that does not match its seal as ""): a purge deletes the file it names."""
    stored = InformationRequest.objects.filter(pk=request.pk).values_list("identity_file")
    return (stored.first() or ("",))[0]


def purge(now: datetime.datetime | None = None) -> dict:
    now = now or timezone.now()
    deleted = 0
    for request in expired_unconfirmed(now):
        with transaction.atomic():
            name = raw_identity_file(request)
            request.delete()
            transaction.on_commit(lambda name=name: delete_private(name))
        deleted += 1
    purged = 0
    for request in due_for_purge(now).distinct():
        with transaction.atomic():
            names = [raw_identity_file(request)]
            files = request.files.exclude(stored="")
            names += list(files.values_list("stored", flat=True))
            files.update(stored="", size=0)
            documents = ObjectionStep.objects.filter(objection__request=request).exclude(
                document=""
            )
            names += list(documents.values_list("document", flat=True))
            documents.update(document="", document_name="")
            InformationRequest.objects.filter(pk=request.pk).update(
                identity_number="",
                identity_file="",
                identity_file_type="",
                name="",
                address="",
                phone="",
                email="",
                identity_purged_at=now,
            )
            log(
                instance=request,
                action="information_requests.identity_purged",
                user=None,
                data={
                    "number": request.number,
                    "retention_years": retention_years(),
                    "files_deleted": len([name for name in names if name]),
                },
            )
            for name in names:
                transaction.on_commit(lambda name=name: delete_private(name))
        purged += 1
    return {"unconfirmed_deleted": deleted, "identities_purged": purged}
