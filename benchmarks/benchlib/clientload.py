"""Closed-loop load from one Python client library against one running app.

Run with the interpreter of the client under test (each client lives in its own venv,
so this file imports nothing from benchlib):

    python clientload.py '{"client": "podium_client", "url": ..., "api": "/echo",
                           "concurrency": 1, "warmup": 1.5, "duration": 10,
                           "server_pid": 123}'

One client object is shared by ``concurrency`` threads, each calling ``predict`` back to
back, as an application would use it. Prints one JSON object: calls/s, p50/p99 latency,
and the CPU time per call of this process (the client's own cost) and of the server.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

CLK_TCK = os.sysconf("SC_CLK_TCK")


def server_cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def make_client(kind: str, url: str) -> Any:
    if kind == "podium_client":
        from podium_client import Client

        return Client(url)
    if kind == "gradio_client":
        from gradio_client import Client as GradioClient

        return GradioClient(url, verbose=False)
    raise SystemExit(f"unknown client {kind!r}")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main(spec: dict[str, Any]) -> dict[str, Any]:
    started = time.perf_counter()
    client = make_client(spec["client"], spec["url"])  # imports the client, then connects
    connect_s = time.perf_counter() - started
    api, payload, expect = spec["api"], spec.get("data", "hello"), spec.get("expect", "hello")
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    measuring = threading.Event()
    stop = threading.Event()

    def worker() -> None:
        while not stop.is_set():
            started = time.perf_counter()
            try:
                out = client.predict(payload, api_name=api)
                ok = out == expect
            except Exception as exc:  # noqa: BLE001 - counted and reported, never hidden
                ok, out = False, f"{type(exc).__name__}: {exc}"
            elapsed = time.perf_counter() - started
            if measuring.is_set() and not stop.is_set():
                with lock:
                    if ok:
                        latencies.append(elapsed)
                    else:
                        errors.append(str(out)[:200])

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(spec["concurrency"])]
    for thread in threads:
        thread.start()
    time.sleep(spec["warmup"])
    cpu0, server0, wall0 = time.process_time(), server_cpu_seconds(spec["server_pid"]), time.perf_counter()
    measuring.set()
    time.sleep(spec["duration"])
    stop.set()
    wall = time.perf_counter() - wall0
    cpu, server = time.process_time() - cpu0, server_cpu_seconds(spec["server_pid"]) - server0
    for thread in threads:
        thread.join(timeout=30)
    calls = len(latencies)
    return {
        "completed": calls,
        "connect_ms": connect_s * 1000,
        "errors": len(errors),
        "error_samples": errors[:3],
        "rps": calls / wall,
        "p50_ms": statistics.median(latencies) * 1000 if calls else None,
        "p99_ms": percentile(latencies, 0.99) * 1000 if calls else None,
        "client_cpu_per_call_ms": cpu / calls * 1000 if calls else None,
        "server_cpu_per_call_ms": server / calls * 1000 if calls else None,
    }


if __name__ == "__main__":
    print(json.dumps(main(json.loads(sys.argv[1]))))
    sys.stdout.flush()
    os._exit(0)  # client threads may still hold streams open; the figures are out
