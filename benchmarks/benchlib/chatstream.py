"""The chat figures: one 2,000-token reply, measured at a client and in Chromium.

Client: the app's public endpoint (``/reply``, what gradio_client calls) over the
session protocol, on a raw socket so every byte the server sends is counted (headers
and chunk framing included). Time to first token runs from sending the join to the
first ``process_generating`` message; tokens/s is tokens over the time from the join
to ``process_completed``.

Browser: the app page in Chromium; type a message, press Enter, and record
``performance.now()`` at the Enter keydown and at the first animation frame in which
the last token is in the page (a rAF callback runs just before that frame is painted).
Bytes are Chromium's ``encodedDataLength`` of every response received meanwhile.
"""

from __future__ import annotations

import json
import socket
import time
import uuid
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import sync_playwright

from benchlib.browser import CHROMIUM, CHROMIUM_ARGS

LAST_TOKEN = "tok1999"


def _request(host: str, port: int, method: str, path: str, body: bytes | None = None) -> socket.socket:
    sock = socket.create_connection((host, port), timeout=120)
    head = f"{method} {path} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n"
    if body is not None:
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    sock.sendall(head.encode() + b"\r\n" + (body or b""))
    return sock


def client_stream(url: str, fn_index: int, message: str = "hello") -> dict[str, Any]:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    session = uuid.uuid4().hex[:10]
    payload = json.dumps({"data": [message, None], "fn_index": fn_index, "session_hash": session}).encode()
    started = time.perf_counter()
    join = _request(host, port, "POST", "/gradio_api/queue/join", payload)
    received = 0
    joined = b""
    while chunk := join.recv(65536):
        received += len(chunk)
        joined += chunk
    join.close()
    if b" 200 " not in joined.split(b"\r\n", 1)[0]:
        raise RuntimeError(f"join failed: {joined[:300]!r}")
    stream = _request(host, port, "GET", f"/gradio_api/queue/data?session_hash={session}")
    first: float | None = None
    chunks = 0
    buffer = b""
    done = False
    final: Any = None
    while not done and (chunk := stream.recv(65536)):
        received += len(chunk)
        buffer += chunk
        while b"\n\n" in buffer:
            frame, buffer = buffer.split(b"\n\n", 1)
            line = frame.rsplit(b"data: ", 1)[-1]
            if b'"process_generating"' in line:
                chunks += 1
                if first is None:
                    first = time.perf_counter()
            elif b'"process_completed"' in line:
                final = json.loads(line)
                done = True
                break
    ended = time.perf_counter()
    stream.close()
    if not final or not final.get("success"):
        raise RuntimeError(f"stream failed: {str(final)[:300]}")
    text = final["output"]["data"][0]
    if LAST_TOKEN not in str(text):
        raise RuntimeError("the reply is incomplete")
    total = ended - started
    return {
        "ttft_ms": ((first or ended) - started) * 1000,
        "duration_s": total,
        "tokens_per_s": 2000 / total,
        "generating_messages": chunks,
        "bytes": received,
    }


# Started when Enter goes down; stops at the first frame whose DOM has the last token.
WATCH_LAST_TOKEN = """
(token) => {
  window.__chatStart = null;
  window.__chatPainted = null;
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Enter" || window.__chatStart !== null) return;
    window.__chatStart = performance.now();
    const check = () => {
      if (document.body.textContent.includes(token)) window.__chatPainted = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, true);
}
"""


class ChatBrowser:
    """One Chromium for all the chat runs of a figure."""

    def __enter__(self) -> ChatBrowser:
        self._pw = sync_playwright().start()
        self._browser = self._pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        return self

    def __exit__(self, *exc: object) -> None:
        self._browser.close()
        self._pw.stop()

    def stream(self, url: str, timeout_s: float = 120) -> dict[str, Any]:
        context = self._browser.new_context(viewport={"width": 1280, "height": 800})
        try:
            page = context.new_page()
            page.goto(url)
            box = page.locator("textarea").first
            box.wait_for(state="visible", timeout=30_000)
            page.wait_for_timeout(500)  # both apps keep streams open: no "network idle"
            cdp = context.new_cdp_session(page)
            received = [0.0]
            cdp.on("Network.dataReceived", lambda e: received.__setitem__(0, received[0] + e.get("encodedDataLength", 0)))
            cdp.send("Network.enable")
            page.evaluate(WATCH_LAST_TOKEN, LAST_TOKEN)
            box.fill("hello")
            box.press("Enter")
            page.wait_for_function("window.__chatPainted !== null", timeout=timeout_s * 1000, polling=200)
            start, painted = page.evaluate("[window.__chatStart, window.__chatPainted]")
            page.wait_for_timeout(300)  # let the final message arrive for the byte count
            return {"last_paint_ms": painted - start, "bytes": received[0]}
        finally:
            context.close()
