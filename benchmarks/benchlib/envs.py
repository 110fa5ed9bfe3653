"""The two interpreters under test, and what machine and commit a run measured."""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent.parent
REPO = BENCH_DIR.parent
GRADIO_VENV = BENCH_DIR / ".venvs" / "gradio"
GRADIO_PIN = "gradio==6.31.0"


def _run(cmd: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)


def module_version(python: str, module: str, env: dict[str, str] | None = None) -> str | None:
    """``module.__version__`` as seen by ``python``, or None when it does not import."""
    code = f"import {module}; print(getattr({module}, '__version__', '?'))"
    done = _run([python, "-c", code], env)
    return done.stdout.strip() if done.returncode == 0 else None


def ensure_gradio(python: str | None, log: bool = True) -> str:
    """Interpreter with gradio 6.31.0: ``python`` if given, else the harness's own venv.

    The venv (``benchmarks/.venvs/gradio``, git-ignored) is created and filled with
    pip the first time; later runs reuse it when it already holds the pinned version.
    """
    if python:
        return python
    venv_python = GRADIO_VENV / "bin" / "python"
    wanted = GRADIO_PIN.split("==")[1]
    if venv_python.exists() and module_version(str(venv_python), "gradio") == wanted:
        return str(venv_python)
    if log:
        print(f"building {GRADIO_VENV} with {GRADIO_PIN} (first run only)...", flush=True)
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", "--clear", str(GRADIO_VENV)], check=True)
    subprocess.run([str(venv_python), "-m", "pip", "install", "--quiet", GRADIO_PIN], check=True)
    return str(venv_python)


def podium_env(python: str) -> dict[str, str]:
    """Extra environment for Podium: the repo's ``src`` on the path if not installed."""
    if module_version(python, "podium") is not None:
        return {}
    src = str(REPO / "src")
    path = os.environ.get("PYTHONPATH")
    return {"PYTHONPATH": f"{src}{os.pathsep}{path}" if path else src}


def git_commit() -> str:
    done = _run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"])
    commit = done.stdout.strip() or "uncommitted"
    dirty = _run(["git", "-C", str(REPO), "status", "--porcelain", "--", "src", "frontend"])
    return commit + ("+dirty" if dirty.stdout.strip() else "")


def machine() -> dict[str, object]:
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            mem_kb = int(line.split()[1])
    load = Path("/proc/loadavg").read_text().split()[:3]
    return {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gib": round(mem_kb / 2**20, 1),
        "python": platform.python_version(),
        "kernel": platform.release(),
        "loadavg_at_start": " ".join(load),
    }


# The Python clients are measured each in its own venv holding only that client and its
# dependencies: what `pip install podium-client` / `pip install gradio_client` gives a user.
CLIENT_VENVS = BENCH_DIR / ".venvs"
GRADIO_CLIENT_PIN = "gradio_client==2.7.2"  # the version gradio 6.31.0 depends on


def ensure_client_venv(name: str, log: bool = True) -> str:
    """Interpreter of ``.venvs/<name>-client`` (``podium`` or ``gradio``), built on first use."""
    venv = CLIENT_VENVS / f"{name}-client"
    python = venv / "bin" / "python"
    module = f"{name}_client"
    if python.exists() and module_version(str(python), module) is not None:
        return str(python)
    requirement = ["-e", str(REPO / "clients" / "python")] if name == "podium" else [GRADIO_CLIENT_PIN]
    if log:
        print(f"building {venv} with {' '.join(requirement)} (first run only)...", flush=True)
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", "--clear", str(venv)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", *requirement], check=True)
    return str(python)
