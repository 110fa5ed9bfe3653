"""The real gradio_client against Podium plot outputs: values arrive in Gradio's shapes."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from gradio_client import Client

import podium as gr


def scores(n: float) -> pd.DataFrame:
    return pd.DataFrame({"step": [1, 2, 3], "score": [n, n * 2, n * 3]})


def spectrum(n: float):
    import plotly.graph_objects as go

    return go.Figure(go.Bar(x=["a", "b"], y=[n, n + 1]))


@pytest.fixture
def client(serve) -> Client:
    with gr.Blocks() as demo:
        number = gr.Number(label="n")
        line = gr.LinePlot(x="step", y="score")
        chart = gr.Plot()
        gr.Button("Scores").click(scores, number, line, api_name="scores")
        gr.Button("Spectrum").click(spectrum, number, chart, api_name="spectrum")
    return Client(serve(demo), verbose=False)


def test_native_plot_output_is_the_row_payload(client: Client):
    result = client.predict(2, api_name="/scores")
    assert result["columns"] == ["step", "score"] and result["mark"] == "line"
    assert result["data"] == [[1, 2.0], [2, 4.0], [3, 6.0]]
    assert result["datatypes"] == {"step": "quantitative", "score": "quantitative"}


def test_plot_output_is_type_and_serialised_figure(client: Client):
    result = client.predict(5, api_name="/spectrum")
    assert result["type"] == "plotly"
    bar = json.loads(result["plot"])["data"][0]
    assert bar["type"] == "bar" and bar["x"] == ["a", "b"]
    assert "/spectrum" in client.view_api(print_info=False, return_format="dict")["named_endpoints"]
