"""manage.py verify_audit_chain: check the audit log's hash chain; exit status 1 when broken."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from integrity.chain import Break, anchor_text, holds_anchor, verify

REASONS = {
    "content_changed": gettext_noop("the entry's content no longer matches its hash (changed)"),
    "entry_missing": gettext_noop("the entry was deleted"),
    "link_missing": gettext_noop("a link before this one is missing (sequence gap)"),
    "previous_hash": gettext_noop("the link does not follow the previous link's hash"),
    "head_mismatch": gettext_noop(
        "the chain head does not match the last link (links removed at the end)"
    ),
    "unlinked": gettext_noop("the entry has no link (inserted outside the application)"),
    "key_missing": gettext_noop(
        "the link is keyed but AUDIT_CHAIN_KEY is not set: it cannot be checked"
    ),
    "downgraded": gettext_noop(
        "the link is not keyed although an earlier link is (rewritten without the key)"
    ),
    "seal": gettext_noop(
        "the link's record of its entry (action, object, place) was changed without the key"
    ),
    "anchor_missing": gettext_noop(
        "the chain's head anchored outside the database (AUDIT_CHAIN_ANCHOR) is missing: "
        "check the chain (--against the last exported head), then run anchor_audit_chain"
    ),
    "anchor_forged": gettext_noop(
        "the chain's head anchored outside the database is not signed with AUDIT_CHAIN_KEY"
    ),
    "anchor_other_chain": gettext_noop(
        "the chain's head anchored outside the database is of another chain (its first link "
        "differs)"
    ),
    "anchor_behind": gettext_noop(
        "the chain no longer holds the head anchored outside the database (links removed or "
        "rewritten at the end)"
    ),
    "head_unkeyed": gettext_noop(
        "AUDIT_CHAIN_KEY is set but the last link is not keyed (rewritten without the key, or "
        "no entry was written since the key was set)"
    ),
}


def describe(broken: Break) -> str:
    reason = _(REASONS[broken.reason])
    if broken.sequence is None:
        return _("entry %(type)s #%(id)s: %(reason)s") % {
            "type": broken.entry_type,
            "id": broken.entry_id,
            "reason": reason,
        }
    if broken.entry_id is None:
        return _("link %(sequence)s: %(reason)s") % {
            "sequence": broken.sequence,
            "reason": reason,
        }
    return _("link %(sequence)s (entry %(type)s #%(id)s): %(reason)s") % {
        "sequence": broken.sequence,
        "type": broken.entry_type,
        "id": broken.entry_id,
        "reason": reason,
    }


class Command(BaseCommand):
    help = "Verify the audit log's hash chain and report the first broken link (exit status 1)."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--all", action="store_true", help="List every break, not only the first."
        )
        parser.add_argument(
            "--against",
            metavar="SEQUENCE:HASH",
            help="A head exported earlier (C1/C2 report e-mail): the chain must still hold it.",
        )

    def handle(self, *args, **options) -> None:
        with translation.override(settings.LANGUAGE_CODE):
            result = verify()
            anchor = options.get("against")
            if anchor and not holds_anchor(anchor):
                raise CommandError(
                    _(
                        "Audit chain REWRITTEN: it no longer holds the exported head %(anchor)s "
                        "(current head %(head)s)."
                    )
                    % {
                        "anchor": anchor,
                        "head": anchor_text(result.head_sequence, result.head_hash),
                    },
                    returncode=1,
                )
            if result.intact:
                self.stdout.write(
                    self.style.SUCCESS(
                        _(
                            "Audit chain intact: %(links)s links for %(entries)s entries. "
                            "Head: %(sequence)s %(hash)s"
                        )
                        % {
                            "links": result.links,
                            "entries": result.entries,
                            "sequence": result.head_sequence,
                            "hash": result.head_hash,
                        }
                    )
                )
                return
            self.stderr.write(_("%(count)s break(s) in total.") % {"count": len(result.breaks)})
            if options["all"]:
                for broken in result.breaks:
                    self.stderr.write("- " + describe(broken))
            raise CommandError(
                _("Audit chain BROKEN. First broken: %(first)s")
                % {"first": describe(result.first_break)},
                returncode=1,
            )
