"""A gzip-compressed stream of SSE frames, each readable as soon as it is sent.

Small frames (status messages, tokens) share one level-6 compressor, whose history makes
their repeated keys and ids cost a few bytes each; every frame is sync-flushed so nothing
waits in the compressor. A large frame (a 100,000-row table is 15 MB of JSON) would
hold the event loop for about a second at level 6, so it is cut into slices that worker
threads compress at level 1, two at a time, each with a fresh compressor; the browser
receives the first slices while later ones are still being compressed.

One stream may hold deflate blocks from many compressors: a sync flush ends on a byte
boundary, and a fresh compressor never refers back past its own start. The gzip
container (RFC 1952: header, raw deflate data, CRC-32 and length) is therefore written
here rather than by zlib, which would tie the stream to a single compressor.
"""

from __future__ import annotations

import asyncio
import struct
import zlib
from collections import deque
from collections.abc import AsyncIterator
from typing import Any

LARGE_FRAME = 256 * 1024
SLICE = 1024 * 1024
_SMALL_LEVEL, _LARGE_LEVEL = 6, 1
_PARALLEL_SLICES = 2
_GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"  # deflate, no name, no mtime, unknown OS


def _raw_deflate(level: int) -> Any:
    return zlib.compressobj(level, zlib.DEFLATED, -15)


def _deflate_slice(data: memoryview) -> bytes:
    """A self-contained run of deflate blocks (fresh history, sync-flushed, not final)."""
    compressor = _raw_deflate(_LARGE_LEVEL)
    return compressor.compress(data) + compressor.flush(zlib.Z_SYNC_FLUSH)


async def _deflate_large(frame: bytes) -> AsyncIterator[bytes]:
    view = memoryview(frame)
    running: deque[asyncio.Future[bytes]] = deque()
    try:
        for start in range(0, len(frame), SLICE):
            running.append(asyncio.ensure_future(asyncio.to_thread(_deflate_slice, view[start:start + SLICE])))
            if len(running) >= _PARALLEL_SLICES:
                yield await running.popleft()
        while running:
            yield await running.popleft()
    finally:
        for future in running:  # the client went away: no one will read these
            future.cancel()


async def gzip_frames(frames: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    crc, size = 0, 0
    compressor = _raw_deflate(_SMALL_LEVEL)
    yield _GZIP_HEADER
    async for frame in frames:
        crc, size = zlib.crc32(frame, crc), size + len(frame)
        if len(frame) < LARGE_FRAME:
            yield compressor.compress(frame) + compressor.flush(zlib.Z_SYNC_FLUSH)
            continue
        async for piece in _deflate_large(frame):
            yield piece
        # The old compressor's back-references would now point into the large frame.
        compressor = _raw_deflate(_SMALL_LEVEL)
    yield compressor.flush(zlib.Z_FINISH) + struct.pack("<II", crc, size & 0xFFFFFFFF)
