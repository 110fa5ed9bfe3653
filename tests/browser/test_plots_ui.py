"""Plots in a real browser: each library draws, plotly tooltips, native-plot brushing, and
that an app showing only a matplotlib image never downloads plotly, vega or BokehJS."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
from playwright.sync_api import Locator, Page, expect

import podium as gr
from tests.browser.conftest import screenshot

STATIC = Path(gr.__file__).parent / "static"


def _chunk_files(*sources: str) -> set[str]:
    """The built files (chunk and what it alone imports) of the given source modules."""
    manifest = json.loads((STATIC / ".vite" / "manifest.json").read_text())
    return {Path(manifest[source]["file"]).name for source in sources}


def _vega_files() -> set[str]:
    """Every built file that holds vega (the shared chunk behind altair and native plots)."""
    manifest = json.loads((STATIC / ".vite" / "manifest.json").read_text())
    altair = manifest["src/components/plot/altair.ts"]
    return {Path(manifest[key]["file"]).name for key in altair.get("imports", []) if "vega" in key}


HEAVY = ("src/components/plot/plotly.ts", "src/components/plot/bokeh.ts", "src/components/plot/altair.ts")


def _matplotlib_figure():
    from matplotlib.figure import Figure

    figure = Figure(figsize=(5, 3.2))
    axes = figure.add_subplot()
    axes.plot([0, 1, 2, 3], [1, 3, 2, 4], marker="o")
    axes.set_title("Loss")
    return figure


def _requested(page: Page) -> list[str]:
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    return urls


def test_matplotlib_image_without_downloading_plot_libraries(serve, page: Page):
    with gr.Blocks() as demo:
        gr.Plot(_matplotlib_figure(), label="Training loss")
    urls = _requested(page)
    page.goto(serve(demo))
    image = page.get_by_test_id("matplotlib-plot")
    expect(image).to_be_visible()
    assert image.evaluate("img => img.complete && img.naturalWidth") == 500  # 5in at 100 dpi
    # The Plot chunk decides what to fetch when it mounts, before the image shows; by now
    # any renderer it wanted would have been requested.
    fetched = {url.rsplit("/", 1)[-1].split("?")[0] for url in urls}
    assert _chunk_files("src/components/plot/index.ts") <= fetched
    heavy = _chunk_files(*HEAVY) | _vega_files()
    assert not heavy & fetched, f"a matplotlib-only app fetched {heavy & fetched}"
    screenshot(page, "plot_matplotlib")


def test_plotly_point_shows_its_tooltip_on_hover(serve, page: Page):
    figure = go.Figure(go.Scatter(x=[1, 2, 3], y=[10, 30, 20], mode="markers", marker={"size": 16},
                                  hovertemplate="day %{x}: %{y} visits<extra></extra>"))
    with gr.Blocks() as demo:
        plot = gr.Plot(label="Visits")
        gr.Button("Draw").click(lambda: figure, None, plot)
    urls = _requested(page)
    page.goto(serve(demo))
    page.get_by_role("button", name="Draw").click()
    points = page.locator(".pd-plot-plotly .scatterlayer .point")
    expect(points).to_have_count(3, timeout=20_000)  # plotly.js is a large chunk to fetch and parse
    # A figure without a height gets plotly's usual 450px, not the empty block's height.
    assert page.locator(".pd-plot-plotly .main-svg").first.bounding_box()["height"] == 450  # type: ignore[index]
    box = points.nth(1).bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    expect(page.locator(".pd-plot-plotly .hoverlayer")).to_contain_text("day 2: 30 visits")
    fetched = {url.rsplit("/", 1)[-1] for url in urls}
    assert _chunk_files("src/components/plot/plotly.ts") <= fetched  # the check above is not vacuous
    screenshot(page, "plot_plotly_hover")


def test_altair_chart_draws_its_marks(serve, page: Page):
    import altair as alt

    data = pd.DataFrame({"fruit": ["apple", "pear", "plum", "fig"], "count": [3, 7, 2, 5]})
    chart = alt.Chart(data).mark_bar().encode(x="fruit", y="count", tooltip=["fruit", "count"])
    with gr.Blocks() as demo:
        gr.Plot(chart, label="Fruit")
    page.goto(serve(demo))
    bars = page.locator(".pd-plot-altair svg .mark-rect path")
    expect(bars).to_have_count(4)
    heights = [bars.nth(i).bounding_box()["height"] for i in range(4)]  # type: ignore[index]
    assert heights[1] > heights[3] > heights[0] > heights[2] > 0  # 7 > 5 > 3 > 2
    screenshot(page, "plot_altair")


def test_bokeh_figure_draws_on_its_canvas(serve, page: Page):
    from bokeh.plotting import figure

    plot = figure(title="Waves", width=500, height=300)
    plot.line([0, 1, 2, 3, 4], [0, 3, 1, 4, 2], line_width=3, color="#dc2626")
    with gr.Blocks() as demo:
        gr.Plot(plot, label="Bokeh")
    urls = _requested(page)
    page.goto(serve(demo))
    canvas = page.locator(".pd-plot-bokeh canvas").first
    expect(canvas).to_be_visible()
    # Some pixels are the line's red: BokehJS really drew the glyph.
    red = canvas.evaluate(
        """c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
                  for (let i = 0; i < d.length; i += 4) if (d[i] > 200 && d[i + 1] < 80 && d[i + 2] < 80) n++; return n; }"""
    )
    assert red > 50
    assert all(url.startswith("http://127.0.0.1") for url in urls), "bokeh must not load anything from a CDN"
    screenshot(page, "plot_bokeh")


def _brush(page: Page, chart: Locator, start: float, end: float) -> None:
    """Drags across the chart's plotting area from `start` to `end` (fractions of its width)."""
    area = chart.locator("svg .role-frame path.background").first
    box = area.bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * start, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * (start + end) / 2, y, steps=4)
    page.mouse.move(box["x"] + box["width"] * end, y, steps=4)
    page.mouse.up()


def test_brushing_a_scatter_plot_sends_the_x_range_and_double_click_resets(serve, page: Page):
    data = pd.DataFrame({"x": list(range(11)), "y": [v * v for v in range(11)]})
    with gr.Blocks() as demo:
        plot = gr.ScatterPlot(data, x="x", y="y", title="Squares")
        chosen = gr.Textbox(label="Range")

        def picked(event: gr.SelectData) -> str:
            low, high = event.index
            assert event.value == event.index
            return f"{low:.2f}..{high:.2f}"

        plot.select(picked, None, chosen)
        plot.double_click(lambda: "reset", None, chosen)
    page.goto(serve(demo))
    expect(page.locator(".pd-nplot-chart svg .mark-symbol path")).to_have_count(11)
    _brush(page, page.locator(".pd-nplot-chart"), 0.3, 0.7)
    box = page.get_by_label("Range")
    expect(box).not_to_have_value("")
    low, high = (float(part) for part in box.input_value().split(".."))
    assert 2 < low < 4.5 and 5.5 < high < 8, (low, high)  # the middle 40% of a 0..10 axis
    screenshot(page, "native_scatter_brushed")
    page.locator(".pd-nplot-chart").dblclick()
    expect(box).to_have_value("reset")


def test_brushing_a_dated_line_plot_gives_seconds(serve, page: Page):
    start = pd.Timestamp("2024-03-01")
    data = pd.DataFrame({"when": pd.date_range(start, periods=24, freq="h"), "load": [i % 7 for i in range(24)]})
    with gr.Blocks() as demo:
        plot = gr.LinePlot(data, x="when", y="load", x_title="Time", y_title="Load")
        chosen = gr.Textbox(label="Range")

        def picked(event: gr.SelectData) -> str:
            return f"{event.index[0]:.0f}..{event.index[1]:.0f}"

        plot.select(picked, None, chosen)
    page.goto(serve(demo))
    expect(page.locator(".pd-nplot-chart svg .mark-line path")).to_have_count(1)
    _brush(page, page.locator(".pd-nplot-chart"), 0.25, 0.5)
    box = page.get_by_label("Range")
    expect(box).not_to_have_value("")
    low, high = (float(part) for part in box.input_value().split(".."))
    first, last = start.timestamp(), start.timestamp() + 23 * 3600
    assert first < low < high < last and (high - low) > 3 * 3600, (low, high)


def test_options_that_do_not_fit_the_data_show_a_message(serve, page: Page):
    data = pd.DataFrame({"x": [1, 2, 3], "y": [2, 4, 1]})
    with gr.Blocks() as demo:
        plot = gr.BarPlot(data, x="x", y="y", label="Bars", show_label=True)
        gr.Button("Break x").click(lambda: gr.update(x="missing"), None, plot)
        gr.Button("Bad data").click(lambda: pd.DataFrame({"a": [1]}), None, plot)
    page.goto(serve(demo, show_error=True))
    expect(page.locator(".pd-nplot-chart svg .mark-rect path")).to_have_count(3)
    page.get_by_role("button", name="Break x").click()
    expect(page.get_by_role("alert").filter(has_text='x="missing" is not a column of the data')).to_be_visible()
    page.get_by_role("button", name="Bad data").click()
    expect(page.get_by_role("alert").filter(has_text="is not a column of the data; the columns are ['a']")).to_be_visible()


def test_gallery_plots_tab_draws_every_kind(serve, page: Page):
    from tests.browser.test_component_gallery import load_example

    page.goto(serve(load_example()))
    page.get_by_role("tab", name="Plots").click()
    charts = page.locator(".pd-nplot-chart svg")
    expect(charts).to_have_count(3)  # line, bar and scatter
    expect(page.get_by_test_id("matplotlib-plot")).to_be_visible()
    page.get_by_role("radio", name="altair", exact=True).check()
    expect(page.locator(".pd-plot-altair svg .mark-rect path")).to_have_count(4)
    _brush(page, page.locator(".pd-nplot-chart").first, 0.2, 0.6)
    expect(page.get_by_text("Brushed May")).to_be_visible()
    screenshot(page, "gallery_plots")
