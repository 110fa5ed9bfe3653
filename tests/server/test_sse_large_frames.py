"""Large outputs on a gzip-compressed event stream: a frame over LARGE_FRAME is compressed
in slices by fresh compressors, and the stream must stay one valid gzip stream that
decodes frame by frame (small messages before and after it included)."""

from __future__ import annotations

import asyncio
import gzip
import json
import zlib
from collections.abc import AsyncIterator

import podium as gr
from podium.server.gzip_stream import LARGE_FRAME, SLICE, gzip_frames
from tests.server.conftest import completed


def _compress(frames: list[bytes]) -> list[bytes]:
    async def source() -> AsyncIterator[bytes]:
        for frame in frames:
            yield frame

    async def collect() -> list[bytes]:
        return [chunk async for chunk in gzip_frames(source())]

    return asyncio.run(collect())


def test_small_large_small_frames_decode_as_one_gzip_stream() -> None:
    large = b"data: " + b"0123456789abcdef" * ((2 * SLICE + LARGE_FRAME) // 16) + b"\n\n"  # three slices
    frames = [b'data: {"msg":"estimation"}\n\n', large, b'data: {"msg":"heartbeat"}\n\n', large, b"data: end\n\n"]
    body = b"".join(_compress(frames))
    assert gzip.decompress(body) == b"".join(frames)  # CRC and length trailer check out
    assert len(body) < len(large) // 10  # still compressed


def test_each_frame_can_be_read_as_soon_as_its_chunks_arrive() -> None:
    large = bytes(range(256)) * ((SLICE + LARGE_FRAME) // 256) + b"\n\n"
    frames = [b"data: first\n\n", large, b"data: after the large one\n\n", b"data: last\n\n"]
    chunks = _compress(frames)
    reader = zlib.decompressobj(31)
    received = b""
    wanted = iter(frames)
    expected = next(wanted)
    seen = b""
    for chunk in chunks:
        received += reader.decompress(chunk)
        while expected is not None and received.startswith(seen + expected):
            seen += expected  # this frame is readable without waiting for later ones
            expected = next(wanted, None)
    assert expected is None and received == b"".join(frames) and reader.eof


def test_a_large_output_reaches_the_session_stream_intact(client_for) -> None:
    text = "word " * (LARGE_FRAME // 2)  # about 650 KB of JSON

    with gr.Blocks() as demo:
        button = gr.Button()
        box = gr.Textbox()
        button.click(lambda: text, None, box)

    client = client_for(demo)
    joined = client.post("/gradio_api/queue/join", json={"data": [], "fn_index": 0, "session_hash": "big"})
    assert joined.status_code == 200
    messages = []
    with client.stream("GET", "/gradio_api/queue/data?session_hash=big", headers={"accept-encoding": "gzip"}) as response:
        assert response.headers["content-encoding"] == "gzip"
        messages = [json.loads(line[6:]) for line in response.iter_lines() if line.startswith("data: ")]
    assert completed(messages)["output"]["data"] == [text]
