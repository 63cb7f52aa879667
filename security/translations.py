"""Indonesian for Wagtail upload messages that Wagtail 7.4's own catalogue leaves in English.

Marked here so `makemessages` keeps them in locale/id (catalogues in LOCALE_PATHS take
precedence over those of installed apps).
"""

from django.utils.translation import gettext_noop

WAGTAIL_CATALOGUE_GAPS = [
    gettext_noop(
        "Not a valid .%(extension)s image. The extension does not match the file format "
        "(%(image_format)s)"
    ),
]
