"""Security headers on the public site, the admin, Wagtail's preview and document downloads."""

import json
import re

import pytest
from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone
from wagtail.models import Collection

from ppid_pages.models import DocumentScanStatus, PPIDDocument
from tests.factories import home_page, pdf_bytes

from . import samples

pytestmark = pytest.mark.django_db

PUBLIC_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
ADMIN_POLICY = {
    "default-src": "'self'",
    "script-src": "'self' 'unsafe-inline'",
    "script-src-attr": "'none'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob:",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


def policy(response) -> dict[str, str]:
    header = response["Content-Security-Policy"]
    return dict(
        (part.strip().split(" ", 1) + [""])[:2] for part in header.split(";") if part.strip()
    )


def assert_no_outside_source(directives: dict[str, str]) -> None:
    for name, value in directives.items():
        sources = value.split()
        assert not [s for s in sources if re.match(r"(https?|wss?):|//|\*", s)], (name, value)
        assert set(sources) <= {"'self'", "'none'", "'unsafe-inline'", "data:", "blob:"}, name


def assert_common_headers(response) -> None:
    assert response["Permissions-Policy"] == PERMISSIONS_POLICY
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.fixture
def superuser():
    return User.objects.create_superuser("root", "root@contohkab.go.id", "x")


@pytest.mark.parametrize("url", ["/", "/cari/?q=anggaran", "/tidak-ada/"])
def test_public_pages_get_the_strict_policy(client, url):
    response = client.get(url)
    assert response.status_code in (200, 404)
    assert policy(response) == PUBLIC_POLICY
    assert_no_outside_source(policy(response))
    assert response["X-Frame-Options"] == "DENY"
    assert_common_headers(response)


def test_public_pages_have_no_inline_script_or_style(client):
    content = client.get("/").content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", content)
    assert "<style" not in content and " style=" not in content
    assert not re.search(r"\son[a-z]+=", content)


@pytest.mark.parametrize("url", ["/admin/login/", "/admin/", "/admin/pages/", "/admin/images/"])
def test_admin_pages_get_the_admin_policy(client, superuser, url):
    if url != "/admin/login/":
        client.force_login(superuser)
    response = client.get(url)
    assert response.status_code == 200
    assert policy(response) == ADMIN_POLICY
    assert_no_outside_source(policy(response))
    assert response["X-Frame-Options"] == "DENY"
    assert_common_headers(response)


def test_the_admin_policy_stays_in_the_admin(client, superuser):
    client.force_login(superuser)
    assert policy(client.get("/")) == PUBLIC_POLICY
    assert policy(client.get("/administrasi/")) == PUBLIC_POLICY  # a public 404, not the admin


def test_the_dashboard_asks_nothing_from_outside(client, superuser):
    client.force_login(superuser)
    content = client.get("/admin/").content.decode()
    assert "releases.wagtail.org" not in content  # WAGTAIL_ENABLE_UPDATE_CHECK = False
    assert "gravatar" not in content.lower()


def test_the_editors_preview_may_be_framed_by_the_admin_only(client, superuser):
    """Wagtail renders the preview through the middleware with a dummy request for the page's
    public URL; the admin request must still set its own, frameable policy."""
    client.force_login(superuser)
    home = home_page()
    url = f"/admin/pages/{home.pk}/edit/preview/"
    form = {
        "title": home.title,
        "slug": home.slug,
        "intro": "Selamat datang.",
        "quick_links-count": "0",
    }
    assert client.post(url, form).json()["is_valid"] is True
    response = client.get(url, {"in_preview_panel": "true"})
    assert response.status_code == 200
    assert "Selamat datang." in response.content.decode()
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert policy(response) == {**ADMIN_POLICY, "frame-ancestors": "'self'"}


def test_block_previews_may_be_framed_by_the_admin_only(client, superuser):
    from ppid_pages.models import StandardPage

    client.force_login(superuser)
    heading = StandardPage.body.field.stream_block.child_blocks["heading"]
    response = client.get("/admin/block-preview/", {"id": heading.definition_prefix})
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert policy(response) == {**ADMIN_POLICY, "frame-ancestors": "'self'"}


# Documents: downloads unless PDF, never executable.


def stored_document(name: str, content: bytes) -> PPIDDocument:
    """A document row and file written directly, as if it had slipped past the upload checks."""
    path = default_storage.save(f"documents/{name}", ContentFile(content))
    document = PPIDDocument(
        title=name,
        file=path,
        collection=Collection.get_first_root_node(),
        scan_status=DocumentScanStatus.CLEAN,
        scanned_at=timezone.now(),
        published_at=timezone.now(),
    )
    PPIDDocument.objects.bulk_create([document])  # no signals: no scan, no upload check
    return PPIDDocument.objects.get(title=name)


@pytest.mark.parametrize(
    ("name", "content", "content_type", "disposition"),
    [
        ("laporan.pdf", pdf_bytes("Laporan."), "application/pdf", "inline"),
        ("data.csv", b"a,b\n1,2\n", "text/csv", "attachment"),
        ("catatan.txt", b"Catatan.\n", "text/plain", "attachment"),
        ("surat.docx", samples.docx(), "application/vnd.openxml", "attachment"),
        ("anggaran.xlsx", samples.xlsx(), "application/vnd.openxml", "attachment"),
        ("notulen.odt", samples.odt(), "application/vnd.oasis", "attachment"),
        ("halaman.html", samples.HTML_PAGE, "text/html", "attachment"),
        ("gambar.svg", samples.SVG_WITH_SCRIPT, "image/svg+xml", "attachment"),
    ],
)
def test_documents_are_downloads_unless_pdf_and_never_run(
    admin_client, name, content, content_type, disposition
):
    document = stored_document(name, content)
    response = admin_client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    assert response["Content-Disposition"].split(";")[0] == disposition
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Permissions-Policy"] == PERMISSIONS_POLICY
    expected = {"default-src": "'none'"}
    if disposition == "attachment":
        expected["sandbox"] = ""
    assert policy(response) == expected


def test_a_refused_document_request_gets_the_public_page_policy(client):
    document = stored_document("rahasia.pdf", pdf_bytes("Rahasia."))
    PPIDDocument.objects.filter(pk=document.pk).update(published_at=None)
    response = client.get(document.url)
    assert response.status_code == 404
    assert policy(response) == PUBLIC_POLICY


def test_production_settings_set_hsts_and_the_rest():
    from tests.test_project_layout import PRODUCTION_ENV, run_manage

    code = (
        "from django.conf import settings as s; import json; print(json.dumps(["
        "s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_CONTENT_TYPE_NOSNIFF,"
        " s.SECURE_REFERRER_POLICY, s.X_FRAME_OPTIONS, s.DEBUG, s.TRUSTED_PROXIES,"
        " 'csp.middleware.CSPMiddleware' in s.MIDDLEWARE,"
        " 'security.headers.ContentSecurityPolicyMiddleware' in s.MIDDLEWARE]))"
    )
    result = run_manage("shell", "--no-imports", "-c", code, env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        31536000,
        True,
        True,
        "same-origin",
        "DENY",
        False,
        [],
        False,
        True,
    ]
