"""gr.Plot: each plotting library's figure becomes {"type", "plot"} as Gradio sends it."""

from __future__ import annotations

import base64
import json
import subprocess
import sys

import pytest

import podium as gr
from podium.components.plot import PlotData


def _matplotlib_figure():
    from matplotlib.figure import Figure

    figure = Figure(figsize=(4, 3))
    figure.add_subplot().plot([1, 2, 3], [3, 1, 2])
    return figure


def test_matplotlib_figure_becomes_an_image_in_the_chosen_format():
    webp = gr.Plot().postprocess(_matplotlib_figure())
    assert webp["type"] == "matplotlib"
    assert webp["plot"].startswith("data:image/webp;base64,")
    assert base64.b64decode(webp["plot"].split(",", 1)[1])[8:12] == b"WEBP"
    png = gr.Plot(format="png").postprocess(_matplotlib_figure())
    assert base64.b64decode(png["plot"].split(",", 1)[1]).startswith(b"\x89PNG")


def test_pyplot_figures_are_closed_once_sent():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots()
    axes.bar(["a", "b"], [1, 2])
    assert gr.Plot(format="png").postprocess(figure)["type"] == "matplotlib"
    assert figure.number not in plt.get_fignums()
    # Returning the pyplot module itself draws its current figure, as Gradio allows.
    plt.plot([0, 1], [1, 0])
    assert gr.Plot(format="png").postprocess(plt)["plot"].startswith("data:image/png;base64,")
    plt.close("all")


def test_plotly_figure_travels_as_its_json():
    import plotly.graph_objects as go

    figure = go.Figure(go.Scatter(x=[1, 2, 3], y=[4, 1, 7], mode="markers", name="points"))
    wire = gr.Plot().postprocess(figure)
    assert wire["type"] == "plotly"
    spec = json.loads(wire["plot"])
    assert spec["data"][0]["name"] == "points" and spec["data"][0]["mode"] == "markers"


def test_altair_chart_travels_as_its_vega_lite_spec():
    import altair as alt
    import pandas as pd

    chart = alt.Chart(pd.DataFrame({"a": [1, 2], "b": [3, 4]})).mark_point().encode(x="a", y="b")
    wire = gr.Plot().postprocess(chart)
    assert wire["type"] == "altair"
    spec = json.loads(wire["plot"])
    assert spec["mark"]["type"] == "point" and spec["encoding"]["x"]["field"] == "a"


def test_bokeh_figure_travels_as_a_json_item():
    from bokeh.plotting import figure

    plot = figure(title="waves")
    plot.line([1, 2, 3], [3, 1, 2])
    wire = gr.Plot().postprocess(plot)
    assert wire["type"] == "bokeh"
    item = json.loads(wire["plot"])
    assert {"root_id", "doc"} <= set(item)
    assert gr.Plot().get_config()["props"]["bokeh_version"] == item["doc"]["version"]


def test_payloads_pass_through_and_preprocess_to_plot_data():
    plot = gr.Plot()
    wire = {"type": "plotly", "plot": "{}"}
    assert plot.postprocess(wire) == wire
    assert plot.preprocess(wire) == PlotData(type="plotly", plot="{}")
    assert plot.postprocess(PlotData(type="altair", plot="{}")) == {"type": "altair", "plot": "{}"}
    assert plot.postprocess(None) is None and plot.preprocess(None) is None


def test_unsupported_values_get_a_clear_error():
    with pytest.raises(ValueError, match="matplotlib Figure, a plotly Figure, an altair Chart or a bokeh figure"):
        gr.Plot().postprocess([1, 2, 3])
    with pytest.raises(ValueError, match="'type'"):
        gr.Plot().check_payload({"type": "svg", "plot": "<svg/>"})
    with pytest.raises(ValueError, match="format"):
        gr.Plot(format="bmp").postprocess(_matplotlib_figure())


def test_config_matches_gradio_defaults():
    props = gr.Plot().get_config()["props"]
    assert props["format"] == "webp" and props["show_label"] is True and props["value"] is None
    assert gr.Plot().api_info()["required"] == ["type", "plot"]


def test_plotting_libraries_load_only_when_a_figure_arrives():
    code = (
        "import sys, podium as gr\n"
        "gr.Plot(); gr.LinePlot(x='a', y='b').postprocess({'a': [1], 'b': [2]})\n"
        "print(sorted(m for m in ('matplotlib', 'plotly', 'altair', 'bokeh', 'pandas') if m in sys.modules))\n"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


def test_a_static_figure_is_encoded_once_and_callables_per_load():
    from bokeh.plotting import figure

    chart = figure()
    chart.scatter([1, 2], [2, 1])
    plot = gr.Plot(chart)  # bokeh figures cannot be deep-copied: the config must not try
    first = plot.get_config()["props"]["value"]
    assert first["type"] == "bokeh" and plot.get_config()["props"]["value"] is first
    calls: list[int] = []
    dynamic = gr.Plot(lambda: calls.append(1) or {"type": "plotly", "plot": "{}"})
    dynamic.get_config()
    dynamic.get_config()
    assert len(calls) == 2
