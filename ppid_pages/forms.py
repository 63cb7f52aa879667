"""Filter forms of the public listings. Invalid values are reported and ignored, never a 500."""

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from .models.dip import PUBLIC_CATEGORIES, InformationUnit
from .models.regulations import RegulationType


def year_choices(queryset: QuerySet, date_field: str) -> list[tuple[str, str]]:
    years = queryset.dates(date_field, "year", order="DESC")
    return [("", _("All years"))] + [(str(d.year), str(d.year)) for d in years]


class ListingFilterForm(forms.Form):
    """Applies each valid field as a filter; invalid ones are shown as errors and left out."""

    lookups: dict[str, str] = {}

    def filter(self, queryset: QuerySet) -> QuerySet:
        if not self.is_bound:
            return queryset
        self.is_valid()
        for name, lookup in self.lookups.items():
            value = self.cleaned_data.get(name)
            if value not in (None, ""):
                queryset = queryset.filter(**{lookup: value})
        return queryset


class DipFilterForm(ListingFilterForm):
    kategori = forms.ChoiceField(
        label=_("Category"),
        required=False,
        choices=[("", _("All categories"))] + [(c.value, c.label) for c in PUBLIC_CATEGORIES],
    )
    tahun = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int)
    unit = forms.ModelChoiceField(
        label=_("Unit"),
        required=False,
        queryset=InformationUnit.objects.all(),
        empty_label=_("All units"),
    )

    lookups = {"kategori": "category", "tahun": "created_date__year", "unit": "unit"}

    def __init__(self, *args, entries: QuerySet, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tahun"].choices = year_choices(entries, "created_date")


class RegulationFilterForm(ListingFilterForm):
    jenis = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[("", _("All types"))] + list(RegulationType.choices),
    )
    tahun = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int)

    lookups = {"jenis": "regulation_type", "tahun": "year"}

    def __init__(self, *args, regulations: QuerySet, **kwargs):
        super().__init__(*args, **kwargs)
        years = regulations.order_by("-year").values_list("year", flat=True).distinct()
        self.fields["tahun"].choices = [("", _("All years"))] + [(str(y), str(y)) for y in years]


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=200, required=False)
