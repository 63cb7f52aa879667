import posixpath
import re
from pathlib import Path

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.views.static import serve

from .forms import SearchForm
from .pagination import paginate
from .visibility import public_pages


def search(request):
    form = SearchForm(request.GET or None)
    results = None
    if form.is_valid() and form.cleaned_data["q"]:
        # Words only: SQLite's full-text index (the development database) fails on punctuation
        # such as "/" or quotes ("fts5: syntax error"); PostgreSQL ignores it anyway.
        terms = " ".join(re.findall(r"\w+", form.cleaned_data["q"]))
        results = paginate(request, public_pages().specific().search(terms)) if terms else None
    return render(
        request,
        "ppid_pages/search.html",
        {"form": form, "results": results, "search_query": request.GET.get("q", "")},
    )


def serve_public_image(request, path: str):
    """Development and test only (SERVE_PUBLIC_MEDIA): rendition files of the images folder,
    never anything outside it (`images/../documents/...`, encoded or not) and never a rendition
    of an image that belongs to exempt information."""
    from .exemption import is_exempt_image
    from .models import PPIDRendition

    parts = path.split("/")
    if parts[0] != "images" or any(part in ("", ".", "..") or "\\" in part for part in parts):
        raise Http404
    relative = "/".join(parts[1:])
    if not relative or posixpath.normpath(relative) != relative:
        raise Http404
    rendition = PPIDRendition.objects.filter(file=path).values_list("image_id", flat=True).first()
    if rendition is not None and is_exempt_image(rendition):
        raise Http404
    # The images folder is the root: Django's safe_join keeps every path inside it.
    return serve(request, relative, document_root=Path(settings.MEDIA_ROOT) / "images")
