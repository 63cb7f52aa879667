from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from ...periods import MONTHLY, SEMIANNUAL, parse
from ...tasks import run


class Command(BaseCommand):
    help = (
        "Produce the C2 monthly or C1 semiannual evaluation report without Celery, e.g. "
        "`run_evaluation monthly --period 2026-10` or `run_evaluation semiannual --period "
        "2026-H2`. Without --period: every ended period not produced yet. Reports are e-mailed."
    )

    def add_arguments(self, parser):
        parser.add_argument("kind", choices=[MONTHLY, SEMIANNUAL])
        parser.add_argument("--period", help="YYYY-MM (monthly) or YYYY-H1/YYYY-H2 (semiannual)")

    def handle(self, *args, kind: str, period: str | None, **options):
        if period:
            try:
                parse(kind, period)
            except ValueError:
                example = "2026-10" if kind == MONTHLY else "2026-H2"
                raise CommandError(
                    _("Invalid period '%(period)s': write it like %(example)s.")
                    % {"period": period, "example": example}
                ) from None
        produced = run(kind, period)
        if produced:
            for code in produced:
                self.stdout.write(
                    _("Report produced: %(kind)s %(period)s") % {"kind": kind, "period": code}
                )
        else:
            self.stdout.write(_("Nothing to produce: the report already exists."))
