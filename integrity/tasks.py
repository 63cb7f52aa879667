"""Celery tasks of the integrity app (scheduled daily by the evaluations app's beat seeds)."""

from celery import shared_task


@shared_task(name="integrity.run_watch")
def run_watch() -> dict:
    """Check every live page against its approved revision; alerts and e-mail on problems."""
    from .alerts import run_watch as run

    result = run()
    return {"pages": result.pages, "new": len(result.new), "open": result.open_alerts}
