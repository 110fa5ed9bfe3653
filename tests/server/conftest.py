"""In-process ASGI testing: the app runs in the test's process, no sockets."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from starlette.testclient import TestClient

import podium
from podium.server.app import create_app


@pytest.fixture
def client_for() -> Iterator[Callable[..., TestClient]]:
    clients: list[TestClient] = []

    def make(demo: podium.Blocks, **app_kwargs: Any) -> TestClient:
        client = TestClient(create_app(demo, **app_kwargs))
        client.__enter__()  # runs the lifespan (queue sweeper)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


def sse_messages(client: TestClient, url: str) -> list[dict[str, Any]]:
    """Reads a session stream (`data:` frames) until the server ends it."""
    messages = []
    with client.stream("GET", url) as response:
        assert response.status_code == 200, response.read()
        assert response.headers["content-type"].startswith("text/event-stream")
        for line in response.iter_lines():
            if line.startswith("data: "):
                messages.append(json.loads(line[6:]))
    return messages


def sse_events(client: TestClient, url: str) -> list[tuple[str, Any]]:
    """Reads a REST call stream (`event:` + `data:` frames) until the server ends it."""
    events: list[tuple[str, Any]] = []
    name = None
    with client.stream("GET", url) as response:
        assert response.status_code == 200, response.read()
        for line in response.iter_lines():
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                events.append((name or "", json.loads(line[6:])))
    return events


def run_in_session(client: TestClient, fn_index: int, data: list[Any], session: str = "s1", **extra: Any) -> list[dict[str, Any]]:
    """Joins the queue and returns every message of that session's stream."""
    joined = client.post("/gradio_api/queue/join", json={"data": data, "fn_index": fn_index, "session_hash": session, **extra})
    assert joined.status_code == 200, joined.text
    return sse_messages(client, f"/gradio_api/queue/data?session_hash={session}")


def completed(messages: list[dict[str, Any]]) -> dict[str, Any]:
    finals = [m for m in messages if m["msg"] == "process_completed"]
    assert len(finals) == 1, messages
    return finals[0]
