"""Headless Chromium for the browser tests: Playwright driving the system's Chromium.

Every browser test is skipped with a `[service:chromium]` reason (tests/services.py, counted in
`make test`'s summary; a failure with PPID_REQUIRE_SERVICES=1) when there is no `chromium` or
`chromium-browser` on PATH (or nothing at $CHROMIUM_PATH). Playwright is a Python dependency
(requirements-dev.txt) and is imported plainly: a missing one is an error, never a skip.
"""

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.db import connections

from tests import services

CHROMIUM_PATH = services.chromium_path()
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
STEP_TIMEOUT_MS = 20_000  # every wait and navigation of a step
FAILURE_SCREENSHOTS = Path("/tmp/browser-failures")  # noqa: S108 - only screenshots


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """Keep each phase's report on the test item, so that fixtures can tell it failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch):
    """A headless Chromium for one test (about a second to start)."""
    if CHROMIUM_PATH is None:
        services.missing("chromium", services.chromium_missing_reason())
    from playwright import sync_api

    # Playwright's sync API runs an asyncio loop in this thread, and Django refuses database
    # calls from a thread with a running loop unless this is set (the test's own setup and
    # assertions query the database; the live server answers from its own thread).
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM_PATH), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()
        # While a loop runs, Django's per-thread connections are a separate set (asgiref's
        # Local switches to context-local storage): close the ones the test opened, or
        # PostgreSQL refuses to drop the test database ("accessed by other users").
        connections.close_all()


class PageWatch:
    """What the pages ran into: JS errors, CSP violations, failed static files, and the admin
    assets loaded."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.static_loaded: list[str] = []

    def watch(self, page) -> None:
        page.on("pageerror", lambda error: self.problems.append(f"JS error: {error}"))
        page.on("console", self._console)
        page.on("response", self._record)

    def _console(self, message) -> None:
        """Anything the Content-Security-Policy blocked is a problem too (security.headers)."""
        if message.type == "error" and "Content Security Policy" in message.text:
            self.problems.append(f"CSP: {message.text}")

    def _record(self, response) -> None:
        path = urlsplit(response.url).path
        if not path.startswith("/static/"):
            return
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status} for {path}")
        else:
            self.static_loaded.append(path)

    def loaded_admin_assets(self) -> set[str]:
        """Kinds of Wagtail admin static files ("css", "js") served to the browser."""
        return {
            path.rsplit(".", 1)[-1]
            for path in self.static_loaded
            if path.startswith("/static/wagtailadmin/")
        }


@pytest.fixture
def page_watch() -> PageWatch:
    return PageWatch()


@pytest.fixture
def new_page(
    request: pytest.FixtureRequest, browser, live_server, page_watch: PageWatch
) -> Iterator[Callable[[str], object]]:
    """`new_page(name)`: a page in a fresh browser context (its own cookies) on the live server.

    Requests to any other host (e.g. Gravatar avatars in the admin) are aborted, so the test
    never depends on the network. On failure, every page opened is saved to
    /tmp/browser-failures/<test>-<name>.png.
    """
    server = urlsplit(live_server.url).netloc

    def stay_local(route) -> None:
        if urlsplit(route.request.url).netloc == server:
            route.continue_()
        else:
            route.abort()

    contexts = []
    pages: dict[str, object] = {}

    def open_page(name: str):
        context = browser.new_context(
            base_url=live_server.url, locale="id-ID", viewport={"width": 1400, "height": 1000}
        )
        context.set_default_timeout(STEP_TIMEOUT_MS)
        context.set_default_navigation_timeout(STEP_TIMEOUT_MS)
        context.route("**/*", stay_local)
        contexts.append(context)
        page = context.new_page()
        page_watch.watch(page)
        pages[name] = page
        return page

    yield open_page

    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        FAILURE_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        test_name = re.sub(r"[^\w.-]+", "_", request.node.name)
        for name, page in pages.items():
            try:
                page.screenshot(
                    path=FAILURE_SCREENSHOTS / f"{test_name}-{name}.png", full_page=True
                )
            except Exception as error:  # noqa: BLE001 - a screenshot must not hide the failure
                print(f"no screenshot of {name}: {error}")
    for context in contexts:
        context.close()


@pytest.fixture
def admin_login() -> Callable[..., None]:
    """`admin_login(page, username, password)`: the whole admin login in the browser, as a
    person does it: the password form, then the two-factor step (security.twofactor) with the
    six-digit code an authenticator app would show for the user's TOTP device (django-otp's
    TOTP on the device key; the device is given to the user first if they have none). Ends on
    the admin dashboard."""
    from playwright.sync_api import expect

    from tests.security.accounts import give_device, totp_code

    def log_in(page, username: str, password: str) -> None:
        from django.contrib.auth import get_user_model

        device = give_device(get_user_model().objects.get(username=username))
        page.goto("/admin/login/")
        page.get_by_label("Nama pengguna*", exact=True).fill(username)
        page.get_by_label("Kata sandi*", exact=True).fill(password)
        with page.expect_navigation():
            page.get_by_role("button", name="Masuk").click()
        expect(page.get_by_role("heading", name="Verifikasi dua faktor")).to_be_visible()
        page.get_by_label("Kode*", exact=True).fill(totp_code(device))
        with page.expect_navigation():
            page.get_by_role("button", name="Verifikasi").click()
        expect(page).to_have_url(re.compile(r"/admin/$"))

    return log_in
