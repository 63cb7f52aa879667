"""The outside services some tests need (Redis, Chromium, PostgreSQL), found or started once.

A test that needs a service calls `missing(...)` when it cannot find it, or uses `private_redis`
or a fixture of tests/conftest.py (`redis_base_url`) or tests/browser/conftest.py. When
the service is missing the test is skipped with a reason that starts with `[service:<name>]`,
and the run's summary (tests/run_suites.py, `make test`) counts those skips per service.
With `PPID_REQUIRE_SERVICES=1` (set by `.ci/run`) a missing service fails the test instead:
CI must never pass without having run everything.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

SERVICE_TAG = "[service:{name}]"
REQUIRED_SUFFIX = "; PPID_REQUIRE_SERVICES is set, so this is a failure"
SERVICE_FAILURE = re.compile(
    r"(?P<reason>\[service:(?P<name>[\w-]+)\] .*?)" + re.escape(REQUIRED_SUFFIX)
)
# The Debian/Ubuntu package of each service (README, "Set-up").
DEBIAN_PACKAGES = {"redis": "redis-server", "chromium": "chromium", "postgresql": "postgresql"}
HOW_TO_INSTALL = {
    name: f"sudo apt-get install -y {package}" for name, package in DEBIAN_PACKAGES.items()
}


def services_required() -> bool:
    return os.environ.get("PPID_REQUIRE_SERVICES", "").lower() in {"1", "true", "yes"}


def missing(name: str, why: str) -> None:
    """Skip the current test because `name` is missing (or fail, when services are required)."""
    message = f"{SERVICE_TAG.format(name=name)} {why} (install: {HOW_TO_INSTALL[name]})"
    if services_required():
        pytest.fail(f"{message}{REQUIRED_SUFFIX}")
    pytest.skip(message)


def port_open(host: str, port: int, timeout: float = 0.5) -> bool:
    with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=timeout):
        return True
    return False


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_answers(url: str) -> bool:
    parts = urlsplit(url)
    return port_open(parts.hostname or "127.0.0.1", parts.port or 6379)


@contextlib.contextmanager
def private_redis(port: int | None = None, data_dir: Path | None = None) -> Iterator[str]:
    """A redis-server of this test alone on a free local port; yields its base URL.

    `data_dir` keeps its RDB file (for tests that restart Redis with its old data); without it
    nothing is kept on disk. The server is killed when the block ends.
    """
    binary = shutil.which("redis-server")
    if binary is None:
        missing("redis", "redis-server is not on PATH")
    port = port or free_port()
    with contextlib.ExitStack() as stack:
        if data_dir is None:
            data_dir = Path(stack.enter_context(tempfile.TemporaryDirectory()))
            persistence = ["--save", "", "--appendonly", "no"]
        else:
            persistence = ["--save", "", "--appendonly", "no", "--dbfilename", "dump.rdb"]
        process = subprocess.Popen(  # noqa: S603 - our own fixed arguments
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(data_dir)]
            + persistence,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 10
            while not port_open("127.0.0.1", port):
                if process.poll() is not None or time.monotonic() > deadline:
                    missing("redis", f"redis-server did not start on port {port}")
                time.sleep(0.05)
            yield f"redis://127.0.0.1:{port}"
        finally:
            process.kill()
            process.wait(timeout=10)


CHROMIUM_NAMES = ("chromium", "chromium-browser")  # Debian's package; Ubuntu's


def chromium_path() -> Path | None:
    """The Chromium the browser tests drive: $CHROMIUM_PATH when set (None if nothing is
    there), else the first `chromium` or `chromium-browser` on PATH, as `.ci/run` looks for it."""
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        return Path(configured) if Path(configured).is_file() else None
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return Path(found)
    return None


def chromium_missing_reason() -> str:
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        return f"Chromium not found at CHROMIUM_PATH={configured}"
    return f"no {' or '.join(CHROMIUM_NAMES)} on PATH (or set CHROMIUM_PATH)"


class RunRecord:
    """Outcomes of one pytest run, with every skip grouped by its reason: the skips of missing
    services per service, the others (e.g. PostgreSQL-only tests in the SQLite run) per reason,
    so that no skip goes unreported. Skips of a whole module (at collection) count too.

    Written as JSON to $PPID_TEST_REPORT at the end of the run, for tests/run_suites.py.
    """

    def __init__(self) -> None:
        self.outcomes = {"passed": 0, "failed": 0, "errors": 0, "skipped": 0}
        self.service_skips: dict[str, dict[str, object]] = {}
        self.other_skips: dict[str, int] = {}
        # With PPID_REQUIRE_SERVICES the same tests fail instead: counted per service as well,
        # so that CI's summary still names what was missing.
        self.service_failures: dict[str, dict[str, object]] = {}

    def add(self, report: pytest.TestReport | pytest.CollectReport) -> None:
        """Record a test's phase (pytest_runtest_logreport) or a collector's report
        (pytest_collectreport: a module that failed to import or skipped itself)."""
        if isinstance(report, pytest.CollectReport):
            if report.passed:
                return
            outcome = "errors" if report.failed else "skipped"
        elif report.when == "call":
            outcome = report.outcome
        elif report.failed:  # set-up or teardown of a test went wrong: pytest's "error"
            outcome = "errors"
        elif report.when == "setup" and report.skipped:
            outcome = "skipped"
        else:
            return
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1
        if outcome == "skipped":
            self._skip_reason(report)
        elif report.failed:
            match = SERVICE_FAILURE.search(report.longreprtext)
            if match:
                entry = self.service_failures.setdefault(
                    match["name"], {"count": 0, "reason": match["reason"]}
                )
                entry["count"] = int(entry["count"]) + 1

    def _skip_reason(self, report: pytest.TestReport | pytest.CollectReport) -> None:
        longrepr = report.longrepr
        message = str(longrepr[2]) if isinstance(longrepr, tuple) else str(longrepr)
        reason = message.removeprefix("Skipped: ")
        if reason.startswith("[service:"):
            name = reason[len("[service:") : reason.index("]")]
            entry = self.service_skips.setdefault(name, {"count": 0, "reason": reason})
            entry["count"] = int(entry["count"]) + 1
        else:
            self.other_skips[reason] = self.other_skips.get(reason, 0) + 1

    def as_dict(self) -> dict[str, object]:
        return {
            "outcomes": self.outcomes,
            "service_skips": self.service_skips,
            "other_skips": self.other_skips,
            "service_failures": self.service_failures,
        }
