"""Users are shown by their full name (the username only when there is none): in listings,
in the choice lists of editors and in listing filters, as everywhere else in the office."""

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.utils.text import capfirst
from wagtail.admin.filters import WagtailFilterSet
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


class PersonChoiceField(forms.ModelChoiceField):
    """A choice of user labelled with the full name (Django's default is the username)."""

    def label_from_instance(self, obj) -> str:
        return user_name(obj)


class PersonMultipleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj) -> str:
        return user_name(obj)


class PersonFilter(django_filters.ModelChoiceFilter):
    """A listing filter on a user field, its choices named by full name."""

    field_class = PersonChoiceField


class PersonFilterSet(WagtailFilterSet):
    """Listing filters (a viewset's `list_filter`) where a user field filters by full name."""

    @classmethod
    def filter_for_field(cls, field, field_name, lookup_expr=None):
        filter_ = super().filter_for_field(field, field_name, lookup_expr)
        if (
            isinstance(filter_, django_filters.ModelChoiceFilter)
            and field.related_model is get_user_model()
        ):
            return PersonFilter(
                field_name=filter_.field_name,
                lookup_expr=filter_.lookup_expr,
                label=filter_.label,
                queryset=filter_.extra["queryset"],
            )
        return filter_
