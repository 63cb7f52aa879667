"""Every new audit log entry is linked into the hash chain in the same transaction."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import ModelLogEntry, PageLogEntry

from . import chain


@receiver(post_save, sender=PageLogEntry)
@receiver(post_save, sender=ModelLogEntry)
def link_new_log_entry(sender, instance, created, raw=False, **kwargs) -> None:
    # raw: loaddata (a restore) brings the entries' links along.
    if created and not raw and chain.chain_ready():
        chain.append(sender, instance.pk)
