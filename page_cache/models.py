from django.db import models
from django.utils.translation import gettext_lazy as _


class PublicGeneration(models.Model):
    """One row: a random token replaced, in the same transaction, by every change of what the
    public may see (page_cache.generation). Every cached page is stored under the token that was
    current when its request began, so a change retires every earlier entry at its commit, in
    every cache layer of ours, whether or not Redis is up at that moment."""

    token = models.CharField(_("token"), max_length=32)
    changed_at = models.DateTimeField(_("changed at"))

    class Meta:
        verbose_name = _("public content generation")
        verbose_name_plural = _("public content generations")

    def __str__(self) -> str:
        return self.token
