"""LinePlot / ScatterPlot / BarPlot: DataFrame payloads as Gradio sends them, and clear errors."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import podium as gr
from podium.components.native_plot import PlotData


@pytest.fixture
def frame() -> pd.DataFrame:
    return pd.DataFrame({
        "day": [1, 2, 3],
        "sales": [3.5, 1.0, 4.0],
        "shop": ["north", "south", "north"],
        "when": pd.date_range("2024-01-01", periods=3, freq="h"),
    })


def test_dataframe_becomes_rows_with_a_type_per_column(frame):
    wire = gr.LinePlot(x="day", y="sales").postprocess(frame)
    assert wire == {
        "columns": ["day", "sales", "shop", "when"],
        "data": [[1, 3.5, "north", 1704067200000], [2, 1.0, "south", 1704070800000], [3, 4.0, "north", 1704074400000]],
        "datatypes": {"day": "quantitative", "sales": "quantitative", "shop": "nominal", "when": "temporal"},
        "mark": "line",
    }


def test_each_kind_names_its_mark(frame):
    assert gr.ScatterPlot(x="day", y="sales").postprocess(frame)["mark"] == "point"
    assert gr.BarPlot(x="shop", y="sales").postprocess(frame)["mark"] == "bar"


def test_a_dict_of_columns_needs_no_pandas():
    wire = gr.ScatterPlot(x="x", y="y").postprocess({"x": [1, 2], "y": [0.5, float("nan")], "d": [dt.date(2024, 1, 2)] * 2})
    assert wire["data"] == [[1, 0.5, 1704153600000], [2, None, 1704153600000]]
    assert wire["datatypes"] == {"x": "quantitative", "y": "quantitative", "d": "temporal"}


def test_missing_values_and_categories(frame):
    frame.loc[1, "sales"] = None
    frame["shop"] = frame["shop"].astype("category")
    wire = gr.BarPlot(x="shop", y="sales").postprocess(frame)
    assert wire["data"][1][1] is None and wire["datatypes"]["shop"] == "nominal"


def test_chart_options_are_props_for_the_browser(frame):
    plot = gr.BarPlot(
        frame, x="when", y="sales", color="shop", title="Sales", x_title="Hour", y_title="€", x_bin="1h",
        y_aggregate="mean", color_map={"north": "#f00", "south": "blue"}, x_lim=[0, None], y_lim=[0, 10],
        sort="-y", tooltip=["day"], caption="per hour", height=420, x_label_angle=30,
    )
    props = plot.get_config()["props"]
    assert props["x_bin"] == "1h" and props["y_aggregate"] == "mean" and props["sort"] == "-y"
    assert props["color_map"] == {"north": "#f00", "south": "blue"} and props["x_lim"] == [0, None]
    assert props["caption"] == "per hour" and props["height"] == 420 and props["tooltip"] == ["day"]
    assert props["value"]["mark"] == "bar"
    assert props["show_label"] is False and gr.BarPlot(label="Sales")._explicit_args  # label shows only when set
    assert gr.BarPlot(label="Sales").get_config()["props"]["show_label"] is True


def test_select_listener_marks_the_plot_selectable(frame):
    with gr.Blocks():
        plot = gr.LinePlot(frame, x="day", y="sales")
        plot.select(lambda: None)
        assert plot.get_config()["props"]["_selectable"] is True
    names = {name for name in ("change", "select", "double_click") if callable(getattr(plot, name))}
    assert names == {"change", "select", "double_click"}


def test_missing_columns_are_named(frame):
    with pytest.raises(ValueError, match=r"LinePlot: y='price' is not a column of the data; the columns are \['day'"):
        gr.LinePlot(x="day", y="price").postprocess(frame)
    with pytest.raises(ValueError, match="color='region'"):
        gr.ScatterPlot(x="day", y="sales", color="region").postprocess(frame)
    with pytest.raises(ValueError, match=r"tooltip\[0\]='cost'"):
        gr.ScatterPlot(x="day", y="sales", tooltip=["cost"]).postprocess(frame)
    with pytest.raises(ValueError, match="needs x= and y="):
        gr.LinePlot().postprocess(frame)


def test_wrong_types_are_explained(frame):
    with pytest.raises(ValueError, match="y='shop' must hold numbers"):
        gr.BarPlot(x="day", y="shop").postprocess(frame)
    assert gr.BarPlot(x="day", y="shop", y_aggregate="count").postprocess(frame)["mark"] == "bar"
    with pytest.raises(ValueError, match="x_bin='1h' does not fit x='day'"):
        gr.BarPlot(x="day", y="sales", x_bin="1h").postprocess(frame)
    with pytest.raises(ValueError, match="x_bin=2 does not fit x='when'"):
        gr.BarPlot(x="when", y="sales", x_bin=2).postprocess(frame)
    with pytest.raises(ValueError, match="expected a pandas DataFrame or a dict of columns"):
        gr.LinePlot(x="a", y="b").postprocess([[1, 2]])
    with pytest.raises(ValueError, match="same number of values"):
        gr.LinePlot(x="a", y="b").postprocess({"a": [1, 2], "b": [1]})
    with pytest.raises(ValueError, match="timedelta"):
        gr.LinePlot(x="a", y="b").postprocess(pd.DataFrame({"a": [pd.Timedelta(1)], "b": [1]}))


def test_bad_options_fail_at_construction():
    with pytest.raises(ValueError, match="y_aggregate must be one of"):
        gr.LinePlot(x="a", y="b", y_aggregate="avg")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="sort must be"):
        gr.BarPlot(x="a", y="b", sort="up")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"x_lim must be \[min, max\]"):
        gr.LinePlot(x="a", y="b", x_lim=[1])


def test_payloads_round_trip_through_preprocess(frame):
    plot = gr.LinePlot(x="day", y="sales")
    wire = plot.postprocess(frame)
    received = plot.preprocess(wire)
    assert isinstance(received, PlotData) and received.columns == wire["columns"] and received.mark == "line"
    assert plot.postprocess(received) == wire
    assert plot.postprocess(wire) == wire
    with pytest.raises(ValueError, match="rows with 2 values"):
        plot.check_payload({"columns": ["day", "sales"], "data": [[1]], "datatypes": {}, "mark": "line"})
    assert plot.postprocess(None) is None and plot.preprocess(None) is None


def test_shortcut_strings_make_plots():
    with gr.Blocks():
        interface_output = gr.components.component_from("lineplot")
    assert isinstance(interface_output, gr.LinePlot)
    assert isinstance(gr.components.component_from("plot"), gr.Plot)
