"""Uploaded files and their database rows stay in step, whatever fails half-way (issue 19).

- A file is written to the media folder during the request's transaction (ATOMIC_REQUESTS,
  config.settings.base.database). When the view fails after that (the database connection was
  lost, any error), the transaction rolls back and `MediaWriteMiddleware` removes the files this
  request wrote: no row without its file, no file without its row.
- A replaced upload's old file is deleted only once the transaction commits (security.forms):
  a replacement that fails or rolls back keeps the row's file.
- A write the media folder refuses (disk full, read-only, over a quota or file-size limit)
  removes the partial file and raises `MediaWriteError`; the middleware answers with a clear
  message instead of the error page, after the rollback, so nothing was saved or released.
"""

from __future__ import annotations

import contextlib
import logging
import os
from contextvars import ContextVar

from django.core.files.storage import FileSystemStorage
from django.db import DEFAULT_DB_ALIAS, connections
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from ppid_pages.storage import AssetStorage

logger = logging.getLogger(__name__)

# Names written by the current request (None outside a request: commands, workers).
_written: ContextVar[list[tuple[FileSystemStorage, str]] | None] = ContextVar(
    "media_written", default=None
)


class MediaWriteError(OSError):
    """The media folder refused a write (full, read-only, over a limit)."""


class MediaStorage(AssetStorage):
    """The storage of uploads (settings.STORAGES["default"]): never deletes a file a row still
    uses (ppid_pages.storage), never leaves a partial file behind, and tells the request which
    files it wrote."""

    def _save(self, name: str, content) -> str:
        path = self.path(name)
        existed = os.path.lexists(path)
        try:
            name = super()._save(name, content)
        except OSError as error:
            if not existed:  # O_EXCL: a file there now is this write's partial file
                with contextlib.suppress(OSError):
                    os.remove(path)
            logger.error("Media write refused for %s: %s", name, error)
            raise MediaWriteError(error.errno, error.strerror or str(error)) from error
        remember_write(self, name)
        return name


def remember_write(storage: FileSystemStorage, name: str) -> None:
    """A file the current request wrote (any store: the media folder, the information
    service's private store): removed again when the request fails and its rows roll back."""
    written = _written.get()
    if written is not None:
        written.append((storage, name))


def discard_written(storage: FileSystemStorage, name: str) -> None:
    """Remove a file this request wrote and whose rows were rolled back, without asking the
    database: the storage chose a name no file had, so no committed row can name it, and the
    database may be the thing that failed (a server restart mid-upload left the file behind
    when the in-use check of AssetStorage.delete raised)."""
    with contextlib.suppress(OSError):
        FileSystemStorage.delete(storage, name)


def message() -> str:
    return _(
        "The file could not be stored: the server's storage is full or cannot be written to. "
        "Nothing was saved. Tell the Web Developer, then upload the file again."
    )


def request_is_atomic(request: HttpRequest) -> bool:
    """True when the view ran in a transaction of its own that an exception rolled back."""
    view = getattr(request, "_media_view", None)
    non_atomic = getattr(view, "_non_atomic_requests", set())
    settings = connections[DEFAULT_DB_ALIAS].settings_dict
    return bool(settings.get("ATOMIC_REQUESTS")) and DEFAULT_DB_ALIAS not in non_atomic


class MediaWriteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _written.set([])
        try:
            return self.get_response(request)
        finally:
            _written.reset(token)

    def process_view(self, request, view_func, view_args, view_kwargs) -> None:
        request._media_view = view_func

    def process_exception(self, request: HttpRequest, exception: Exception):
        if request_is_atomic(request):
            for storage, name in _written.get() or []:
                discard_written(storage, name)
        if not isinstance(exception, MediaWriteError):
            return None  # the static error page (500.html)
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # The shape of Wagtail's own answer to a refused upload (multiple upload).
            return JsonResponse({"success": False, "error_message": message()})
        return TemplateResponse(
            request,
            "integrity/media_write_failed.html",
            {"message": message(), "back": request.get_full_path()},
            status=507,
        )
