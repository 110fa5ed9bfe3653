"""A gallery of Podium's core components, wired so each one does something visible."""

import datetime as dt
from pathlib import Path

import podium as gr


def summarize(text, count, level, agree, toppings, size, fruit, colours):
    return {
        "text": text,
        "count": count,
        "level": level,
        "agree": agree,
        "toppings": toppings,
        "size": size,
        "fruit": fruit,
        "colours": colours,
    }


def chat(message, history):
    """Echoes the message word by word, as a chat model streams."""
    reply = ""
    for word in f"You said: **{message['text']}** ({len(message['files'])} file(s))".split(" "):
        reply = f"{reply} {word}".strip()
        yield [*history, {"role": "user", "content": message["text"]}, {"role": "assistant", "content": reply}]


def classify(text):
    words = text.split() or ["nothing"]
    total = sum(len(word) for word in words)
    return {word: len(word) / total for word in words}


# ---- image editing --------------------------------------------------------------------------
def _sunset():
    """A generated picture to edit (a sky gradient, a sun, a hill), so no image file is needed."""
    import numpy as np

    height, width = 300, 480
    rows = np.linspace(0, 1, height)[:, None]
    sky = np.stack([255 - 60 * rows, 150 + 60 * rows, 90 + 150 * rows], axis=-1) * np.ones((1, width, 1))
    ys, xs = np.mgrid[0:height, 0:width]
    sky[(xs - 340) ** 2 + (ys - 120) ** 2 < 45**2] = [255, 225, 120]
    sky[ys > 220 + 25 * np.sin(xs / 70)] = [70, 120, 80]
    return sky.astype(np.uint8)


def _sunset_with_note():
    """The picture with a drawing layer: a circled sun."""
    import numpy as np

    picture = _sunset()
    layer = np.zeros((*picture.shape[:2], 4), dtype=np.uint8)
    ys, xs = np.mgrid[0 : picture.shape[0], 0 : picture.shape[1]]
    ring = np.abs(np.hypot(xs - 340, ys - 120) - 62) < 3
    layer[ring] = [220, 40, 40, 255]
    return {"background": picture, "layers": [layer], "composite": None}


def describe_edit(value):
    if value is None:
        return "Nothing drawn yet."
    composite = value["composite"]
    painted = int((value["layers"][0][..., 3] > 0).sum()) if value["layers"] else 0
    return f"A {composite.shape[1]}x{composite.shape[0]} picture; {painted} pixels painted on the first of {len(value['layers'])} layer(s)."


# ---- plots ----------------------------------------------------------------------------------
# Native plots take a pandas DataFrame or, as here, a dict of columns (no pandas needed).
def _traffic():
    start = dt.datetime(2024, 5, 1)
    hours = [start + dt.timedelta(hours=h) for h in range(48)]
    web = [40 + 25 * ((h % 24) in range(9, 18)) + (h * 7) % 11 for h in range(48)]
    api = [20 + 30 * ((h % 24) in range(12, 20)) + (h * 5) % 9 for h in range(48)]
    return {"hour": hours * 2, "requests": web + api, "service": ["web"] * 48 + ["api"] * 48}


FRUIT_SALES = {
    "fruit": ["apple", "pear", "plum", "fig", "apple", "pear", "plum", "fig"],
    "sold": [34, 21, 12, 18, 28, 25, 9, 22],
    "shop": ["north"] * 4 + ["south"] * 4,
}
IRIS_LIKE = {
    "petal length": [1.4, 1.3, 1.5, 1.7, 4.7, 4.5, 4.9, 4.0, 6.0, 5.1, 5.9, 5.6, 1.6, 4.4, 5.8],
    "petal width": [0.2, 0.2, 0.3, 0.4, 1.4, 1.5, 1.5, 1.3, 2.5, 1.9, 2.1, 1.8, 0.2, 1.4, 2.2],
    "species": ["setosa"] * 4 + ["versicolor"] * 4 + ["virginica"] * 4 + ["setosa", "versicolor", "virginica"],
}


def library_plot(library):
    """The same fruit sales drawn by the chosen plotting library."""
    fruit, sold = FRUIT_SALES["fruit"][:4], FRUIT_SALES["sold"][:4]
    if library == "plotly":
        import plotly.graph_objects as go

        return go.Figure(go.Bar(x=fruit, y=sold, marker_color="#6366f1"), layout={"title": "Fruit sold (plotly)", "height": 360})
    if library == "altair":
        import altair as alt

        data = alt.Data(values=[{"fruit": f, "sold": n} for f, n in zip(fruit, sold, strict=True)])
        return alt.Chart(data, title="Fruit sold (altair)").mark_bar().encode(x="fruit:N", y="sold:Q", tooltip=["fruit:N", "sold:Q"])
    if library == "bokeh":
        from bokeh.plotting import figure

        chart = figure(x_range=fruit, title="Fruit sold (bokeh)", height=340, width=560, toolbar_location="right")
        chart.vbar(x=fruit, top=sold, width=0.7, color="#6366f1")
        return chart
    from matplotlib.figure import Figure

    chart = Figure(figsize=(5.6, 3.4), layout="tight")
    axes = chart.add_subplot()
    axes.bar(fruit, sold, color="#6366f1")
    axes.set_title("Fruit sold (matplotlib)")
    return chart


def brushed(event: gr.SelectData):
    low, high = (dt.datetime.fromtimestamp(t, tz=dt.timezone.utc).strftime("%b %d %H:%M") for t in event.index)
    return f"Brushed **{low} → {high}** (UTC). Double-click the chart to clear."



def _street_scene() -> tuple[object, list[tuple[object, str]]]:
    """A drawn street (sky, road, house) with a sun mask and a house box, for AnnotatedImage."""
    import numpy as np

    height, width = 180, 300
    image = np.zeros((height, width, 3), dtype=np.uint8)
    image[:120] = np.linspace([120, 170, 230], [200, 225, 250], 120, dtype=np.uint8)[:, None, :]
    image[120:] = (90, 90, 96)
    image[70:120, 170:250] = (180, 110, 80)
    yy, xx = np.mgrid[:height, :width]
    sun = np.clip(1.2 - np.hypot(xx - 70, yy - 45) / 28, 0, 1)
    image[(sun > 0.2)] = (250, 220, 120)
    return image, [(sun, "sun"), ((165, 60, 255, 122), "house"), ((0, 120, 300, 180), "road")]

with gr.Blocks(title="Component gallery") as demo:
    gr.Markdown(
        """
        # Component gallery
        Every core component, wired to a function. Change the inputs and press **Summarize**.
        """
    )
    with gr.Row():
        with gr.Column():
            text = gr.Textbox(label="Text", placeholder="Write something", value="podium makes apps")
            count = gr.Number(label="Count", value=3, precision=0)
            level = gr.Slider(0, 10, value=4, step=1, label="Level")
            agree = gr.Checkbox(label="I agree", value=True)
            with gr.Row():
                gr.ColorPicker("#4f46e5", label="Accent colour")
                gr.DateTime("now - 24h", label="Since", include_time=False)
        with gr.Column():
            toppings = gr.CheckboxGroup(["cheese", "olives", "basil"], value=["cheese"], label="Toppings")
            size = gr.Radio(["small", "medium", "large"], value="medium", label="Size")
            fruit = gr.Dropdown(["apple", "banana", "cherry"], label="Fruit")
            colours = gr.Dropdown(["red", "green", "blue"], multiselect=True, value=["red"], label="Colours")
    with gr.Row():
        gr.ClearButton([text, count], value="Clear text and count")
        summarize_btn = gr.Button("Summarize", variant="primary")
    with gr.Row():
        summary = gr.JSON(label="Summary")
        label = gr.Label(label="Word weights", num_top_classes=3)
    html = gr.HTML("<p><b>HTML</b> output appears here.</p>")
    code = gr.Code(
        'words = "podium makes apps".split()\nprint(len(words))  # Summarize rewrites this',
        language="python",
        label="Code",
        lines=3,
    )
    gr.FileExplorer("*/app.py", root_dir=Path(__file__).resolve().parents[1], label="Example apps", file_count="single")
    gr.ParamViewer(
        {
            "text": {"type": "str", "description": "What to summarize.", "default": '"podium makes apps"'},
            "count": {"type": "int", "description": "How many times to repeat it.", "default": "3"},
        },
        header="summarize() parameters",
    )
    gr.HighlightedText(
        [("Ada Lovelace", "PER"), (" wrote the first program in ", None), ("London", "LOC"), (".", None)],
        label="Entities", show_legend=True,
    )
    chatbot = gr.Chatbot(
        [{"role": "assistant", "content": "Hi! Ask me anything. Code and math render: `x = 1`, $$e^{i\\pi}+1=0$$"}],
        label="Chatbot",
        height=260,
    )
    chat_box = gr.MultimodalTextbox(label="Message", placeholder="Type a message and press Enter", show_label=False)
    chat_box.submit(chat, [chat_box, chatbot], chatbot).then(lambda: {"text": "", "files": []}, None, chat_box)
    summarize_btn.click(
        summarize, [text, count, level, agree, toppings, size, fruit, colours], summary
    ).then(classify, text, label).then(lambda t: f"<p>You wrote <em>{len(t)}</em> characters.</p>", text, html).then(
        lambda t: f"words = {t!r}.split()\nprint(len(words))  # {len(t.split())}", text, code
    )

    with gr.Tab("Plots"):
        with gr.Row():
            traffic = gr.LinePlot(
                _traffic(), x="hour", y="requests", color="service", title="Requests per hour",
                x_title="Hour", y_title="Requests", caption="Drag across the chart to brush a time range.",
            )
            gr.BarPlot(
                FRUIT_SALES, x="fruit", y="sold", color="shop", title="Fruit sold", sort="-y",
                color_map={"north": "#6366f1", "south": "#f59e0b"},
            )
        brush_note = gr.Markdown("Brush the line chart to pick a range.")
        traffic.select(brushed, None, brush_note)
        traffic.double_click(lambda: "Brush the line chart to pick a range.", None, brush_note)
        with gr.Row():
            gr.ScatterPlot(IRIS_LIKE, x="petal length", y="petal width", color="species", title="Petals", tooltip="all")
            with gr.Column():
                library = gr.Radio(["matplotlib", "plotly", "altair", "bokeh"], value="matplotlib", label="Plotting library")
                library_chart = gr.Plot(lambda: library_plot("matplotlib"), label="Fruit sold", format="png")
        library.change(library_plot, library, library_chart)

    with gr.Tab("3D, annotations, dialogue"):
        with gr.Row():
            gr.Model3D(
                str(Path(__file__).parent / "assets" / "podium.ply"), label="3D model",
                camera_position=(-60, 65, None), height=320,
            )
            gr.AnnotatedImage(
                _street_scene(), label="Annotated image", color_map={"sun": "#f59e0b"}, height=320,
            )
        with gr.Row():
            script = gr.Dialogue(
                [{"speaker": "Host", "text": "Welcome back to the show!"}, {"speaker": "Guest", "text": "Glad to be here :)"}],
                speakers=["Host", "Guest"], tags=["(laughs)", "(pause)"], interactive=True, label="Dialogue",
            )
            script_text = gr.Textbox(label="As the function receives it", lines=4)
        script.change(lambda text: text, script, script_text)

    with gr.Tab("Image editing"):
        with gr.Row():
            sketch = gr.Sketchpad(label="Sketchpad", canvas_size=(480, 360))
            sketch_info = gr.Textbox(label="What the function sees", lines=2)
        sketch.change(describe_edit, sketch, sketch_info)
        with gr.Row():
            gr.ImageEditor(_sunset_with_note(), label="Image editor")
            gr.ImageMask(_sunset(), label="Image mask")

    with gr.Tab("Dataframe"):
        planets = {
            "headers": ["planet", "moons", "radius (km)", "ringed", "notes"],
            "data": [
                ["Mercury", 0, 2440, False, "closest to the **Sun**"],
                ["Venus", 0, 6052, False, "hottest surface"],
                ["Earth", 1, 6371, False, "*home*"],
                ["Mars", 2, 3390, False, "red dust"],
                ["Jupiter", 95, 69911, True, "largest"],
                ["Saturn", 146, 58232, True, "famous **rings**"],
                ["Uranus", 28, 25362, True, "tilted on its side"],
                ["Neptune", 16, 24622, True, "windiest"],
            ],
        }
        with gr.Row():
            with gr.Column(scale=3):
                table = gr.Dataframe(
                    planets, label="Planets (double-click a cell to edit; right-click for rows and columns)",
                    datatype=["str", "number", "number", "bool", "markdown"], interactive=True,
                    show_search="search", buttons=["copy", "fullscreen"], pinned_columns=1, static_columns=[0],
                    max_height=360,
                )
            with gr.Column(scale=1):
                moons = gr.Textbox(label="Moons in total (from the function)")
                picked_cell = gr.Textbox(label="Selected cell")
        table.change(lambda frame: str(int(frame["moons"].sum())), table, moons)

        def describe_cell(evt: gr.SelectData) -> str:
            return f"row {evt.index[0]}, column {evt.index[1]}: {evt.value}"

        table.select(describe_cell, None, picked_cell)
        gr.Dataframe(
            [[f"run {i}", round(0.5 + i * 0.037, 3), i * 120] for i in range(1, 201)],
            headers=["run", "loss", "steps"], datatype=["str", "number", "number"], label="200 runs (read-only, filter per column)",
            show_search="filter", show_row_numbers=True, max_height=300,
        )

if __name__ == "__main__":
    demo.launch()
