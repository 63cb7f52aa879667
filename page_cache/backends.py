"""The frontend-cache backends of WAGTAILFRONTENDCACHE (settings/production.py): Wagtail's,
each with a time limit per request, never raising out of purge_batch, and retrying what failed
from Celery (page_cache.purge_urls).

A proxy purged with a time limit (issue 18, verify18c 5): Wagtail's HTTPBackend calls
urlopen without a timeout, so a proxy that stops answering held the reviewer's request (the
purge runs after the commit, in it) for as long as the socket waited, once per URL."""

import contextvars
import functools
import http.client
import logging
import socket
import threading
import time
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit
from urllib.request import HTTPHandler, build_opener, urlopen

from django.conf import settings
from wagtail import __version__
from wagtail.contrib.frontend_cache.backends import CloudflareBackend, CloudfrontBackend
from wagtail.contrib.frontend_cache.backends.http import HTTPBackend, PurgeRequest

logger = logging.getLogger(__name__)


# --- every backend is tried, a failure is sent again later (issue 18, verify18e 4) ----------
#
# Wagtail's purge task (wagtail.contrib.frontend_cache.tasks) calls each backend's purge_batch
# in turn: an exception in one (Cloudflare unreachable: requests' ConnectionError) ended the
# loop, so the backends after it (CloudFront) got nothing. Wagtail's CloudflareBackend also
# posted without a time limit and only logged a 429 or 5xx. The backends below never raise
# out of purge_batch: what failed is logged and handed to the Celery job page_cache.purge_urls,
# which sends those addresses again to that backend alone, a few times, waiting longer each
# time (the addresses stay bounded by s-maxage meanwhile).


class PurgeFailed(Exception):
    """A purge request the backend refused or could not send."""


def retry_later(name: str | None, urls: list[str], attempt: int = 0) -> bool:
    """Send `urls` to the backend `name` again from a Celery job, after RETRY_DELAYS[attempt]
    seconds; False (logged) when there is no attempt left or no broker."""
    if name is None or attempt >= len(RETRY_DELAYS):
        logger.error("Purge of %d address(es) given up (%s): %s", len(urls), name, urls[:5])
        return False
    from config.celery import enqueue_later

    if enqueue_later("page_cache.purge_urls", RETRY_DELAYS[attempt], name, urls, attempt + 1):
        return True
    logger.error("Purge retry of %d address(es) not sent (%s): no broker", len(urls), name)
    return False


RETRY_DELAYS = (10, 60, 300)  # seconds before each new attempt of a failed purge


def backend_name(backend) -> str | None:
    """The WAGTAILFRONTENDCACHE name of `backend` (set by the Celery job, by purge_each, or
    found by its class: the first of that class, so two backends of one class need a name set)."""
    return getattr(backend, "name", None) or _sending_to.get() or _name_by_class(type(backend))


# The backend purge_each sends to in this thread: two backends of one class (two PURGE proxies)
# each hand what they leave unsent to the Celery job under their own name.
_sending_to: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "purge_backend", default=None
)


def _name_by_class(cls) -> str | None:
    from django.utils.module_loading import import_string

    for name, config in (getattr(settings, "WAGTAILFRONTENDCACHE", None) or {}).items():
        try:
            if import_string(config["BACKEND"]) is cls:
                return name
        except ImportError:
            continue
    return None


# --- a total time budget for the purge sent in a request (issue 18, verify18f 4) ------------
#
# Each request to a CDN or proxy has its time limit (FRONTEND_CACHE_PURGE_TIMEOUT), but a
# take-down purges 20 to 30 addresses inline after its commit: a PURGE proxy that stopped
# answering held the request one limit per address (~100 s at 5 s, past gunicorn's timeout),
# and the failed addresses went to the Celery retry only after the last one. Inside
# `time_budget` (page_cache.purge.flush) a backend stops sending once the budget is spent and
# hands what it did not send to the Celery job page_cache.purge_urls at once.

_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "purge_deadline", default=None
)


@contextmanager
def time_budget(seconds: float):
    """The purges sent inside this block take about `seconds` in all (plus the one request
    under way when they are spent)."""
    token = _deadline.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


# --- the purges sent from a Celery job have a deadline too (issue 18, fix18m) ---------------
#
# The Celery jobs (page_cache.tasks: every live page, an old site's addresses, a retry) and the
# purges Wagtail triggers itself (the redirects editor, through purge_urls_from_cache, run in
# the request after its commit: page_cache.purge.PurgedAfterCommit) called the backends with
# no deadline: a CDN or proxy that stopped answering, or trickled its answers, held the worker
# (or the editor's request) as long as it liked. Every purge now goes through purge_each: in a
# request within FRONTEND_CACHE_PURGE_TIMEOUT, in a job within FRONTEND_CACHE_PURGE_TASK_SECONDS
# (and Celery's soft and hard time limits, page_cache.tasks). What a job could not send in its
# time goes to its next attempt (retry_later): a proxy that never answers is given up after
# the last of RETRY_DELAYS, never handed from one job to the next for ever.

# The attempt of the Celery job sending purges in this context (None: a request).
_job_attempt: contextvars.ContextVar[int | None] = contextvars.ContextVar(
    "purge_job_attempt", default=None
)


@contextmanager
def in_job(attempt: int = 0):
    """The purges sent inside this block are a Celery job's, its attempt `attempt`."""
    token = _job_attempt.set(attempt)
    try:
        yield
    finally:
        _job_attempt.reset(token)


def budget() -> float:
    """The wall-clock seconds a purge may take here: a Celery job's or a request's."""
    if _job_attempt.get() is not None:
        return float(settings.FRONTEND_CACHE_PURGE_TASK_SECONDS)
    return float(settings.FRONTEND_CACHE_PURGE_TIMEOUT)


def hand_on(name: str | None, urls: list[str]) -> None:
    """Addresses left unsent for lack of time: from a request, to the Celery job at once (every
    retry ahead of them); from a job, to its next attempt."""
    attempt = _job_attempt.get()
    if attempt is None:
        send_later(name, urls)
    else:
        retry_later(name, urls, attempt)


def purge_each(
    urls: list[str], names: list[str], seconds: float, everything: bool = False
) -> list[str]:
    """Send `urls` (in this order: the most urgent first, page_cache.purge.flush) to each
    backend of `names`, each in its own daemon thread, all at once (issue 18, attack18h 2:
    with one deadline for the backends in turn, a PURGE proxy that stopped answering spent it
    on its first request, and the CDN after it sent nothing in the request).

    `seconds` is a wall-clock limit on the whole purge (issue 18, attack18j 3): a request's
    own time limit (urlopen's `timeout`) bounds each socket read, not the request, so a proxy
    trickling its answer held the request as long as it liked. The request waits for the
    threads until the deadline only (a single backend too); a backend still sending then is
    abandoned (its thread cannot hold the request, and hands nothing more to Celery) and every
    address it had not confirmed sent goes to the Celery job page_cache.purge_urls at once
    (one sent twice is harmless).

    With `everything` (a change every page shows), a backend that can drop everything at once
    (Cloudflare's purge_everything, CloudFront's "/*": page_cache.purge.purged_whole) is told
    so first, in its thread, under the same deadline (issue 18, attack18m 1: called before
    purge_each with no wall-clock limit, a trickling Cloudflare held a take-down's request
    21.9 s against a 0.6 s budget); then it needs none of `urls`. Returns the names of the
    backends that still need every live page's address (not dropped whole, or abandoned
    before they said so): page_cache.purge.flush sends those from a Celery job."""
    if not names or not (urls or everything):
        return []
    deadline = time.monotonic() + seconds

    from django.db import connections

    def send(name: str, progress: _Progress) -> None:
        from wagtail.contrib.frontend_cache import tasks

        _deadline.set(deadline)
        _sending_to.set(name)
        _progress.set(progress)
        if everything:
            from . import purge

            if purge.purged_whole(name):
                progress.record_whole(urls)
                return
            if progress.is_abandoned():
                return
        if not urls:
            return
        task = tasks.purge_urls_from_cache_task
        task = getattr(task, "task", task)  # page_cache.purge.PurgedAfterCommit: committed
        try:
            task.call(urls, None, [name])  # Wagtail's task, inline, to this backend alone
        except Exception:  # noqa: BLE001 - every backend must be tried
            logger.exception("Frontend cache purge failed (%s)", name)

    def in_thread(name: str, progress: _Progress) -> None:
        try:
            send(name, progress)
        finally:
            connections.close_all()  # this thread's own, if it opened any

    started = []
    for name in names:
        progress = _Progress()
        thread = threading.Thread(
            target=contextvars.copy_context().run, args=(in_thread, name, progress), daemon=True
        )
        thread.start()
        started.append((name, progress, thread))
    every_page = []
    for name, progress, thread in started:
        thread.join(max(0.0, deadline - time.monotonic()))
        alive = thread.is_alive()
        unsent = progress.abandon(urls) if alive else []
        if everything and not progress.whole:  # read after abandon: it no longer changes
            every_page.append(name)
        if not alive:
            continue
        logger.error(
            "Purge of %d address(es) left to Celery (%s): the request's time is spent",
            len(unsent),
            name,
        )
        if unsent:
            hand_on(name, unsent)
    return every_page


class _Progress:
    """What one backend's thread in purge_each has done with its addresses: sent (or already
    handed to Celery), and whether the request gave up waiting for it."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.done: set[str] = set()
        self.abandoned = False
        self.whole = False  # the backend dropped everything it keeps (purge_each, everything)

    def record_whole(self, urls) -> None:
        """The backend dropped everything at once: `urls` need no purge of their own."""
        with self.lock:
            if not self.abandoned:
                self.whole = True
                self.done.update(urls)

    def record(self, urls) -> bool:
        """`urls` are sent or handed on; False once abandoned (then do nothing more)."""
        with self.lock:
            if self.abandoned:
                return False
            self.done.update(urls)
            return True

    def is_abandoned(self) -> bool:
        with self.lock:
            return self.abandoned

    def abandon(self, urls: list[str]) -> list[str]:
        """Stop the thread's reports; the addresses of `urls` it did not report."""
        with self.lock:
            self.abandoned = True
            return [url for url in dict.fromkeys(urls) if url not in self.done]


# The progress of the backend purge_each sends to in this thread (None elsewhere: Celery).
_progress: contextvars.ContextVar[_Progress | None] = contextvars.ContextVar(
    "purge_progress", default=None
)


def send_later(name: str | None, urls: list[str]) -> None:
    """Addresses a request had no time to send: to the Celery job at once, every retry still
    ahead of them."""
    from config.celery import enqueue_later

    if name is None or not enqueue_later("page_cache.purge_urls", 0, name, urls, 0):
        logger.error("Purge of %d address(es) not sent (%s): no time, no broker", len(urls), name)


class RetriedBackend:
    """purge_batch never raises: the addresses whose request failed are retried later."""

    def purge_batch(self, urls) -> None:
        urls = list(urls)
        failed, unsent = [], []
        deadline = _deadline.get()
        progress = _progress.get()
        for chunk in self.chunks(urls):
            if progress is not None and progress.is_abandoned():
                return  # purge_each handed what was not reported to Celery already
            if deadline is not None and time.monotonic() >= deadline:
                unsent.extend(chunk)
                continue
            try:
                self.send(chunk)
                if progress is not None:
                    progress.record(chunk)
            except Exception as error:  # noqa: BLE001 - every backend must be tried
                logger.error(
                    "Couldn't purge %d address(es) (%s): %s",
                    len(chunk),
                    type(self).__name__,
                    error,
                )
                failed.extend(chunk)
        if progress is not None and not progress.record(unsent + failed):
            return  # abandoned meanwhile: purge_each handed them to Celery
        if unsent:
            logger.error(
                "Purge of %d address(es) left to Celery (%s): the request's time is spent",
                len(unsent),
                type(self).__name__,
            )
            hand_on(backend_name(self), unsent)
        if failed:
            attempt = getattr(self, "attempt", None)
            if attempt is None:
                attempt = _job_attempt.get() or 0
            retry_later(backend_name(self), failed, attempt)

    def purge(self, url) -> None:
        self.purge_batch([url])

    def chunks(self, urls: list[str]):
        yield urls


class TimedCloudflareBackend(RetriedBackend, CloudflareBackend):
    """Wagtail's CloudflareBackend with a time limit per request (FRONTEND_CACHE_PURGE_TIMEOUT)
    and a refusal (HTTP error, 429, success false, no answer) retried later."""

    def __init__(self, params):
        self.timeout = float(params.pop("TIMEOUT", settings.FRONTEND_CACHE_PURGE_TIMEOUT))
        super().__init__(params)

    def chunks(self, urls: list[str]):
        for start in range(0, len(urls), self.CHUNK_SIZE):
            yield urls[start : start + self.CHUNK_SIZE]

    def headers(self) -> dict:
        headers = {"Content-Type": "application/json"}
        if self.cloudflare_token:
            headers["Authorization"] = f"Bearer {self.cloudflare_token}"
        else:
            headers["X-Auth-Email"] = self.cloudflare_email
            headers["X-Auth-Key"] = self.cloudflare_api_key
        return headers

    def send(self, urls: list[str]) -> None:
        import requests

        response = requests.post(
            self.cloudflare_purge_endpoint_url,
            json={"files": urls},
            headers=self.headers(),
            timeout=self.timeout,
        )
        try:
            succeeded = response.status_code == 200 and bool(response.json().get("success"))
        except ValueError:
            succeeded = False
        if not succeeded:
            raise PurgeFailed(f"Cloudflare answered HTTP {response.status_code}")


class TimedCloudfrontBackend(RetriedBackend, CloudfrontBackend):
    """Wagtail's CloudfrontBackend whose refusal or unreachable endpoint is retried later
    (Wagtail's _create_invalidation logs a refusal and returns as if done; botocore's
    connection errors raised out of the task), with boto's time limits."""

    def __init__(self, params):
        self.timeout = float(params.pop("TIMEOUT", settings.FRONTEND_CACHE_PURGE_TIMEOUT))
        super().__init__(params)
        import boto3
        from botocore.config import Config

        self.client = boto3.client(
            "cloudfront",
            aws_access_key_id=params.get("AWS_ACCESS_KEY_ID"),
            aws_secret_access_key=params.get("AWS_SECRET_ACCESS_KEY"),
            aws_session_token=params.get("AWS_SESSION_TOKEN"),
            config=Config(connect_timeout=self.timeout, read_timeout=self.timeout),
        )

    def send(self, urls: list[str]) -> None:
        import uuid
        from urllib.parse import urlsplit

        paths = []
        for url in urls:
            parts = urlsplit(url)
            path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            if path not in paths:
                paths.append(path)
        self.client.create_invalidation(
            DistributionId=self.cloudfront_distribution_id,
            InvalidationBatch={
                "Paths": {"Quantity": len(paths), "Items": paths},
                "CallerReference": str(uuid.uuid4()),
            },
        )


class TimedHTTPBackend(RetriedBackend, HTTPBackend):
    """Wagtail's HTTPBackend (a PURGE request per URL to LOCATION) with a time limit per
    request, FRONTEND_CACHE_PURGE_TIMEOUT seconds (default 5); a URL that fails or times out
    is logged, the next one is still purged, and the failed ones are retried later."""

    def __init__(self, params):
        self.timeout = float(params.pop("TIMEOUT", settings.FRONTEND_CACHE_PURGE_TIMEOUT))
        super().__init__(params)

    def chunks(self, urls: list[str]):
        for url in urls:
            yield [url]

    def send(self, urls: list[str]) -> None:
        (url,) = urls
        parsed = urlsplit(url)
        host = parsed.hostname or ""
        if parsed.port:
            host += f":{parsed.port}"
        address = urlunsplit(
            [self.cache_scheme, self.cache_netloc, parsed.path, parsed.query, parsed.fragment]
        )
        request = PurgeRequest(
            url=address,
            headers={"Host": host, "User-Agent": "Wagtail-frontendcache/" + __version__},
        )
        # HTTPError, URLError, a timeout, a refused connection: raised, logged, retried
        if self.cache_scheme == "http":
            opener = build_opener(DeadlineHTTPHandler(_deadline.get()))
            with opener.open(request, timeout=self.timeout):
                pass
            return
        with urlopen(request, timeout=self.timeout):  # noqa: S310 - the configured proxy
            pass


# --- an abandoned purge thread ends at the deadline (issue 18, attack18m 2) ------------------
#
# urlopen's `timeout` bounds each socket read: a PURGE proxy trickling its answer a byte at a
# time kept a thread purge_each had abandoned (and its socket) alive as long as it liked, one
# more per purge. The reads of a PURGE request to an http:// proxy now also stop at the purge's
# deadline (the one purge_each sets in the thread): each read waits at most the time left.


class _DeadlineSocket(socket.socket):
    __slots__ = ("_deadline", "_per_read")

    def _wait(self) -> None:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the purge's deadline passed")
        self.settimeout(min(self._per_read, left) if self._per_read else left)

    def recv_into(self, *args, **kwargs):
        self._wait()
        return super().recv_into(*args, **kwargs)

    def recv(self, *args, **kwargs):
        self._wait()
        return super().recv(*args, **kwargs)


class _DeadlineConnection(http.client.HTTPConnection):
    def __init__(self, *args, deadline: float, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.deadline = deadline

    def connect(self) -> None:
        super().connect()
        sock = self.sock
        wrapped = _DeadlineSocket(sock.family, sock.type, sock.proto, fileno=sock.detach())
        wrapped._deadline = self.deadline
        wrapped._per_read = self.timeout if isinstance(self.timeout, int | float) else None
        self.sock = wrapped


class DeadlineHTTPHandler(HTTPHandler):
    """urllib's HTTP handler whose reads stop at `deadline` (time.monotonic(); None: none)."""

    def __init__(self, deadline: float | None) -> None:
        super().__init__()
        self.deadline = deadline

    def http_open(self, req):
        if self.deadline is None:
            return super().http_open(req)
        return self.do_open(functools.partial(_DeadlineConnection, deadline=self.deadline), req)
