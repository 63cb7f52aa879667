"""Redis stops while beat would send a job: the job is sent once Redis is back (issue 19).

A real `celery beat` process on a private redis-server: beat connects, Redis is killed, a
periodic job falls due, beat's send fails; Redis starts again on the same port and the job's
message arrives (stock beat would have marked it as run and skipped it until the next period).
"""

import datetime
import json
import subprocess
import sys

import pytest
import redis
from django.utils import timezone
from django_celery_beat.models import IntervalSchedule, PeriodicTask

from tests import services

from .conftest import ROOT, needs_postgresql, wait_until

pytestmark = [
    needs_postgresql,
    pytest.mark.usefixtures("without_account_audit"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def sent_tasks(url: str) -> list[str]:
    try:
        messages = redis.Redis.from_url(url).lrange("celery", 0, -1)
    except redis.ConnectionError:
        return []
    return [json.loads(message)["headers"]["task"] for message in messages]


def send_failed(beat_log: str) -> bool:
    """Beat gave up sending the due job (stock beat: "Message Error"; ours: "stays due")."""
    return "Message Error" in beat_log or "stays due" in beat_log


def test_a_job_due_while_redis_is_down_is_sent_when_it_returns(faults, tmp_path):
    PeriodicTask.objects.update(enabled=False)  # only the two jobs of this test
    daily, _ = IntervalSchedule.objects.get_or_create(every=1, period=IntervalSchedule.DAYS)
    now = timezone.now()
    PeriodicTask.objects.create(  # due at once: beat connects to Redis by sending it
        name="warm-up",
        task="integrity.run_watch",
        interval=daily,
        last_run_at=now - datetime.timedelta(days=2),
    )
    PeriodicTask.objects.create(  # falls due a few seconds later, with Redis down
        name="missed",
        task="sop_evaluations.send_reminders",
        interval=daily,
        last_run_at=now - datetime.timedelta(days=1) + datetime.timedelta(seconds=12),
    )
    port = services.free_port()
    log = tmp_path / "beat.log"
    env = faults.environment(
        REDIS_URL=f"redis://127.0.0.1:{port}/0", CELERY_BEAT_RETRY_SECONDS="1"
    )
    beat = None
    try:
        with services.private_redis(port=port) as url:
            beat = subprocess.Popen(  # noqa: S603 - fixed arguments
                [
                    sys.executable,
                    "-m",
                    "celery",
                    "-A",
                    "config",
                    "beat",
                    "--max-interval",
                    "1",
                    "--pidfile",
                    str(tmp_path / "beat.pid"),
                    "--loglevel",
                    "INFO",
                ],
                cwd=ROOT,
                env=env,
                stdout=log.open("wb"),
                stderr=subprocess.STDOUT,
            )
            wait_until(lambda: "integrity.run_watch" in sent_tasks(url), what="the warm-up")
        # Redis is down now; the second job falls due and cannot be sent.
        wait_until(
            lambda: send_failed(log.read_text(errors="replace")),
            timeout=60,
            what="beat to fail sending the due job",
        )
        with services.private_redis(port=port) as url:
            wait_until(
                lambda: "sop_evaluations.send_reminders" in sent_tasks(url),
                timeout=30,
                what="the missed job once Redis is back",
            )
            assert sent_tasks(url).count("sop_evaluations.send_reminders") == 1
    finally:
        if beat is not None:
            beat.kill()
            beat.wait(timeout=10)
