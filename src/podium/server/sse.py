"""Server-sent events: frame encoding and a streaming response with keep-alive."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from starlette.responses import StreamingResponse

from podium.server.encoding import dumps
from podium.server.gzip_stream import gzip_frames

SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no", "Connection": "keep-alive"}


def data_frame(message: Any) -> bytes:
    return b"data: " + dumps(message) + b"\n\n"


def event_frame(event: str, data: Any) -> bytes:
    return b"event: " + event.encode() + b"\ndata: " + dumps(data) + b"\n\n"


def sse_response(frames: AsyncIterator[bytes], accept_encoding: str = "") -> StreamingResponse:
    """A stream of frames; gzip-compressed when the client accepts it (browsers and
    httpx do). Successive messages repeat the same keys and ids, so a token stream
    shrinks several times; every chunk is flushed, so nothing waits in the compressor."""
    if not _accepts_gzip(accept_encoding):
        return StreamingResponse(frames, media_type="text/event-stream", headers=SSE_HEADERS)
    headers = {**SSE_HEADERS, "Content-Encoding": "gzip", "Vary": "Accept-Encoding"}
    return StreamingResponse(gzip_frames(frames), media_type="text/event-stream", headers=headers)


def _accepts_gzip(accept_encoding: str) -> bool:
    for item in accept_encoding.lower().split(","):
        name, _, params = item.strip().partition(";")
        if name.strip() == "gzip":
            return params.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False
