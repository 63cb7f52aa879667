"""The office allow-list: values the office publishes on purpose, never privacy findings.

A Wagtail site setting (Settings > Daftar izin pemindai privasi), edited by the Koordinator;
every change is in the audit log (Wagtail's settings view logs "wagtail.edit"). A change takes
effect only once a second person who did not make it approved it (moderation.reviewed_settings:
the scans read the approved values). The approved values are merged with the official contacts
and address of the PPID settings into the allow-list used by every page and document scan
(`moderation.documents.official_allow_list`).

What an office legitimately allows is its own institutional data; everything else is refused:
a person's identifier (NIK, No. KK...), a private person's contact (an address at a personal
mail provider, a mobile number), an e-mail address outside the office's institutional domains
(.go.id, .desa.id... or the domain of its approved official e-mail), and an address with RT/RW
(a home address: the office's own address comes from the reviewed PPID settings).

Each field holds one value per line; lines are checked and normalised on save:
- NPWP of the office or of its treasurers: 15 digits (valid check digit) or 16 digits, written
  back as 00.000.000.0-000.000 (or 16 plain digits);
- bank accounts (the regional treasury account RKUD, the treasurers' accounts): an optional bank
  name and 6 to 20 digits, written back with single spaces;
- other values: any text (an address, a registration number, a phone number, an e-mail
  address) of at most 255 characters, written back with single spaces.
Duplicate lines are dropped. A bad line is refused with its line number; nothing is saved.
"""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from .privacy import AllowList, Severity, scan_text
from .privacy.allowlist import (
    EMAIL_IN_TEXT,
    is_institutional_mail,
    is_mobile_number,
    is_personal_mail,
    mail_domain,
    personal_identifiers,
    private_contacts,
)
from .privacy.structure import npwp_check

SPACES = re.compile(r"\s+")
NON_DIGITS = re.compile(r"\D")
ACCOUNT = re.compile(r"(?P<bank>[^\d]*?)\s*(?P<number>\d(?:[ .\-]?\d){5,19})")
MAX_LINE = 255
# Identifiers that only ever belong to a person: allowing one would let it through every scan.
PERSON_ONLY_KINDS = frozenset({"nik", "kk", "passport", "bpjs", "birth_date"})


def lines_of(value: str) -> list[tuple[int, str]]:
    """(line number, line with single spaces) of the non-empty lines."""
    return [
        (number, SPACES.sub(" ", line).strip())
        for number, line in enumerate((value or "").splitlines(), start=1)
        if line.strip()
    ]


def unique(values: list[str]) -> str:
    return "\n".join(dict.fromkeys(values))


def normalise_npwp(value: str) -> str:
    lines = []
    for number, line in lines_of(value):
        digits = NON_DIGITS.sub("", line)
        if len(digits) == 15 and npwp_check(digits) and not re.search(r"[A-Za-z]", line):
            lines.append(
                f"{digits[:2]}.{digits[2:5]}.{digits[5:8]}.{digits[8]}-"
                f"{digits[9:12]}.{digits[12:]}"
            )
        elif len(digits) == 16 and not re.search(r"[A-Za-z]", line):
            refuse_a_persons_identifier(digits, number)  # a person's NPWP is their NIK
            lines.append(digits)
        else:
            raise ValidationError(
                _("Line %(line)d is not an NPWP (15 digits with a valid check digit, or 16).")
                % {"line": number}
            )
    return unique(lines)


def normalise_accounts(value: str) -> str:
    lines = []
    for number, line in lines_of(value):
        match = ACCOUNT.fullmatch(line)
        if match is None or len(line) > MAX_LINE:
            raise ValidationError(
                _(
                    "Line %(line)d is not a bank account: write the bank's name (optional) "
                    "and the account number, 6 to 20 digits."
                )
                % {"line": number}
            )
        refuse_a_persons_identifier(NON_DIGITS.sub("", match.group("number")), number)
        lines.append(line)
    return unique(lines)


def normalise_values(value: str, own_domains: frozenset[str] = frozenset()) -> str:
    lines = []
    for number, line in lines_of(value):
        if len(line) > MAX_LINE:
            raise ValidationError(
                _("Line %(line)d is longer than %(limit)d characters.")
                % {"line": number, "limit": MAX_LINE}
            )
        refuse_a_persons_identifier(line, number)
        refuse_what_is_not_institutional(line, number, own_domains)
        lines.append(line)
    return unique(lines)


def refuse_what_is_not_institutional(
    text: str, number: int, own_domains: frozenset[str] = frozenset()
) -> None:
    """Deny by default: an office allows its own institutional contacts and address only."""
    for address in EMAIL_IN_TEXT.findall(text):
        if is_personal_mail(address):
            raise ValidationError(
                _(
                    "Line %(line)d holds an address at a personal mail provider (%(domain)s); "
                    "only the office's own institutional address can be allowed."
                )
                % {"line": number, "domain": mail_domain(address)}
            )
        if not is_institutional_mail(address, own_domains):
            raise ValidationError(
                _(
                    "Line %(line)d holds an e-mail address outside the office's institutional "
                    "domains (.go.id, .desa.id or the domain of the approved PPID e-mail)."
                )
                % {"line": number}
            )
    if any(is_mobile_number(contact) for contact in private_contacts(text)):
        raise ValidationError(
            _(
                "Line %(line)d holds a mobile number; only the office's own landline or hotline "
                "can be allowed (a WhatsApp service number belongs in the PPID settings)."
            )
            % {"line": number}
        )
    if any(
        finding.kind == "address" and finding.severity == Severity.BLOCK
        for finding in scan_text(text)
    ):
        raise ValidationError(
            _(
                "Line %(line)d looks like a home address (RT/RW); the office's own address is "
                "allowed from the PPID settings."
            )
            % {"line": number}
        )


def own_mail_domains(site) -> frozenset[str]:
    """The domains of the office's approved official e-mail addresses."""
    from .site_settings import approved_office

    if site is None:
        return frozenset()
    contacts = approved_office(site).official_contacts()
    return frozenset(
        mail_domain(value) for value in contacts if "@" in value and not is_personal_mail(value)
    )


def refuse_a_persons_identifier(text: str, number: int) -> None:
    """Any field of the list: a value on it is dropped from every page and document scan, so
    a NIK, No. KK, passport, BPJS number or birth date must never get there (a bank-account or
    NPWP line included: the list matches numbers whatever they were found as). Digits that form
    a NIK or No. KK are refused whatever label surrounds them ("NIP 3171014708850003")."""
    if personal_identifiers(text) or any(
        finding.kind in PERSON_ONLY_KINDS for finding in scan_text(text)
    ):
        raise ValidationError(
            _("Line %(line)d holds a person's identifier; it cannot be allowed.")
            % {"line": number}
        )


@register_setting(icon="list-ul")
class PrivacyAllowListSettings(BaseSiteSetting):
    """The office's own numbers and texts that the privacy scanner must not report."""

    npwp = models.TextField(
        _("office NPWP"),
        blank=True,
        help_text=_("The NPWP of the office and of its treasurers, one per line."),
    )
    bank_accounts = models.TextField(
        _("office bank accounts"),
        blank=True,
        help_text=_(
            "Accounts the office publishes for payments (for example the Rekening Kas Umum "
            "Daerah), one per line: the bank's name and the number."
        ),
    )
    extra_values = models.TextField(
        _("other allowed values"),
        blank=True,
        help_text=_(
            "Other values published on purpose, one per line: the office's address, "
            "registration numbers, phone numbers or e-mail addresses."
        ),
    )

    panels = [FieldPanel("npwp"), FieldPanel("bank_accounts"), FieldPanel("extra_values")]

    class Meta:
        verbose_name = _("privacy scanner allow-list")
        verbose_name_plural = _("privacy scanner allow-lists")

    def clean(self) -> None:
        super().clean()
        errors = {}
        own_domains = own_mail_domains(getattr(self, "site", None) if self.site_id else None)
        for name, normalise in (
            ("npwp", normalise_npwp),
            ("bank_accounts", normalise_accounts),
            ("extra_values", lambda value: normalise_values(value, own_domains)),
        ):
            try:
                setattr(self, name, normalise(getattr(self, name)))
            except ValidationError as error:
                errors[name] = error
        if errors:
            raise ValidationError(errors)

    def values(self) -> list[str]:
        return [
            line
            for field in (self.npwp, self.bank_accounts, self.extra_values)
            for _number, line in lines_of(field)
        ]

    def allow_list(self) -> AllowList:
        return AllowList.from_values(self.values())
