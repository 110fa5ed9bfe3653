"""The figures, each measured for one framework at a time.

Every figure that loads a server starts a fresh server process for it, so that no
figure inherits the state (or the slowdown) that an earlier one left behind.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import Error as PlaywrightError

from benchlib.browser import PageLoader
from benchlib.chatstream import ChatBrowser, client_stream
from benchlib.dataframeload import DataframeBrowser
from benchlib.envs import BENCH_DIR
from benchlib.largeapp import LargeAppBrowser
from benchlib.procs import QUIET_ENV, Server, ServerError, rss_bytes

HEAVY_MODULES = ("numpy", "pandas", "PIL", "matplotlib", "httpx")
STREAM_TOKENS = 100  # must match apps/api.py
STREAM_TEXT = "".join(f"tok{i} " for i in range(STREAM_TOKENS))


@dataclass
class Framework:
    name: str  # "podium" | "gradio"
    python: str
    env: dict[str, str] = field(default_factory=dict)
    log_dir: Path = BENCH_DIR / "results" / "logs"

    retries: list[str] = field(default_factory=list)

    def ready_server(self, app: str, attempts: int = 3) -> tuple[Server, float]:
        """A started server that answers ``GET /`` with 200, and its cold-start time.

        A server that never gets ready is stopped and replaced (up to ``attempts`` in
        all); each failure is kept in ``retries`` and reported with the results.
        """
        for attempt in range(1, attempts + 1):
            server = Server(self.name, self.python, app, env=dict(self.env))
            server.start(self.log_dir)
            try:
                return server, server.wait_ready()
            except ServerError as exc:
                server.stop()
                self.retries.append(f"{app} attempt {attempt}: {str(exc).splitlines()[0]}")
                if attempt == attempts:
                    raise
                time.sleep(2.0)
        raise AssertionError("unreachable")


@dataclass
class Settings:
    """Sizes of each figure; ``quick()`` gives a smoke-test sized run."""

    import_runs: int = 7
    startup_runs: int = 5
    load_warmup: float = 1.5
    load_duration: float = 10.0
    concurrencies: tuple[int, ...] = (1, 16, 64)
    routes: tuple[str, ...] = ("rest", "session")
    soak_duration: float = 30.0
    soak_window: float = 5.0
    queue_clients: int = 32
    queue_duration: float = 10.0
    stream_clients: int = 8
    stream_duration: float = 10.0
    media_concurrencies: tuple[int, ...] = (1, 4)
    media_duration: float = 10.0
    upload_sizes_mb: tuple[int, ...] = (50, 200)
    client_concurrencies: tuple[int, ...] = (1, 8)
    client_duration: float = 10.0
    chat_client_runs: int = 5
    chat_browser_runs: int = 3
    large_runs: int = 9  # a tab switch is tens of ms: three runs left the median at the mercy of one
    dataframe_runs: int = 3

    @classmethod
    def quick(cls) -> Settings:
        return cls(
            import_runs=3,
            startup_runs=2,
            load_warmup=0.5,
            load_duration=3.0,
            soak_duration=10.0,
            queue_duration=4.0,
            stream_duration=4.0,
            media_duration=4.0,
            client_duration=4.0,
            chat_client_runs=2,
            chat_browser_runs=1,
            large_runs=1,
            dataframe_runs=1,
        )


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


# -- 1. import ---------------------------------------------------------------------------

IMPORT_CODE = """
import json, sys, time
t = time.perf_counter()
import {module}
elapsed = time.perf_counter() - t
print(json.dumps({{"s": elapsed, "heavy": [m for m in {heavy!r} if m in sys.modules],
                   "modules": len(sys.modules)}}))
"""


def bench_import(fw: Framework, settings: Settings) -> dict[str, Any]:
    """``import <framework>`` in a fresh interpreter, median of N (one warm-up first)."""
    code = IMPORT_CODE.format(module=fw.name, heavy=HEAVY_MODULES)
    env = {**os.environ, **QUIET_ENV, **fw.env}
    runs: list[dict[str, Any]] = []
    for i in range(settings.import_runs + 1):
        started = time.perf_counter()
        done = subprocess.run(
            [fw.python, "-c", code],
            capture_output=True,
            text=True,
            env=env,
            cwd=BENCH_DIR,
            check=False,
        )
        wall = time.perf_counter() - started
        if done.returncode != 0:
            return {"error": f"import {fw.name} failed: {done.stderr.strip()[-500:]}"}
        if i:  # the first run compiles .pyc files: not counted
            runs.append({**json.loads(done.stdout.strip().splitlines()[-1]), "wall": wall})
    return {
        "import_s": _median([r["s"] for r in runs]),
        "process_wall_s": _median([r["wall"] for r in runs]),
        "heavy_modules": runs[-1]["heavy"],
        "modules_loaded": runs[-1]["modules"],
        "runs_s": [r["s"] for r in runs],
    }


# -- 2-4. cold start, idle RSS, first page ------------------------------------------------


def bench_startup(fw: Framework, settings: Settings, loader: PageLoader) -> dict[str, Any]:
    """Spawn -> first 200 on ``/``; one page load in Chromium; then the RSS at rest."""
    cold, rss, pages, errors = [], [], [], []
    for _ in range(settings.startup_runs):
        try:
            server, cold_s = fw.ready_server("hello")
        except ServerError as exc:
            errors.append(str(exc)[:1000])
            continue
        try:
            cold.append(cold_s)
            try:
                pages.append(loader.load(server.url + "/"))
            except PlaywrightError as exc:  # a broken page must not hide the other figures
                errors.append(f"page load: {type(exc).__name__}: {exc}"[:300])
            time.sleep(1.0)
            rss.append(rss_bytes(server.pid) / 2**20)
        finally:
            server.stop()
    out: dict[str, Any] = {
        "cold_start_s": _median(cold),
        "cold_start_runs_s": cold,
        "idle_rss_mb": _median(rss),
        "errors": errors,
    }
    visible = [p["input_visible_ms"] for p in pages if p["input_visible_ms"] is not None]
    if pages:
        out["page"] = {
            "bytes": _median([p["bytes"] for p in pages]),
            "requests": _median([p["requests"] for p in pages]),
            "failed_requests": pages[-1]["failed_requests"],
            "input_visible_ms": _median(visible) if visible else None,
            "input_visible_runs_ms": visible,
            "dom_content_loaded_ms": _median([p["dom_content_loaded_ms"] or 0 for p in pages]),
            "detail": pages[-1]["detail"],
        }
    return out


# -- 5-8. load ----------------------------------------------------------------------------


def fn_index(url: str, api_name: str) -> int:
    with urllib.request.urlopen(url + "/config", timeout=10) as resp:
        config = json.load(resp)
    for dep in config["dependencies"]:
        if str(dep.get("api_name") or "").lstrip("/") == api_name:
            return int(dep["id"])
    raise LookupError(f"no dependency with api_name {api_name!r} in /config")


def run_load(fw: Framework, **spec: Any) -> dict[str, Any]:
    """Fresh ``api`` server, then one load-generator process against it."""
    try:
        server, _ = fw.ready_server("api")
    except ServerError as exc:
        return {"error": str(exc)[:1500]}
    try:
        full = {
            "url": server.url,
            "server_pid": server.pid,
            "fn_index": fn_index(server.url, spec["api"]),
            **spec,
        }
        done = subprocess.run(
            [sys.executable, "-m", "benchlib.loadgen", json.dumps(full)],
            capture_output=True,
            text=True,
            cwd=BENCH_DIR,
            check=False,
            timeout=spec["warmup"] + spec["duration"] + 300,
        )
        if done.returncode != 0:
            return {"error": f"load generator failed: {done.stderr.strip()[-800:]}"}
        result: dict[str, Any] = json.loads(done.stdout)
        if result["completed"] == 0:
            result["error"] = "no call completed; " + "; ".join(result["error_samples"])
        return result
    except (OSError, LookupError, ValueError, subprocess.SubprocessError) as exc:
        return {"error": f"{type(exc).__name__}: {exc}\n{server.tail(10)}"[:1500]}
    finally:
        server.stop()


def bench_throughput(fw: Framework, settings: Settings, route: str, clients: int) -> dict[str, Any]:
    """Trivial fn (``echo``, concurrency_limit=None): one route at one client count."""
    return run_load(
        fw,
        route=route,
        api="echo",
        concurrency=clients,
        data=["hello"],
        expect="hello",
        warmup=settings.load_warmup,
        duration=settings.load_duration,
    )


def bench_soak(fw: Framework, settings: Settings) -> dict[str, Any]:
    """One client on the REST route for 30 s: req/s per window, RSS growth."""
    result = run_load(
        fw,
        route="rest",
        api="echo",
        concurrency=1,
        data=["hello"],
        expect="hello",
        warmup=settings.load_warmup,
        duration=settings.soak_duration,
        window=settings.soak_window,
    )
    windows = result.get("windows") or []
    if len(windows) >= 2:
        result["window_cpu_per_req_ms"] = [w["server_cpu_per_req_ms"] for w in windows]
        # Flat = the server's CPU cost per call does not grow as calls accumulate (req/s
        # per window also moves with any other load on the machine; CPU/call hardly does).
        result["cpu_last_over_first"] = windows[-1]["server_cpu_per_req_ms"] / max(
            windows[0]["server_cpu_per_req_ms"], 1e-9
        )
        xs = [w["completed_total"] for w in windows]
        ys = [w["rss_mb"] for w in windows]
        result["rss_growth_mb_per_1000"] = _slope(xs, ys) * 1000
        result["window_rps"] = [w["rps"] for w in windows]
        result["last_over_first"] = windows[-1]["rps"] / windows[0]["rps"]
    return result


def _slope(xs: list[float], ys: list[float]) -> float:
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=False)) / den if den else 0.0


def bench_queue(fw: Framework, settings: Settings) -> dict[str, Any]:
    """100 ms sleep, concurrency_limit=8, 32 session clients: ideal is 80 req/s."""
    result = run_load(
        fw,
        route="session",
        api="sleep",
        concurrency=settings.queue_clients,
        data=["hello"],
        expect="hello",
        warmup=settings.load_warmup,
        duration=settings.queue_duration,
    )
    if "rps" in result:
        result["ideal_rps"] = 80.0
        result["fraction_of_ideal"] = result["rps"] / 80.0
    return result


def bench_stream(fw: Framework, settings: Settings) -> dict[str, Any]:
    """8 session clients streaming a 100-token generator back to back."""
    return run_load(
        fw,
        route="session",
        api="stream",
        concurrency=settings.stream_clients,
        data=["hello"],
        expect=STREAM_TEXT,
        warmup=settings.load_warmup,
        duration=settings.stream_duration,
    )


# -- 9. media: 5 MB image round trip, large uploads ------------------------------------

MEDIA_DIR = BENCH_DIR / "results" / "media"


def media_files(settings: Settings) -> dict[str, Path]:
    """The test files, made once: a random-noise PNG of about 5 MB (incompressible, so
    its size on disk is its size on the wire) and random-byte files for the uploads."""
    MEDIA_DIR.mkdir(parents=True, exist_ok=True)
    out = {"image": MEDIA_DIR / "noise-5mb.png"}
    if not out["image"].exists():
        from PIL import Image  # only the harness needs Pillow, never at import time

        side = 1292  # 1292 * 1292 * 3 bytes of noise = 5.0 MB of PNG
        Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(
            out["image"], compress_level=1
        )
    for size in settings.upload_sizes_mb:
        path = MEDIA_DIR / f"random-{size}mb.bin"
        if not path.exists() or path.stat().st_size != size * 2**20:
            with path.open("wb") as fh:
                for _ in range(size):
                    fh.write(os.urandom(2**20))
        out[f"upload{size}"] = path
    return out


def bench_media(fw: Framework, settings: Settings, cell: str) -> dict[str, Any]:
    """``rt@N``: N clients round-tripping the PNG; ``upload@M``: one M MB upload."""
    kind, arg = cell.split("@")
    files = media_files(settings)
    try:
        server, _ = fw.ready_server("media")
    except ServerError as exc:
        return {"error": str(exc)[:1500]}
    try:
        spec: dict[str, Any] = {"url": server.url, "server_pid": server.pid}
        if kind == "rt":
            spec.update(
                mode="roundtrip",
                api="identity",
                image=str(files["image"]),
                concurrency=int(arg),
                warmup=settings.load_warmup,
                duration=settings.media_duration,
            )
        else:
            time.sleep(1.0)  # let the freshly started server settle before the baseline RSS
            spec.update(mode="upload", file=str(files[f"upload{arg}"]), sample_ms=20)
        done = subprocess.run(
            [sys.executable, "-m", "benchlib.mediaload", json.dumps(spec)],
            capture_output=True,
            text=True,
            cwd=BENCH_DIR,
            check=False,
            timeout=600,
        )
        if done.returncode != 0:
            return {"error": f"media load failed: {done.stderr.strip()[-800:]}\n{server.tail(10)}"}
        result: dict[str, Any] = json.loads(done.stdout)
        if kind == "rt" and result["completed"] == 0:
            result["error"] = "no round trip completed; " + "; ".join(result["error_samples"])
        return result
    except (OSError, ValueError, subprocess.SubprocessError) as exc:
        return {"error": f"{type(exc).__name__}: {exc}\n{server.tail(10)}"[:1500]}
    finally:
        server.stop()


# -- 10. Python clients: podium_client vs gradio_client against the same Podium app -------

CLIENT_LOAD = Path(__file__).resolve().parent / "clientload.py"
CLIENT_IMPORT_CODE = """
import json, sys, time
t = time.perf_counter()
import {module}
bare = time.perf_counter() - t
from {module} import Client
ready = time.perf_counter() - t
print(json.dumps({{"import_s": bare, "client_ready_s": ready, "modules": len(sys.modules),
                   "heavy": [m for m in {heavy!r} if m in sys.modules]}}))
"""
CLIENT_HEAVY_MODULES = ("numpy", "pandas", "PIL", "gradio", "podium", "huggingface_hub", "fsspec")
# httpx on its own, in the same venv: the floor under both clients (each depends on it).
HTTPX_IMPORT_CODE = """
import json, time
t = time.perf_counter()
import httpx
print(json.dumps({"httpx_s": time.perf_counter() - t}))
"""


def bench_client(client: Framework, settings: Settings, cell: str, server_fw: Framework) -> dict[str, Any]:
    """``import``: the client library imported in its own venv (median of N);
    ``predict@C``: C threads sharing one client, calling ``/echo`` of a Podium app."""
    module = f"{client.name}_client"
    if cell == "import":
        return _client_import(client, module, settings)
    clients = int(cell.split("@")[1])
    try:
        server, _ = server_fw.ready_server("api")
    except ServerError as exc:
        return {"error": str(exc)[:1500]}
    try:
        spec = {
            "client": module,
            "url": server.url + "/",
            "api": "/echo",
            "data": "hello",
            "expect": "hello",
            "concurrency": clients,
            "warmup": settings.load_warmup,
            "duration": settings.client_duration,
            "server_pid": server.pid,
        }
        done = subprocess.run(
            [client.python, str(CLIENT_LOAD), json.dumps(spec)],
            capture_output=True,
            text=True,
            env={**os.environ, **QUIET_ENV, **client.env},
            cwd=BENCH_DIR,
            check=False,
            timeout=settings.load_warmup + settings.client_duration + 120,
        )
        if done.returncode != 0:
            return {"error": f"client load failed: {done.stderr.strip()[-800:]}"}
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        if result["completed"] == 0:
            result["error"] = "no call completed; " + "; ".join(result["error_samples"])
        return result
    except (OSError, ValueError, subprocess.SubprocessError) as exc:
        return {"error": f"{type(exc).__name__}: {exc}\n{server.tail(10)}"[:1500]}
    finally:
        server.stop()


def _client_import(client: Framework, module: str, settings: Settings) -> dict[str, Any]:
    code = CLIENT_IMPORT_CODE.format(module=module, heavy=CLIENT_HEAVY_MODULES)
    runs: list[dict[str, Any]] = []
    for i in range(settings.import_runs + 1):
        run: dict[str, Any] = {}
        for snippet in (code, HTTPX_IMPORT_CODE):  # interleaved: both see the same load
            done = subprocess.run(
                [client.python, "-c", snippet],
                capture_output=True,
                text=True,
                env={**os.environ, **QUIET_ENV, **client.env},
                cwd=BENCH_DIR,
                check=False,
            )
            if done.returncode != 0:
                return {"error": f"import in {client.python} failed: {done.stderr.strip()[-500:]}"}
            run.update(json.loads(done.stdout.strip().splitlines()[-1]))
        if i:  # the first run compiles .pyc files: not counted
            runs.append(run)
    return {
        "import_s": _median([r["import_s"] for r in runs]),
        "client_ready_s": _median([r["client_ready_s"] for r in runs]),
        "httpx_s": _median([r["httpx_s"] for r in runs]),
        "runs_client_ready_s": [r["client_ready_s"] for r in runs],
        "modules_loaded": runs[-1]["modules"],
        "heavy_modules": runs[-1]["heavy"],
    }


# -- 10. chat: a ChatInterface streaming 2,000 tokens -------------------------------------


def bench_chat(fw: Framework, settings: Settings) -> dict[str, Any]:
    """Median of fresh-session streams of one 2,000-token reply, at a client and in Chromium."""
    try:
        server, _ = fw.ready_server("chat")
    except ServerError as exc:
        return {"error": str(exc)[:1500]}
    try:
        index = fn_index(server.url, "reply")
        client_stream(server.url, index)  # warm-up
        clients = [client_stream(server.url, index) for _ in range(settings.chat_client_runs)]
        with ChatBrowser() as browser:
            browser.stream(server.url)  # warm-up: chunks cached by nothing, but code paths hot
            pages = [browser.stream(server.url) for _ in range(settings.chat_browser_runs)]
        return {
            "tokens_per_s": _median([c["tokens_per_s"] for c in clients]),
            "ttft_ms": _median([c["ttft_ms"] for c in clients]),
            "bytes": _median([c["bytes"] for c in clients]),
            "generating_messages": _median([c["generating_messages"] for c in clients]),
            "last_paint_ms": _median([p["last_paint_ms"] for p in pages]),
            "page_bytes": _median([p["bytes"] for p in pages]),
            "client_runs": clients,
            "browser_runs": pages,
        }
    except (OSError, LookupError, ValueError, RuntimeError, PlaywrightError) as exc:
        return {"error": f"{type(exc).__name__}: {exc}\n{server.tail(10)}"[:1500]}
    finally:
        server.stop()


def bench_large(fw: Framework, settings: Settings) -> dict[str, Any]:
    """Large app (apps/large.py): medians of fresh-context page loads in Chromium."""
    try:
        server, _ = fw.ready_server("large")
    except ServerError as exc:
        return {"error": str(exc)[:1500]}
    try:
        with LargeAppBrowser() as browser:
            browser.measure(server.url)  # warm-up: the server's first page, caches filled
            # In turn: the switch a second after the page became interactive (the headline)
            # and straight after it. Load and interactive times come from every run.
            settled: list[dict[str, Any]] = []
            straight: list[dict[str, Any]] = []
            for i in range(settings.large_runs):
                # The first context of a back-to-back pair runs slower on a small machine:
                # take turns at going first.
                pair = [(settled, 1000), (straight, 0)]
                for runs_of, settle_ms in pair if i % 2 == 0 else pair[::-1]:
                    runs_of.append(browser.measure(server.url, settle_ms=settle_ms))
        runs = settled + straight
        return {
            "first_load_ms": _median([r["first_load_ms"] for r in runs]),
            "interactive_ms": _median([r["interactive_ms"] for r in runs]),
            "tab_switch_ms": _median([r["tab_switch_ms"] for r in settled]),
            "tab_switch_straight_ms": _median([r["tab_switch_ms"] for r in straight]),
            "tab_switch_search_ms": _median([r["tab_switch_search_ms"] for r in settled]),
            "runs": runs,
        }
    except (OSError, ValueError, RuntimeError, PlaywrightError) as exc:
        return {"error": f"{type(exc).__name__}: {exc}\n{server.tail(10)}"[:1500]}
    finally:
        server.stop()


def bench_dataframe(fw: Framework, settings: Settings) -> dict[str, Any]:
    """100,000 x 20 Dataframe output (apps/dataframe.py): medians of fresh-context loads."""
    try:
        server, _ = fw.ready_server("dataframe")
    except ServerError as exc:
        return {"error": str(exc)[:1500]}
    try:
        with DataframeBrowser() as browser:
            runs = [browser.measure(server.url) for _ in range(settings.dataframe_runs)]
        return {
            "visible_ms": _median([r["visible_ms"] for r in runs]),
            "scroll_fps": _median([r["scroll_fps"] for r in runs]),
            "last_row_ms": _median([r["last_row_ms"] for r in runs if r["last_row_ms"] is not None]),
            "rows_in_dom": _median([r["rows_in_dom"] for r in runs if r["rows_in_dom"] is not None]),
            "bytes": _median([r["bytes"] for r in runs]),
            "runs": runs,
        }
    except (OSError, ValueError, RuntimeError, PlaywrightError) as exc:
        return {"error": f"{type(exc).__name__}: {exc}\n{server.tail(10)}"[:1500]}
    finally:
        server.stop()
