"""Run the same small apps under Podium and under Gradio and print them side by side.

    python benchmarks/run.py [--only NAME[,NAME...]] [--quick]

Podium runs from the interpreter running this script (``--podium-python`` to change);
Gradio from ``benchmarks/.venvs/gradio``, built here on first use with gradio==6.31.0
(``--gradio-python`` to use another). Results go to ``benchmarks/results/`` as JSON
plus the table as text and Markdown. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import figures, report
from benchlib.browser import PageLoader
from benchlib.envs import (
    BENCH_DIR,
    ensure_client_venv,
    ensure_gradio,
    git_commit,
    machine,
    module_version,
    podium_env,
)

FIGURES = ("import", "startup", "throughput", "soak", "queue", "stream", "media", "client", "chat", "large", "dataframe")
RESULTS = BENCH_DIR / "results"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--only", default="", help=f"comma-separated figures to run, from: {', '.join(FIGURES)}"
    )
    parser.add_argument("--quick", action="store_true", help="short runs (smoke test)")
    parser.add_argument(
        "--frameworks", default="gradio,podium", help="which frameworks to measure (default: both)"
    )
    parser.add_argument(
        "--podium-python",
        default=sys.executable,
        help="interpreter that imports podium (default: this one)",
    )
    parser.add_argument(
        "--table",
        default="",
        metavar="RESULTS.json",
        help="print the table of a saved run and exit",
    )
    parser.add_argument(
        "--nice",
        type=int,
        default=0,
        help="run the harness, servers and browser at this niceness (e.g. -10 on a "
        "shared machine; negative values need root)",
    )
    parser.add_argument(
        "--gradio-python",
        default="",
        help="interpreter that imports gradio (default: build .venvs/gradio)",
    )
    return parser.parse_args(argv)


def steps(only: list[str], settings: figures.Settings) -> list[tuple[str, str]]:
    """(figure, throughput cell) pairs; each is run for every framework back to back."""
    out = []
    for figure in only:
        if figure == "throughput":
            out += [
                (figure, f"{route}@{clients}")
                for route in settings.routes
                for clients in settings.concurrencies
            ]
        elif figure == "media":
            out += [(figure, f"rt@{c}") for c in settings.media_concurrencies]
            out += [(figure, f"upload@{m}") for m in settings.upload_sizes_mb]
        elif figure == "client":
            out.append((figure, "import"))
            out += [(figure, f"predict@{c}") for c in settings.client_concurrencies]
        else:
            out.append((figure, ""))
    return out


def run_figure(
    name: str,
    fw: figures.Framework,
    settings: figures.Settings,
    loader: PageLoader | None,
    cell: str = "",
    clients: dict[str, figures.Framework] | None = None,
) -> dict[str, Any]:
    if name == "client":
        # The "gradio" column is gradio_client, the "podium" one podium_client, both
        # calling the same Podium app.
        assert clients is not None
        return figures.bench_client(clients[fw.name], settings, cell, clients["server"])
    if name == "import":
        return figures.bench_import(fw, settings)
    if name == "startup":
        assert loader is not None
        return figures.bench_startup(fw, settings, loader)
    if name == "throughput":
        route, concurrency = cell.split("@")
        return figures.bench_throughput(fw, settings, route, int(concurrency))
    if name == "media":
        return figures.bench_media(fw, settings, cell)
    if name == "soak":
        return figures.bench_soak(fw, settings)
    if name == "queue":
        return figures.bench_queue(fw, settings)
    if name == "chat":
        return figures.bench_chat(fw, settings)
    if name == "large":
        return figures.bench_large(fw, settings)
    if name == "dataframe":
        return figures.bench_dataframe(fw, settings)
    return figures.bench_stream(fw, settings)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # Installed packages have .pyc files (pip compiles them); an editable install only gets
    # them when Python may write them. Without this, every run of an editable podium or
    # podium_client would recompile its sources while gradio's come precompiled.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    if args.table:
        saved = json.loads(Path(args.table).read_text())
        concurrencies = tuple(saved["settings"]["concurrencies"])
        routes = tuple(saved["settings"]["routes"])
        print(report.as_text(report.table(saved, concurrencies, routes, saved["settings"])))
        return 0
    only = [f.strip() for f in args.only.split(",") if f.strip()] or list(FIGURES)
    unknown = set(only) - set(FIGURES)
    if unknown:
        raise SystemExit(f"unknown figure(s) {sorted(unknown)}; choose from {FIGURES}")
    names = [n.strip() for n in args.frameworks.split(",") if n.strip()]
    settings = figures.Settings.quick() if args.quick else figures.Settings()
    if args.nice:
        os.nice(args.nice)  # inherited by every server, load generator and browser

    frameworks: list[figures.Framework] = []
    versions: dict[str, str | None] = {}
    for name in names:
        if name == "gradio":
            python = ensure_gradio(args.gradio_python or None)
            fw = figures.Framework("gradio", python)
        elif name == "podium":
            fw = figures.Framework("podium", args.podium_python, podium_env(args.podium_python))
        else:
            raise SystemExit(f"unknown framework {name!r}")
        versions[name] = module_version(fw.python, name, {**os.environ, **fw.env})
        if versions[name] is None:
            print(f"warning: {name} does not import with {fw.python}", file=sys.stderr)
        frameworks.append(fw)

    results: dict[str, Any] = {
        "machine": machine(),
        "podium_commit": git_commit(),
        "versions": versions,
        "quick": args.quick,
        "nice": args.nice,
        "settings": vars(settings),
        "frameworks": {fw.name: {} for fw in frameworks},
    }
    print(
        f"{results['machine']['date']}  podium {results['podium_commit']}  "
        f"versions {versions}  load {results['machine']['loadavg_at_start']}",
        flush=True,
    )
    stamp = time.strftime("%Y%m%d-%H%M%S")
    loader = PageLoader().__enter__() if "startup" in only else None
    clients = client_frameworks(names, args.podium_python) if "client" in only else None
    try:
        for figure, cell in steps(only, settings):
            for fw in frameworks:  # back to back, so both see the same conditions
                started = time.perf_counter()
                load = Path("/proc/loadavg").read_text().split()[0]
                name = f"{figure} {cell}".strip()
                print(f"  {name:<20} {fw.name:<7} load {load:>5}", end=" ", flush=True)
                result = run_figure(figure, fw, settings, loader, cell, clients)
                result["loadavg_1min_before"] = float(load)
                store = results["frameworks"][fw.name]
                if cell:
                    store.setdefault(figure, {})[cell] = result
                else:
                    store[figure] = result
                print(f"{time.perf_counter() - started:6.1f} s", flush=True)
                _save(results, stamp)
            if figure == "startup" and loader is not None:
                # Only one sync Playwright may run in a process: the browser figures
                # (chat, large, dataframe) start their own.
                loader.__exit__(None, None, None)
                loader = None
    finally:
        if loader is not None:
            loader.__exit__(None, None, None)

    for fw in frameworks:
        results["frameworks"][fw.name]["server_retries"] = fw.retries
    _save(results, stamp)
    lines = report.table(results, settings.concurrencies, settings.routes, vars(settings))
    text = report.as_text(lines)
    problems = report.errors(results)
    print()
    print(text)
    if problems:
        print("\nerrors:")
        for problem in problems:
            print("  " + problem.replace("\n", "\n    "))
    md = report.as_markdown(lines)
    (RESULTS / f"{stamp}.md").write_text(md + "\n")
    (RESULTS / "latest.md").write_text(md + "\n")
    path = _save(results, stamp)
    print(f"\nresults: {path}")
    return 0


def client_frameworks(names: list[str], podium_python: str) -> dict[str, figures.Framework]:
    """Each client library in its own venv, plus the Podium server they both call."""
    out = {name: figures.Framework(name, ensure_client_venv(name)) for name in names}
    out["server"] = figures.Framework("podium", podium_python, podium_env(podium_python))
    return out


def _save(results: dict[str, Any], stamp: str) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{stamp}.json"
    path.write_text(json.dumps(results, indent=1, default=str))
    (RESULTS / "latest.json").write_text(path.read_text())
    return path


if __name__ == "__main__":
    raise SystemExit(main())
