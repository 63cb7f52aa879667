"""Laporan Layanan Informasi figures at scale: time and query count for a year of 100,000
requests (with keberatan and survey answers).

    .venv/bin/python benchmarks/service_report.py [--database-url postgres://...] [--requests N]

Uses its own PostgreSQL database (default postgres://postgres@127.0.0.1:5432/ppid_bench_reports,
created and migrated when missing; the year's rows are replaced on each run). Prints the seed
time, then the figures' time (best of three) and their query count, which must not depend on N.
"""

import argparse
import datetime
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "site"), str(ROOT), str(ROOT / "benchmarks")]

from evaluations import ensure_database, setup_django  # noqa: E402

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/ppid_bench_reports"
YEAR = 2025
BATCH = 10_000


def seed(count: int, rng: random.Random) -> None:
    from django.utils import timezone

    from information_requests.models import (
        Channel,
        Decision,
        InformationRequest,
        Objection,
        ObjectionOutcome,
        RequesterType,
    )
    from service_reports.models import SurveyResponse

    Objection.objects.filter(request__year=YEAR).delete()
    InformationRequest.objects.filter(year=YEAR).delete()
    decisions = [code for code, _label in Decision.choices]
    start = timezone.make_aware(datetime.datetime(YEAR, 1, 2, 9))
    for first in range(0, count, BATCH):
        rows = []
        for sequence in range(first + 1, min(count, first + BATCH) + 1):
            registered = start + datetime.timedelta(hours=rng.randrange(360 * 24))
            decided = registered + datetime.timedelta(days=rng.randrange(1, 25))
            rows.append(
                InformationRequest(
                    number=f"PMH-{YEAR}-{sequence:06d}",
                    year=YEAR,
                    sequence=sequence,
                    channel=rng.choice(Channel.values),
                    requester_type=rng.choice(RequesterType.values),
                    registered_at=registered,
                    decided_at=decided,
                    due_date=(registered + datetime.timedelta(days=14)).date(),
                    extended=rng.random() < 0.1,
                    decision=rng.choice(decisions),
                    exemption_ground=rng.choice("abcdefghij"),
                    stage="selesai",
                    name="Pemohon",
                    address="-",
                    phone="-",
                    email="pemohon@contoh.net",
                    information_requested="-",
                    purpose="-",
                    obtain_method="softcopy",
                    delivery_method="email",
                )
            )
        created = InformationRequest.objects.bulk_create(rows)
        Objection.objects.bulk_create(
            Objection(
                request=request,
                number=f"KBR-{YEAR}-{request.sequence:06d}",
                year=YEAR,
                sequence=request.sequence,
                channel=request.channel,
                grounds=rng.choice(["a", "c", "ad", "g"]),
                case_position="-",
                ground_arose_on=request.decided_at.date(),
                outcome=rng.choice(ObjectionOutcome.values),
            )
            for request in created[::50]
        )
        SurveyResponse.objects.bulk_create(
            SurveyResponse(request=request, **{f"u{i}": rng.randint(2, 4) for i in range(1, 10)})
            for request in created[::5]
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--requests", type=int, default=100_000)
    args = parser.parse_args()
    ensure_database(args.database_url)
    setup_django(args.database_url)

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from service_reports.figures import annual_figures

    started = time.perf_counter()
    seed(args.requests, random.Random(14))  # noqa: S311 - test data, not secrets
    print(f"seeded {args.requests:,} requests in {time.perf_counter() - started:.1f} s")
    timings = []
    for _ in range(3):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            figures = annual_figures(YEAR)
            timings.append(time.perf_counter() - started)
    print(
        f"annual figures of {figures['requests']:,} requests: best {min(timings):.2f} s "
        f"(median {sorted(timings)[1]:.2f} s), {len(queries.captured_queries)} queries; "
        f"IKM {figures['survey']['value']} ({figures['survey']['grade']})"
    )


if __name__ == "__main__":
    main()
