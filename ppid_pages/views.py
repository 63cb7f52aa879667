import mimetypes
import posixpath
import re
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.defaults import page_not_found
from django.views.static import serve

from page_cache.middleware import reads_query

from .forms import SearchForm
from .pagination import paginate
from .visibility import public_pages


@reads_query("q", "halaman")
def search(request):
    form = SearchForm(request.GET or None)
    results = None
    if form.is_valid() and form.cleaned_data["q"]:
        # Words only: SQLite's full-text index (the development database) fails on punctuation
        # such as "/" or quotes ("fts5: syntax error"); PostgreSQL ignores it anyway.
        terms = " ".join(re.findall(r"\w+", form.cleaned_data["q"]))
        if terms:
            # Free text is never kept in a shared cache (neither the page nor its facts): a
            # flood of invented terms would fill the caches' Redis, and a kept answer would
            # tell the next visitor what someone searched (issue 18, cache18 items 3-4). The
            # rate limit bounds what searching costs.
            pages = public_pages().specific()
            results = paginate(request, pages.search(terms))
    return render(
        request,
        "ppid_pages/search.html",
        {"form": form, "results": results, "search_query": request.GET.get("q", "")},
    )


def may_work_with(user, image) -> bool:
    """Staff who work with images see every rendition (admin thumbnails, previews of drafts);
    a session without its second factor is anonymous here (security.twofactor)."""
    from wagtail.images.permissions import permission_policy

    return permission_policy.user_has_any_permission_for_instance(
        user, ["change", "choose"], image
    )


@reads_query()
def serve_public_image(request, path: str) -> HttpResponse:
    """Every image file the public gets, in production too: the proxy forwards `/media/images/`
    here and never serves the media folder itself. Only a rendition file of an image that is
    not exempt and in public use (visibility.image_in_public_use; staff who work with images
    get the others: may_work_with), a file no rendition row names is refused (deny by
    default), never anything outside the images folder (`images/../documents/...`, encoded or
    not), never an original, never a file whose bytes are not the ones made from the image
    (renditions.file_is_verified: made again from the image, or refused).
    With `MEDIA_ACCEL_REDIRECT` set (production behind nginx) the checked file is handed to the
    proxy's internal location by `X-Accel-Redirect`; otherwise Django sends it."""
    from .renditions import file_is_verified
    from .visibility import image_in_public_use, released_for_restricted, restricted_use_admits

    rendition = servable_rendition(path)
    if rendition is None:
        raise Http404
    image = rendition.image
    if not (
        image_in_public_use(image)
        or (restricted_use_admits(image, request) and released_for_restricted(image))
        or may_work_with(request.user, image)
    ):
        raise Http404
    if not file_is_verified(rendition):
        # Not raised: the audit entry of the refusal is committed with the answer.
        return page_not_found(request, Http404())
    accel = settings.MEDIA_ACCEL_REDIRECT
    if accel:
        response = HttpResponse()
        response["X-Accel-Redirect"] = accel.rstrip("/") + "/" + quote(path)
        response["Content-Type"] = mimetypes.guess_type(path)[0] or "application/octet-stream"
        return response
    # The images folder is the root: Django's safe_join keeps every path inside it.
    relative = path.split("/", 1)[1]
    return serve(request, relative, document_root=Path(settings.MEDIA_ROOT) / "images")


def servable_rendition(path: str):
    """The rendition row of `path` (`images/...`, nothing outside the images folder) with its
    image, if the image is not exempt; None otherwise."""
    from .exemption import is_exempt_image
    from .models import PPIDImage, PPIDRendition

    parts = path.split("/")
    if parts[0] != "images" or any(part in ("", ".", "..") or "\\" in part for part in parts):
        return None
    relative = "/".join(parts[1:])
    if not relative or posixpath.normpath(relative) != relative:
        return None
    rendition = PPIDRendition.objects.filter(file=path).first()
    if rendition is None or is_exempt_image(rendition.image_id):
        return None
    rendition.image = PPIDImage.objects.get(pk=rendition.image_id)
    return rendition


def still_public(url_name: str, args: tuple, kwargs: dict) -> bool:
    """Whether an anonymous visitor still gets the file that a kept answer of an asset view
    holds (page_cache: a hit of `wagtaildocs_serve` or `public_image`): what those views ask
    of such a visitor, now. A title, file column or the bytes of the original changed in the
    database or on disk bump no public generation; the view refuses the row then, and so does
    a hit (issue 13, verify13e B2). The rendition file itself is not read again: the kept
    answer is the bytes the view checked when it kept them."""
    from wagtail.documents import get_document_model

    from .visibility import document_is_public, image_in_public_use

    if url_name == "wagtaildocs_serve":  # Wagtail's route: (document id, file name)
        document_id, filename = (*args, None, None)[:2]
        document = get_document_model().objects.filter(pk=document_id).first()
        return (
            document is not None and document.filename == filename and document_is_public(document)
        )
    if url_name == "public_image":
        rendition = servable_rendition(kwargs.get("path") or "")
        return rendition is not None and image_in_public_use(rendition.image)
    return False
