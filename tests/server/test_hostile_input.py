"""Whatever a client sends, the server answers with a 2xx/4xx — never a 5xx or a hang."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

import podium as gr
from tests.server.conftest import sse_events

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
bodies = st.fixed_dictionaries(
    {},
    optional={
        "data": json_values,
        "fn_index": json_values | st.integers(-3, 5),
        "session_hash": json_values | st.text(max_size=200),
        "event_data": json_values,
        "trigger_id": json_values,
    },
)


def app() -> gr.Blocks:
    with gr.Blocks() as demo:
        text = gr.Textbox()
        number = gr.Number(minimum=0, maximum=10)
        choice = gr.Dropdown(["a", "b"], multiselect=True)
        flag = gr.Checkbox()
        out = gr.JSON()
        gr.Button().click(lambda *values: list(values), [text, number, choice, flag], out, api_name="all")
    return demo


def test_join_and_call_never_answer_5xx(client_for):
    client = client_for(app())

    @settings(max_examples=150, deadline=None)
    @given(body=bodies)
    def check(body):
        for url in ("/gradio_api/queue/join", "/gradio_api/call/all"):
            response = client.post(url, content=json.dumps(body), headers={"content-type": "application/json"})
            assert response.status_code < 500, (url, body, response.text)
            assert "error" in response.json() or "event_id" in response.json()

    check()


def test_garbage_bytes_and_deep_nesting_are_400(client_for):
    client = client_for(app())
    for content in (b"\xff\xfe\x00garbage", b"[" * 5000 + b"]" * 5000, b"", b"null"):
        response = client.post("/gradio_api/call/all", content=content, headers={"content-type": "application/json"})
        assert response.status_code == 400, (content[:20], response.text)


def test_values_outside_range_or_choices_are_422_at_admission(client_for):
    client = client_for(app())
    too_big = client.post("/gradio_api/call/all", json={"data": ["x", 99, ["a"], True]})
    assert too_big.status_code == 422 and "greater than maximum value 10" in too_big.json()["error"]
    bad_choice = client.post("/gradio_api/call/all", json={"data": ["x", 5, ["zzz"], True]})
    assert bad_choice.status_code == 422 and "not in the list of choices" in bad_choice.json()["error"]
    event_id = client.post("/gradio_api/call/all", json={"data": ["x", 5, ["a"], True]}).json()["event_id"]
    assert sse_events(client, f"/gradio_api/call/all/{event_id}") == [("complete", [["x", 5, ["a"], True]])]
