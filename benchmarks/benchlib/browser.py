"""First page load in headless Chromium: bytes on the wire, requests, input visible.

Every load uses a fresh browser context (empty cache). Bytes are Chromium's own
``encodedDataLength`` (headers + compressed body as received) summed over the page's
requests, read through the DevTools protocol. Chromium is told to resolve no host name
at all, so a page that asks for third-party assets (web fonts, CDNs) gets failed
requests - counted, but never sent off this machine.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, TypeVar

from playwright.sync_api import Browser, Playwright, sync_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
]

# Records performance.now() (ms since navigation start) at the first animation frame
# where a text input is visible by Playwright's definition: a non-empty box and not
# visibility:hidden (opacity is not looked at).
WATCH_INPUT = """
(() => {
  const sel = 'textarea, input[type="text"], input:not([type])';
  const check = () => {
    for (const el of document.querySelectorAll(sel)) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && el.checkVisibility({visibilityProperty: true})) {
        window.__benchInputVisible = performance.now();
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();
"""


@dataclass
class _Request:
    url: str
    kind: str = ""
    status: int = 0
    bytes: float = 0.0
    finished: bool = False
    failed: str = ""


@dataclass
class _Recorder:
    requests: dict[str, _Request] = field(default_factory=dict)
    last_activity: float = field(default_factory=time.perf_counter)

    def on_sent(self, event: dict[str, Any]) -> None:
        url = event["request"]["url"]
        if url.startswith(("data:", "blob:")):
            return
        self.requests[event["requestId"]] = _Request(url=url, kind=event.get("type", ""))
        self.last_activity = time.perf_counter()

    def on_response(self, event: dict[str, Any]) -> None:
        if (req := self.requests.get(event["requestId"])) is not None:
            req.status = event["response"]["status"]

    def on_data(self, event: dict[str, Any]) -> None:
        if (req := self.requests.get(event["requestId"])) is not None and not req.finished:
            req.bytes += event.get("encodedDataLength", 0)

    def on_finished(self, event: dict[str, Any]) -> None:
        if (req := self.requests.get(event["requestId"])) is not None:
            req.bytes = max(req.bytes, event["encodedDataLength"])
            req.finished = True
        self.last_activity = time.perf_counter()

    def on_failed(self, event: dict[str, Any]) -> None:
        if (req := self.requests.get(event["requestId"])) is not None:
            req.failed = event.get("errorText", "failed")
            req.finished = True
        self.last_activity = time.perf_counter()

    def listen(self, cdp: Any) -> None:
        """Record the network events of a DevTools session from now on."""
        cdp.on("Network.requestWillBeSent", self.on_sent)
        cdp.on("Network.responseReceived", self.on_response)
        cdp.on("Network.dataReceived", self.on_data)
        cdp.on("Network.loadingFinished", self.on_finished)
        cdp.on("Network.loadingFailed", self.on_failed)
        cdp.send("Network.enable")


_Session = TypeVar("_Session", bound="HeadlessChromium")


class HeadlessChromium:
    """Debian's Chromium, started once for all the runs of a figure (a context manager)."""

    def __init__(self) -> None:
        self._pw: Playwright | None = None
        self._browser: Browser | None = None

    def __enter__(self: _Session) -> _Session:
        self._pw = sync_playwright().start()
        self._browser = self._pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._browser is not None:
            self._browser.close()
        if self._pw is not None:
            self._pw.stop()


class PageLoader(HeadlessChromium):
    """One headless Chromium for all page loads of a run."""

    def load(self, url: str, quiet: float = 1.0, timeout: float = 20.0) -> dict[str, Any]:
        """Open ``url`` in a fresh context; wait for the input and network quiet."""
        assert self._browser is not None
        context = self._browser.new_context(viewport={"width": 1280, "height": 800})
        try:
            page = context.new_page()
            page.add_init_script(WATCH_INPUT)
            cdp = context.new_cdp_session(page)
            rec = _Recorder()
            rec.listen(cdp)
            cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
            page.goto(url, wait_until="commit")
            deadline = time.perf_counter() + timeout
            visible_ms: float | None = None
            while time.perf_counter() < deadline:
                if visible_ms is None:
                    visible_ms = page.evaluate("window.__benchInputVisible ?? null")
                if visible_ms is not None and time.perf_counter() - rec.last_activity > quiet:
                    break
                page.wait_for_timeout(50)
            timing = page.evaluate(
                "(() => { const n = performance.getEntriesByType('navigation')[0];"
                " return n ? {dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd} : {}; })()"
            )
        finally:
            context.close()
        reqs = list(rec.requests.values())
        return {
            "bytes": sum(r.bytes for r in reqs),
            "requests": len(reqs),
            "failed_requests": sum(1 for r in reqs if r.failed),
            "open_requests": sum(1 for r in reqs if not r.finished),
            "input_visible_ms": visible_ms,
            "dom_content_loaded_ms": timing.get("dcl"),
            "load_event_ms": timing.get("load"),
            "detail": [
                {
                    "url": r.url,
                    "type": r.kind,
                    "status": r.status,
                    "bytes": r.bytes,
                    "failed": r.failed,
                    "finished": r.finished,
                }
                for r in reqs
            ],
        }
