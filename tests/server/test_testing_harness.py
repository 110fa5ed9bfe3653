"""podium.testing.AppTest: apps driven headlessly through the real queue."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image as PILImage

import podium as gr
from podium.testing import AppTest, Toast


def test_an_interface_round_trip():
    demo = gr.Interface(lambda name: f"Hello {name}!", gr.Textbox(label="name"), gr.Textbox(label="greeting"))
    with AppTest(demo) as app:
        app.set_value(app.find(label="name"), "Ada")
        app.click(app.find(text="Submit"))
        assert app.value(app.find(label="greeting")) == "Hello Ada!"
        with pytest.raises(LookupError):
            app.find(label="nothing like this")


def test_chains_toasts_errors_and_prop_updates():
    def check(text: str) -> str:
        if not text:
            raise gr.Error("Type something")
        gr.Info(f"got {text}")
        return text.upper()

    with gr.Blocks() as demo:
        box, out = gr.Textbox(), gr.Textbox()
        note = gr.Markdown(visible=False)
        btn = gr.Button("Go")
        btn.click(check, box, out).success(lambda: gr.update(visible=True, value="done"), None, note)
    with AppTest(demo) as app:
        app.click(btn)
        assert app.errors == ["Type something"] and app.toasts == [Toast("error", "Error", "Type something")]
        assert app.props(note)["visible"] is False  # .success did not run
        app.set_value(box, "hi")
        app.click(btn)
        assert app.value(out) == "HI" and Toast("info", "Info", "got hi") in app.toasts
        assert app.props(note)["visible"] is True and app.value(note) == "done"


def test_state_is_per_session_and_load_runs_on_start():
    with gr.Blocks() as demo:
        count = gr.State(0)
        shown = gr.Number()
        btn = gr.Button()
        btn.click(lambda c: (c + 1, c + 1), count, [count, shown])
        demo.load(lambda: 100, None, shown)
    with AppTest(demo) as first, AppTest(demo) as second:
        assert first.value(shown) == 100
        first.click(btn)
        first.click(btn)
        second.click(btn)
        assert (first.state(count), second.state(count)) == (2, 1)


def test_generators_stream_and_changes_cascade():
    def spell(word: str):
        text = ""
        for letter in word:
            text += letter
            yield text

    with gr.Blocks() as demo:
        word, spelled, length = gr.Textbox(), gr.Textbox(), gr.Number()
        word.submit(spell, word, spelled)
        spelled.change(len, spelled, length)
    with AppTest(demo) as app:
        app.set_value_quietly(word, "podium")
        app.submit(word)
        assert app.value(spelled) == "podium" and app.value(length) == 6


def test_files_go_through_upload_and_come_back(tmp_path: Path):
    picture = tmp_path / "in.png"
    PILImage.fromarray(np.zeros((4, 6, 3), dtype=np.uint8)).save(picture)
    demo = gr.Interface(lambda image: image[:, ::-1] + 7, gr.Image(label="in"), gr.Image(label="out", format="png"))
    with AppTest(demo) as app:
        app.set_value(app.find(label="in"), str(picture))
        app.click(app.find(text="Submit"))
        out = app.value(app.find(label="out"))
        with PILImage.open(out["path"]) as result:
            assert result.size == (6, 4) and np.asarray(result)[0, 0].tolist() == [7, 7, 7]


def test_rendered_components_can_be_found_and_used():
    with gr.Blocks() as demo:
        names = gr.Textbox(value="a b")
        picked = gr.Textbox()

        @gr.render(inputs=names)
        def buttons(value: str):
            for name in value.split():
                gr.Button(name, elem_id=f"pick-{name}").click(lambda n=name: n, None, picked)

    with AppTest(demo) as app:
        app.click(app.find(elem_id="pick-b"))
        assert app.value(picked) == "b"
        app.set_value(names, "c")
        app.click(app.find(elem_id="pick-c"))
        assert app.value(picked) == "c"
        with pytest.raises(LookupError):
            app.find(elem_id="pick-a")
