"""Examples with cached outputs (eager and lazy) and examples read from a directory."""

from __future__ import annotations

from pathlib import Path

import pytest

import podium as gr
from tests.server.conftest import completed, run_in_session


def counting_app(**examples_kwargs):
    calls: list[str] = []

    def shout(text: str) -> str:
        calls.append(text)
        return text.upper() + "!"

    with gr.Blocks() as demo:
        box, out = gr.Textbox(label="in"), gr.Textbox(label="out")
        examples = gr.Examples([["hi"], ["yo"]], box, out, shout, **examples_kwargs)
    return demo, examples, calls


def click(client, examples: gr.Examples, index: int) -> list:
    return completed(run_in_session(client, _click_fn(client, examples), [index]))["output"]["data"]


def _click_fn(client, examples: gr.Examples) -> int:
    config = client.get("/config").json()
    return next(d["id"] for d in config["dependencies"] if d["targets"] == [[examples.dataset.id, "click"]])


def test_eager_cache_runs_every_example_at_start_up_and_clicks_reuse_it(client_for):
    demo, examples, calls = counting_app(cache_examples=True)
    assert calls == []  # building the app runs nothing
    client = client_for(demo)
    assert calls == ["hi", "yo"]
    assert click(client, examples, 1) == ["yo", "YO!"]
    assert click(client, examples, 1) == ["yo", "YO!"]
    assert calls == ["hi", "yo"]


def test_lazy_cache_computes_each_example_on_first_click(client_for):
    demo, examples, calls = counting_app(cache_examples=True, cache_mode="lazy")
    client = client_for(demo)
    assert calls == []
    assert click(client, examples, 0) == ["hi", "HI!"]
    assert click(client, examples, 0) == ["hi", "HI!"]
    assert calls == ["hi"]


def test_without_cache_a_click_only_fills_the_inputs(client_for):
    demo, examples, calls = counting_app()
    client = client_for(demo)
    assert click(client, examples, 0) == ["hi"]
    assert calls == []


def test_caching_needs_fn_and_outputs_and_a_known_mode():
    with gr.Blocks():
        box = gr.Textbox()
        with pytest.raises(ValueError, match="needs the fn and the outputs"):
            gr.Examples([["a"]], box, cache_examples=True)
        with pytest.raises(ValueError, match="'eager' or 'lazy'"):
            gr.Examples([["a"]], box, box, str.upper, cache_examples=True, cache_mode="sometimes")


def test_examples_from_a_directory(tmp_path: Path):
    (tmp_path / "b.txt").write_text("B")
    (tmp_path / "a.txt").write_text("A")
    (tmp_path / ".hidden").write_text("x")
    with gr.Blocks():
        single = gr.Examples(str(tmp_path), gr.File())
    assert single.examples == [[str(tmp_path / "a.txt")], [str(tmp_path / "b.txt")]]

    (tmp_path / "log.csv").write_text("file,caption\na.txt,first\nb.txt,second\n")
    with gr.Blocks():
        paired = gr.Examples(str(tmp_path), [gr.File(), gr.Textbox()])
    assert paired.examples == [[str(tmp_path / "a.txt"), "first"], [str(tmp_path / "b.txt"), "second"]]
    (tmp_path / "nolog").mkdir()
    with gr.Blocks(), pytest.raises(ValueError, match=r"needs a log\.csv"):
        gr.Examples(str(tmp_path / "nolog"), [gr.File(), gr.Textbox()])
    with gr.Blocks(), pytest.raises(ValueError, match="does not exist"):
        gr.Examples(str(tmp_path / "missing"), gr.File())


def test_interface_caches_its_examples(client_for):
    calls: list[str] = []

    def reverse(text: str) -> str:
        calls.append(text)
        return text[::-1]

    demo = gr.Interface(reverse, "text", "text", examples=[["abc"]], cache_examples=True)
    client_for(demo)
    assert calls == ["abc"]
