"""`make test`: the whole suite on SQLite, then on PostgreSQL, then one summary table.

The PostgreSQL run needs a server at TEST_DATABASE_URL; without one it is skipped with a line
that says how to enable it. Tests that need Redis or Chromium skip themselves with a
`[service:...]` reason (tests/services.py) and are counted here. With PPID_REQUIRE_SERVICES=1
(`.ci/run` sets it) every such skip is a failure, so CI never passes without running everything.

Exit status: non-zero when a run failed, or when a service was missing and services are required.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.services import DEBIAN_PACKAGES  # noqa: E402 - the repository root is on the path now

REPORTS = Path(os.environ.get("PPID_TEST_REPORT_DIR", ROOT / "var" / "test-report"))
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/ppid"


def postgres_problem(url: str) -> str | None:
    """Why the PostgreSQL server of `url` cannot be used and what to do, or None when it
    answers and lets the user in."""
    import psycopg

    parts = urlsplit(url)
    where = f"{parts.hostname or '127.0.0.1'}:{parts.port or 5432}"
    try:
        psycopg.connect(
            host=parts.hostname or "127.0.0.1",
            port=parts.port or 5432,
            user=parts.username or "postgres",
            password=parts.password or None,
            dbname="postgres",
            connect_timeout=3,
        ).close()
    except psycopg.Error as error:
        text = str(error).strip()
        first_line = text.splitlines()[0] if text else repr(error)
        if "FATAL" in text or "password" in text:
            # The server answered but refused the login (Debian's default pg_hba.conf asks for
            # a password on 127.0.0.1; the role may not exist).
            return (
                f"PostgreSQL at {where} refused the login ({first_line}); give the postgres "
                f'user a password (sudo -u postgres psql -c "ALTER USER postgres PASSWORD '
                f"'postgres'\") and set TEST_DATABASE_URL=postgres://postgres:postgres@{where}/ppid"
            )
        return (
            f"no PostgreSQL at {where} ({first_line}); install and start it "
            f"(sudo apt-get install -y postgresql) or set TEST_DATABASE_URL"
        )
    return None


def run_pytest(name: str, extra_env: dict[str, str], args: list[str]) -> dict[str, object]:
    report = REPORTS / f"{name}.json"
    report.unlink(missing_ok=True)
    env = {**os.environ, **extra_env, "PPID_TEST_REPORT": str(report)}
    if "DATABASE_URL" not in extra_env:
        env.pop("DATABASE_URL", None)
    print(f"\n=== {name}: pytest {' '.join(args)}", flush=True)
    returncode = subprocess.call([sys.executable, "-m", "pytest", *args], cwd=ROOT, env=env)  # noqa: S603
    result = json.loads(report.read_text()) if report.exists() else {}
    return {"returncode": returncode, **result}


def summary_rows(results: dict[str, dict[str, object]]) -> list[tuple[str, str, str]]:
    rows = []
    for name, result in results.items():
        if "skipped_because" in result:
            rows.append((name, "skipped", str(result["skipped_because"])))
            continue
        outcomes = result.get("outcomes", {})
        state = "passed" if result["returncode"] == 0 else f"FAILED (exit {result['returncode']})"
        ran = f"{outcomes.get('passed', 0)} passed, {outcomes.get('failed', 0)} failed, "
        if outcomes.get("errors"):
            ran += f"{outcomes['errors']} errors, "
        rows.append((name, f"{ran}{outcomes.get('skipped', 0)} skipped", state))
        for service, entry in sorted(result.get("service_skips", {}).items()):
            rows.append((f"  {name}: no {service}", f"{entry['count']} skipped", entry["reason"]))
        for service, entry in sorted(result.get("service_failures", {}).items()):
            rows.append((f"  {name}: no {service}", f"{entry['count']} failed", entry["reason"]))
        for reason, count in sorted(result.get("other_skips", {}).items()):
            rows.append((f"  {name}: other", f"{count} skipped", reason))
    return rows


def install_line(absent: set[str]) -> str:
    """One command that installs every missing service (a name without a known package, e.g. a
    `[service:...]` tag written by hand, is named as it is rather than breaking the summary)."""
    packages = " ".join(sorted(DEBIAN_PACKAGES.get(name, name) for name in absent))
    return f"To run everything (Debian/Ubuntu): sudo apt-get install -y {packages}"


def main(args: list[str]) -> int:
    required = os.environ.get("PPID_REQUIRE_SERVICES", "").lower() in {"1", "true", "yes"}
    postgres_url = os.environ.get("TEST_DATABASE_URL", DEFAULT_POSTGRES)
    results: dict[str, dict[str, object]] = {}

    results["SQLite"] = run_pytest("sqlite", {}, args)
    problem = postgres_problem(postgres_url)
    if problem is None:
        results["PostgreSQL"] = run_pytest("postgresql", {"DATABASE_URL": postgres_url}, args)
    else:
        results["PostgreSQL"] = {"skipped_because": problem}

    print("\n=== Test summary")
    rows = summary_rows(results)
    widths = [max(len(row[i]) for row in rows) for i in range(2)]
    for suite, ran, why in rows:
        print(f"{suite:<{widths[0]}}  {ran:<{widths[1]}}  {why}")

    failed = any(r.get("returncode", 0) != 0 for r in results.values())
    anything_missing = any(
        "skipped_because" in r or r.get("service_skips") or r.get("service_failures")
        for r in results.values()
    )
    if anything_missing:
        absent = {"postgresql"} if (problem or "").startswith("no PostgreSQL") else set()
        for result in results.values():
            absent.update(result.get("service_skips", {}), result.get("service_failures", {}))
        if absent:
            print(install_line(absent))
        if required:
            print("PPID_REQUIRE_SERVICES is set: a missing service is a failure.")
            return 1
        print("Some suites or tests were skipped for a missing service (see above).")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
