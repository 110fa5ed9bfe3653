"""A minimal asyncio HTTP/1.1 client for the load generator's hot path.

httpx costs the client 4-25 ms of CPU per call at 1-64 concurrent clients on this kind
of machine (its pool grows slower as connections grow), which made the load generator,
not the server, the bottleneck. This client does only what the benchmark needs:
keep-alive connections to 127.0.0.1, ``Content-Length`` and chunked bodies, and SSE
read line by line as it arrives.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable


class HTTPError(RuntimeError):
    """Malformed response or closed connection."""


class Connection:
    """One keep-alive HTTP/1.1 connection; one request at a time."""

    def __init__(self, host: str, port: int) -> None:
        self.host = host
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self._remaining: int | None = None  # bytes left in a Content-Length body
        self._chunked = False
        self._until_close = False
        self._keep_alive = True

    async def _connect(self) -> None:
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None

    async def request(
        self, method: str, target: str, body: bytes = b"", content_type: str = "application/json"
    ) -> int:
        """Send a request and read the status line and headers; returns the status code."""
        for attempt in (0, 1):
            if self.writer is None:
                await self._connect()
            assert self.reader is not None and self.writer is not None
            head = f"{method} {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nAccept: */*\r\n"
            if method == "POST":
                head += f"Content-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
            self.writer.write(head.encode("latin-1") + b"\r\n" + body)
            try:
                status_line = await self.reader.readline()
            except ConnectionError:
                status_line = b""
            if status_line:
                break
            self.close()  # the server dropped an idle keep-alive connection: retry once
            if attempt:
                raise HTTPError("connection closed before a response")
        return await self._read_head(method, status_line)

    async def post_parts(
        self, target: str, parts: Iterable[bytes], length: int, content_type: str
    ) -> int:
        """POST a large body given as pieces (written with flow control) on a fresh
        connection, so a big upload never sits whole in the client's memory."""
        self.close()
        await self._connect()
        assert self.reader is not None and self.writer is not None
        head = (
            f"POST {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nAccept: */*\r\n"
            f"Content-Type: {content_type}\r\nContent-Length: {length}\r\n\r\n"
        )
        self.writer.write(head.encode("latin-1"))
        for part in parts:
            self.writer.write(part)
            await self.writer.drain()
        status_line = await self.reader.readline()
        if not status_line:
            self.close()
            raise HTTPError("connection closed before a response")
        return await self._read_head("POST", status_line)

    async def _read_head(self, method: str, status_line: bytes) -> int:
        reader = self.reader
        assert reader is not None
        parts = status_line.split(b" ", 2)
        if len(parts) < 2 or not parts[0].startswith(b"HTTP/1."):
            self.close()
            raise HTTPError(f"bad status line {status_line!r}")
        status = int(parts[1])
        length: int | None = None
        chunked = False
        keep_alive = parts[0] == b"HTTP/1.1"
        while True:
            line = await reader.readline()
            if line in (b"\r\n", b"\n", b""):
                break
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            value = value.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"transfer-encoding" and b"chunked" in value:
                chunked = True
            elif name == b"connection":
                keep_alive = value == b"keep-alive" or (keep_alive and value != b"close")
        self._chunked = chunked
        self._remaining = None if chunked else length
        self._until_close = not chunked and length is None and method != "HEAD"
        if status in (204, 304) or method == "HEAD":
            self._remaining, self._until_close = 0, False
        self._keep_alive = keep_alive
        return status

    async def chunks(self) -> AsyncIterator[bytes]:
        """The response body, piece by piece as it arrives."""
        reader = self.reader
        assert reader is not None
        if self._chunked:
            while True:
                size_line = await reader.readline()
                if not size_line:
                    raise HTTPError("connection closed inside a chunked body")
                size = int(size_line.split(b";", 1)[0], 16)
                if size == 0:
                    while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    break
                data = await reader.readexactly(size + 2)
                yield data[:-2]
        elif self._remaining is not None:
            while self._remaining > 0:
                data = await reader.read(min(self._remaining, 65536))
                if not data:
                    raise HTTPError("connection closed inside a body")
                self._remaining -= len(data)
                yield data
        elif self._until_close:
            while data := await reader.read(65536):
                yield data
            self._keep_alive = False
        if not self._keep_alive:
            self.close()

    async def body(self) -> bytes:
        return b"".join([chunk async for chunk in self.chunks()])

    async def lines(self) -> AsyncIterator[bytes]:
        """The body split into lines (for SSE), each without its line ending."""
        pending = b""
        async for chunk in self.chunks():
            pending += chunk
            *complete, pending = pending.split(b"\n")
            for line in complete:
                yield line.rstrip(b"\r")
        if pending:
            yield pending
