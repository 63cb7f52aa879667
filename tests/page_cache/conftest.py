"""A private redis-server for the tests of the page cache on a real Redis."""

import shutil
import signal
import subprocess
import time

import pytest
import redis

from page_cache import store
from tests import services


class RedisServer:
    def __init__(self, directory):
        self.directory = directory
        self.port = services.free_port()  # kept across restarts
        self.process = None

    def start(self) -> None:
        self.process = subprocess.Popen(  # noqa: S603
            [
                shutil.which("redis-server"),
                "--port", str(self.port),
                "--bind", "127.0.0.1",
                "--dir", str(self.directory),
                "--dbfilename", "dump.rdb",
                "--save", "",
                "--appendonly", "no",
            ],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        client = redis.Redis(port=self.port)
        for _ in range(200):
            try:
                client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.02)
        raise RuntimeError("redis-server did not start")

    def kill(self, save: bool = False) -> None:
        if save:  # what a server that saved its data before dying brings back
            redis.Redis(port=self.port).save()
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def keys(self) -> list[bytes]:
        return redis.Redis(port=self.port).keys("pages:*")


@pytest.fixture
def redis_server(tmp_path, settings):
    if shutil.which("redis-server") is None:
        services.missing("redis", "redis-server is not on PATH")
    server = RedisServer(tmp_path)
    server.start()
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": server.url,
            "KEY_PREFIX": "pages",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        },
    }
    settings.PAGE_CACHE_RETRY_SECONDS = 0
    store.reset_circuit()
    yield server
    if server.process.poll() is None:
        server.kill()
    store.reset_circuit()


from .trickle import trickling  # noqa: E402, F401 - the fixture, for every file here
