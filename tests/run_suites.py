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
REPORTS = Path(os.environ.get("PPID_TEST_REPORT_DIR", ROOT / "var" / "test-report"))
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/ppid"


def postgres_problem(url: str) -> str | None:
    """Why the PostgreSQL server of `url` cannot be used, or None when it answers."""
    import psycopg

    parts = urlsplit(url)
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
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else repr(error)
        return f"no PostgreSQL at {parts.hostname}:{parts.port or 5432} ({first_line})"
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
        rows.append(
            (
                name,
                f"{outcomes.get('passed', 0)} passed, {outcomes.get('failed', 0)} failed, "
                f"{outcomes.get('skipped', 0)} skipped",
                state,
            )
        )
        for service, entry in sorted(result.get("service_skips", {}).items()):
            rows.append((f"  {name}: {service}", f"{entry['count']} skipped", entry["reason"]))
    return rows


def main(args: list[str]) -> int:
    required = os.environ.get("PPID_REQUIRE_SERVICES", "").lower() in {"1", "true", "yes"}
    postgres_url = os.environ.get("TEST_DATABASE_URL", DEFAULT_POSTGRES)
    results: dict[str, dict[str, object]] = {}

    results["SQLite"] = run_pytest("sqlite", {}, args)
    problem = postgres_problem(postgres_url)
    if problem is None:
        results["PostgreSQL"] = run_pytest("postgresql", {"DATABASE_URL": postgres_url}, args)
    else:
        results["PostgreSQL"] = {
            "skipped_because": f"{problem}; start PostgreSQL (apt-get install -y postgresql) "
            "or set TEST_DATABASE_URL"
        }

    print("\n=== Test summary")
    rows = summary_rows(results)
    widths = [max(len(row[i]) for row in rows) for i in range(2)]
    for suite, ran, why in rows:
        print(f"{suite:<{widths[0]}}  {ran:<{widths[1]}}  {why}")

    failed = any(r.get("returncode", 0) != 0 for r in results.values())
    anything_missing = any(
        "skipped_because" in r or r.get("service_skips") for r in results.values()
    )
    if anything_missing:
        if required:
            print("PPID_REQUIRE_SERVICES is set: a missing service is a failure.")
            return 1
        print("Some suites or tests were skipped for a missing service (see above).")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
