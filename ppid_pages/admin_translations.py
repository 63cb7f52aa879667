"""Indonesian for Wagtail admin strings that Wagtail 7.4's own catalogue leaves in English.

Marked here so `makemessages` keeps them in locale/id; catalogues in LOCALE_PATHS take
precedence over those of installed apps.
"""

from django.utils.translation import gettext_noop

WAGTAIL_CATALOGUE_GAPS = [
    gettext_noop("Forgotten password?"),
    gettext_noop("Remember me"),
    gettext_noop("More actions"),
    gettext_noop("Actions (footer)"),
    gettext_noop("Request changes"),
    gettext_noop("Approve with comment"),
]
