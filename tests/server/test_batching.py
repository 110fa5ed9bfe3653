"""`batch=True`: waiting events of one listener run together in one call."""

from __future__ import annotations

import threading

import pytest

import podium as gr
from tests.server.conftest import completed, sse_messages


def test_waiting_events_are_run_as_one_batch(client_for):
    gate = threading.Event()
    sizes: list[int] = []

    def shout(words: list[str], times: list[float]) -> tuple[list[str], list[int]]:
        sizes.append(len(words))
        gate.wait(10)  # the first call holds the slot until every event has joined
        return [w.upper() * int(t) for w, t in zip(words, times, strict=True)], [len(w) for w in words]

    with gr.Blocks() as demo:
        word, times = gr.Textbox(), gr.Number()
        out, length = gr.Textbox(), gr.Number()
        word.submit(shout, [word, times], [out, length], batch=True, max_batch_size=3)
    client = client_for(demo)

    sessions = [f"s{i}" for i in range(6)]
    for i, session in enumerate(sessions):
        joined = client.post("/gradio_api/queue/join", json={"data": [f"w{i}", 2], "fn_index": 0, "session_hash": session})
        assert joined.status_code == 200
    gate.set()
    results = [completed(sse_messages(client, f"/gradio_api/queue/data?session_hash={s}")) for s in sessions]
    assert [r["output"]["data"] for r in results] == [[f"W{i}W{i}", 2] for i in range(6)]
    assert sizes == [1, 3, 2]  # the first ran alone; then batches of at most 3


def test_a_batch_returning_the_wrong_shape_fails_each_event(client_for):
    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(lambda words: "not a list", box, box, batch=True)
    client = client_for(demo)
    client.post("/gradio_api/queue/join", json={"data": ["a"], "fn_index": 0, "session_hash": "x"})
    final = completed(sse_messages(client, "/gradio_api/queue/data?session_hash=x"))
    assert final["success"] is False and "must return 1 list(s)" in final["output"]["error"]


def test_batch_with_a_generator_is_refused():
    def stream(words):
        yield words

    with gr.Blocks(), pytest.raises(ValueError, match="generator"):
        gr.Textbox().submit(stream, None, None, batch=True)
