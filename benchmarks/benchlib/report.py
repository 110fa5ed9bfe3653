"""Side-by-side table: gradio, podium, ratio podium/gradio, target, met?"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Getter = Callable[[dict[str, Any]], Any]


@dataclass
class Row:
    label: str
    get: Getter
    fmt: str = "{:.2f}"
    # Target: ("ratio<=", x) / ("ratio>=", x) compare podium/gradio; ("podium<=", x) /
    # ("podium>=", x) / ("podium<", x) compare podium's own figure; None = no target.
    target: tuple[str, float] | None = None
    target_text: str = ""


def _dig(*path: str | int) -> Getter:
    def get(res: dict[str, Any]) -> Any:
        node: Any = res
        for key in path:
            if not isinstance(node, dict) or key not in node:
                return None
            node = node[key]
        return node

    return get


def _kb(get: Getter) -> Getter:
    def kb(res: dict[str, Any]) -> float | None:
        value = _number(get(res))
        return None if value is None else value / 1000

    return kb


def _number(value: Any) -> float | None:
    if isinstance(value, (int, float)) and not (isinstance(value, float) and math.isnan(value)):
        return float(value)
    return None


def _upload_growth_diff(res: dict[str, Any]) -> float | None:
    """Peak RSS growth during the largest upload minus that during the smallest."""
    uploads = {
        int(k.split("@")[1]): v
        for k, v in (res.get("media") or {}).items()
        if k.startswith("upload@") and isinstance(v, dict) and "peak_growth_mb" in v
    }
    if len(uploads) < 2:
        return None
    return uploads[max(uploads)]["peak_growth_mb"] - uploads[min(uploads)]["peak_growth_mb"]


def media_rows(settings: dict[str, Any]) -> list[Row]:
    concurrencies = tuple(settings.get("media_concurrencies") or (1, 4))
    sizes = tuple(settings.get("upload_sizes_mb") or (50, 200))
    out: list[Row] = []
    for c in concurrencies:
        key = f"rt@{c}"
        out += [
            Row(
                f"5 MB image round trip c={c}: rt/s",
                _dig("media", key, "rps"),
                "{:.1f}",
                ("ratio>=", 2),
                ">= 2x",
            ),
            Row(f"5 MB image round trip c={c}: p50 (ms)", _dig("media", key, "p50_ms"), "{:.0f}"),
            Row(f"5 MB image round trip c={c}: p99 (ms)", _dig("media", key, "p99_ms"), "{:.0f}"),
            Row(
                f"5 MB image round trip c={c}: server CPU/rt (ms)",
                _dig("media", key, "server_cpu_per_rt_ms"),
                "{:.0f}",
            ),
        ]
    for size in sizes:
        key = f"upload@{size}"
        out += [
            Row(f"upload {size} MB: MB/s", _dig("media", key, "mb_per_s"), "{:.0f}"),
            Row(
                f"upload {size} MB: peak server RSS (MB)",
                _dig("media", key, "peak_rss_mb"),
                "{:.0f}",
            ),
            Row(
                f"upload {size} MB: peak RSS growth (MB)",
                _dig("media", key, "peak_growth_mb"),
                "{:.1f}",
            ),
        ]
    out.append(
        Row(
            f"upload RSS growth {max(sizes)} MB minus {min(sizes)} MB (MB)",
            _upload_growth_diff,
            "{:.1f}",
            ("podium<", 10),
            "flat (< 10)",
        )
    )
    return out


def client_rows(settings: dict[str, Any]) -> list[Row]:
    """gradio column = gradio_client, podium column = podium_client, same Podium app."""
    out = [
        Row("client: `import` (s)", _dig("client", "import", "import_s"), "{:.3f}"),
        Row(
            "client: `from … import Client` (s)",
            _dig("client", "import", "client_ready_s"),
            "{:.3f}",
            ("ratio<=", 0.2),
            "<= 1/5",
        ),
        Row("client: `import httpx` alone, same venv (s)", _dig("client", "import", "httpx_s"), "{:.3f}"),
        Row("client: modules loaded", _dig("client", "import", "modules_loaded"), "{:.0f}"),
        # What a script pays before its first call: the import (httpx included, which
        # podium_client defers to here) plus loading the app's config and API.
        Row(
            "client: import + `Client(url)` connected, fresh process (ms)",
            _dig("client", "predict@1", "connect_ms"),
            "{:.0f}",
        ),
    ]
    for c in tuple(settings.get("client_concurrencies") or (1, 8)):
        key = f"predict@{c}"
        out += [
            Row(f"client predict c={c}: calls/s", _dig("client", key, "rps"), "{:.0f}"),
            Row(
                f"client predict c={c}: p50 (ms)",
                _dig("client", key, "p50_ms"),
                "{:.2f}",
                ("ratio<=", 0.5) if c == 1 else None,
                "<= 1/2" if c == 1 else "",
            ),
            Row(f"client predict c={c}: p99 (ms)", _dig("client", key, "p99_ms"), "{:.2f}"),
            Row(
                f"client predict c={c}: client CPU/call (ms)",
                _dig("client", key, "client_cpu_per_call_ms"),
                "{:.2f}",
            ),
            Row(
                f"client predict c={c}: server CPU/call (ms)",
                _dig("client", key, "server_cpu_per_call_ms"),
                "{:.2f}",
            ),
        ]
    return out


def rows(
    concurrencies: tuple[int, ...],
    routes: tuple[str, ...],
    settings: dict[str, Any] | None = None,
) -> list[Row]:
    out = [
        Row("import time (s)", _dig("import", "import_s"), "{:.3f}", ("ratio<=", 0.1), "<= 1/10"),
        Row(
            "heavy modules after import", _dig("import", "heavy_modules"), "{}", ("none", 0), "none"
        ),
        Row(
            "cold start to first 200 (s)",
            _dig("startup", "cold_start_s"),
            "{:.2f}",
            ("ratio<=", 0.25),
            "<= 1/4",
        ),
        Row(
            "idle RSS after 1 page (MB)",
            _dig("startup", "idle_rss_mb"),
            "{:.0f}",
            ("ratio<=", 1 / 3),
            "<= 1/3",
        ),
        Row(
            "first page bytes (KB, wire)",
            _kb(_dig("startup", "page", "bytes")),
            "{:.0f}",
            ("ratio<=", 1 / 8),
            "<= 1/8",
        ),
        Row(
            "first page requests",
            _dig("startup", "page", "requests"),
            "{:.0f}",
            ("podium<=", 8),
            "<= 8",
        ),
        Row(
            "input visible (ms)",
            _dig("startup", "page", "input_visible_ms"),
            "{:.0f}",
            ("ratio<=", 1 / 3),
            "<= 1/3",
        ),
    ]
    for route in routes:
        for c in concurrencies:
            key = f"{route}@{c}"
            at_top = c == max(concurrencies)
            out += [
                Row(
                    f"{route} c={c}: req/s",
                    _dig("throughput", key, "rps"),
                    "{:.0f}",
                    ("ratio>=", 3) if at_top else None,
                    ">= 3x" if at_top else "",
                ),
                Row(f"{route} c={c}: p50 (ms)", _dig("throughput", key, "p50_ms"), "{:.1f}"),
                Row(
                    f"{route} c={c}: p99 (ms)",
                    _dig("throughput", key, "p99_ms"),
                    "{:.1f}",
                    ("ratio<=", 0.2) if at_top else None,
                    "<= 1/5" if at_top else "",
                ),
                Row(
                    f"{route} c={c}: server CPU/req (ms)",
                    _dig("throughput", key, "server_cpu_per_req_ms"),
                    "{:.2f}",
                    ("ratio<=", 0.2),
                    "<= 1/5",
                ),
            ]
    out += [
        Row(
            "soak: req/s first 5 s window",
            lambda r: (_dig("soak", "window_rps")(r) or [None])[0],
            "{:.0f}",
        ),
        Row(
            "soak: req/s last 5 s window",
            lambda r: (_dig("soak", "window_rps")(r) or [None])[-1],
            "{:.0f}",
        ),
        Row("soak: last/first window req/s", _dig("soak", "last_over_first"), "{:.2f}"),
        Row(
            "soak: CPU/req first 5 s window (ms)",
            lambda r: (_dig("soak", "window_cpu_per_req_ms")(r) or [None])[0],
            "{:.2f}",
        ),
        Row(
            "soak: CPU/req last 5 s window (ms)",
            lambda r: (_dig("soak", "window_cpu_per_req_ms")(r) or [None])[-1],
            "{:.2f}",
        ),
        Row(
            "soak: last/first window CPU/req",
            _dig("soak", "cpu_last_over_first"),
            "{:.2f}",
            ("podium<=", 1.1),
            "flat (<= 1.10)",
        ),
        Row(
            "soak: RSS growth (MB/1000 req)",
            _dig("soak", "rss_growth_mb_per_1000"),
            "{:.2f}",
            ("podium<", 0.5),
            "< 0.5",
        ),
        Row("queue limit 8, 32 clients: req/s", _dig("queue", "rps"), "{:.1f}"),
        Row(
            "queue: fraction of ideal 80 req/s",
            _dig("queue", "fraction_of_ideal"),
            "{:.2%}",
            ("podium>=", 0.95),
            ">= 95%",
        ),
        Row(
            "8 streams: tokens/s", _dig("stream", "tokens_per_s"), "{:.0f}", ("ratio>=", 3), ">= 3x"
        ),
        Row(
            "8 streams: server CPU/token (ms)",
            _dig("stream", "server_cpu_per_token_ms"),
            "{:.3f}",
            ("ratio<=", 0.25),
            "<= 1/4",
        ),
    ]
    return out + media_rows(settings or {}) + client_rows(settings or {}) + chat_rows() + large_rows() + dataframe_rows()


def chat_rows() -> list[Row]:
    """ChatInterface streaming one 2,000-token reply (apps/chat.py)."""
    return [
        Row("chat 2000 tokens: tokens/s (client)", _dig("chat", "tokens_per_s"), "{:.0f}", ("ratio>=", 3), ">= 3x"),
        Row("chat: time to first token (ms)", _dig("chat", "ttft_ms"), "{:.1f}"),
        Row("chat: bytes on the wire (client, KB)", _kb(_dig("chat", "bytes")), "{:.1f}", ("ratio<=", 0.5), "<= 1/2"),
        Row("chat: time to last paint (ms)", _dig("chat", "last_paint_ms"), "{:.0f}", ("ratio<=", 0.5), "<= 1/2"),
        Row("chat: bytes received by the page (KB)", _kb(_dig("chat", "page_bytes")), "{:.1f}"),
    ]


def large_rows() -> list[Row]:
    """300 components over 10 tabs and 20 accordions (apps/large.py), in Chromium."""
    return [
        Row("large app: first load (ms)", _dig("large", "first_load_ms"), "{:.0f}", ("ratio<=", 1 / 3), "<= 1/3"),
        Row("large app: time to interactive (ms)", _dig("large", "interactive_ms"), "{:.0f}", ("ratio<=", 1 / 3), "<= 1/3"),
        Row("large app: first switch to tab 10, 1 s after interactive (ms)", _dig("large", "tab_switch_ms"), "{:.0f}", ("ratio<=", 1 / 3), "<= 1/3"),
        Row("large app: first switch to tab 10, straight after interactive (ms)", _dig("large", "tab_switch_straight_ms"), "{:.0f}"),
    ]


def dataframe_rows() -> list[Row]:
    """A 100,000 x 20 Dataframe output (apps/dataframe.py), in Chromium."""
    return [
        Row("dataframe 100k x 20: click to first rows (ms)", _dig("dataframe", "visible_ms"), "{:.0f}", ("ratio<=", 1 / 3), "<= 1/3"),
        Row("dataframe: scroll frame rate (fps)", _dig("dataframe", "scroll_fps"), "{:.1f}"),
        Row("dataframe: jump to last row (ms)", _dig("dataframe", "last_row_ms"), "{:.0f}"),
        Row("dataframe: rows in the DOM at the end", _dig("dataframe", "rows_in_dom"), "{:.0f}"),
        Row("dataframe: bytes on the wire (KB)", _kb(_dig("dataframe", "bytes")), "{:.0f}", ("ratio<=", 0.5), "<= 1/2"),
    ]


def _cell(row: Row, value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if isinstance(value, list):
        return ", ".join(value) if value else "none"
    try:
        return row.fmt.format(value)
    except (ValueError, TypeError):
        return str(value)


def evaluate(row: Row, gradio: Any, podium: Any) -> tuple[str, str]:
    """(ratio text, met text) for one row."""
    g, p = _number(gradio), _number(podium)
    ratio = p / g if g and p is not None else None
    ratio_text = f"{ratio:.3g}" if ratio is not None else "-"
    if row.target is None:
        return ratio_text, ""
    kind, bound = row.target
    if kind == "none":
        ok = podium == [] if isinstance(podium, list) else None
    elif kind.startswith("ratio"):
        ok = None if ratio is None else (ratio <= bound if kind == "ratio<=" else ratio >= bound)
    elif p is None:
        ok = None
    elif kind == "podium<=":
        ok = p <= bound
    elif kind == "podium>=":
        ok = p >= bound
    else:
        ok = p < bound
    return ratio_text, {True: "yes", False: "NO", None: "?"}[ok]


def table(
    results: dict[str, Any],
    concurrencies: tuple[int, ...],
    routes: tuple[str, ...],
    settings: dict[str, Any] | None = None,
) -> list[list[str]]:
    """Rows of cells: figure, gradio, podium, podium/gradio, target, met."""
    g_res = results["frameworks"].get("gradio", {})
    p_res = results["frameworks"].get("podium", {})
    lines = [["figure", "gradio", "podium", "podium/gradio", "target", "met"]]
    for row in rows(concurrencies, routes, settings):
        g_val, p_val = row.get(g_res), row.get(p_res)
        if g_val is None and p_val is None:
            continue  # figure not run (--only)
        ratio, met = evaluate(row, g_val, p_val)
        lines.append([row.label, _cell(row, g_val), _cell(row, p_val), ratio, row.target_text, met])
    return lines


def as_text(lines: list[list[str]]) -> str:
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    out = []
    for n, line in enumerate(lines):
        out.append(
            "  ".join(
                cell.ljust(w) if i == 0 else cell.rjust(w)
                for i, (cell, w) in enumerate(zip(line, widths, strict=False))
            )
        )
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def as_markdown(lines: list[list[str]]) -> str:
    out = [
        "| " + " | ".join(lines[0]) + " |",
        "|" + "|".join(["---"] + ["---:"] * (len(lines[0]) - 1)) + "|",
    ]
    out += ["| " + " | ".join(line) + " |" for line in lines[1:]]
    return "\n".join(out)


def errors(results: dict[str, Any]) -> list[str]:
    """Every recorded error, as 'framework figure: message'."""
    out = []
    for name, res in results["frameworks"].items():
        for figure, value in res.items():
            if figure == "server_retries":
                out += [f"{name} server restarted, {retry}" for retry in value]
                continue
            nested = value.items() if figure in ("throughput", "media", "client") else [("", value)]
            for key, item in nested:
                if not isinstance(item, dict):
                    continue
                where = f"{name} {figure}{' ' + key if key else ''}"
                if item.get("error"):
                    out.append(f"{where}: {item['error']}")
                if isinstance(item.get("errors"), list):
                    out += [f"{where}: {e}" for e in item["errors"]]
                if isinstance(item.get("errors"), int) and item["errors"]:
                    out.append(
                        f"{where}: {item['errors']} failed calls, e.g. "
                        + "; ".join(item.get("error_samples", [])[:2])
                    )
    return out
