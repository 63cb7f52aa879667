"""Templates, static files and translations swapped on disk after deployment (issue 13, watch13
item 1): an attacker with write access to the server's files changes a template and every
visitor gets unreviewed text. `manage.py integrity_manifest` records what was deployed (signed
with AUDIT_CHAIN_KEY, its digest in a chained audit entry); the integrity watch reports every
file added, changed or removed since, and a manifest it cannot trust."""

import json
import shutil
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from wagtail.models import ModelLogEntry

from integrity.alerts import run_watch
from integrity.chain import chained_entries
from integrity.manifest import MANIFEST_ACTION, body_digest, check
from integrity.models import AlertKind, IntegrityAlert

pytestmark = pytest.mark.django_db

SPAM = "Slot gacor hari ini, daftar di situs judi kami"


@pytest.fixture
def deployed(settings, tmp_path):
    """A deployment with a template folder of its own in front (a copy of the site's
    base.html), a collected static folder and a locale path, and its manifest written."""
    templates = tmp_path / "templates"
    templates.mkdir()
    shutil.copy(Path("site/templates/base.html"), templates / "base.html")
    engine, *others = settings.TEMPLATES
    settings.TEMPLATES = [{**engine, "DIRS": [templates, *engine["DIRS"]]}, *others]
    static = tmp_path / "static"
    (static / "css").mkdir(parents=True)
    (static / "css" / "site.css").write_text("body { color: #222; }\n")
    settings.STATIC_ROOT = static
    catalogue = tmp_path / "locale" / "id" / "LC_MESSAGES"
    catalogue.mkdir(parents=True)
    shutil.copy(Path("locale/id/LC_MESSAGES/django.mo"), catalogue / "django.mo")
    settings.LOCALE_PATHS = [tmp_path / "locale", *settings.LOCALE_PATHS]
    settings.INTEGRITY_MANIFEST = tmp_path / "var" / "integrity-manifest.json"
    call_command("integrity_manifest", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return {"templates": templates, "static": static, "catalogue": catalogue}


def file_alerts():
    return IntegrityAlert.objects.open().filter(kind=AlertKind.FILE_CHANGED)


def test_the_manifest_is_signed_and_in_the_audit_chain(deployed):
    stored = json.loads(Path(django_settings.INTEGRITY_MANIFEST).read_text())
    files = stored["body"]["files"]
    assert str((deployed["templates"] / "base.html").resolve()) in files
    assert str((deployed["static"] / "css" / "site.css").resolve()) in files
    assert str((deployed["catalogue"] / "django.mo").resolve()) in files
    entries = ModelLogEntry.objects.filter(action=MANIFEST_ACTION)
    [entry] = chained_entries(ModelLogEntry, entries)
    assert entry["data"]["digest"] == body_digest(stored["body"])
    run_watch()
    assert not file_alerts().exists()


def test_a_template_changed_after_deployment_is_reported(deployed, client):
    base = deployed["templates"] / "base.html"
    base.write_text(base.read_text().replace("<body", f"<p>{SPAM}</p><body", 1))
    assert SPAM in client.get("/").content.decode()  # the public gets it
    run_watch()
    alert = file_alerts().get()
    assert str(base.resolve()) in alert.detail


def test_static_and_translation_files_added_changed_or_removed_are_reported(deployed):
    (deployed["static"] / "css" / "extra.js").write_text("location='https://judi.example'")
    (deployed["static"] / "css" / "site.css").write_text("body { display: none; }\n")
    (deployed["catalogue"] / "django.mo").unlink()
    run_watch()
    details = sorted(file_alerts().values_list("detail", flat=True))
    assert len(details) == 3
    assert any("extra.js" in detail for detail in details)
    assert any("site.css" in detail for detail in details)
    assert any("django.mo" in detail for detail in details)


def test_only_files_whose_size_or_times_changed_are_hashed(deployed):
    assert check().clean and check().hashed == 0
    css = deployed["static"] / "css" / "site.css"
    css.write_text("body { color: #333; }\n")  # same size, new bytes
    drift = check()
    assert drift.hashed == 1 and drift.changed == [str(css.resolve())]


@pytest.mark.parametrize("attack", ["missing", "resigned", "replayed"])
def test_a_manifest_the_watch_cannot_trust_is_an_alert(deployed, attack):
    """Deleted; rewritten to the attacker's template and re-hashed without the key; an older
    signed manifest put back after a newer deployment."""
    path = Path(django_settings.INTEGRITY_MANIFEST)
    base = str((deployed["templates"] / "base.html").resolve())
    if attack == "missing":
        path.unlink()
    elif attack == "resigned":
        import hashlib

        from integrity.manifest import body_text

        stored = json.loads(path.read_text())
        Path(base).write_text(SPAM)
        stored["body"]["files"][base]["sha256"] = hashlib.sha256(SPAM.encode()).hexdigest()
        stored["signature"] = hashlib.sha256(body_text(stored["body"]).encode()).hexdigest()
        path.write_text(json.dumps(stored))
    else:
        older = path.read_text()
        call_command("integrity_manifest", stdout=open("/dev/null", "w"))  # noqa: SIM115
        path.write_text(older)
    run_watch()
    assert file_alerts().get().page_title == "Manifes penerapan"


def test_every_template_a_public_form_renders_is_in_the_manifest(client):
    """The public request form's inputs are rendered by Django's form renderer from its own
    templates (django/forms/templates), outside TEMPLATES: a swapped widget template would
    inject a script where citizens type their NIK, unwatched (issue 13 verification attack,
    break 5). Every template the page renders, and the CSRF failure page, is covered."""
    from django.test.signals import template_rendered

    from integrity.manifest import served_files

    origins: set[str] = set()

    def rendered(sender, template, context, **kwargs) -> None:
        name = getattr(getattr(template, "origin", None), "name", None)
        if name and Path(str(name)).is_file():
            origins.add(str(Path(str(name)).resolve()))

    template_rendered.connect(rendered)
    try:
        assert client.get("/layanan-informasi/permohonan/").status_code == 200
    finally:
        template_rendered.disconnect(rendered)
    covered = set(served_files())
    assert any("/django/forms/" in origin for origin in origins)
    assert origins - covered == set()
    assert any(path.endswith("django/views/templates/csrf_403.html") for path in covered)
