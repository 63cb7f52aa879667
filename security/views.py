import datetime

from django.http import Http404, HttpResponse
from django.views.decorators.http import require_safe
from wagtail.models import Site

from page_cache.middleware import reads_query


@reads_query()
@require_safe
def security_txt(request):
    """/.well-known/security.txt (RFC 9116) from the site's security contact setting, as a
    second person approved it after the privacy scan (moderation.reviewed_settings)."""
    from moderation.reviewed_settings import SECURITY_CONTACT, approved

    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    setting = approved(site, SECURITY_CONTACT)
    if not setting.contacts:
        raise Http404
    expires = setting.expiry().astimezone(datetime.UTC).replace(microsecond=0)
    lines = [f"Contact: {contact}" for contact in setting.contacts]
    lines.append(f"Expires: {expires.isoformat().replace('+00:00', 'Z')}")
    if setting.preferred_languages.strip():
        languages = [code.strip() for code in setting.preferred_languages.split(",")]
        lines.append(f"Preferred-Languages: {', '.join(code for code in languages if code)}")
    lines.append(f"Canonical: {request.build_absolute_uri('/.well-known/security.txt')}")
    if setting.policy_url:
        lines.append(f"Policy: {setting.policy_url}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
