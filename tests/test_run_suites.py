"""`make test` on a machine without PostgreSQL or Chromium: it passes and says what it skipped;
with PPID_REQUIRE_SERVICES=1 (CI) the same run fails."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# One browser test: it needs Chromium, which the environment below hides.
ONE_BROWSER_TEST = "tests/browser/test_publishing_path.py"


def run_suites(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {
        **os.environ,
        "TEST_DATABASE_URL": "postgres://postgres@127.0.0.1:1/ppid",  # nothing listens on port 1
        "CHROMIUM_PATH": str(tmp_path / "no-chromium"),
        "PPID_TEST_REPORT_DIR": str(tmp_path / "reports"),
        **env,
    }
    environment.pop("PPID_REQUIRE_SERVICES", None)
    environment.update(env)
    environment.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "tests/run_suites.py", ONE_BROWSER_TEST, "-q", "-p", "no:cacheprovider"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=900,
    )


pytestmark = pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")),
    reason="the nested runs never use the outer database: once, in the SQLite run, is enough",
)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("suites")
    return run_suites(tmp_path), run_suites(tmp_path, PPID_REQUIRE_SERVICES="1")


def test_missing_services_are_skipped_and_summarised(runs):
    plain, _required = runs
    assert plain.returncode == 0, plain.stdout + plain.stderr
    summary = plain.stdout.split("=== Test summary", 1)[1]
    assert "PostgreSQL" in summary and "skipped" in summary and "127.0.0.1:1" in summary
    assert "SQLite: chromium" in summary and "1 skipped" in summary
    assert "apt-get install -y chromium" in summary


def test_required_services_turn_the_skips_into_a_failure(runs):
    _plain, required = runs
    assert required.returncode != 0
    assert "PPID_REQUIRE_SERVICES is set" in required.stdout
    assert "FAILED" in required.stdout  # the browser test itself failed, not only the summary
