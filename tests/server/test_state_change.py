"""gr.State change events: the server reports which states a run changed."""

from __future__ import annotations

import podium as gr
from podium.testing import AppTest
from tests.server.conftest import completed, run_in_session


def state_app():
    with gr.Blocks() as demo:
        items = gr.State([])
        box = gr.Textbox()
        shown = gr.Textbox()
        box.submit(lambda text, current: [*current, text] if text else current, [box, items], items)
        gr.Button("append in place").click(lambda current: current.append("x") or current, items, items)
        items.change(lambda current: ", ".join(current), items, shown)
    return demo, items, box, shown


def test_changed_state_ids_name_states_whose_value_changed(client_for):
    demo, items, _, _ = state_app()
    client = client_for(demo)
    changed = completed(run_in_session(client, 0, ["a", None], session="s"))
    assert changed["output"]["changed_state_ids"] == [items.id]
    unchanged = completed(run_in_session(client, 0, ["", None], session="s"))
    assert unchanged["output"]["changed_state_ids"] == []
    in_place = completed(run_in_session(client, 1, [None], session="s"))
    assert in_place["output"]["changed_state_ids"] == [items.id]


def test_state_change_listeners_run():
    demo, _, box, shown = state_app()
    with AppTest(demo) as app:
        app.set_value_quietly(box, "milk")
        app.submit(box)
        assert app.value(shown) == "milk"
        app.set_value_quietly(box, "eggs")
        app.submit(box)
        assert app.value(shown) == "milk, eggs"
