from django.conf import settings
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import AbstractGroupApprovalTask, Revision, Task, TaskState

from . import exempt_text, snapshot
from .allow_list import PrivacyAllowListSettings  # noqa: F401 - a model of this app
from .publication import refuse
from .revisions import contributors, latest_revision
from .scanner import scan_revision
from .system_user import scanner_user

SNAPSHOT_CHANGED = _(
    "What the public would get changed after an earlier step of this review (a document or "
    "image was replaced or renamed): request changes, so the review starts over."
)

AUTHOR_REFUSED = _(
    "You wrote or changed this content (a revision, a document, an image or an information "
    "unit it releases), or already approved it in this review: another reviewer decides."
)


UNVOUCHED = "unvouched"  # a step's digest the audit chain does not hold: matches nothing


def approved_step_digests(workflow_state_id, revision_id) -> dict[int, str]:
    """{task state id: snapshot digest} of the approved steps of a workflow run for a revision
    (the privacy scan's included), each as the audit chain holds it: the step's
    PublicationSnapshot row names a digest that a chained `ppid.snapshot` entry of that
    revision and task holds; UNVOUCHED otherwise (a row rewritten in the database approves
    nothing)."""
    from wagtail.models import PageLogEntry

    from integrity.chain import chained_entries

    rows = PublicationSnapshot.objects.filter(
        task_state__workflow_state_id=workflow_state_id,
        task_state__revision_id=revision_id,
        task_state__status=TaskState.STATUS_APPROVED,
    ).values_list("task_state_id", "digest", "task_state__task__name")
    entries = PageLogEntry.objects.filter(action="ppid.snapshot", revision_id=revision_id)
    steps = {SnapshotStep.SUBMIT, SnapshotStep.APPROVE}
    vouched = {
        ((row["data"] or {}).get("hash"), (row["data"] or {}).get("task"))
        for row in chained_entries(PageLogEntry, entries)
        if (row["data"] or {}).get("step") in steps
    }
    return {
        task_state_id: digest if (digest, task) in vouched else UNVOUCHED
        for task_state_id, digest, task in rows
    }


def earlier_digests(task_state: TaskState) -> list[str]:
    """Snapshots recorded by the finished steps of this run for the same revision, as the
    audit chain holds them (approved_step_digests)."""
    return list(
        approved_step_digests(task_state.workflow_state_id, task_state.revision_id).values()
    )


def asset_contributors(obj) -> set[int]:
    """Who changed a document or image `obj` uses since its last release, and who uploaded
    one that was never released: their work is part of what the reviewers approve."""
    hands: set[int] = set()
    for asset in snapshot.assets_of(obj):
        hands.update(asset.changed_by)
        hands.add(asset.pending_by_id)
        released = asset.approved_digest or any(
            getattr(asset, name, None) for name in ("published_at", "approved_at", "released_at")
        )
        if not released:
            hands.add(asset.uploaded_by_user_id)
    hands.discard(None)
    return hands


def snippet_contributors(obj) -> set[int]:
    """Who created or changed a reviewed snippet `obj` shows (an information unit's name) that
    is released with it: never released, or with a pending version (moderation.snippets)."""
    from .snippets import hands, snippets_of

    users: set[int] = set()
    for snippet in snippets_of(obj):
        if snippet.released_at is None or snippet.has_pending_version:
            users |= hands(snippet)
    return users


def authors(obj, revision=None) -> set[int]:
    """Everyone whose work a publication of `revision` (default: the latest) of `obj` releases:
    who saved a revision since the last approved one, who changed or uploaded an unreleased
    document or image version it uses, and who created or changed an unreleased snippet
    version it shows. The one answer to "who may not approve this" (four eyes)."""
    revision = revision or latest_revision(obj)
    if revision is None:
        return set()
    released = revision.as_object()
    return (
        contributors(obj, revision.pk)
        | asset_contributors(released)
        | snippet_contributors(released)
        | ({revision.user_id} - {None})
    )


class ScanReport(models.Model):
    """One privacy scan of one revision: the findings are masked, never the full values."""

    revision = models.ForeignKey(
        Revision, verbose_name=_("revision"), on_delete=models.CASCADE, related_name="+"
    )
    task_state = models.ForeignKey(
        TaskState,
        verbose_name=_("task state"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="scan_reports",
    )
    passed = models.BooleanField(_("passed"))
    findings = models.JSONField(_("findings"), default=list)
    scanned_at = models.DateTimeField(_("scanned at"), auto_now_add=True)

    class Meta:
        ordering = ["-scanned_at", "-pk"]
        verbose_name = _("scan report")
        verbose_name_plural = _("scan reports")

    @classmethod
    def scan(
        cls, revision: Revision, task_state: TaskState | None = None, forcer=None
    ) -> "ScanReport":
        """`forcer`: the scan of a force-publication by that user (FalsePositive.cleared)."""
        result = scan_revision(revision, forcer=forcer)
        exempt_text.log_refused(
            revision.content_object,
            result.findings,
            revision=revision.pk,
            task_state=task_state.pk if task_state is not None else None,
        )
        return cls.objects.create(
            revision=revision,
            task_state=task_state,
            passed=result.passed,
            findings=result.as_json(),
        )

    def summary(self) -> str:
        to_review = _("to review")
        lines = [
            f"{f['kind'].upper()} - {f['location']}: {f['excerpt']}"
            + ("" if f.get("severity", "block") == "block" else f" ({to_review})")
            for f in self.findings
        ]
        if self.passed:
            return "\n".join([str(_("Privacy scan passed.")), *lines])
        return str(_("Privacy scan found personal data:")) + "\n" + "\n".join(lines)


class PrivacyScanTask(Task):
    """Automatic first task: scans the submitted revision and approves or rejects by itself."""

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        taken = snapshot.take(task_state.revision)
        PublicationSnapshot.record(
            task_state.revision, SnapshotStep.SUBMIT, taken, user=user, task_state=task_state
        )
        report = ScanReport.scan(task_state.revision, task_state)
        decide = task_state.approve if report.passed else task_state.reject
        # update=False: WorkflowState.update() moves on after start() returns.
        decide(user=scanner_user(), update=False, comment=report.summary())
        return task_state

    def get_actions(self, obj, user):
        return []  # nobody approves or rejects a scan by hand

    def locked_for_user(self, obj, user):
        return False

    @classmethod
    def get_description(cls):
        return _("Scans the submitted revision for personal data and decides automatically")

    class Meta:
        verbose_name = _("privacy scan task")
        verbose_name_plural = _("privacy scan tasks")


class SopReviewTask(AbstractGroupApprovalTask):
    """Group approval with four eyes: nobody reviews content they submitted or last edited."""

    def is_author(self, obj, user) -> bool:
        """True for whoever submitted the content, contributed any revision of it since the
        last approved one, or already approved an earlier task of this run: four eyes means
        two people who did not write it."""
        workflow_state = obj.current_workflow_state
        revision = latest_revision(obj)
        excluded = authors(obj, revision)
        if workflow_state:
            excluded.add(workflow_state.requested_by_id)
            excluded.update(
                workflow_state.task_states.filter(
                    revision=revision, status=TaskState.STATUS_APPROVED
                ).values_list("finished_by_id", flat=True)
            )
        return user.pk in excluded

    def get_actions(self, obj, user):
        if self.is_author(obj, user):
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        from .workflow import locked_task_state, require_seals

        require_seals(user, f"workflow.{action_name}")
        with transaction.atomic():
            task_state = locked_task_state(task_state)
            if self.is_author(task_state.workflow_state.content_object, user):
                refuse(AUTHOR_REFUSED)
            if action_name == "approve":
                # The approval is a statement about bytes: what this reviewer sees now must be
                # what every earlier step of this run saw (a replaced document or image, a new
                # title between two approvals is refused; "request changes" starts over).
                taken = snapshot.take(task_state.revision)
                if set(earlier_digests(task_state)) - {taken.digest}:
                    refuse(SNAPSHOT_CHANGED)
                refuse_exempt_text(task_state.revision, user)
                PublicationSnapshot.record(
                    task_state.revision,
                    SnapshotStep.APPROVE,
                    taken,
                    user=user,
                    task_state=task_state,
                )
            return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return (
            super()
            .get_task_states_user_can_moderate(user, **kwargs)
            .exclude(workflow_state__requested_by=user)
            .exclude(revision__user=user)
        )

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups review, except the author of the content")

    class Meta:
        verbose_name = _("SOP review task")
        verbose_name_plural = _("SOP review tasks")


def refuse_exempt_text(revision: Revision, user) -> None:
    """Each review approval compares the revision's text with the exempt information again
    (an entry made exempt after the submission holds what it holds now): refused, with an
    audit entry, when it holds a passage (moderation.exempt_text)."""
    from .scanner import exempt_text_findings
    from .workflow import refuse_exempt_text as refuse_found

    found = exempt_text_findings(revision.as_object())
    if found:
        exempt_text.log_refused(revision.content_object, found, user, revision=revision.pk)
        refuse_found(found, user)


class Takedown(models.Model):
    """Content taken down at once (unpublished), with the reason: the safe direction."""

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), null=True, on_delete=models.SET_NULL
    )
    page_title = models.CharField(_("page title"), max_length=255)
    taken_down_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("taken down by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(_("reason"))
    taken_down_at = models.DateTimeField(_("taken down at"), auto_now_add=True)

    class Meta:
        ordering = ["-taken_down_at"]
        verbose_name = _("takedown")
        verbose_name_plural = _("takedowns")
        permissions = [("take_down_page", "Can take content down at once, with a reason")]


class ForcedPublication(models.Model):
    """Urgent serta merta information published by a Koordinator before the review, still
    scanned; listed until a Sub Koordinator reviews it afterwards."""

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), null=True, on_delete=models.SET_NULL
    )
    page_title = models.CharField(_("page title"), max_length=255)
    revision = models.ForeignKey(
        Revision, verbose_name=_("revision"), null=True, on_delete=models.SET_NULL
    )
    forced_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(_("reason"))
    forced_at = models.DateTimeField(_("published at"), auto_now_add=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    review_comment = models.TextField(_("review comment"), blank=True)
    snapshot_hash = models.CharField(
        _("publication snapshot (SHA-256)"), max_length=64, blank=True
    )
    review_snapshot_hash = models.CharField(
        _("snapshot reviewed (SHA-256)"), max_length=64, blank=True
    )
    authors = models.JSONField(
        _("authors"),
        default=list,
        blank=True,
        help_text=_("Who wrote or changed what was published: none of them reviews it."),
    )

    class Meta:
        ordering = ["-forced_at"]
        verbose_name = _("forced publication")
        verbose_name_plural = _("forced publications")
        permissions = [
            ("force_publish_page", "Can publish serta merta information at once, with a reason"),
            ("review_forced_publication", "Can review forced publications afterwards"),
        ]


class ChangeKind(models.TextChoices):
    NEW = "new", _("New content")
    UPDATE = "update", _("Update")


RESET_BEFORE = _("account reset by %(by)s shortly before this approval")


class ApprovalRecord(models.Model):
    """Form Persetujuan: who submitted, what the scan found and who approved one publication.

    A snapshot taken when the workflow publishes: it stays true if users or pages change later.
    """

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), null=True, on_delete=models.SET_NULL
    )
    page_title = models.CharField(_("page title"), max_length=255)
    revision = models.ForeignKey(
        Revision, verbose_name=_("revision"), null=True, on_delete=models.SET_NULL
    )
    change_kind = models.CharField(_("change"), max_length=8, choices=ChangeKind.choices)
    submitted_by = models.CharField(_("submitted by"), max_length=255)
    submitted_at = models.DateTimeField(_("submitted at"))
    scan_summary = models.TextField(_("privacy scan"))
    steps = models.JSONField(_("approvals"), default=list)
    snapshot_hash = models.CharField(
        _("publication snapshot (SHA-256)"), max_length=64, blank=True
    )
    published_at = models.DateTimeField(_("published at"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-published_at"]
        verbose_name = _("approval form")
        verbose_name_plural = _("approval forms")

    def __str__(self) -> str:
        return f"{self.page_title} ({self.published_at:%Y-%m-%d})"

    def step_lines(self) -> str:
        return "\n".join(
            f"{step['task']}: {step['reviewer']}"
            + (
                " (" + str(RESET_BEFORE) % {"by": step["after_reset"]["reset_by"]} + ")"
                if step.get("after_reset")
                else ""
            )
            for step in self.steps
        )


# The finding kinds with an identifier's structure (moderation.actions uses the same).
IDENTIFIER_KINDS = ("nik", "kk", "npwp", "bpjs", "kks", "passport")


class FalsePositive(models.Model):
    """A finding a reviewer judged harmless, with the reason. It applies to that exact value on
    that page only; the value itself is never stored, only a keyed fingerprint of it.

    The one rule of when a marking counts (`counts`, `cleared`): a value that passes an
    identifier's structure check (a valid NIK or No. KK, a BPJS card, an NPWP with its check
    digit: `structured`, decided by the scanner from the value) needs two different people,
    the marker and a second one who confirms it; and for a force-publication, markings by the
    forcer alone do not count (one person never overrides the scanner and publishes).
    """

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(_("kind"), max_length=32)
    fingerprint = models.CharField(_("fingerprint"), max_length=64)
    excerpt = models.CharField(_("excerpt"), max_length=255)
    reason = models.TextField(_("reason"))
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marked by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    marked_at = models.DateTimeField(_("marked at"), auto_now_add=True)
    structured = models.BooleanField(_("passes an identifier's structure check"), default=False)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("false positive")
        verbose_name_plural = _("false positives")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "kind", "fingerprint"], name="unique_false_positive"
            )
        ]

    def markers(self) -> set[int]:
        return {self.marked_by_id, self.confirmed_by_id} - {None}

    def counts(self, forcer_id: int | None = None, vouched: dict | None = None) -> bool:
        """Whether this marking clears the finding (for a force-publication by `forcer_id`).
        With `vouched` (FalsePositive.vouched_markings of its page), only the markers whose
        chained ppid.false_positive(.confirm) entry names this finding count, and a marking
        is structured when the row or any of those entries says so."""
        markers = self.markers()
        structured = self.structured
        if vouched is not None:
            entries = vouched.get((self.kind, self.fingerprint), {})
            markers = {user for user in markers if user in entries}
            structured = structured or any(entries.get(user) for user in markers)
            if not markers:
                return False
        if structured and len(markers) < 2:
            return False
        return forcer_id is None or bool(markers - {forcer_id})

    @classmethod
    def vouched_markings(cls, page_id: int) -> dict:
        """{(kind, fingerprint): {user id: structured}} of the markings the audit chain holds
        for the page (chained ppid.false_positive and .confirm entries). An entry from before
        the fingerprint was logged names no finding (its masked excerpt matches every value
        with the same visible digits): it clears nothing; migration moderation 0016 chained,
        for each, the fingerprint its row held at the upgrade. A marking row written in the
        database without such an entry clears nothing."""
        from wagtail.models import PageLogEntry

        from integrity.chain import chained_entries

        entries = PageLogEntry.objects.filter(
            page_id=page_id, action__in=["ppid.false_positive", "ppid.false_positive.confirm"]
        )
        vouched: dict = {}
        for row in chained_entries(PageLogEntry, entries):
            data = row["data"] or {}
            kind = data.get("kind")
            if not kind or row["user_id"] is None:
                continue
            if not data.get("fingerprint"):
                continue
            key = (kind, data["fingerprint"])
            structured = data.get("structured", kind in IDENTIFIER_KINDS)
            users = vouched.setdefault(key, {})
            users[row["user_id"]] = users.get(row["user_id"], False) or bool(structured)
        return vouched

    @classmethod
    def cleared(cls, page_id: int, forcer=None) -> set[tuple[str, str]]:
        """(kind, fingerprint) of the findings on the page that markings clear: only markings
        the audit chain holds (vouched_markings), by the users it names."""
        forcer_id = getattr(forcer, "pk", None)
        markings = list(cls.objects.filter(page_id=page_id))
        if not markings:
            return set()
        vouched = cls.vouched_markings(page_id)
        return {
            (marked.kind, marked.fingerprint)
            for marked in markings
            if marked.counts(forcer_id, vouched)
        }


class SnapshotStep(models.TextChoices):
    SUBMIT = "submit", _("Submitted and scanned")
    APPROVE = "approve", _("Approved")
    PUBLISH = "publish", _("Published")
    FORCE = "force", _("Published at once")
    REVIEW = "review", _("Retrospective review")
    # A publication on the set-up path (the demo loader, test fixtures), and the baseline of
    # pages live before set-up publications recorded one (migration 0013): the content the
    # audit chain binds such a page to (issue 13, reattack13d break 5).
    SET_UP = "set_up", _("Published at set-up")


class PublicationSnapshot(models.Model):
    """The publication snapshot (moderation.snapshot) one step of the path saw: the scan at
    submission, each task approval, the publication. The finish action compares them."""

    revision = models.ForeignKey(
        Revision,
        verbose_name=_("revision"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    task_state = models.ForeignKey(
        TaskState,
        verbose_name=_("task state"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publication_snapshots",
    )
    step = models.CharField(_("step"), max_length=16, choices=SnapshotStep.choices)
    digest = models.CharField(_("publication snapshot (SHA-256)"), max_length=64)
    manifest = models.JSONField(_("manifest"), default=dict)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        ordering = ["-recorded_at", "-pk"]
        verbose_name = _("publication snapshot")
        verbose_name_plural = _("publication snapshots")

    @classmethod
    def record(
        cls,
        revision: Revision,
        step: str,
        taken: "snapshot.Snapshot",
        user=None,
        task_state: TaskState | None = None,
    ) -> "PublicationSnapshot":
        """Keep what this step saw, and say so in the audit log (with the hash)."""
        recorded = cls.objects.create(
            revision=revision,
            task_state=task_state,
            step=step,
            digest=taken.digest,
            manifest=taken.manifest(),
            user=user,
        )
        instance = revision.content_object
        if instance is not None:
            log(
                instance=getattr(instance, "specific", instance),
                action="ppid.snapshot",
                user=user,
                revision=revision,
                data={
                    "step": step,
                    "hash": taken.digest,
                    "task": task_state.task.name if task_state else "",
                    "assets": taken.assets,
                },
            )
        return recorded


class SiteSettingsApproval(models.Model):
    """The values of the PPID settings that render on every public page (office name, address,
    contacts, service hours, logo), as scanned and approved by a second person. The public site
    renders the latest approval of its site, never the settings row being edited
    (moderation.site_settings)."""

    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name=_("site"), on_delete=models.CASCADE, related_name="+"
    )
    # Which setting: "office" (the PPID settings) or a key of moderation.reviewed_settings.
    setting = models.CharField(_("setting"), max_length=32, default="office", db_index=True)
    values = models.JSONField(_("approved values"))
    digest = models.CharField(_("content hash"), max_length=64)
    findings = models.JSONField(_("findings"), default=list)
    contributors = models.JSONField(_("changed by"), default=list)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("approved at"), auto_now_add=True)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        ordering = ["-approved_at", "-pk"]
        get_latest_by = ["approved_at", "pk"]
        verbose_name = _("site settings approval")
        verbose_name_plural = _("site settings approvals")
        permissions = [
            ("approve_site_settings", "Can approve the public site settings after a scan"),
            ("approve_allow_list", "Can approve changes to the privacy scanner allow-list"),
        ]
