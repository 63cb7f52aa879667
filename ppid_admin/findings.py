"""Scan findings in plain Indonesian: what was found, where (a human location and a link that
opens the editor there), and what to do.

Findings come from moderation's scan reports as dicts (kind, location, excerpt, severity);
their excerpt is already masked. A kind this module does not know (the scanner may add kinds)
gets a generic label.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

KIND_LABELS = {
    "nik": gettext_lazy("NIK (Nomor Induk Kependudukan)"),
    "kk": gettext_lazy("Nomor Kartu Keluarga"),
    "npwp": gettext_lazy("NPWP of a person"),
    "phone": gettext_lazy("Personal phone number"),
    "email": gettext_lazy("Personal e-mail address"),
    "bank_account": gettext_lazy("Bank account number"),
    "kks": gettext_lazy("Kartu Keluarga Sejahtera (KKS) card number"),
    "bpjs": gettext_lazy("BPJS number"),
    "passport": gettext_lazy("Passport number"),
    "birth_date": gettext_lazy("Date of birth"),
    "address": gettext_lazy("Home address"),
    "unsafe_html": gettext_lazy("Unsafe HTML code"),
    "gambling": gettext_lazy("Online gambling spam"),
    "hidden_link": gettext_lazy("Hidden link"),
    "document": gettext_lazy("Document not cleared by the scan"),
    "exempt_text": gettext_lazy("Exempt information"),
}
INJECTED_KINDS = {"unsafe_html", "gambling", "hidden_link"}

ADVICE_PERSONAL = gettext_lazy(
    "Remove it, or mask it completely (for example ****). If it is not personal data (an "
    "official number of the office, say), ask a reviewer to mark it as not personal data."
)
ADVICE_INJECTED = gettext_lazy(
    "Remove this code or link from the content. If the text was pasted from another site, "
    "paste it again as plain text."
)
ADVICE_DOCUMENT = gettext_lazy(
    "Open the document and replace its file with a version without personal data (or one "
    "whose text can be read), then submit the page again."
)

ADVICE_EXEMPT_TEXT = gettext_lazy(
    "This passage is exempt information (Daftar Informasi yang Dikecualikan): remove it. It "
    "may not be published or given to anyone."
)

TOKEN = re.compile(r"\[(\d+)\]|\.?([A-Za-z_][A-Za-z0-9_]*)")
DOCUMENT_LOCATION = re.compile(r"^(?P<title>.*) \(#(?P<pk>\d+)\)$")


@dataclass(frozen=True)
class PresentedFinding:
    label: str
    location: str
    excerpt: str
    advice: str
    path: str  # the editor at the field or block, or the document (in the admin)
    blocking: bool

    @property
    def url(self) -> str:
        """Absolute, from the configured base URL (for e-mails)."""
        return admin_url(self.path) if self.path else ""


def kind_label(kind: str) -> str:
    label = KIND_LABELS.get(kind)
    if label is None:
        return _("Other finding (%(kind)s)") % {"kind": kind.replace("_", " ")}
    return str(label)


def advice_for(kind: str) -> str:
    if kind == "document":
        return str(ADVICE_DOCUMENT)
    if kind == "exempt_text":
        return str(ADVICE_EXEMPT_TEXT)
    if kind in INJECTED_KINDS:
        return str(ADVICE_INJECTED)
    return str(ADVICE_PERSONAL)


def admin_url(path: str) -> str:
    """An absolute admin URL from the configured base URL (WAGTAILADMIN_BASE_URL)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _block_label(block) -> str:
    return str(capfirst(block.label or block.name.replace("_", " ")))


def describe_location(page, location: str) -> tuple[str, str]:
    """("Isi, blok 1 (Teks)", anchor) for a scanner location such as "body[0].paragraph".

    The anchor (`temuan=<field>` or `temuan=<field>/<block id>`) is read by the editor's
    script (ppid_admin/findings.js), which scrolls to and highlights that field or block."""
    tokens = [(int(index) if index else None, name) for index, name in TOKEN.findall(location)]
    if not tokens or tokens[0][1] is None:
        return location, ""
    field_name = tokens[0][1]
    try:
        field = page._meta.get_field(field_name)
    except Exception:  # noqa: BLE001 - an unknown field is shown as the scanner named it
        return location, ""
    # A child relation (the DIP entry's attached documents) is named by its model's plural.
    label = getattr(field, "verbose_name", None)
    if label is None and getattr(field, "related_model", None) is not None:
        label = field.related_model._meta.verbose_name_plural
    parts = [str(capfirst(label or field_name))]
    anchor = f"temuan={field_name}"
    block = getattr(field, "stream_block", None)
    value = getattr(page, field_name, None)
    rest = tokens[1:]
    position = 0
    while position < len(rest):
        index, name = rest[position]
        if index is not None and block is not None and hasattr(block, "child_blocks"):
            # a stream child: [index].type
            child_type = rest[position + 1][1] if position + 1 < len(rest) else None
            child = block.child_blocks.get(child_type) if child_type else None
            label = f" ({_block_label(child)})" if child is not None else ""
            parts.append(_("block %(number)s%(label)s") % {"number": index + 1, "label": label})
            try:
                if position == 0 and value is not None:
                    anchor = f"temuan={field_name}/{value[index].id}"
            except (IndexError, AttributeError, TypeError):
                pass
            block = child
            position += 2
            continue
        if name is not None and block is not None and hasattr(block, "child_blocks"):
            child = block.child_blocks.get(name)
            if child is not None:
                parts.append(_block_label(child))
            block = child
            position += 1
            continue
        if index is not None:
            following = rest[position + 1][0] if position + 1 < len(rest) else None
            if following is not None:
                parts.append(
                    _("row %(row)s, column %(column)s")
                    % {"row": index + 1, "column": following + 1}
                )
                position += 2
                continue
            parts.append(_("item %(number)s") % {"number": index + 1})
        position += 1
    return ", ".join(parts), anchor


def present(findings: list[dict], page, user=None) -> list[PresentedFinding]:
    """`user`: the staff member reading them; an exempt passage's finding names the exempt
    entry only to someone who may see it (moderation.exempt_text.exempt_titles_for)."""
    from moderation.exempt_text import shown_to

    findings = shown_to(findings, user)
    edit_path = reverse("wagtailadmin_pages:edit", args=[page.pk])
    presented = []
    for finding in findings:
        kind = finding.get("kind", "")
        if kind == "document":
            match = DOCUMENT_LOCATION.match(finding.get("location", ""))
            title = match["title"] if match else finding.get("location", "")
            location = _("Document: %(title)s") % {"title": title}
            path = reverse("wagtaildocs:edit", args=[match["pk"]]) if match else ""
        else:
            location, anchor = describe_location(page, finding.get("location", ""))
            path = edit_path + (f"#{anchor}" if anchor else "")
        excerpt = finding.get("excerpt", "")
        presented.append(
            PresentedFinding(
                label=kind_label(kind),
                location=location,
                excerpt=excerpt,
                advice=advice_for(kind),
                path=path,
                blocking=finding.get("severity") == "block",
            )
        )
    return presented
