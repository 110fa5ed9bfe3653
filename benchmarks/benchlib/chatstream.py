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
import zlib
from typing import Any
from urllib.parse import urlsplit

from benchlib.browser import HeadlessChromium

LAST_TOKEN = "tok1999"


def _request(host: str, port: int, method: str, path: str, body: bytes | None = None) -> socket.socket:
    sock = socket.create_connection((host, port), timeout=600)
    # The headers httpx (and so gradio_client) sends by default, compression included.
    head = (
        f"{method} {path} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n"
        "Accept: */*\r\nAccept-Encoding: gzip, deflate\r\nUser-Agent: python-httpx/0.28.1\r\n"
    )
    if body is not None:
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    sock.sendall(head.encode() + b"\r\n" + (body or b""))
    return sock


class _Body:
    """An HTTP/1.1 response read incrementally: headers, then the body de-chunked and
    decompressed. `wire_bytes` counts everything received from the socket."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.wire_bytes = 0
        self._raw = b""
        self.status = 0
        self._chunked = False
        self._decoder: Any = None
        self._headers_done = False
        self._need = 0  # bytes left in the current chunk
        self.done = False

    def _read_headers(self) -> None:
        while b"\r\n\r\n" not in self._raw:
            self._recv()
        head, self._raw = self._raw.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        self.status = int(lines[0].split()[1])
        headers = {k.strip().lower(): v.strip().lower() for k, _, v in (line.partition(":") for line in lines[1:])}
        self._chunked = headers.get("transfer-encoding") == "chunked"
        encoding = headers.get("content-encoding", "")
        if encoding == "gzip":
            self._decoder = zlib.decompressobj(31)
        elif encoding == "deflate":
            self._decoder = zlib.decompressobj()
        elif encoding:
            raise RuntimeError(f"unexpected content-encoding {encoding}")
        self._headers_done = True

    def _recv(self) -> None:
        chunk = self.sock.recv(65536)
        if not chunk:
            self.done = True
            raise EOFError
        self.wire_bytes += len(chunk)
        self._raw += chunk

    def read(self) -> bytes:
        """The next piece of decoded body (b"" at the end)."""
        if not self._headers_done:
            self._read_headers()
        payload = b""
        try:
            if not self._raw:
                self._recv()
            if self._chunked:
                while True:
                    if self._need == 0:
                        if b"\r\n" not in self._raw:
                            break
                        size_line, rest = self._raw.split(b"\r\n", 1)
                        size = int(size_line.split(b";")[0] or b"0", 16)
                        if size == 0:
                            self.done = True
                            break
                        self._raw, self._need = rest, size + 2  # data + CRLF
                    take = self._raw[: self._need]
                    self._raw = self._raw[self._need :]
                    self._need -= len(take)
                    payload += take[:-2] if self._need == 0 else take
                    if self._need and not self._raw:
                        break
                # A CRLF split across reads: drop what was counted as data.
                if payload.endswith(b"\r") and self._need == 1:
                    payload = payload[:-1]
            else:
                payload, self._raw = self._raw, b""
        except EOFError:
            pass
        return self._decoder.decompress(payload) if self._decoder is not None else payload


def client_stream(url: str, fn_index: int, message: str = "hello") -> dict[str, Any]:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    session = uuid.uuid4().hex[:10]
    payload = json.dumps({"data": [message, None], "fn_index": fn_index, "session_hash": session}).encode()
    started = time.perf_counter()
    join = _Body(_request(host, port, "POST", "/gradio_api/queue/join", payload))
    while not join.done:
        join.read()
    join.sock.close()
    if join.status != 200:
        raise RuntimeError(f"join failed with HTTP {join.status}")
    body = _Body(_request(host, port, "GET", f"/gradio_api/queue/data?session_hash={session}"))
    first: float | None = None
    chunks = 0
    buffer = b""
    final: Any = None
    while final is None and not body.done:
        buffer += body.read()
        while final is None and b"\n\n" in buffer:
            frame, buffer = buffer.split(b"\n\n", 1)
            line = frame.rsplit(b"data: ", 1)[-1]
            if b'"process_generating"' in line:
                chunks += 1
                if first is None:
                    first = time.perf_counter()
            elif b'"process_completed"' in line:
                final = json.loads(line)
    ended = time.perf_counter()
    body.sock.close()
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
        "bytes": join.wire_bytes + body.wire_bytes,
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


class ChatBrowser(HeadlessChromium):
    """One Chromium for all the chat runs of a figure."""

    def stream(self, url: str, timeout_s: float = 600) -> dict[str, Any]:
        assert self._browser is not None
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
