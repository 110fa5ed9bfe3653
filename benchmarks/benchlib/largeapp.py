"""Large app in Chromium: first load, time to interactive, first switch to a tab.

Each run is a fresh browser context (empty cache) on an already-warm server. The page
measures itself: a script injected before the app's own code takes `performance.now()`
at animation frames, clicks, switches the tab, and hands its marks back through a
DevTools binding. Nothing of Playwright runs inside the page while it is measured:
`wait_for_function` and `evaluate` would inject and run Playwright's utility script on
the page's main thread, in the middle of the load: on this machine that added
110-200 ms to Podium's figures and nothing measurable to Gradio's. The same script runs
against both frameworks and finds elements only by their visible text:

* ``first_load_ms``: navigation start until the last field of the first tab's open
  accordion ("T0 field 13") is visible;
* ``interactive_ms``: navigation start until a click on "Run 0" has shown "done 0" (the
  page clicks the button every 100 ms until one works: rendered *and* wired up);
* ``tab_switch_ms``: a click on "Tab 9" (never shown before) until "T9 field 13" is
  visible. ``settle_ms`` after the page became interactive: a second, as a user who
  looks at the page before switching (the headline figure), or 0, straight after, while
  the page may still be finishing its load. The time the script spends in its own text
  search after the click is not counted (it is reported as ``tab_switch_search_ms``).
"""

from __future__ import annotations

import json
import time
from typing import Any

from benchlib.browser import HeadlessChromium

WATCH = """
(() => {
  // XPath finds an element by its own text inside the browser engine: scanning every
  // element's textContent from script each frame would cost more than what is measured.
  // Time spent in that search after the tab is clicked is the harness's, not the page's:
  // it is taken off the switch (the style and layout the visibility check forces are kept).
  let searchMs = 0;
  const shown = (text, xpath = `//*[normalize-space(text())=${JSON.stringify(text)}]`) => {
    const searchStart = performance.now();
    const found = document.evaluate(xpath, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
    searchMs += performance.now() - searchStart;
    for (let i = 0; i < found.snapshotLength; i++) {
      const el = found.snapshotItem(i);
      if (el.getBoundingClientRect().width > 0 && el.checkVisibility()) return el;
    }
    return null;
  };
  const marks = (window.__large = {});
  const report = () => window.__largeDone && window.__largeDone(JSON.stringify(marks));
  const switchTab = () => {
    // The real tab (Gradio also keeps a visually-hidden copy of its tab bar for sizing).
    const tab = shown('Tab 9', `//*[@role="tab"][normalize-space(.)="Tab 9"]`);
    if (!tab) { marks.error = 'no tab "Tab 9"'; return report(); }
    const start = performance.now();
    searchMs = 0;
    tab.click();
    // Looked for from the next frame on (none can show the new tab before it), so the
    // search does not run between the click and the page's own reaction to it.
    const wait = () => {
      if (shown('T9 field 13')) {
        marks.tabSwitch = performance.now() - start - searchMs;
        marks.tabSwitchSearch = searchMs;
        return report();
      }
      if (performance.now() - start > 30000) { marks.error = '"T9 field 13" never appeared'; return report(); }
      requestAnimationFrame(wait);
    };
    requestAnimationFrame(wait);
  };
  let lastClick = 0;
  const tick = () => {
    const now = performance.now();
    if (marks.firstLoad === undefined && shown('T0 field 13')) marks.firstLoad = now;
    if (marks.interactive === undefined) {
      if ([...document.querySelectorAll('textarea, input')].some((e) => e.value === 'done 0')) {
        marks.interactive = now;
      } else if (now - lastClick > 100) {
        const button = shown('Run 0', `//button[normalize-space(.)="Run 0"]`);
        if (button) { lastClick = now; button.click(); }
      }
    }
    if (marks.interactive === undefined || marks.firstLoad === undefined) requestAnimationFrame(tick);
    else setTimeout(switchTab, SETTLE_MS);
  };
  requestAnimationFrame(tick);
})();
"""


class LargeAppBrowser(HeadlessChromium):
    def measure(self, url: str, settle_ms: int = 1000, timeout_s: float = 60.0) -> dict[str, Any]:
        assert self._browser is not None
        context = self._browser.new_context(viewport={"width": 1280, "height": 900})
        try:
            page = context.new_page()
            cdp = context.new_cdp_session(page)
            reports: list[dict[str, Any]] = []
            cdp.on("Runtime.bindingCalled", lambda event: reports.append(json.loads(event["payload"])))
            cdp.send("Page.enable")  # else the script below is not run on the new document
            cdp.send("Runtime.enable")
            cdp.send("Runtime.addBinding", {"name": "__largeDone"})
            cdp.send("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH.replace("SETTLE_MS", str(int(settle_ms)))})
            page.goto(url, wait_until="commit")
            deadline = time.perf_counter() + timeout_s
            while not reports:
                if time.perf_counter() > deadline:
                    raise RuntimeError(f"the large app did not finish loading and switching within {timeout_s:.0f} s")
                page.wait_for_timeout(50)  # sleeps in the driver (and lets CDP events in): nothing runs in the page
            marks = reports[0]
            if "error" in marks:
                raise RuntimeError(marks["error"])
            return {
                "first_load_ms": marks["firstLoad"],
                "interactive_ms": marks["interactive"],
                "tab_switch_ms": marks["tabSwitch"],
                "tab_switch_search_ms": marks["tabSwitchSearch"],
                "settle_ms": settle_ms,
            }
        finally:
            context.close()
