"""The site's URLs and a bare Django view with a 30 KB body, for benchmarks/public_pages.py."""

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns

WORDS = "Daftar informasi publik yang wajib disediakan dan diumumkan secara berkala. "
BODY = ("<!doctype html><html><body><p>" + WORDS * 400)[: 30 * 1024 - 18] + "</p></body></html>"


def bare(request):
    return HttpResponse(BODY)


urlpatterns = [path("__bench__/bare/", bare), *site_urlpatterns]
