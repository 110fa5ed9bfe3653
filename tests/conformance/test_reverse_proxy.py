"""Behind a real nginx, under a sub-path: page, config, API, files, OpenAPI, docs, MCP.

Two deployments: an app launched with `root_path="/demo"` behind
`location /demo/ { proxy_pass http://app/; }` (nginx strips the prefix), and an app
mounted in another ASGI app with `mount_gradio_app(..., path="/sub")` behind a plain
`location /`. nginx keeps its default response buffering: event streams still stream
because Podium sends `X-Accel-Buffering: no`.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx
import pytest
import uvicorn
from gradio_client import Client, handle_file
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route

import podium as gr
from tests.conftest import free_port
from tests.nginx_proxy import location


def make_app() -> gr.Blocks:
    def slow_count(n: float):
        for i in range(int(n)):
            time.sleep(0.2)
            yield str(i)

    with gr.Blocks() as demo:
        text, out = gr.Textbox(), gr.Textbox()
        text.submit(lambda s: s[::-1], text, out, api_name="reverse")
        upload, echoed = gr.File(), gr.File()
        upload.upload(lambda path: path, upload, echoed, api_name="echo_file")
        number, counted = gr.Number(), gr.Textbox()
        number.submit(slow_count, number, counted, api_name="count")
    return demo


@pytest.fixture
def behind_prefix(serve, nginx) -> str:
    app_url = serve(make_app(), root_path="/demo")
    proxy = nginx(location("/demo/", app_url))
    return proxy.url + "/demo/"


def test_page_and_config_know_their_public_url(behind_prefix: str):
    page = httpx.get(behind_prefix)
    assert page.status_code == 200 and "gradio_config" in page.text
    config = httpx.get(behind_prefix + "config").json()
    assert config["root"] == behind_prefix.rstrip("/")
    asset = next(part.split('"')[0] for part in page.text.split('src="./assets/')[1:2])
    assert httpx.get(behind_prefix + "assets/" + asset).status_code == 200


def test_gradio_client_calls_streams_and_moves_files_through_the_proxy(behind_prefix: str, tmp_path: Path):
    client = Client(behind_prefix, verbose=False)
    assert client.predict("abc", api_name="/reverse") == "cba"
    source = tmp_path / "note.txt"
    source.write_bytes(b"through nginx\n")
    result = client.predict(handle_file(str(source)), api_name="/echo_file")
    assert Path(result).read_bytes() == b"through nginx\n"


def test_event_stream_is_not_buffered_by_nginx(behind_prefix: str):
    started = time.monotonic()
    arrivals: list[float] = []
    event = httpx.post(behind_prefix + "gradio_api/call/count", json={"data": [4]}).json()["event_id"]
    with httpx.stream("GET", f"{behind_prefix}gradio_api/call/count/{event}", timeout=30) as response:
        for line in response.iter_lines():
            if line.startswith("event: generating"):
                arrivals.append(time.monotonic() - started)
    # Four yields 0.2 s apart arrive spread out, not all at once at the end.
    assert len(arrivals) >= 3 and arrivals[-1] - arrivals[0] > 0.3


def test_openapi_and_its_docs_page_use_the_sub_path(behind_prefix: str):
    document = httpx.get(behind_prefix + "gradio_api/openapi.json").json()
    assert document["servers"][0]["url"].rstrip("/") == behind_prefix.rstrip("/")
    docs = httpx.get(behind_prefix + "gradio_api/docs")
    assert docs.status_code == 200 and "swagger-ui-bundle.js" in docs.text
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "viewer.js"):
        # The page links them relatively (../assets/openapi/...), which resolves here:
        assert httpx.get(f"{behind_prefix}assets/openapi/{asset}").status_code == 200, asset


def test_mounted_app_behind_nginx(nginx):
    async def home(request):
        return PlainTextResponse("host app")

    host = Starlette(routes=[Route("/", home)])
    gr.mount_gradio_app(host, make_app(), path="/sub")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(host, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        proxy = nginx(location("/", f"http://127.0.0.1:{port}"))
        assert httpx.get(proxy.url + "/").text == "host app"
        config = httpx.get(proxy.url + "/sub/config").json()
        assert config["root"] == proxy.url + "/sub"
        client = Client(proxy.url + "/sub/", verbose=False)
        assert client.predict("xyz", api_name="/reverse") == "zyx"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_mcp_server_behind_the_proxy(serve, nginx):
    app_url = serve(make_app(), root_path="/demo", mcp_server=True)
    proxy = nginx(location("/demo/", app_url))
    schema = httpx.get(proxy.url + "/demo/gradio_api/mcp/schema")
    assert schema.status_code == 200
    assert "reverse" in schema.text
