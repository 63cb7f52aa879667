"""`make test` on a machine without PostgreSQL or Chromium: it passes and says what it skipped;
with PPID_REQUIRE_SERVICES=1 (CI) the same run fails."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import run_suites as suites
from tests import services

ROOT = Path(__file__).resolve().parent.parent
# One browser test: it needs Chromium, which the environment below hides.
ONE_BROWSER_TEST = "tests/browser/test_publishing_path.py"
# And one that needs nothing, so that a run whose browser module skipped itself still passes.
ONE_QUICK_TEST = "tests/test_project_layout.py::test_settings_are_indonesian_first"


def path_without_chromium(tmp_path: Path) -> str:
    """PATH as it is, with every `chromium*` program left out: a folder of links to the rest
    (the way issue 20 hides Chromium from a fresh clone)."""
    folder = tmp_path / "bin-without-chromium"
    folder.mkdir(exist_ok=True)
    for directory in os.environ.get("PATH", "").split(os.pathsep):
        if not directory or not Path(directory).is_dir():
            continue
        for program in Path(directory).iterdir():
            link = folder / program.name
            if not program.name.startswith("chromium") and not link.exists():
                link.symlink_to(program)
    return str(folder)


def nested_environment(tmp_path: Path, **env: str) -> dict[str, str]:
    environment = {
        **os.environ,
        "TEST_DATABASE_URL": "postgres://postgres@127.0.0.1:1/ppid",  # nothing listens on port 1
        "PATH": path_without_chromium(tmp_path),
        "PPID_TEST_REPORT_DIR": str(tmp_path / "reports"),
    }
    for name in ("PPID_REQUIRE_SERVICES", "DATABASE_URL", "CHROMIUM_PATH"):
        environment.pop(name, None)
    environment.update(env)
    return environment


def run_suites(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "tests/run_suites.py", ONE_BROWSER_TEST, "-q", "-p", "no:cacheprovider"],
        cwd=ROOT,
        env=nested_environment(tmp_path, **env),
        capture_output=True,
        text=True,
        timeout=900,
    )


nested_runs = pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")),
    reason="the nested runs never use the outer database: once, in the SQLite run, is enough",
)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("suites")
    return run_suites(tmp_path), run_suites(tmp_path, PPID_REQUIRE_SERVICES="1")


@nested_runs
def test_missing_services_are_skipped_and_summarised(runs):
    plain, _required = runs
    assert plain.returncode == 0, plain.stdout + plain.stderr
    summary = plain.stdout.split("=== Test summary", 1)[1]
    assert "PostgreSQL" in summary and "skipped" in summary and "127.0.0.1:1" in summary
    # Chromium is found on PATH, as `.ci/run` looks for it: hidden there, the test skips.
    assert "SQLite: no chromium" in summary and "1 skipped" in summary, summary
    assert "apt-get install -y chromium" in summary
    assert "sudo apt-get install -y chromium postgresql" in summary


@nested_runs
def test_required_services_turn_the_skips_into_a_failure(runs):
    _plain, required = runs
    assert required.returncode != 0
    assert "PPID_REQUIRE_SERVICES is set" in required.stdout
    assert "FAILED" in required.stdout  # the browser test itself failed, not only the summary
    # The summary still names the missing service and how to install it.
    summary = required.stdout.split("=== Test summary", 1)[1]
    assert "SQLite: no chromium" in summary and "1 failed" in summary, summary
    assert "sudo apt-get install -y chromium postgresql" in summary


@nested_runs
def test_without_playwright_a_required_run_fails_rather_than_skipping(tmp_path):
    """Playwright is a requirement (requirements-dev.txt), not an optional service: a module
    that skipped itself when it could not import it let CI pass with no browser test run."""
    shadow = tmp_path / "shadow"
    (shadow / "playwright").mkdir(parents=True)
    (shadow / "playwright" / "__init__.py").write_text(  # as if it were not installed
        "raise ModuleNotFoundError('No module named playwright (shadowed)', name='playwright')\n"
    )
    environment = nested_environment(
        tmp_path, PYTHONPATH=str(shadow), PPID_REQUIRE_SERVICES="1", CHROMIUM_PATH=sys.executable
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", ONE_BROWSER_TEST, ONE_QUICK_TEST, "-q"]
        + ["-p", "no:cacheprovider"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode != 0, result.stdout
    assert "No module named playwright (shadowed)" in result.stdout


def test_chromium_is_looked_for_on_path(tmp_path, monkeypatch):
    monkeypatch.delenv("CHROMIUM_PATH", raising=False)
    program = tmp_path / "chromium-browser"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert services.chromium_path() == program
    program.unlink()
    assert services.chromium_path() is None
    assert "on PATH" in services.chromium_missing_reason()
    monkeypatch.setenv("CHROMIUM_PATH", str(tmp_path / "nowhere"))
    assert services.chromium_path() is None


def collect_report(outcome: str, message: str) -> pytest.CollectReport:
    return pytest.CollectReport("tests/x.py", outcome, ("tests/x.py", 1, message), [])


def test_every_skip_is_counted_and_reported_by_reason():
    """A module that skips itself at collection is counted (it never reaches
    pytest_runtest_logreport), and skips that are not for a missing service are listed too."""
    record = services.RunRecord()
    record.add(collect_report("skipped", "Skipped: [service:redis] redis-server is not on PATH"))
    record.add(collect_report("skipped", "Skipped: PostgreSQL query plans"))
    record.add(collect_report("failed", "ImportError"))
    counted = record.as_dict()
    assert counted["outcomes"]["skipped"] == 2
    assert counted["outcomes"]["errors"] == 1
    assert counted["service_skips"]["redis"]["count"] == 1
    assert counted["other_skips"] == {"PostgreSQL query plans": 1}

    rows = suites.summary_rows({"SQLite": {"returncode": 0, **counted}})
    assert ("  SQLite: other", "1 skipped", "PostgreSQL query plans") in rows
    assert rows[0][1] == "0 passed, 0 failed, 1 errors, 2 skipped"


def test_a_postgresql_that_refuses_the_login_is_not_told_to_be_installed():
    """A newcomer who installed PostgreSQL on Debian gets a server that asks for a password
    on 127.0.0.1: the summary says how to log in, not to install it again."""
    if not services.port_open("127.0.0.1", 5432):
        services.missing("postgresql", "nothing answers at 127.0.0.1:5432")
    problem = suites.postgres_problem("postgres://no_such_role_make20@127.0.0.1:5432/ppid")
    assert problem is not None
    assert "refused the login" in problem and "TEST_DATABASE_URL=" in problem
    assert "apt-get install" not in problem
    closed = suites.postgres_problem("postgres://postgres@127.0.0.1:1/ppid")
    assert closed.startswith("no PostgreSQL at 127.0.0.1:1")
    assert "sudo apt-get install -y postgresql" in closed


def test_a_required_service_that_is_missing_is_named_in_the_summary():
    """With PPID_REQUIRE_SERVICES the skip becomes a failure; CI's summary still says which
    service was missing (not only "1 errors")."""
    message = (
        "E   Failed: [service:redis] redis-server is not on PATH (install: sudo apt-get install "
        "-y redis-server); PPID_REQUIRE_SERVICES is set, so this is a failure"
    )
    record = services.RunRecord()
    location = ("tests/x.py", 1, "t")
    record.add(pytest.TestReport("tests/x.py::t", location, {}, "failed", message, "setup"))
    counted = record.as_dict()
    assert counted["outcomes"]["errors"] == 1
    assert counted["service_failures"]["redis"]["count"] == 1
    rows = suites.summary_rows({"SQLite": {"returncode": 1, **counted}})
    assert rows[1][:2] == ("  SQLite: no redis", "1 failed"), rows
    assert rows[1][2].startswith("[service:redis] redis-server is not on PATH")


def test_the_install_line_names_packages_and_survives_an_unknown_service():
    line = suites.install_line({"redis", "chromium", "some-tool"})
    assert line.endswith("sudo apt-get install -y chromium redis-server some-tool")
