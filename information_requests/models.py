"""Permohonan informasi publik and keberatan (UU 14/2008 Pasal 21-22, 35-38; Perki 1/2021).

A request or objection moves only through `transitions.perform`, which writes a history row
(`RequestStep` / `ObjectionStep`) and a Wagtail audit log entry for every step. The decision,
channel, requester type, dates and keberatan grounds/outcome are plain fields, so registers and
the annual report query them directly.

Privacy: the identity number is an `EncryptedTextField`; the identity file is encrypted in the
private store (crypto.py), never under MEDIA_ROOT. Lists and registers show `masked_*` values.
"""

import hmac

from django.conf import settings
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from moderation.privacy.masking import mask_email, mask_value

from .crypto import EncryptedTextField, bind, unbind


class RequesterType(models.TextChoices):
    PERSON = "perorangan", _("Individual")
    GROUP = "kelompok", _("Group of people / organisation")
    LEGAL_ENTITY = "badan_hukum", _("Legal entity")


class Channel(models.TextChoices):
    ONLINE = "online", _("Online form")
    WALK_IN = "langsung", _("In person at the desk")
    LETTER = "surat", _("Letter")
    EMAIL = "email", _("E-mail")


class ObtainMethod(models.TextChoices):
    SEE = "melihat", _("See")
    READ = "membaca", _("Read")
    LISTEN = "mendengarkan", _("Listen")
    NOTE = "mencatat", _("Take notes")
    SOFTCOPY = "softcopy", _("Copy (softcopy)")
    HARDCOPY = "hardcopy", _("Copy (hardcopy)")


class DeliveryMethod(models.TextChoices):
    PICK_UP = "ambil_langsung", _("Collect in person")
    POST = "pos", _("Post")
    EMAIL = "email", _("E-mail")
    COURIER = "kurir", _("Courier")


class Stage(models.TextChoices):
    UNCONFIRMED = "menunggu_konfirmasi", _("Awaiting e-mail confirmation")
    RECEIVED = "diterima", _("Received")
    INCOMPLETE = "perlu_dilengkapi", _("Needs completing")
    PROCESSING = "diproses", _("Being processed")
    EXTENDED = "diperpanjang", _("Extended")
    DECIDED = "diputuskan", _("Decided")
    DELIVERED = "disampaikan", _("Delivered")
    CLOSED = "selesai", _("Closed")
    REJECTED = "ditolak_administratif", _("Rejected (incomplete)")


# Stages in which the 10 (+7) working days run; "needs completing" pauses the clock.
CLOCK_STAGES = (Stage.RECEIVED, Stage.PROCESSING, Stage.EXTENDED, Stage.DECIDED)
OPEN_STAGES = (*CLOCK_STAGES, Stage.INCOMPLETE)
FINAL_STAGES = (Stage.CLOSED, Stage.REJECTED)


class Decision(models.TextChoices):
    GRANTED = "dikabulkan_seluruhnya", _("Granted in full")
    PARTLY = "dikabulkan_sebagian", _("Granted in part")
    REFUSED = "ditolak", _("Refused (exempt information)")
    NOT_HELD = "tidak_dikuasai", _("Information not held")
    NOT_DOCUMENTED = "belum_didokumentasikan", _("Information not yet documented")


class ExemptionGround(models.TextChoices):
    """UU 14/2008 Pasal 17 a-j."""

    A = "a", _("a. Obstructs law enforcement")
    B = "b", _("b. Intellectual property and fair competition")
    C = "c", _("c. State defence and security")
    D = "d", _("d. Natural wealth of Indonesia")
    E = "e", _("e. National economic resilience")
    F = "f", _("f. Foreign relations")
    G = "g", _("g. Authentic deeds and wills")
    H = "h", _("h. Personal secrets")
    I = "i", _("i. Internal memoranda")  # noqa: E741 - the article's own letter
    J = "j", _("j. Information not to be disclosed by law")


class BoundSecretsQuerySet(models.QuerySet):
    """bulk_create and bulk_update skip InformationRequest.save, which binds the encrypted
    secrets to their row (BOUND_SECRETS): rows written that way held them unbound, and read
    back as '' (a tracking link that opens nothing, an identity number and document gone).
    bulk_create binds them once the primary keys are known; bulk_update refuses the bound
    fields (and identity_file, which the seal must follow): save() writes them."""

    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        for obj in objs:
            obj.identity_file_seal = obj.identity_file
        created = super().bulk_create(objs, *args, **kwargs)
        model = self.model
        for obj in created:
            values = {name: getattr(obj, name) for name in model.BOUND_SECRETS}
            if obj.pk is None:
                if any(values.values()):
                    raise ValueError("bound secrets need the primary key of each row")
                continue
            bound = {name: bind(obj.pk, value) for name, value in values.items() if value}
            if bound:
                model._base_manager.filter(pk=obj.pk).update(**bound)
        return created

    def bulk_update(self, objs, fields, *args, **kwargs):
        refused = {*self.model.BOUND_SECRETS, "identity_file"} & set(fields)
        if refused:
            raise ValueError(f"bulk_update cannot bind {sorted(refused)}: save each row")
        return super().bulk_update(objs, fields, *args, **kwargs)


class InformationRequest(models.Model):
    # Registration (the number and the year only once the e-mail is confirmed or staff enter it)
    number = models.CharField(_("registration number"), max_length=32, blank=True, db_index=True)
    year = models.PositiveIntegerField(_("year"), null=True, blank=True)
    sequence = models.PositiveIntegerField(_("sequence"), null=True, blank=True)
    channel = models.CharField(_("channel"), max_length=16, choices=Channel.choices)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    registered_at = models.DateTimeField(_("registered at"), null=True, blank=True, db_index=True)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("registered by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    # The secret of the tracking link (with the number): encrypted, compared in constant time.
    tracking_code = EncryptedTextField(_("tracking code"), editable=False)

    # The requester (Perki 1/2021)
    requester_type = models.CharField(
        _("requester type"), max_length=16, choices=RequesterType.choices
    )
    name = models.CharField(_("name"), max_length=200)
    identity_number = EncryptedTextField(
        _("identity number"),
        blank=True,
        help_text=_("NIK on the KTP, or the legal entity's approval number."),
    )
    identity_file = models.CharField(_("identity document"), max_length=100, blank=True)
    identity_file_type = models.CharField(max_length=8, blank=True)
    # The name of the identity document again, encrypted and bound to this row (BOUND_SECRETS):
    # a name copied from another request in the database does not match it and opens nothing.
    identity_file_seal = EncryptedTextField(editable=False, blank=True, default="")
    address = models.TextField(_("address"))
    phone = models.CharField(_("phone"), max_length=32)
    # Required online (the confirmation goes there); a walk-in or letter request may come
    # with a telephone number or a postal address only (Perki 1/2021: "telepon atau e-mail").
    email = models.EmailField(_("e-mail"), blank=True)
    identity_purged_at = models.DateTimeField(_("identity purged at"), null=True, blank=True)

    # What is asked
    information_requested = models.TextField(_("information requested"))
    purpose = models.TextField(_("purpose"))
    obtain_method = models.CharField(
        _("how to obtain it"), max_length=16, choices=ObtainMethod.choices
    )
    delivery_method = models.CharField(
        _("how to receive it"), max_length=16, choices=DeliveryMethod.choices
    )

    # Where it stands
    stage = models.CharField(
        _("stage"), max_length=24, choices=Stage.choices, default=Stage.UNCONFIRMED, db_index=True
    )
    stage_changed_at = models.DateTimeField(_("in this stage since"), auto_now_add=True)
    unit = models.ForeignKey(
        "ppid_pages.InformationUnit",
        verbose_name=_("unit holding the information"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    due_date = models.DateField(_("due date"), null=True, blank=True, db_index=True)
    paused_on = models.DateField(_("clock paused on"), null=True, blank=True)
    completion_due = models.DateField(_("complete by"), null=True, blank=True)
    extended = models.BooleanField(_("extended"), default=False)
    extension_reason = models.TextField(_("reason for the extension"), blank=True)

    # The decision (pemberitahuan tertulis)
    decision = models.CharField(
        _("decision"), max_length=24, choices=Decision.choices, blank=True, db_index=True
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    information_held = models.BooleanField(_("information is held"), default=True)
    material = models.TextField(_("material provided"), blank=True)
    information_format = models.CharField(_("format"), max_length=200, blank=True)
    cost = models.DecimalField(_("cost (Rp)"), max_digits=12, decimal_places=0, default=0)
    payment_method = models.CharField(_("how to pay"), max_length=200, blank=True)
    delivery_time = models.CharField(_("delivery time"), max_length=200, blank=True)
    exemption_ground = models.CharField(
        _("Pasal 17 ground"), max_length=1, choices=ExemptionGround.choices, blank=True
    )
    exempt_entry = models.ForeignKey(
        "ppid_pages.DipEntryPage",
        verbose_name=_("entry in the Daftar Informasi yang Dikecualikan"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    holder_body = models.CharField(
        _("body that holds the information"), max_length=255, blank=True
    )
    decision_reason = models.TextField(_("reasons"), blank=True)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)

    # bulk_create binds the secrets too; bulk_update refuses them (BoundSecretsQuerySet)
    objects = BoundSecretsQuerySet.as_manager()

    class Meta:
        verbose_name = _("information request")
        verbose_name_plural = _("information requests")
        ordering = ["-registered_at", "-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["year", "sequence"],
                condition=models.Q(sequence__isnull=False),
                name="unique_request_number_per_year",
            ),
        ]
        permissions = [
            ("view_identity", "Can see requesters' identity (number and document)"),
            ("view_register", "Can read and export the request registers"),
        ]

    def __str__(self) -> str:
        return self.number or str(_("(unconfirmed request)"))

    # The encrypted secrets of one row are bound to it: the plaintext holds the row's primary
    # key (crypto.bind), checked when the row is loaded (crypto.unbind), so a token copied
    # from another row in the database (a tracking code the copier knows, an identity number)
    # opens nothing here. Rows from before the binding: migration 0005.
    # The identity document's name is sealed the same way (identity_file_seal, the name bound
    # to the row): a name copied from another request opens nothing (identity_file reads "").
    BOUND_SECRETS = ("tracking_code", "identity_number", "identity_file_seal")

    def save(self, *args, **kwargs):
        adding = self.pk is None
        self.identity_file_seal = self.identity_file
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "identity_file" in update_fields:
            kwargs["update_fields"] = {*update_fields, "identity_file_seal"}
        plain = {name: getattr(self, name) for name in self.BOUND_SECRETS}
        if not adding:
            for name, value in plain.items():
                setattr(self, name, bind(self.pk, value))
        try:
            super().save(*args, **kwargs)
        finally:
            for name, value in plain.items():
                setattr(self, name, value)
        if adding:  # the primary key is known now
            bound = {name: bind(self.pk, value) for name, value in plain.items() if value}
            if bound:
                type(self).objects.filter(pk=self.pk).update(**bound)

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        for name in cls.BOUND_SECRETS:
            if name in instance.__dict__:
                setattr(instance, name, unbind(instance.pk, getattr(instance, name)))
        if "identity_file" in instance.__dict__ and instance.identity_file:
            seal = instance.__dict__.get("identity_file_seal")
            if seal is None:  # deferred: read it (bound) to compare
                seal = unbind(
                    instance.pk,
                    type(instance)
                    .objects.filter(pk=instance.pk)
                    .values_list("identity_file_seal", flat=True)
                    .first(),
                )
            if not hmac.compare_digest((seal or "").encode(), instance.identity_file.encode()):
                instance.identity_file = ""
        return instance

    def code_matches(self, code: str) -> bool:
        return bool(self.tracking_code) and hmac.compare_digest(
            self.tracking_code.encode(), (code or "").strip().upper().encode()
        )

    @property
    def is_open(self) -> bool:
        return self.stage in OPEN_STAGES

    # Masked values: every list, register and export shows these.
    @property
    def masked_identity_number(self) -> str:
        if self.identity_purged_at:
            return str(_("(purged)"))
        return mask_identity(self.identity_number)

    @property
    def masked_email(self) -> str:
        return mask_email(self.email) if self.email else ""

    @property
    def masked_phone(self) -> str:
        return mask_value(self.phone, keep=4) if self.phone else ""

    @property
    def masked_address(self) -> str:
        """The last line (usually the town/regency): the street is personal data."""
        lines = [line.strip(" ,") for line in self.address.replace(",", "\n").splitlines()]
        lines = [line for line in lines if line]
        return lines[-1] if lines else ""

    # Plain values for exports
    @property
    def stage_label(self) -> str:
        return str(self.get_stage_display())

    @property
    def decision_label(self) -> str:
        return str(self.get_decision_display()) if self.decision else ""


def mask_identity(value: str) -> str:
    """A NIK shows only its first 2 digits (province): the rest (birth date, serial) never."""
    if not value:
        return ""
    return value[:2] + "*" * max(len(value) - 2, 4)


class RequestStep(models.Model):
    """One step of a request's history, written only by `transitions.perform`."""

    request = models.ForeignKey(InformationRequest, on_delete=models.CASCADE, related_name="steps")
    action = models.CharField(_("action"), max_length=32)
    from_stage = models.CharField(_("from"), max_length=24, choices=Stage.choices, blank=True)
    to_stage = models.CharField(_("to"), max_length=24, choices=Stage.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), auto_now_add=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("request step")
        verbose_name_plural = _("request steps")
        ordering = ["at", "pk"]


class ScanStatus(models.TextChoices):
    CLEAN = "clean", _("Scanned: nothing found")
    FINDINGS = "findings", _("Personal data found: black it out or clear it")
    CLEARED = "cleared", _("Findings cleared with a reason")


@receiver(post_save, sender=InformationRequest)
def bind_restored_secrets(sender, instance, raw=False, **kwargs) -> None:
    """A row loaded from a backup (loaddata: a raw save, past InformationRequest.save) holds
    its secrets as serialized, unbound: bound to the row here, as save() binds them."""
    if not raw:
        return
    bound = {
        name: bind(instance.pk, value)
        for name in InformationRequest.BOUND_SECRETS
        if (value := getattr(instance, name))
    }
    if bound:
        sender.objects.filter(pk=instance.pk).update(**bound)


class OutgoingFile(models.Model):
    """A file handed to a requester (a letter or the information itself): encrypted in the
    private store, scanned by the privacy scanner, released only when clean or cleared."""

    class Kind(models.TextChoices):
        RECEIPT = "tanda_bukti", _("Tanda bukti (receipt)")
        NOTICE = "pemberitahuan", _("Pemberitahuan tertulis")
        EXTENSION = "perpanjangan", _("Surat perpanjangan")
        REFUSAL = "penolakan", _("Surat keputusan penolakan")
        INFORMATION = "informasi", _("Information provided")
        OBJECTION_RECEIPT = "tanda_bukti_keberatan", _("Tanda bukti keberatan")
        OBJECTION_RESPONSE = "tanggapan_keberatan", _("Tanggapan atas keberatan")

    request = models.ForeignKey(InformationRequest, on_delete=models.CASCADE, related_name="files")
    objection = models.ForeignKey(
        "Objection", on_delete=models.CASCADE, null=True, blank=True, related_name="files"
    )
    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=255)
    filename = models.CharField(_("file name"), max_length=255)
    stored = models.CharField(max_length=100)
    size = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    scan_status = models.CharField(_("privacy scan"), max_length=16, choices=ScanStatus.choices)
    scan_findings = models.JSONField(_("findings"), default=list, blank=True)
    cleared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("cleared by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    cleared_reason = models.TextField(_("reason for clearing"), blank=True)
    replaced = models.BooleanField(_("replaced by a blacked-out version"), default=False)
    sent_at = models.DateTimeField(_("sent to the requester at"), null=True, blank=True)

    class Meta:
        verbose_name = _("file for the requester")
        verbose_name_plural = _("files for the requester")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def releasable(self) -> bool:
        return not self.replaced and self.scan_status in (ScanStatus.CLEAN, ScanStatus.CLEARED)


class RegisterCounter(models.Model):
    """The last number given in a series and year; locked (SELECT ... FOR UPDATE) while the
    next one is taken, in the transaction that registers: numbers are unique and gap-free."""

    series = models.CharField(max_length=16)
    year = models.PositiveIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["series", "year"], name="unique_counter_series_year")
        ]


class ObjectionGround(models.TextChoices):
    """UU 14/2008 Pasal 35 ayat (1) a-g."""

    A = "a", _("a. The request was refused on a Pasal 17 exemption")
    B = "b", _("b. Periodic information (Pasal 9) was not provided")
    C = "c", _("c. The request was not answered")
    D = "d", _("d. The request was answered not as asked")
    E = "e", _("e. The request was not fulfilled")
    F = "f", _("f. An unreasonable fee was charged")
    G = "g", _("g. The information was delivered later than the law allows")


class ObjectionStage(models.TextChoices):
    RECEIVED = "diterima", _("Received")
    ANSWERED = "ditanggapi", _("Answered by the Atasan PPID")
    DISPUTE = "sengketa", _("Sengketa at the Komisi Informasi")
    DISPUTE_DECIDED = "putusan", _("Sengketa decided (putusan)")
    CLOSED = "selesai", _("Closed")


class ObjectionOutcome(models.TextChoices):
    ACCEPTED = "diterima", _("Objection accepted: the PPID's answer is corrected")
    PARTLY = "diterima_sebagian", _("Objection accepted in part")
    REJECTED = "ditolak", _("Objection rejected: the PPID's answer stands")


class Objection(models.Model):
    """Keberatan (Pasal 35-36): tied to its request, own number, answered by the Atasan PPID
    within 30 working days; a sengketa at the Komisi Informasi is recorded on it."""

    request = models.ForeignKey(
        InformationRequest, on_delete=models.PROTECT, related_name="objections"
    )
    number = models.CharField(_("registration number"), max_length=32, blank=True, db_index=True)
    year = models.PositiveIntegerField(_("year"), null=True, blank=True)
    sequence = models.PositiveIntegerField(_("sequence"), null=True, blank=True)
    channel = models.CharField(_("channel"), max_length=16, choices=Channel.choices)
    grounds = models.CharField(
        _("grounds (Pasal 35(1))"),
        max_length=7,
        help_text=_("The letters of the grounds, e.g. 'ac'."),
    )
    case_position = models.TextField(_("kasus posisi (what happened)"))
    ground_arose_on = models.DateField(_("the ground arose on"))
    registered_at = models.DateTimeField(_("registered at"), null=True, blank=True)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("registered by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    due_date = models.DateField(_("answer due"), null=True, blank=True)
    stage = models.CharField(
        _("stage"),
        max_length=16,
        choices=ObjectionStage.choices,
        default=ObjectionStage.RECEIVED,
        db_index=True,
    )
    stage_changed_at = models.DateTimeField(_("in this stage since"), auto_now_add=True)
    outcome = models.CharField(
        _("outcome"), max_length=24, choices=ObjectionOutcome.choices, blank=True, db_index=True
    )
    response = models.TextField(_("tanggapan (the answer)"), blank=True)
    responded_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    dispute_registered_on = models.DateField(
        _("sengketa registered at the Komisi Informasi on"), null=True, blank=True
    )
    dispute_number = models.CharField(_("sengketa register number"), max_length=100, blank=True)
    dispute_result = models.TextField(_("putusan"), blank=True)

    class Meta:
        verbose_name = _("objection (keberatan)")
        verbose_name_plural = _("objections (keberatan)")
        ordering = ["-registered_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["year", "sequence"],
                condition=models.Q(sequence__isnull=False),
                name="unique_objection_number_per_year",
            ),
        ]

    def __str__(self) -> str:
        return self.number

    @property
    def ground_list(self) -> list[str]:
        return [str(ObjectionGround(letter).label) for letter in self.grounds]

    @property
    def stage_label(self) -> str:
        return str(self.get_stage_display())

    @property
    def outcome_label(self) -> str:
        return str(self.get_outcome_display()) if self.outcome else ""


class ObjectionStep(models.Model):
    """One step of an objection's history (sengketa steps too), with an optional document."""

    objection = models.ForeignKey(Objection, on_delete=models.CASCADE, related_name="steps")
    action = models.CharField(_("action"), max_length=32)
    from_stage = models.CharField(_("from"), max_length=16, blank=True)
    to_stage = models.CharField(_("to"), max_length=16, choices=ObjectionStage.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), auto_now_add=True)
    happened_on = models.DateField(_("date"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)
    document = models.CharField(max_length=100, blank=True)
    document_name = models.CharField(_("document"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("objection step")
        verbose_name_plural = _("objection steps")
        ordering = ["at", "pk"]


class StandardText(models.Model):
    """A standard text (Naskah Baku): a statute's article, a report's standard preface, the
    standard contract conditions, a form's labels, an SOP template. Public by nature, so its
    words never make a public text or a letter "exempt information" because an exempt document
    quotes it too (information_requests.standard_texts).

    Reviewed content (moderation.snippets): a new text counts only once a second person has
    approved it (two approvers, neither of whom wrote or changed it, after the privacy scan);
    a change to an approved text waits as its pending version. Every step is in the audit
    log, and only a release the audit chain vouches for counts."""

    PUBLIC_FIELDS = ("title", "text")
    # An exempt document that quotes it is shown to the approvers, not a refusal
    # (moderation.snippets.findings): a standard text is public by nature.
    EXEMPT_OVERLAP_REVIEWED = True

    title = models.CharField(_("title"), max_length=255)
    text = models.TextField(
        _("text"),
        help_text=_(
            "Exactly as it is published (a statute's article, a standard preface, standard "
            "contract conditions, a form's labels): its words never count as exempt "
            "information. Never put exempt information here."
        ),
    )
    source = models.CharField(
        _("source"),
        max_length=255,
        blank=True,
        help_text=_("Where the text is published, e.g. UU 14/2008 Pasal 17."),
    )
    pending_title = models.CharField(_("new title"), max_length=255, blank=True, editable=False)
    pending_text = models.TextField(_("new text"), blank=True, editable=False)
    pending_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    pending_at = models.DateTimeField(_("changed at"), null=True, editable=False)
    released_at = models.DateTimeField(_("approved since"), null=True, editable=False)
    approved_digest = models.CharField(
        _("approved hash"), max_length=64, blank=True, editable=False
    )

    class Meta:
        ordering = ["title"]
        verbose_name = _("standard text")
        verbose_name_plural = _("standard texts")

    def __str__(self) -> str:
        return self.title

    @property
    def has_pending_version(self) -> bool:
        return self.pending_at is not None
