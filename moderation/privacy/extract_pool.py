"""Sandboxed extraction: reusable worker processes with a time limit and a memory limit.

Starting Python with pypdf and openpyxl costs a few hundred milliseconds, so workers are kept
and reused (up to MAX_TASKS_PER_WORKER documents each). A worker that overruns its time limit
is killed, never reused; so is one that ran out of memory. Thread-safe: each concurrent caller
gets a worker of its own. A forked child process (e.g. a pre-forking server) starts its own.
"""

import atexit
import json
import os
import select
import subprocess
import sys
import threading
import time
from dataclasses import asdict
from pathlib import Path

from .extract_result import Extraction, Limits, failed
from .extract_worker import FRAME

PROJECT_ROOT = Path(__file__).resolve().parents[2]
MAX_TASKS_PER_WORKER = 500
STARTUP_TIMEOUT = 60.0


class WorkerFailed(Exception):
    pass


class Worker:
    """One `extract_worker` child process, talking in length-prefixed frames over pipes."""

    def __init__(self, memory_bytes: int) -> None:
        path = os.environ.get("PYTHONPATH", "")
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(p for p in (str(PROJECT_ROOT), path) if p),
        }
        command = [sys.executable, "-B", "-m", "moderation.privacy.extract_worker"]
        self.process = subprocess.Popen(  # noqa: S603  (our own module, no shell)
            [*command, str(memory_bytes)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=PROJECT_ROOT,
            env=env,
        )
        self.tasks = 0
        try:
            ready = self.receive(time.monotonic() + STARTUP_TIMEOUT)
        except (TimeoutError, WorkerFailed) as error:
            self.kill()
            raise WorkerFailed(f"worker did not start: {error}") from error
        if ready != b"ready":
            self.kill()
            raise WorkerFailed("worker did not start")

    def send(self, *payloads: bytes) -> None:
        for payload in payloads:
            self.process.stdin.write(FRAME.pack(len(payload)))
            self.process.stdin.write(payload)
        self.process.stdin.flush()

    def receive(self, deadline: float) -> bytes:
        (size,) = FRAME.unpack(self._read_exactly(FRAME.size, deadline))
        return self._read_exactly(size, deadline)

    def _read_exactly(self, size: int, deadline: float) -> bytes:
        descriptor, chunks, missing = self.process.stdout.fileno(), [], size
        while missing:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([descriptor], [], [], left)[0]:
                raise TimeoutError
            chunk = os.read(descriptor, min(missing, 1 << 20))
            if not chunk:
                raise WorkerFailed(f"worker exited with code {self.process.wait()}")
            chunks.append(chunk)
            missing -= len(chunk)
        return b"".join(chunks)

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            stream.close()


class WorkerPool:
    def __init__(self, memory_bytes: int, max_idle: int | None = None) -> None:
        self.memory_bytes = memory_bytes
        self.max_idle = max_idle or 2 * (os.cpu_count() or 1)
        self.pid = os.getpid()
        self._idle: list[Worker] = []
        self._lock = threading.Lock()

    def extract(self, data: bytes, kind: str, limits: Limits) -> Extraction:
        header = json.dumps({"kind": kind, "limits": asdict(limits)}).encode()
        for attempt in (1, 2):
            worker = self._checkout()
            if worker is None:
                return failed("worker", "the extraction worker could not start")
            try:
                worker.send(header, data)
            except (BrokenPipeError, OSError):
                worker.kill()  # died while idle: try once more with a fresh worker
                if attempt == 1:
                    continue
                return failed("worker", "the extraction worker is not responding")
            return self._finish(worker, limits)
        raise AssertionError("unreachable")

    def pictures(
        self, data: bytes, kind: str, limits: Limits, **task
    ) -> list[list] | list[str] | None:
        """Thumbnails (as JSON) of the pictures inside a file (or, with task="text_pictures",
        side and most: the pictures that may hold text, base64 PNG); None when they could not
        be read (the worker failed, timed out or ran out of memory)."""
        request = {"kind": kind, "limits": asdict(limits), "task": "pictures"} | task
        header = json.dumps(request)
        worker = self._checkout()
        if worker is None:
            return None
        try:
            worker.send(header.encode(), data)
            reply = json.loads(worker.receive(time.monotonic() + limits.timeout_seconds))
        except (TimeoutError, WorkerFailed, BrokenPipeError, OSError, ValueError):
            worker.kill()
            return None
        worker.tasks += 1
        if reply.get("error") == "memory":
            worker.kill()
        else:
            self._checkin(worker)
        return reply.get("pictures")

    def _finish(self, worker: Worker, limits: Limits) -> Extraction:
        try:
            reply = worker.receive(time.monotonic() + limits.timeout_seconds)
        except TimeoutError:
            worker.kill()
            return failed("timeout", f"more than {limits.timeout_seconds:g} s")
        except WorkerFailed as error:
            worker.kill()
            return failed("crashed", str(error))
        worker.tasks += 1
        result = Extraction.from_json(json.loads(reply))
        if result.reason == "memory":
            worker.kill()
        else:
            self._checkin(worker)
        return result

    def _checkout(self) -> Worker | None:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        try:
            return Worker(self.memory_bytes)
        except (WorkerFailed, OSError):
            return None

    def _checkin(self, worker: Worker) -> None:
        with self._lock:
            keep = worker.tasks < MAX_TASKS_PER_WORKER and len(self._idle) < self.max_idle
            if keep:
                self._idle.append(worker)
        if not keep:
            worker.kill()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        if os.getpid() == self.pid:
            for worker in idle:
                worker.kill()


_pools: dict[int, WorkerPool] = {}
_pools_lock = threading.Lock()


def pool_for(memory_bytes: int) -> WorkerPool:
    """The pool of workers with this memory limit, started by this very process."""
    with _pools_lock:
        pool = _pools.get(memory_bytes)
        if pool is None or pool.pid != os.getpid():
            pool = _pools[memory_bytes] = WorkerPool(memory_bytes)
        return pool


@atexit.register
def close_pools() -> None:
    with _pools_lock:
        pools = list(_pools.values())
        _pools.clear()
    for pool in pools:
        pool.close()
