"""Fixtures shared by every test layer: live servers for conformance and browser tests."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import podium

# gradio_client phones home unless told not to; tests must stay on loopback.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def serve() -> Iterator[Callable[..., str]]:
    """Launches a Blocks app on a real uvicorn server; returns its URL. Closed after the test."""
    launched: list[podium.Blocks] = []

    def start(demo: podium.Blocks, **launch_kwargs: object) -> str:
        port = free_port()
        demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True, **launch_kwargs)
        launched.append(demo)
        return f"http://127.0.0.1:{port}/"

    yield start
    for demo in launched:
        demo.close()


@pytest.fixture
def nginx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Any]]:
    """Starts a real nginx on a free loopback port with the given `location` blocks."""
    from tests.nginx_proxy import Nginx

    started: list[Any] = []

    def start(locations: str) -> Any:
        proxy = Nginx(tmp_path_factory.mktemp("nginx"), free_port(), locations)
        proxy.start()
        started.append(proxy)
        return proxy

    yield start
    for proxy in started:
        proxy.stop()
