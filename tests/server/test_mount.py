"""A Podium app mounted inside another ASGI app, under a sub-path."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.testclient import TestClient

import podium as gr
from tests.server.conftest import sse_events


def test_mounted_app_serves_its_api_and_config_under_the_path():
    async def home(request):
        return PlainTextResponse("host app")

    host = Starlette(routes=[Route("/", home)])
    demo = gr.Interface(lambda name: f"Hi {name}", "text", "text", api_name="hi")
    assert gr.mount_gradio_app(host, demo, "/demo") is host
    client = TestClient(host)
    assert client.get("/").text == "host app"
    config = client.get("/demo/config").json()
    assert config["root"] == "http://testserver/demo"
    event_id = client.post("/demo/gradio_api/call/hi", json={"data": ["Ann"]}).json()["event_id"]
    assert sse_events(client, f"/demo/gradio_api/call/hi/{event_id}") == [("complete", ["Hi Ann"])]
