import re

from django.conf import settings
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
    """Development and test only (SERVE_PUBLIC_MEDIA): image files, never documents."""
    return serve(request, path, document_root=settings.MEDIA_ROOT)
