"""Users are shown by their full name in listings (the username only when there is none)."""

from django.utils.text import capfirst
from wagtail.admin.ui.tables import Column


def user_name(user) -> str:
    if user is None:
        return "—"
    return user.get_full_name() or user.get_username()


class UserColumn(Column):
    def get_value(self, instance):
        return user_name(super().get_value(instance))


def user_column(model, name: str) -> UserColumn:
    return UserColumn(name, label=capfirst(model._meta.get_field(name).verbose_name))
