"""The public search and forms are rate-limited per client address."""

import pytest
from django.conf import settings as django_settings

from security.ratelimit import cache

pytestmark = pytest.mark.django_db


@pytest.fixture
def limit(settings, monkeypatch):
    """3 searches a minute, at a frozen time (a window never ends mid-test)."""
    settings.SECURITY_RATE_LIMITS = {**django_settings.SECURITY_RATE_LIMITS, "search": (3, 60)}
    monkeypatch.setattr("security.ratelimit.time.time", lambda: 1_800_000_030.0)
    cache.clear()
    yield
    cache.clear()


def search(client, address: str, **headers):
    return client.get("/cari/", {"q": "anggaran"}, REMOTE_ADDR=address, **headers)


def test_default_limits():
    assert django_settings.SECURITY_RATE_LIMITS["search"] == (30, 60)
    assert django_settings.TRUSTED_PROXIES == []


def test_search_answers_429_after_the_limit_then_serves_another_address(client, limit):
    for _ in range(3):
        assert search(client, "203.0.113.7").status_code == 200
    refused = search(client, "203.0.113.7")
    assert refused.status_code == 429
    assert refused["Retry-After"] == "30"
    page = refused.content.decode()
    assert "Terlalu banyak permintaan" in page
    assert "Silakan tunggu satu menit" in page
    assert '<html lang="id">' in page
    assert "Content-Security-Policy" in refused  # the error page is protected as well
    assert search(client, "203.0.113.8").status_code == 200


def test_the_limit_resets_in_the_next_window(client, limit, monkeypatch):
    for _ in range(4):
        search(client, "203.0.113.7")
    monkeypatch.setattr("security.ratelimit.time.time", lambda: 1_800_000_095.0)
    assert search(client, "203.0.113.7").status_code == 200


def test_other_public_pages_are_not_counted(client, limit):
    for _ in range(5):
        assert client.get("/", REMOTE_ADDR="203.0.113.7").status_code == 200
    assert search(client, "203.0.113.7").status_code == 200


def test_ipv6_clients_count_per_64(client, limit):
    for host in range(1, 4):
        assert search(client, f"2001:db8:1:2::{host}").status_code == 200
    assert search(client, "2001:db8:1:2::99").status_code == 429
    assert search(client, "2001:db8:1:3::1").status_code == 200


def test_behind_the_proxy_the_client_cannot_choose_its_address(client, limit, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    proxy = "10.0.0.2"
    for fake in ["1.1.1.1", "2.2.2.2", "3.3.3.3", "4.4.4.4"]:
        # The client wrote its own X-Forwarded-For; the proxy appended the real address.
        response = search(client, proxy, HTTP_X_FORWARDED_FOR=f"{fake}, 198.51.100.4")
    assert response.status_code == 429
    other = search(client, proxy, HTTP_X_FORWARDED_FOR="198.51.100.5")
    assert other.status_code == 200


def test_password_forms_are_limited_too(client, limit, settings):
    settings.SECURITY_RATE_LIMITS = {"wagtaildocs_authenticate_with_password": (2, 60)}
    url = "/dokumen/authenticate_with_password/1/"
    statuses = [client.post(url, {"password": "tebak"}).status_code for _ in range(3)]
    assert statuses == [404, 404, 429]  # no such restriction, then refused before the view


def test_a_cache_outage_leaves_the_site_up(client, limit, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("redis down")

    monkeypatch.setattr("security.ratelimit.cache.add", broken)
    for _ in range(5):
        assert search(client, "203.0.113.7").status_code == 200


def test_straight_to_the_app_server_a_rotating_forwarded_for_counts_as_one_client(
    client, limit, settings
):
    """The attack of issue 13: the application server reached directly, every request with
    another X-Forwarded-For. Only the configured proxies' headers count."""
    settings.TRUSTED_PROXIES = ["10.0.0.2"]
    statuses = [
        search(client, "203.0.113.9", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code
        for n in range(1, 6)
    ]
    assert statuses == [200, 200, 200, 429, 429]


def test_behind_two_trusted_proxies_the_client_is_the_first_untrusted_hop(client, limit, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/24", "172.16.0.0/12"]
    statuses = [
        search(
            client, "10.0.0.2", HTTP_X_FORWARDED_FOR=f"{fake}, 198.51.100.4, 172.16.5.1"
        ).status_code
        for fake in ["1.1.1.1", "2.2.2.2", "3.3.3.3", "4.4.4.4"]
    ]
    assert statuses == [200, 200, 200, 429]


def test_forwarded_proto_from_a_client_is_not_believed(client, settings):
    """SECURE_PROXY_SSL_HEADER would make a plain-http request 'secure' for anyone who sends
    the header: it is dropped unless a trusted proxy sent it."""
    from django.http import HttpRequest

    from security.proxies import ForwardedHeadersMiddleware

    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.TRUSTED_PROXIES = ["10.0.0.2"]
    seen = {}

    def view(request):
        seen[request.META["REMOTE_ADDR"]] = request.is_secure()

    for address in ("203.0.113.9", "10.0.0.2"):
        request = HttpRequest()
        request.META = {"REMOTE_ADDR": address, "HTTP_X_FORWARDED_PROTO": "https"}
        ForwardedHeadersMiddleware(view)(request)
    assert seen == {"203.0.113.9": False, "10.0.0.2": True}


def test_password_reset_is_limited_per_client_and_per_address(
    client, settings, mailoutbox, django_capture_on_commit_callbacks
):
    """15 reset e-mails in a row (issue 13): the form is rate-limited per client, and one
    address gets at most SECURITY_PASSWORD_RESET_EMAILS mails whatever the client address."""
    from django.contrib.auth.models import User

    cache.clear()
    User.objects.create_user("korban", email="korban@contohkab.go.id", password="x")
    url = "/admin/password_reset/"
    with django_capture_on_commit_callbacks(execute=True):  # e-mails leave after the commit
        statuses = [
            client.post(
                url, {"email": "korban@contohkab.go.id"}, REMOTE_ADDR="203.0.113.7"
            ).status_code
            for _ in range(7)
        ]
        assert statuses[:5] == [302] * 5 and statuses[5:] == [429, 429]
        for n in range(10):  # rotating client addresses
            client.post(url, {"email": "korban@contohkab.go.id"}, REMOTE_ADDR=f"198.51.100.{n}")
    assert len(mailoutbox) == django_settings.SECURITY_PASSWORD_RESET_EMAILS[0] == 3
    cache.clear()


def test_on_redis_a_request_is_counted_in_one_round_trip(client, limit, settings, redis_base_url):
    """The production cache: each search costs the limiter one Redis command (a script that
    counts and sets the window's expiry), cached searches included; the limit holds."""
    from django.core.cache import caches
    from redis.client import Redis

    from security.ratelimit import count_request

    db = int(settings.REDIS_URL.rsplit("/", 1)[1])
    settings.CACHES = {
        **settings.CACHES,
        "ratelimit": {  # the counters' own alias (the broker's Redis in production)
            "BACKEND": "config.cache.ResilientRedisCache",
            "LOCATION": f"{redis_base_url}/{db}",
        },
    }
    caches["ratelimit"].clear()
    commands: list[str] = []
    original = Redis.execute_command

    def counted(self, *args, **options):
        commands.append(str(args[0]))
        return original(self, *args, **options)

    try:
        Redis.execute_command = counted
        assert count_request("search", "203.0.113.7", 60) == (1, 30)
        assert commands == ["EVAL"]
    finally:
        Redis.execute_command = original
    key = "security:ratelimit:search:203.0.113.7:30000000"
    backend = caches["ratelimit"]
    assert backend.get(key) == 1
    assert 0 < backend._cache.get_client(key).ttl(backend.make_and_validate_key(key)) <= 61
    assert [search(client, "203.0.113.7").status_code for _ in range(3)] == [200, 200, 429]
    backend.clear()
