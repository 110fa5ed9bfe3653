"""100,000 x 20 Dataframe in Chromium: time to first rows, scroll frame rate, bytes.

Same script for both frameworks; it finds things by their visible text only ("Load
table", "row-0"), never by framework-specific classes. Times come from inside the page
(`performance.now()`), so Playwright's round trips do not count.

* ``visible_ms``: a real (Playwright) click on "Load table" until a visible element
  reads "row-0" (the first row is on screen). The page records the click's time itself;
  the harness then asks it every 50 ms whether the row is shown, and the answer carries
  the page's own clock. (Polling inside the page at every animation frame, as the other
  figures do, never saw Gradio's rows: its page sat idle for 15 minutes, while the same
  page polled from outside showed them after about 50 s.) The answer comes when the
  page's main thread is free, so a page busy for seconds is timed to its first idle
  moment after the rows appear, at most ~50 ms late plus one check;
* ``scroll_fps``: frames per second while the table's scroller is moved 120 px every
  animation frame for ``SCROLL_SECONDS`` (the page asks for a frame each time; a slow
  table paints fewer of them);
* ``last_row_ms``: jumping the scroller to the bottom until "row-99999" is visible;
  ``rows_in_dom`` counts elements whose text starts with "row-" at that moment;
* ``bytes``: Chromium's ``encodedDataLength`` (headers + body as received, compressed
  if the server compressed it) of every response from the click until the last row's
  data has arrived.
"""

from __future__ import annotations

import time
from typing import Any

from benchlib.browser import HeadlessChromium, _Recorder

SCROLL_SECONDS = 3.0

SCRIPT = """
(() => {
  const shown = (text) => {
    const xpath = `//*[normalize-space(text())=${JSON.stringify(text)}]`;
    const found = document.evaluate(xpath, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
    for (let i = 0; i < found.snapshotLength; i++) {
      const el = found.snapshotItem(i);
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && el.checkVisibility()) return el;
    }
    return null;
  };
  const scrollerOf = (el) => {
    for (let node = el.parentElement; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (/(auto|scroll)/.test(style.overflowY) && node.scrollHeight > node.clientHeight + 10) return node;
    }
    return document.scrollingElement;
  };
  const waitFor = (test, limit = 900000) => new Promise((resolve, reject) => {
    const start = performance.now();
    const tick = () => {
      const found = test();
      if (found) return resolve(found);
      if (performance.now() - start > limit) return reject(new Error('timed out'));
      requestAnimationFrame(tick);
    };
    tick();
  });
  document.addEventListener('click', () => { window.__dfClickAt ??= performance.now(); }, { capture: true });
  // null until the first row is on screen, then the time since the click.
  window.__dfRowsShown = () => (window.__dfClickAt !== undefined && shown('row-0') ? performance.now() - window.__dfClickAt : null);
  window.__dfScroll = (seconds) => new Promise((resolve) => {
    const scroller = scrollerOf(shown('row-0'));
    let frames = 0;
    const start = performance.now();
    const step = () => {
      const now = performance.now();
      if (now - start >= seconds * 1000) return resolve({ fps: frames / ((now - start) / 1000), top: scroller.scrollTop });
      frames++;
      scroller.scrollTop += 120;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  window.__dfBottom = async () => {
    const scroller = scrollerOf(shown('row-0') ?? document.evaluate(`//*[starts-with(normalize-space(text()), 'row-')]`, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue);
    const start = performance.now();
    scroller.scrollTop = scroller.scrollHeight;
    try {
      await waitFor(() => shown('row-99999'), 60000);
    } catch {
      return { last_row_ms: null, rows_in_dom: null };  // never shown: reported as n/a
    }
    const rows = document.evaluate(`count(//*[starts-with(normalize-space(text()), 'row-') and not(*)])`, document, null, XPathResult.NUMBER_TYPE, null).numberValue;
    return { last_row_ms: performance.now() - start, rows_in_dom: rows };
  };
})();
"""


class DataframeBrowser(HeadlessChromium):
    @staticmethod
    def _wait_for_rows(page: Any, timeout_ms: float) -> float:
        deadline = time.perf_counter() + timeout_ms / 1000
        while time.perf_counter() < deadline:
            shown = page.evaluate("window.__dfRowsShown()")
            if shown is not None:
                return float(shown)
            time.sleep(0.05)
        raise RuntimeError(f'"row-0" not shown within {timeout_ms / 1000:.0f} s of the click')

    def measure(self, url: str, timeout_ms: float = 900_000) -> dict[str, Any]:
        assert self._browser is not None
        context = self._browser.new_context(viewport={"width": 1280, "height": 900})
        try:
            page = context.new_page()
            page.set_default_timeout(timeout_ms)
            page.add_init_script(SCRIPT)
            page.goto(url, wait_until="load")
            page.get_by_text("Load table", exact=True).wait_for()
            cdp = context.new_cdp_session(page)
            recorder = _Recorder()  # only what the click causes is counted
            recorder.listen(cdp)
            page.get_by_text("Load table", exact=True).click()
            visible_ms = self._wait_for_rows(page, timeout_ms)
            scrolled = page.evaluate(f"window.__dfScroll({SCROLL_SECONDS})")
            bottom = page.evaluate("window.__dfBottom()")
            deadline = time.perf_counter() + 5
            while time.perf_counter() - recorder.last_activity < 0.5 and time.perf_counter() < deadline:
                page.wait_for_timeout(100)
            return {
                "visible_ms": visible_ms,
                "scroll_fps": scrolled["fps"],
                "last_row_ms": bottom["last_row_ms"],
                "rows_in_dom": bottom["rows_in_dom"],
                "bytes": sum(r.bytes for r in recorder.requests.values()),
                "requests": [{"url": r.url, "bytes": r.bytes, "finished": r.finished} for r in recorder.requests.values()],
            }
        finally:
            context.close()
