"""Turning the MCP server on and off, its schema route, the printed URL, and MCP in an
app mounted under a sub-path of another app."""

from __future__ import annotations

import asyncio
import base64
import json
import subprocess
import sys
import threading
import time
from collections.abc import Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import uvicorn
from mcp import Client
from mcp.client.sse import sse_client
from starlette.applications import Starlette

import podium as gr
from tests.conftest import free_port


def shout(text: str) -> str:
    """Shouts the text.

    Args:
        text: what to shout
    """
    return text.upper()


def run(coroutine: Coroutine[Any, Any, Any]) -> Any:
    """Runs a client scenario on a loop of its own thread: Playwright's sync API (browser
    tests in the same session) may leave an event loop running on the main thread."""
    with ThreadPoolExecutor(1) as thread:
        return thread.submit(asyncio.run, coroutine).result()


def app() -> gr.Blocks:
    return gr.Interface(shout, "text", "text")


def test_mcp_is_off_unless_asked_for(client_for):
    client = client_for(app())
    assert client.get("/gradio_api/mcp/schema").status_code == 404
    assert client.post("/gradio_api/mcp/", json={}).status_code == 404
    assert client.get("/config").json()["mcp_server"] is False


@pytest.mark.parametrize("variable", ["PODIUM_MCP_SERVER", "GRADIO_MCP_SERVER"])
def test_the_environment_variable_turns_it_on(client_for, monkeypatch: pytest.MonkeyPatch, variable: str):
    monkeypatch.setenv(variable, "True")
    client = client_for(app())
    assert client.get("/config").json()["mcp_server"] is True
    assert [tool["name"] for tool in client.get("/gradio_api/mcp/schema").json()] == ["shout"]


def test_schema_route_describes_every_tool_without_a_session(client_for):
    client = client_for(app(), mcp_server=True)
    assert client.get("/gradio_api/mcp/schema").json() == [
        {
            "name": "shout",
            "description": "Shouts the text.",
            "inputSchema": {
                "type": "object",
                "properties": {"text": {"type": "string", "description": "what to shout"}},
                "required": ["text"],
            },
            "meta": {"file_data_present": False, "mcp_type": "tool", "endpoint_name": "shout"},
        }
    ]
    assert client.get("/gradio_api/mcp/schema?tools=other").json() == []


def test_apps_without_mcp_never_import_the_sdk():
    code = (
        "import json, sys, podium as gr; from podium.server.app import create_app; "
        "create_app(gr.Interface(lambda x: x, 'text', 'text')); "
        "print(json.dumps([m for m in ('mcp', 'mcp_types') if m in sys.modules]))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == []


def test_launch_prints_the_mcp_url(capsys: pytest.CaptureFixture[str]):
    demo = app()
    port = free_port()
    try:
        demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, mcp_server=True)
    finally:
        demo.close()
    assert f"* Streamable HTTP URL: http://127.0.0.1:{port}/gradio_api/mcp/" in capsys.readouterr().out


@pytest.fixture
def mounted_url() -> Iterator[str]:
    """A Starlette app with a Podium app mounted at /demo, served by uvicorn."""
    host = Starlette()
    gr.mount_gradio_app(host, app(), "/demo", mcp_server=True)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(host, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    yield f"http://127.0.0.1:{port}/demo/"
    server.should_exit = True
    thread.join(10)


@pytest.mark.parametrize("transport", ["streamable-http", "sse"])
def test_mcp_works_in_an_app_mounted_under_a_path(mounted_url: str, transport: str):
    # The parent app runs no lifespan of the mounted app: MCP must start on first use,
    # and SSE must tell the client to post its messages under /demo.
    async def scenario() -> Any:
        target: Any = f"{mounted_url}gradio_api/mcp/" if transport == "streamable-http" \
            else sse_client(f"{mounted_url}gradio_api/mcp/sse")
        async with Client(target) as client:
            return await client.call_tool("shout", {"text": "hi"})

    assert run(scenario()).content[0].text == "HI"


def file_size(path: str) -> int:
    with open(path, "rb") as handle:
        return len(handle.read())


def test_base64_files_beyond_the_sdk_default_but_within_max_file_size(serve):
    small = serve(gr.Interface(file_size, gr.File(), "number"), mcp_server=True, max_file_size="1kb")
    roomy = serve(gr.Interface(file_size, gr.File(), "number"), mcp_server=True)

    def data_uri(size: int) -> str:
        return "data:application/octet-stream;base64," + base64.b64encode(b"z" * size).decode()

    async def scenario() -> tuple[Any, Any]:
        async with Client(f"{small}gradio_api/mcp/") as client:
            refused = await client.call_tool("file_size", {"path": data_uri(2000)})
        async with Client(f"{roomy}gradio_api/mcp/") as client:
            # Larger than the MCP SDK's own 4 MiB request limit.
            accepted = await client.call_tool("file_size", {"path": data_uri(6_000_000)})
        return refused, accepted

    refused, accepted = run(scenario())
    assert refused.is_error and "larger than the maximum upload size" in refused.content[0].text
    assert accepted.content[0].text == "6000000"
