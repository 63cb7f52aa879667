from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from ppid_pages import discovery, display
from ppid_pages import views as ppid_views
from security import views as security_views

urlpatterns = [
    path(settings.WAGTAILADMIN_PATH, include(wagtailadmin_urls)),
    path("dokumen/", include(wagtaildocs_urls)),
    path("cari/", ppid_views.search, name="search"),
    path("layanan-informasi/", include("information_requests.urls")),
    path("layanan-informasi/", include("service_reports.urls")),
    path("sitemap.xml", discovery.sitemap, name="sitemap"),
    path(
        "sitemap-halaman.xml",
        discovery.sitemap_section,
        {"section": "halaman"},
        name="sitemap_section",
    ),
    path("robots.txt", discovery.robots_txt, name="robots_txt"),
    path("favicon.ico", discovery.favicon, name="favicon"),
    path("tampilan/", display.display_settings, name="display_settings"),
    path("tampilan.css", display.display_css, name="display_css"),
    path(".well-known/security.txt", security_views.security_txt, name="security_txt"),
]

# Image renditions, in every environment: the public never gets a file of the media folder
# that this view did not check (exempt images, originals, documents; README "Deployment").
urlpatterns += [
    re_path(r"^media/(?P<path>images/.+)$", ppid_views.serve_public_image, name="public_image"),
]

urlpatterns += [path("", include(wagtail_urls))]
