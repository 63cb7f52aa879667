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


def last_migrated_app():
    """The app config post_migrate is sent for last: Django sends it only for apps that have a
    models module (the last installed app, staticfiles, has none)."""
    return [config for config in apps.get_app_configs() if config.models_module is not None][-1]


@receiver(post_migrate)
def link_entries_from_migrations(sender, **kwargs) -> None:
    """At the end of `migrate` (post_migrate is sent for every app with models, the last one
    last)."""
    global marks_before_migrate  # noqa: PLW0603 - cleared once this run is linked
    if marks_before_migrate is None or sender is not last_migrated_app():
        return
    if chain.chain_ready():
        chain.link_unlinked_after(marks_before_migrate)
    marks_before_migrate = None
