"""manage.py anchor_audit_chain: write the audit chain's head to its anchor outside the database
(integrity.anchor) after checking the chain: at the first deployment with AUDIT_CHAIN_ANCHOR
(production requires it) and whenever the anchor was lost. A restore writes it itself."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from integrity import anchor
from integrity.chain import anchor_text, holds_anchor, verify


class Command(BaseCommand):
    help = (
        "Anchor the audit chain's head outside the database (AUDIT_CHAIN_ANCHOR) once the "
        "chain is intact, and holds --against (the head exported last) when given."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--against",
            metavar="SEQUENCE:HASH",
            help="A head exported earlier (C1/C2 report e-mail): the chain must still hold it.",
        )

    def handle(self, *args, **options) -> None:
        with translation.override(settings.LANGUAGE_CODE):
            if anchor.anchor_path() is None:
                raise CommandError(_("AUDIT_CHAIN_ANCHOR is not set."))
            against = options.get("against")
            if against and not holds_anchor(against):
                raise CommandError(
                    _("The audit chain no longer holds the exported head %(anchor)s.")
                    % {"anchor": against}
                )
            # Every break but the anchor's own: the command is how a lost anchor is replaced.
            breaks = [b for b in verify().breaks if not b.reason.startswith("anchor_")]
            if breaks:
                raise CommandError(
                    _("Audit chain BROKEN (%(count)s breaks): not anchored.")
                    % {"count": len(breaks)}
                )
            now = anchor.anchor_now()
            anchor.advance(now, force=True)
            self.stdout.write(
                self.style.SUCCESS(
                    _("Audit chain anchored at %(head)s.")
                    % {"head": anchor_text(now.sequence, now.hash)}
                )
            )
