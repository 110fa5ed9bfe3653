"""A real browser: Debian's chromium driven by Playwright (never a downloaded build)."""

from __future__ import annotations

import time
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Request,
    Response,
    sync_playwright,
)

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "screenshots"


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), "browser tests need Debian's chromium: apt-get install chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    # Keeps each phase's report on the test, so the page fixture knows whether it failed.
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    with watched_page(browser.new_context(viewport={"width": 1100, "height": 760}), request) as page:
        yield page


@contextmanager
def watched_page(context: BrowserContext, request: pytest.FixtureRequest, timeout_ms: int = 10_000) -> Iterator[Page]:
    """A new page of `context` (closed afterwards). A JavaScript error on it fails the test,
    and a failed test prints what the page said and asked the server: a failure that
    happens only now and then shows where it stopped."""
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    started = time.monotonic()
    log: list[str] = []

    def note(line: str) -> None:
        log.append(f"{time.monotonic() - started:7.3f}s {line}")

    def console(msg: ConsoleMessage) -> None:
        note(f"console.{msg.type}: {msg.text}")

    def sent(r: Request) -> None:
        if "/gradio_api/" in r.url:
            note(f"-> {r.method} {r.url}")

    def answered(r: Response) -> None:
        if "/gradio_api/" in r.url:
            note(f"<- {r.status} {r.request.method} {r.url}")

    def failed(r: Request) -> None:
        note(f"!! {r.method} {r.url}: {r.failure}")

    page.on("console", console)
    page.on("request", sent)
    page.on("response", answered)
    page.on("requestfailed", failed)
    page.set_default_timeout(timeout_ms)
    try:
        yield page
    finally:
        context.close()
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        print("page log (console, API requests):", *log[-200:], sep="\n  ")
    assert not errors, f"JavaScript errors on the page: {errors}"


def screenshot(page: Page, name: str) -> Path:
    """Saves a screenshot under test-results/screenshots for a human to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
