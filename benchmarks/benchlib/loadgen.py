"""Closed-loop HTTP load generator (asyncio, raw HTTP/1.1), run as its own process.

``python -m benchlib.loadgen '<json spec>'`` (cwd ``benchmarks/``) prints one JSON
object. Each of ``concurrency`` workers calls the endpoint again as soon as its last
call finished, over one of the two Gradio routes:

* ``rest``: ``POST /gradio_api/call/{api}`` then ``GET /gradio_api/call/{api}/{id}`` (SSE).
* ``session``: ``POST /gradio_api/queue/join`` then ``GET /gradio_api/queue/data`` (SSE),
  one ``session_hash`` per worker, kept for the worker's life (as a browser tab does).

After ``warmup`` seconds the run is measured for ``duration`` seconds, split into
windows of ``window`` seconds; at each window edge the server's CPU time (all its
threads and children) and RSS are read from /proc. Only calls that complete inside the
measured span count.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import statistics
import sys
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import orjson

from benchlib.procs import cpu_seconds, rss_bytes
from benchlib.rawhttp import Connection, HTTPError

loads = orjson.loads  # orjson is a Podium dependency: always in Podium's venv
dumps = orjson.dumps


class CallError(RuntimeError):
    """The server answered a call with an error or an unexpected shape."""


@dataclass
class Spec:
    url: str
    server_pid: int
    route: str  # "rest" | "session"
    api: str
    fn_index: int
    concurrency: int
    duration: float
    warmup: float = 1.0
    window: float = 0.0  # 0 = one window spanning the whole duration
    data: list[Any] = field(default_factory=lambda: ["hello"])
    expect: str | None = None  # final value the call must return, if known


@dataclass
class Tally:
    measuring: bool = False
    completed: int = 0
    errors: int = 0
    tokens: int = 0
    latencies: list[float] = field(default_factory=list)
    error_samples: list[str] = field(default_factory=list)


def apply_edits(value: Any, edits: list[list[Any]]) -> Any:
    """Apply Gradio's streamed ``[op, path, value]`` edits to the previous value."""
    for op, path, new in edits:
        if not path:
            value = value + new if op == "append" else new
            continue
        target = value
        for key in path[:-1]:
            target = target[key]
        last = path[-1]
        if op == "replace" or (op == "add" and isinstance(target, dict)):
            target[last] = new
        elif op == "add":
            target.insert(last, new)
        elif op == "append":
            target[last] = target[last] + new
        elif op == "delete":
            del target[last]
    return value


def count_tokens(text: Any) -> int:
    return text.count(" ") if isinstance(text, str) else 0


@dataclass
class Conns:
    """A worker's two keep-alive connections: one for POSTs, one for SSE streams."""

    post: Connection
    stream: Connection

    def close(self) -> None:
        self.post.close()
        self.stream.close()


async def post_json(conn: Connection, path: str, payload: Any) -> tuple[int, Any]:
    status = await conn.request("POST", path, dumps(payload))
    raw = await conn.body()
    return status, loads(raw) if status == 200 else raw[:200]


async def call_rest(conns: Conns, spec: Spec, tally: Tally) -> Any:
    status, posted = await post_json(
        conns.post, f"/gradio_api/call/{spec.api}", {"data": spec.data}
    )
    if status != 200:
        raise CallError(f"call POST {status}: {posted!r}")
    event_id = posted["event_id"]
    result: Any = None
    event = b""
    seen = 0
    status = await conns.stream.request("GET", f"/gradio_api/call/{spec.api}/{event_id}")
    if status != 200:
        await conns.stream.body()
        raise CallError(f"call GET {status}")
    error: str | None = None
    async for line in conns.stream.lines():  # read to the end: keeps the connection usable
        if line.startswith(b"event:"):
            event = line[6:].strip()
        elif line.startswith(b"data:"):
            if event == b"error":
                error = line[5:200].decode(errors="replace")
            elif event in (b"generating", b"complete"):
                values = loads(line[5:])
                now = count_tokens(values[0]) if values else 0
                if event == b"generating" and tally.measuring:
                    tally.tokens += now - seen
                seen = now
                if event == b"complete":
                    result = values
    if error is not None:
        raise CallError(f"error event: {error}")
    if result is None:
        raise CallError("stream ended without 'complete'")
    return result[0] if result else None


async def call_session(conns: Conns, spec: Spec, tally: Tally, session_hash: str) -> Any:
    body = {
        "data": spec.data,
        "fn_index": spec.fn_index,
        "session_hash": session_hash,
        "trigger_id": None,
        "event_data": None,
    }
    status, posted = await post_json(conns.post, "/gradio_api/queue/join", body)
    if status != 200:
        raise CallError(f"join {status}: {posted!r}")
    event_id = posted["event_id"]
    value: Any = None
    done = False
    failure: str | None = None
    seen = 0
    status = await conns.stream.request(
        "GET", f"/gradio_api/queue/data?session_hash={session_hash}"
    )
    if status != 200:
        await conns.stream.body()
        raise CallError(f"queue/data {status}")
    async for line in conns.stream.lines():  # the server ends it after close_stream
        if not line.startswith(b"data:"):
            continue
        msg = loads(line[5:])
        kind = msg.get("msg")
        if msg.get("event_id") != event_id or done:
            continue
        if kind == "process_generating":
            data = msg["output"]["data"]
            # The first chunk carries full values, later ones a list of edits per output.
            value = data[0] if value is None else apply_edits(value, data[0])
            now = count_tokens(value)
            if tally.measuring:
                tally.tokens += now - seen
            seen = now
        elif kind == "process_completed":
            if not msg.get("success", False):
                failure = str(msg.get("output"))[:200]
            else:
                value = msg["output"]["data"][0]
            done = True
        elif kind == "unexpected_error":
            failure = f"unexpected_error: {str(msg)[:200]}"
            done = True
    if failure is not None:
        raise CallError(failure)
    if not done:
        raise CallError("stream closed before process_completed")
    return value


async def worker(spec: Spec, tally: Tally, stop_at: list[float]) -> None:
    host, port = spec.url.removeprefix("http://").split(":")
    conns = Conns(Connection(host, int(port)), Connection(host, int(port)))
    session_hash = uuid.uuid4().hex[:11]
    try:
        while time.perf_counter() < stop_at[0]:
            start = time.perf_counter()
            try:
                if spec.route == "rest":
                    value = await call_rest(conns, spec, tally)
                else:
                    value = await call_session(conns, spec, tally, session_hash)
                if spec.expect is not None and value != spec.expect:
                    raise CallError(f"wrong result {str(value)[:80]!r}")
            except (
                CallError,
                HTTPError,
                OSError,
                KeyError,
                ValueError,
                asyncio.IncompleteReadError,
            ) as exc:
                conns.close()
                if tally.measuring:
                    tally.errors += 1
                    if len(tally.error_samples) < 5:
                        tally.error_samples.append(f"{type(exc).__name__}: {exc}")
                await asyncio.sleep(0.01)
                continue
            end = time.perf_counter()
            if tally.measuring and end <= stop_at[0]:
                tally.completed += 1
                tally.latencies.append(end - start)
    finally:
        conns.close()


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def run(spec: Spec) -> dict[str, Any]:
    tally = Tally()
    window = spec.window or spec.duration
    n_windows = max(1, round(spec.duration / window))
    start_at = time.perf_counter() + spec.warmup
    stop_at = [start_at + window * n_windows]
    tasks = [asyncio.create_task(worker(spec, tally, stop_at)) for _ in range(spec.concurrency)]
    await asyncio.sleep(max(0.0, start_at - time.perf_counter()))
    tally.measuring = True
    samples = [_sample(spec, tally)]
    for i in range(1, n_windows + 1):
        await asyncio.sleep(max(0.0, start_at + i * window - time.perf_counter()))
        samples.append(_sample(spec, tally))
    tally.measuring = False
    stop_at[0] = time.perf_counter()
    await asyncio.wait_for(asyncio.gather(*tasks), timeout=120)
    return _summarise(spec, tally, samples)


def _sample(spec: Spec, tally: Tally) -> dict[str, float]:
    client = os.times()
    return {
        "t": time.perf_counter(),
        "completed": tally.completed,
        "tokens": tally.tokens,
        "server_cpu": cpu_seconds(spec.server_pid),
        "rss": rss_bytes(spec.server_pid),
        "client_cpu": client.user + client.system,
    }


def _summarise(spec: Spec, tally: Tally, samples: list[dict[str, float]]) -> dict[str, Any]:
    first, last = samples[0], samples[-1]
    span = last["t"] - first["t"]
    done = last["completed"] - first["completed"]
    tokens = last["tokens"] - first["tokens"]
    server_cpu = last["server_cpu"] - first["server_cpu"]
    client_cpu = last["client_cpu"] - first["client_cpu"]
    windows = []
    for a, b in itertools.pairwise(samples):
        windows.append(
            {
                "rps": (b["completed"] - a["completed"]) / (b["t"] - a["t"]),
                "tokens_per_s": (b["tokens"] - a["tokens"]) / (b["t"] - a["t"]),
                "completed_total": b["completed"],
                "rss_mb": b["rss"] / 2**20,
                "server_cpu_util": (b["server_cpu"] - a["server_cpu"]) / (b["t"] - a["t"]),
                "server_cpu_per_req_ms": (b["server_cpu"] - a["server_cpu"])
                * 1000
                / max(b["completed"] - a["completed"], 1),
            }
        )
    lat = tally.latencies
    return {
        "route": spec.route,
        "api": spec.api,
        "concurrency": spec.concurrency,
        "duration_s": span,
        "completed": done,
        "errors": tally.errors,
        "error_samples": tally.error_samples,
        "rps": done / span if span else 0.0,
        "p50_ms": percentile(lat, 0.50) * 1000,
        "p99_ms": percentile(lat, 0.99) * 1000,
        "mean_ms": statistics.fmean(lat) * 1000 if lat else float("nan"),
        "server_cpu_s": server_cpu,
        "server_cpu_per_req_ms": server_cpu / done * 1000 if done else float("nan"),
        "client_cpu_per_req_ms": client_cpu / done * 1000 if done else float("nan"),
        "server_cpu_util": server_cpu / span if span else 0.0,
        "client_cpu_util": client_cpu / span if span else 0.0,
        "tokens": tokens,
        "tokens_per_s": tokens / span if span else 0.0,
        "server_cpu_per_token_ms": server_cpu / tokens * 1000 if tokens else float("nan"),
        "rss_start_mb": first["rss"] / 2**20,
        "rss_end_mb": last["rss"] / 2**20,
        "windows": windows,
    }


def main() -> None:
    spec = Spec(**json.loads(sys.argv[1]))
    result = asyncio.run(run(spec))
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
