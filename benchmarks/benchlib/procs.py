"""Start and stop benchmark servers, and read their CPU time and memory from /proc.

Only processes this harness started are ever signalled, and only by their PID.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

CLK_TCK = os.sysconf("SC_CLK_TCK")
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
PORTS = range(7870, 7900)
APPS_DIR = Path(__file__).resolve().parent.parent / "apps"

# Keep both frameworks off the network and quiet: no analytics, no hub look-ups.
QUIET_ENV = {
    "GRADIO_ANALYTICS_ENABLED": "False",
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "DO_NOT_TRACK": "1",
    "PYTHONUNBUFFERED": "1",
}


class ServerError(RuntimeError):
    """A benchmark server failed to start or answer."""


def free_port() -> int:
    """First port in 7870-7899 that nothing listens on at 127.0.0.1."""
    for port in PORTS:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise ServerError("no free port in 7870-7899")


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def process_tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (a server may fork workers)."""
    tree = _children()
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        todo.extend(tree.get(current, []))
    return out


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of ``pid`` and its descendants, in seconds."""
    total = 0
    for proc in process_tree(pid):
        try:
            fields = Path(f"/proc/{proc}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / CLK_TCK


def rss_bytes(pid: int) -> int:
    """Resident set size of ``pid`` and its descendants, in bytes."""
    total = 0
    for proc in process_tree(pid):
        try:
            total += int(Path(f"/proc/{proc}/statm").read_text().split()[1]) * PAGE_SIZE
        except OSError:
            continue
    return total


@dataclass
class Server:
    """One benchmark app running as its own process under one framework."""

    framework: str
    python: str
    app: str
    env: dict[str, str] = field(default_factory=dict)
    port: int = 0
    proc: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0
    log_path: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def start(self, log_dir: Path) -> None:
        self.port = free_port()
        env = {
            **os.environ,
            **QUIET_ENV,
            **self.env,
            "BENCH_FRAMEWORK": self.framework,
            "BENCH_PORT": str(self.port),
        }
        log_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = log_dir / f"{self.framework}-{self.app}-{self.port}.log"
        log = self.log_path.open("wb")
        self.started_at = time.perf_counter()
        self.proc = subprocess.Popen(
            [self.python, str(APPS_DIR / f"{self.app}.py")],
            cwd=APPS_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        log.close()

    def wait_ready(self, timeout: float = 60.0) -> float:
        """Poll ``GET /`` until it answers 200; seconds from spawn to that answer."""
        deadline = self.started_at + timeout
        last = "no answer"
        with httpx.Client(timeout=5.0) as client:
            while time.perf_counter() < deadline:
                if self.proc is not None and self.proc.poll() is not None:
                    raise ServerError(f"{self.framework} {self.app} exited early:\n{self.tail()}")
                try:
                    status = client.get(self.url + "/").status_code
                except httpx.TransportError as exc:
                    last = f"{type(exc).__name__}: {exc}"
                else:
                    if status == 200:
                        return time.perf_counter() - self.started_at
                    last = f"HTTP {status}"
                time.sleep(0.005)
        raise ServerError(
            f"{self.framework} {self.app} not ready in {timeout}s (last: {last}):\n{self.tail()}"
        )

    def tail(self, lines: int = 30) -> str:
        if self.log_path is None or not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def stop(self) -> None:
        """SIGTERM, then SIGKILL, the process this object started (by its PID only)."""
        if self.proc is None or self.proc.poll() is not None:
            return
        descendants = process_tree(self.proc.pid)[1:]
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        for pid in descendants:  # workers the server itself forked, if any
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
