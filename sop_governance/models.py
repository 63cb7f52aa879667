"""SOP A1: the quarterly content plan (daftar konten) and the tasks of its workflow.

A plan is drafted by the Sub Koordinator, signed by the Koordinator and handed to the head of
office (Kepala Dinas or Lurah), who acknowledges receipt: the two tasks of the workflow
"SOP Daftar Konten". From the signature on, the plan cannot change (refused by the views and
by the model itself); it can only be superseded by a new version.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.log_actions import log
from wagtail.models import (
    AbstractGroupApprovalTask,
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    TaskState,
    WorkflowMixin,
)

from ppid_pages.models.dip import DipCategory

from .quarters import Quarter

# Fields written by the workflow, never by a revision: kept when a revision is restored.
SIGNATURE_FIELDS = (
    "submitted_by_id",
    "submitted_at",
    "signed_by_id",
    "signed_at",
    "received_by_id",
    "received_at",
)
ITEM_CONTENT_FIELDS = (
    "title",
    "category",
    "target_month",
    "responsible_id",
    "notes",
    "page_id",
    "sort_order",
)
MONTHS = [
    (1, "Januari"),
    (2, "Februari"),
    (3, "Maret"),
    (4, "April"),
    (5, "Mei"),
    (6, "Juni"),
    (7, "Juli"),
    (8, "Agustus"),
    (9, "September"),
    (10, "Oktober"),
    (11, "November"),
    (12, "Desember"),
]


class SignedPlanError(PermissionDenied):
    """A signed content plan cannot change: supersede it with a new version instead."""

    def __init__(self, message=None):
        super().__init__(
            message or _("A signed content plan cannot be changed. Create a new version instead.")
        )


def validate_quarter(value: str) -> None:
    try:
        Quarter.parse(value)
    except ValueError:
        raise ValidationError(
            _("Enter a quarter as YYYY-Qn, for example 2026-Q4."), code="invalid"
        ) from None


def published_through_workflow():
    """Pages that are live and were published by the workflow (an approval form exists)."""
    from moderation.models import ApprovalRecord

    return ApprovalRecord.objects.filter(page_id__isnull=False).values("page_id")


class ContentPlanQuerySet(models.QuerySet):
    def current(self):
        """The newest version of each quarter's plan (not superseded)."""
        return self.filter(superseded_by__isnull=True)

    def with_progress(self):
        """Annotate `item_count` and `done_count` with two subqueries (no per-row queries)."""
        items = ContentPlanItem.objects.filter(plan=OuterRef("pk")).order_by().values("plan")
        total = items.annotate(n=Count("pk")).values("n")
        done = (
            items.filter(page__live=True, page_id__in=published_through_workflow())
            .annotate(n=Count("pk"))
            .values("n")
        )
        return self.annotate(
            item_count=Coalesce(Subquery(total, output_field=IntegerField()), Value(0)),
            done_count=Coalesce(Subquery(done, output_field=IntegerField()), Value(0)),
        )


class ContentPlan(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, ClusterableModel):
    quarter = models.CharField(
        _("quarter"),
        max_length=7,
        validators=[validate_quarter],
        db_index=True,
        help_text=_("For example 2026-Q4 (October to December 2026)."),
    )
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    supersedes = models.OneToOneField(
        "self",
        verbose_name=_("supersedes"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="superseded_by",
    )
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("drafted by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True, editable=False)
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("signed by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signed_at = models.DateTimeField(_("signed at"), null=True, blank=True, editable=False)
    received_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("received by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    received_at = models.DateTimeField(_("received at"), null=True, blank=True, editable=False)

    objects = ContentPlanQuerySet.as_manager()

    panels = [
        FieldPanel("quarter"),
        FieldPanel("notes"),
        InlinePanel("items", label=_("Content items"), min_num=1),
    ]

    class Meta:
        ordering = ["-quarter", "-version"]
        verbose_name = _("content plan")
        verbose_name_plural = _("content plans")
        constraints = [
            models.UniqueConstraint(fields=["quarter", "version"], name="unique_plan_version")
        ]

    def __str__(self) -> str:
        try:
            label = Quarter.parse(self.quarter).label
        except ValueError:
            label = self.quarter
        return f"Daftar Konten {label} (versi {self.version})"

    # -- state ----------------------------------------------------------------------------

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None

    @property
    def is_received(self) -> bool:
        return self.received_at is not None

    def status_label(self) -> str:
        if self.received_at:
            return str(_("Signed and received"))
        if self.signed_at:
            return str(_("Signed, awaiting receipt"))
        return str(_("Draft"))

    status_label.short_description = _("status")

    def progress_counts(self) -> tuple[int, int]:
        """(done, total) from `with_progress()` annotations, else with one query."""
        if hasattr(self, "item_count"):
            return self.done_count, self.item_count
        annotated = ContentPlan.objects.with_progress().filter(pk=self.pk).first()
        return (annotated.done_count, annotated.item_count) if annotated else (0, 0)

    def progress(self) -> str:
        done, total = self.progress_counts()
        return f"{done}/{total}"

    progress.short_description = _("progress (done/total)")

    def signed_in_database(self) -> bool:
        if self.pk is None:
            return False
        return ContentPlan.objects.filter(pk=self.pk, signed_at__isnull=False).exists()

    # -- validation -----------------------------------------------------------------------

    def clean(self) -> None:
        super().clean()
        if self.supersedes_id:
            if self.quarter != self.supersedes.quarter:
                raise ValidationError(
                    {"quarter": _("A new version keeps the quarter of the plan it supersedes.")}
                )
            return
        others = ContentPlan.objects.filter(quarter=self.quarter).exclude(pk=self.pk)
        if self.quarter and others.exists():
            raise ValidationError(
                {
                    "quarter": _(
                        "This quarter already has a content plan. Open it, or create a new "
                        "version of it once it is signed."
                    )
                }
            )

    # -- immutability after the signature -------------------------------------------------

    def content_signature(self) -> tuple:
        items = tuple(
            tuple(getattr(item, name) for name in ITEM_CONTENT_FIELDS)
            for item in sorted(self.items.all(), key=lambda i: (i.sort_order or 0, i.pk or 0))
        )
        return (self.quarter, self.notes, self.version, self.supersedes_id, items)

    def save(self, *args, **kwargs):
        if self.pk is not None:
            stored = ContentPlan.objects.filter(pk=self.pk, signed_at__isnull=False).first()
            if stored is not None and stored.content_signature() != self.content_signature():
                raise SignedPlanError()
        return super().save(*args, **kwargs)

    def save_revision(self, *args, **kwargs):
        if self.signed_in_database():
            raise SignedPlanError()
        return super().save_revision(*args, **kwargs)

    def with_content_json(self, content):
        """Signatures belong to the plan, not to a revision: read them from the database."""
        obj = super().with_content_json(content)
        stored = ContentPlan.objects.filter(pk=self.pk).values(*SIGNATURE_FIELDS).first()
        for name in SIGNATURE_FIELDS:
            setattr(obj, name, stored[name] if stored else getattr(self, name))
        obj.version = self.version
        obj.supersedes_id = self.supersedes_id
        obj.created_at = self.created_at
        return obj

    def finish_workflow(self, workflow_state, user=None) -> None:
        """The workflow's end (sop_governance.workflow): the received plan becomes live.

        Nobody holds the publish permission: the signature and the receipt are the permission.
        """
        plan = ContentPlan.objects.get(pk=self.pk)
        if not (plan.is_signed and plan.is_received):
            raise PermissionDenied(_("The plan must be signed and received."))
        plan.get_latest_revision().publish(user=user, skip_permission_checks=True)

    # -- versions -------------------------------------------------------------------------

    @transaction.atomic
    def new_version(self, user) -> "ContentPlan":
        """A draft copy with the same items, superseding this signed plan."""
        if not self.signed_in_database():
            raise PermissionDenied(_("Only a signed plan is superseded; edit this one instead."))
        if ContentPlan.objects.filter(supersedes=self).exists():
            raise PermissionDenied(_("This plan has already been superseded."))
        successor = ContentPlan(
            quarter=self.quarter,
            version=self.version + 1,
            supersedes=self,
            notes=self.notes,
            live=False,
        )
        successor.items = [
            ContentPlanItem(**{name: getattr(item, name) for name in ITEM_CONTENT_FIELDS})
            for item in self.items.all()
        ]
        successor.save()
        revision = successor.save_revision(user=user, log_action=False)
        log(instance=successor, action="wagtail.create", user=user, revision=revision)
        log(
            instance=self,
            action="sop_governance.plan.supersede",
            user=user,
            data={"new_version": successor.version, "new_plan_id": successor.pk},
        )
        return successor


class ContentPlanItem(Orderable):
    plan = ParentalKey(ContentPlan, on_delete=models.CASCADE, related_name="items")
    title = models.CharField(_("title"), max_length=255)
    category = models.CharField(
        _("DIP category"), max_length=16, choices=DipCategory.choices, db_index=True
    )
    target_month = models.PositiveSmallIntegerField(_("target month"), choices=MONTHS)
    responsible = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsible Operator"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"groups__name": "Operator", "is_active": True},
    )
    notes = models.TextField(_("notes"), blank=True)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page that publishes this item; the item is done once it is published."),
    )

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("category"), FieldPanel("target_month")]),
        FieldPanel("responsible"),
        FieldPanel("page"),
        FieldPanel("notes"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("content plan item")
        verbose_name_plural = _("content plan items")

    def __str__(self) -> str:
        return self.title

    def responsible_name(self) -> str:
        """The responsible Operator's full name (the username only when there is none)."""
        from ppid_admin.columns import user_name

        return user_name(self.responsible) if self.responsible_id else ""

    def is_published(self) -> bool:
        """Done: the linked page is live and was published through the workflow (uses the
        `is_done` annotation of listings when present)."""
        if self.page_id is None or not self.page.live:
            return False
        if hasattr(self, "is_done"):
            return self.is_done
        return published_through_workflow().filter(page_id=self.page_id).exists()

    def done_label(self) -> str:
        return str(_("Yes")) if self.is_published() else str(_("No"))

    done_label.short_description = _("done")

    def clean(self) -> None:
        super().clean()
        plan = getattr(self, "plan", None)
        try:
            months = Quarter.parse(plan.quarter).months if plan else ()
        except ValueError:
            return
        if months and self.target_month and self.target_month not in months:
            raise ValidationError(
                {"target_month": _("The target month must fall within the plan's quarter.")}
            )

    def save(self, *args, **kwargs):
        if ContentPlan.objects.filter(pk=self.plan_id, signed_at__isnull=False).exists():
            stored = (
                ContentPlanItem.objects.filter(pk=self.pk).values(*ITEM_CONTENT_FIELDS).first()
                if self.pk
                else None
            )
            current = {name: getattr(self, name) for name in ITEM_CONTENT_FIELDS}
            if stored != current:
                raise SignedPlanError()
        return super().save(*args, **kwargs)


@receiver(pre_delete, sender=ContentPlanItem)
def refuse_deleting_items_of_signed_plans(sender, instance, **kwargs) -> None:
    if ContentPlan.objects.filter(pk=instance.plan_id, signed_at__isnull=False).exists():
        raise SignedPlanError()


# -- the tasks of the workflow "SOP Daftar Konten" -------------------------------------------


class PlanTask(AbstractGroupApprovalTask):
    """A step only members of the task's groups take (not superusers), never on a plan they
    drafted, edited last or already approved in this run (four eyes). Reviewers act from the
    dashboard or the plan's page, never in the editor: the plan itself does not change."""

    approve_label = _("Approve")
    log_action = ""

    class Meta:
        abstract = True

    def user_in_groups(self, user) -> bool:
        return bool(user and user.is_authenticated and user.is_active) and self._user_in_groups(
            user
        )

    def excluded_user_ids(self, obj) -> set:
        workflow_state = obj.current_workflow_state
        excluded = {obj.submitted_by_id}
        revision = obj.revisions.order_by("-created_at", "-id").first()
        if revision is not None:
            excluded.add(revision.user_id)
        if workflow_state is not None:
            excluded.add(workflow_state.requested_by_id)
            excluded.update(
                workflow_state.task_states.filter(status=TaskState.STATUS_APPROVED).values_list(
                    "finished_by_id", flat=True
                )
            )
        excluded.discard(None)
        return excluded

    def may_act(self, obj, user) -> bool:
        return self.user_in_groups(user) and user.pk not in self.excluded_user_ids(obj)

    def action_list(self) -> list[tuple[str, str, bool]]:
        return [("approve", self.approve_label, False)]

    def get_actions(self, obj, user):
        return self.action_list() if self.may_act(obj, user) else []

    def user_can_access_editor(self, obj, user):
        return False

    def locked_for_user(self, obj, user):
        return True

    def user_can_lock(self, obj, user):
        return False

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if not self.user_in_groups(user):
            return TaskState.objects.none()
        return (
            self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
            .exclude(workflow_state__requested_by=user)
            .exclude(revision__user=user)
        )

    def record(self, plan: ContentPlan, user, task_state) -> dict:
        """Write this step's signature on the plan; returns the fields written."""
        raise NotImplementedError

    def on_action(self, task_state, user, action_name, **kwargs):
        from moderation.workflow import locked_task_state

        with transaction.atomic():
            task_state = locked_task_state(task_state)
            plan = ContentPlan.objects.get(pk=task_state.workflow_state.object_id)
            names = {name for name, _label, _modal in self.get_actions(plan, user)}
            if action_name not in names:
                raise PermissionDenied
            if action_name == "approve":
                fields = self.record(plan, user, task_state)
                ContentPlan.objects.filter(pk=plan.pk).update(**fields)
                log(
                    instance=plan,
                    action=self.log_action,
                    user=user,
                    data={"task": self.name, "comment": kwargs.get("comment", "")},
                )
            return super().on_action(task_state, user, action_name, **kwargs)


class SignPlanTask(PlanTask):
    """The Koordinator signs the plan, or sends it back to the Sub Koordinator."""

    approve_label = _("Sign")
    log_action = "sop_governance.plan.sign"

    def action_list(self):
        return [
            ("reject", _("Send back for changes"), True),
            ("approve", self.approve_label, False),
            ("approve", _("Sign with comment"), True),
        ]

    def record(self, plan, user, task_state):
        workflow_state = task_state.workflow_state
        return {
            "submitted_by_id": workflow_state.requested_by_id,
            "submitted_at": workflow_state.created_at,
            "signed_by_id": user.pk,
            "signed_at": timezone.now(),
        }

    @classmethod
    def get_description(cls):
        return _("The Koordinator signs the content plan; members of other roles cannot")

    class Meta:
        verbose_name = _("content plan signature task")
        verbose_name_plural = _("content plan signature tasks")


class ReceivePlanTask(PlanTask):
    """The head of office acknowledges receipt of the signed plan (tanda terima)."""

    approve_label = _("Acknowledge receipt")
    log_action = "sop_governance.plan.receive"

    def record(self, plan, user, task_state):
        if not ContentPlan.objects.filter(pk=plan.pk, signed_at__isnull=False).exists():
            raise PermissionDenied(_("The plan must be signed before its receipt."))
        return {"received_by_id": user.pk, "received_at": timezone.now()}

    @classmethod
    def get_description(cls):
        return _("The head of office acknowledges receipt of the signed content plan")

    class Meta:
        verbose_name = _("content plan receipt task")
        verbose_name_plural = _("content plan receipt tasks")
