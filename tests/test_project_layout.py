"""The project's shape: `site/` as a source root, swapped media models, Indonesian defaults."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

REPO_ROOT = Path(__file__).resolve().parent.parent

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "x" * 30 + "-production-key-for-the-deploy-check-" + "y" * 20,
    "ALLOWED_HOSTS": "ppid.contohkab.go.id",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/ppid",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "INFORMATION_REQUESTS_KEYS": "Z4SxAuCT7nlLc-KqpUAqgpAFcBHlZLNQV_YjnUgo3Hc=",
    "AUDIT_CHAIN_KEY": "z" * 40,
}


def test_python_site_module_is_the_standard_library_one():
    import site

    assert hasattr(site, "getsitepackages")
    assert Path(site.__file__).parent != REPO_ROOT / "site"


def test_settings_are_indonesian_first():
    assert settings.LANGUAGE_CODE == "id"
    assert settings.TIME_ZONE == "Asia/Jakarta"
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"


def test_document_and_image_models_are_swapped():
    assert get_document_model()._meta.label == "ppid_pages.PPIDDocument"
    assert get_image_model()._meta.label == "ppid_pages.PPIDImage"


@pytest.mark.django_db
def test_models_and_migrations_agree():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO_ROOT,
        env={"PATH": os.environ["PATH"], **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_check():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_wsgi_entry_point_imports_from_outside_the_source_root():
    code = "import config.wsgi; print(config.wsgi.application.__class__.__name__)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT / "site",
        env={"PATH": os.environ["PATH"], **PRODUCTION_ENV},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "WSGIHandler"
