"""Filter forms of the public listings. Invalid values are reported and ignored, never a 500."""

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from page_cache import facts

from .models.dip import PUBLIC_CATEGORIES, InformationUnit
from .models.regulations import RegulationType


def listing_years(queryset: QuerySet, date_field: str) -> list[int]:
    return [day.year for day in queryset.dates(date_field, "year", order="DESC")]


def year_choices(years: list[int]) -> list[tuple[str, str]]:
    return [("", _("All years"))] + [(str(year), str(year)) for year in years]


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

    def claim(self, request) -> None:
        """Claim for the page cache (page_cache.facts.claim) the filters given with a value
        the listing knows; an unknown or empty value keeps the answer out of it."""
        if self.is_bound:
            self.is_valid()
            facts.claim(
                request,
                *(name for name in self.lookups if self.cleaned_data.get(name) not in (None, "")),
            )

    def applied(self) -> tuple[tuple[str, object], ...]:
        """The filters `filter` applies, as plain values (a part of a cache key)."""
        if not self.is_bound:
            return ()
        self.is_valid()  # the valid fields are in cleaned_data, as `filter` reads them
        applied = []
        for name in self.lookups:
            value = self.cleaned_data.get(name)
            if value not in (None, ""):
                applied.append((name, getattr(value, "pk", value)))
        return tuple(applied)


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
        # Only units whose name was reviewed (moderation.snippets): never a new, unreviewed one.
        queryset=InformationUnit.objects.filter(released_at__isnull=False),
        empty_label=_("All units"),
    )

    lookups = {"kategori": "category", "tahun": "created_date__year", "unit": "unit"}

    def __init__(
        self, *args, entries: QuerySet | None = None, years: list[int] | None = None, **kwargs
    ):
        super().__init__(*args, **kwargs)
        if years is None:
            years = listing_years(entries, "created_date")
        self.fields["tahun"].choices = year_choices(years)


class RegulationFilterForm(ListingFilterForm):
    jenis = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[("", _("All types"))] + list(RegulationType.choices),
    )
    tahun = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int)

    lookups = {"jenis": "regulation_type", "tahun": "year"}

    def __init__(
        self, *args, regulations: QuerySet | None = None, years: list[int] | None = None, **kwargs
    ):
        super().__init__(*args, **kwargs)
        if years is None:
            years = regulation_years(regulations)
        self.fields["tahun"].choices = year_choices(years)


def regulation_years(regulations: QuerySet) -> list[int]:
    return list(regulations.order_by("-year").values_list("year", flat=True).distinct())


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=200, required=False)
