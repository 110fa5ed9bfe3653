"""Media load generator (asyncio, raw HTTP/1.1), run as its own process.

``python -m benchlib.mediaload '<json spec>'`` (cwd ``benchmarks/``) prints one JSON
object. Two modes:

* ``roundtrip``: ``concurrency`` closed-loop clients each upload a PNG
  (``POST /gradio_api/upload``, multipart), call the identity endpoint with the
  returned path as FileData (``POST /gradio_api/call/{api}`` + the SSE result), then
  download the output file (``GET`` its URL). One round trip = those four requests.
* ``upload``: one ``POST /gradio_api/upload`` of a ``size_mb`` file of random bytes,
  streamed from disk in 1 MiB pieces, while a thread samples the server's RSS
  every ``sample_ms`` from /proc.

Server CPU time (all threads and children) is read from /proc around the measured span.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import orjson

from benchlib.procs import PAGE_SIZE, cpu_seconds, process_tree
from benchlib.rawhttp import Connection

PIECE = 1 << 20


class CallError(RuntimeError):
    """The server answered with an error or an unexpected shape."""


def _multipart_head(boundary: str, filename: str, mime: str) -> bytes:
    return (
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; '
        f'filename="{filename}"\r\nContent-Type: {mime}\r\n\r\n'
    ).encode()


async def upload(conn: Connection, path: Path, mime: str, stream: bool = False) -> str:
    """Upload one file; returns the server-side path."""
    boundary = uuid.uuid4().hex
    head = _multipart_head(boundary, path.name, mime)
    tail = f"\r\n--{boundary}--\r\n".encode()
    ctype = f"multipart/form-data; boundary={boundary}"
    size = path.stat().st_size
    if stream:

        def pieces() -> Any:
            yield head
            with path.open("rb") as fh:
                while piece := fh.read(PIECE):
                    yield piece
            yield tail

        status = await conn.post_parts(
            "/gradio_api/upload", pieces(), len(head) + size + len(tail), ctype
        )
    else:
        status = await conn.request(
            "POST", "/gradio_api/upload", head + path.read_bytes() + tail, ctype
        )
    body = await conn.body()
    if status != 200:
        raise CallError(f"upload: HTTP {status} {body[:200]!r}")
    paths = orjson.loads(body)
    return str(paths[0])


async def call(conn: Connection, api: str, data: list[Any]) -> Any:
    """REST route: POST the call, read its SSE stream; returns the output data."""
    status = await conn.request("POST", f"/gradio_api/call/{api}", orjson.dumps({"data": data}))
    body = await conn.body()
    if status != 200:
        raise CallError(f"call: HTTP {status} {body[:200]!r}")
    event_id = orjson.loads(body)["event_id"]
    status = await conn.request("GET", f"/gradio_api/call/{api}/{event_id}")
    event, result = "", None
    async for line in conn.lines():
        if line.startswith(b"event:"):
            event = line[6:].strip().decode()
        elif line.startswith(b"data:") and event in ("complete", "error"):
            if event == "error":
                raise CallError(f"call error: {line[:300]!r}")
            result = orjson.loads(line[5:])
    if result is None:
        raise CallError(f"call: no complete event (HTTP {status})")
    return result


async def download(conn: Connection, url: str) -> int:
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    status = await conn.request("GET", target)
    size = 0
    first = b""
    async for chunk in conn.chunks():
        if not first:
            first = chunk[:8]
        size += len(chunk)
    if status != 200:
        raise CallError(f"download {target}: HTTP {status}")
    if not first.startswith(b"\x89PNG"):
        raise CallError(f"download {target}: not a PNG ({first!r})")
    return size


async def roundtrip(spec: dict[str, Any]) -> dict[str, Any]:
    host, port = urlsplit(spec["url"]).hostname, urlsplit(spec["url"]).port
    image = Path(spec["image"])
    api = spec["api"]
    pid = spec["server_pid"]
    state = {"measuring": False, "stop": False}
    lat: list[float] = []
    errors: list[str] = []
    sizes: list[int] = []

    async def worker() -> None:
        conn = Connection(host or "127.0.0.1", port or 80)
        while not state["stop"]:
            started = time.perf_counter()
            try:
                path = await upload(conn, image, "image/png")
                out = await call(conn, api, [{"path": path, "meta": {"_type": "gradio.FileData"}}])
                sizes.append(await download(conn, out[0]["url"]))
            except Exception as exc:  # noqa: BLE001 - counted and sampled
                conn.close()
                if state["measuring"]:
                    errors.append(f"{type(exc).__name__}: {exc}"[:300])
                await asyncio.sleep(0.05)
                continue
            if state["measuring"] and not state["stop"]:
                lat.append(time.perf_counter() - started)
        conn.close()

    tasks = [asyncio.create_task(worker()) for _ in range(spec["concurrency"])]
    await asyncio.sleep(spec["warmup"])
    state["measuring"] = True
    cpu0, client0, t0 = cpu_seconds(pid), time.process_time(), time.perf_counter()
    await asyncio.sleep(spec["duration"])
    state["stop"] = True
    elapsed = time.perf_counter() - t0
    cpu1, client1 = cpu_seconds(pid), time.process_time()
    await asyncio.wait(tasks, timeout=120)
    done = len(lat)
    lat_ms = sorted(x * 1000 for x in lat)
    return {
        "completed": done,
        "errors": len(errors),
        "error_samples": errors[:3],
        "elapsed_s": elapsed,
        "rps": done / elapsed,
        "mb_per_s_each_way": done * image.stat().st_size / 1e6 / elapsed,
        "p50_ms": statistics.median(lat_ms) if lat_ms else None,
        "p99_ms": lat_ms[min(len(lat_ms) - 1, int(len(lat_ms) * 0.99))] if lat_ms else None,
        "server_cpu_per_rt_ms": (cpu1 - cpu0) * 1000 / done if done else None,
        "client_cpu_per_rt_ms": (client1 - client0) * 1000 / done if done else None,
        "image_bytes": image.stat().st_size,
        "downloaded_bytes": sizes[-1] if sizes else None,
    }


def _rss(pids: list[int]) -> int:
    total = 0
    for proc in pids:
        try:
            with open(f"/proc/{proc}/statm", "rb") as fh:
                total += int(fh.read().split()[1]) * PAGE_SIZE
        except OSError:
            continue
    return total


async def big_upload(spec: dict[str, Any]) -> dict[str, Any]:
    host, port = urlsplit(spec["url"]).hostname, urlsplit(spec["url"]).port
    path = Path(spec["file"])
    pids = process_tree(spec["server_pid"])  # once: scanning /proc every 20 ms costs CPU
    samples: list[tuple[float, int]] = []
    stop = threading.Event()

    def sampler() -> None:
        interval = spec.get("sample_ms", 20) / 1000
        while not stop.is_set():
            samples.append((time.perf_counter(), _rss(pids)))
            stop.wait(interval)

    base = _rss(pids)
    conn = Connection(host or "127.0.0.1", port or 80)
    thread = threading.Thread(target=sampler, daemon=True)
    cpu0 = cpu_seconds(spec["server_pid"])
    thread.start()
    t0 = time.perf_counter()
    server_path = await upload(conn, path, "application/octet-stream", stream=True)
    elapsed = time.perf_counter() - t0
    time.sleep(0.2)  # catch any growth right after the answer
    stop.set()
    thread.join()
    cpu1 = cpu_seconds(spec["server_pid"])
    conn.close()
    stored = os.path.getsize(server_path) if os.path.exists(server_path) else None
    peak = max(rss for _, rss in samples)
    return {
        "size_mb": path.stat().st_size / 2**20,
        "elapsed_s": elapsed,
        "mb_per_s": path.stat().st_size / 1e6 / elapsed,
        "base_rss_mb": base / 2**20,
        "peak_rss_mb": peak / 2**20,
        "peak_growth_mb": (peak - base) / 2**20,
        "samples": len(samples),
        "server_cpu_s": cpu1 - cpu0,
        "stored_bytes": stored,
        "stored_ok": stored == path.stat().st_size,
    }


def main() -> None:
    spec = json.loads(sys.argv[1])
    run = roundtrip if spec["mode"] == "roundtrip" else big_upload
    print(json.dumps(asyncio.run(run(spec))))


if __name__ == "__main__":
    main()
