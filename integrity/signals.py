"""Every new audit log entry is linked into the hash chain in the same transaction.

Entries that data migrations write through historical models send no signal to this app: the
ones written during a `migrate` run are linked when it ends (post_migrate), and only those.
"""

from django.apps import apps
from django.db.models.signals import post_migrate, post_save, pre_migrate
from django.dispatch import receiver
from wagtail.models import ModelLogEntry, PageLogEntry

from . import chain

# The last entry ids when this process's `migrate` started (None: no migrate run yet).
marks_before_migrate: dict[str, int] | None = None


@receiver(post_save, sender=PageLogEntry)
@receiver(post_save, sender=ModelLogEntry)
def link_new_log_entry(sender, instance, created, raw=False, **kwargs) -> None:
    # raw: loaddata (a restore) brings the entries' links along.
    if created and not raw and chain.chain_ready():
        chain.append(sender, instance.pk)


@receiver(pre_migrate)
def note_last_entries(sender, **kwargs) -> None:
    global marks_before_migrate  # noqa: PLW0603 - one mark per migrate run
    if marks_before_migrate is None:
        marks_before_migrate = chain.last_entry_ids() if chain.chain_ready() else {}


@receiver(post_migrate)
def link_entries_from_migrations(sender, **kwargs) -> None:
    """At the end of `migrate` (post_migrate is sent for every app, the last one last)."""
    global marks_before_migrate  # noqa: PLW0603 - cleared once this run is linked
    if marks_before_migrate is None or sender is not list(apps.get_app_configs())[-1]:
        return
    if chain.chain_ready():
        chain.link_unlinked_after(marks_before_migrate)
    marks_before_migrate = None
