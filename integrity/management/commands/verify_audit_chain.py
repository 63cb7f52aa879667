"""manage.py verify_audit_chain: check the audit log's hash chain; exit status 1 when broken."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from integrity.chain import Break, verify

REASONS = {
    "content_changed": gettext_noop("the entry's content no longer matches its hash (changed)"),
    "entry_missing": gettext_noop("the entry was deleted"),
    "link_missing": gettext_noop("a link before this one is missing (sequence gap)"),
    "previous_hash": gettext_noop("the link does not follow the previous link's hash"),
    "head_mismatch": gettext_noop(
        "the chain head does not match the last link (links removed at the end)"
    ),
    "unlinked": gettext_noop("the entry has no link (inserted outside the application)"),
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

    def handle(self, *args, **options) -> None:
        with translation.override(settings.LANGUAGE_CODE):
            result = verify()
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
