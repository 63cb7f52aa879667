"""The outside services some tests need (Redis, Chromium, PostgreSQL), found or started once.

A test that needs a service calls `require(...)` or uses a fixture of tests/conftest.py. When
the service is missing the test is skipped with a reason that starts with `[service:<name>]`,
and the run's summary (tests/test_summary.py, `make test`) counts those skips per service.
With `PPID_REQUIRE_SERVICES=1` (set by `.ci/run`) a missing service fails the test instead:
CI must never pass without having run everything.
"""

from __future__ import annotations

import contextlib
import os
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
HOW_TO_INSTALL = {
    "redis": "apt-get install -y redis-server",
    "chromium": "apt-get install -y chromium",
    "postgresql": "apt-get install -y postgresql",
}


def services_required() -> bool:
    return os.environ.get("PPID_REQUIRE_SERVICES", "").lower() in {"1", "true", "yes"}


def missing(name: str, why: str) -> None:
    """Skip the current test because `name` is missing (or fail, when services are required)."""
    message = f"{SERVICE_TAG.format(name=name)} {why} (install: {HOW_TO_INSTALL[name]})"
    if services_required():
        pytest.fail(f"{message}; PPID_REQUIRE_SERVICES is set, so this is a failure")
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


def chromium_path() -> Path:
    return Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))


class RunRecord:
    """Outcomes of one pytest run, with the skips of missing services grouped per service.

    Written as JSON to $PPID_TEST_REPORT at the end of the run, for tests/run_suites.py.
    """

    def __init__(self) -> None:
        self.outcomes = {"passed": 0, "failed": 0, "skipped": 0}
        self.service_skips: dict[str, dict[str, object]] = {}

    def add(self, report: pytest.TestReport) -> None:
        if report.when == "call" or (report.when == "setup" and not report.passed):
            outcome = "failed" if report.failed else report.outcome
            self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1
        if report.skipped and isinstance(report.longrepr, tuple):
            reason = str(report.longrepr[2]).removeprefix("Skipped: ")
            if reason.startswith("[service:"):
                name = reason[len("[service:") : reason.index("]")]
                entry = self.service_skips.setdefault(name, {"count": 0, "reason": reason})
                entry["count"] = int(entry["count"]) + 1

    def as_dict(self) -> dict[str, object]:
        return {"outcomes": self.outcomes, "service_skips": self.service_skips}
