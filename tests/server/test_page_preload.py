"""The page asks the browser to preload the chunks of every lazily loaded type the app
uses, including types that share a chunk (the native plots) or a layout module."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from starlette.testclient import TestClient

import podium as gr
from podium.server.routes.page import STATIC_DIR


def preloaded(client: TestClient) -> set[str]:
    head = client.get("/").text.split("</head>", 1)[0]
    return set(re.findall(r'<link rel="modulepreload" crossorigin href="\./([^"]+)"', head))


def test_shared_chunks_and_walkthrough_are_preloaded(client_for: Callable[..., TestClient]) -> None:
    chunks = json.loads((STATIC_DIR / "preload.json").read_text(encoding="utf-8"))
    with gr.Blocks() as demo, gr.Walkthrough():
        with gr.Step("Data"):
            gr.ScatterPlot(x="a", y="b")
        with gr.Step("Bars"):
            gr.BarPlot(x="a", y="b")
    links = preloaded(client_for(demo))
    for kind in ("scatterplot", "barplot", "walkthrough"):
        assert kind in chunks, f"no chunk listed for {kind}"
        assert set(chunks[kind]["js"]) <= links, kind


def test_an_app_without_plots_preloads_no_plot_chunk(client_for: Callable[..., TestClient]) -> None:
    chunks = json.loads((STATIC_DIR / "preload.json").read_text(encoding="utf-8"))
    with gr.Blocks() as demo:
        gr.Textbox()
    links = preloaded(client_for(demo))
    assert not set(chunks["lineplot"]["js"]) & links
