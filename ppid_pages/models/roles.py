from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class SopRole(models.Model):
    """The SOP duties of a user group (Operator, Sub Koordinator, ...), shown to administrators."""

    group = models.OneToOneField(
        Group, verbose_name=_("group"), on_delete=models.CASCADE, related_name="sop_role"
    )
    duties = models.TextField(_("SOP duties"))

    class Meta:
        ordering = ["group__name"]
        verbose_name = _("SOP role")
        verbose_name_plural = _("SOP roles")

    def __str__(self) -> str:
        return self.group.name
