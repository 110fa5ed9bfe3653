"""The session protocol: join + one SSE stream per session (PROTOCOL.md)."""

from __future__ import annotations

import asyncio
import threading
import time

import podium as gr
from podium.server.routes import queue as queue_routes
from tests.server.conftest import completed, run_in_session, sse_messages


def greet_app() -> gr.Blocks:
    with gr.Blocks() as demo:
        name = gr.Textbox(label="Name")
        out = gr.Textbox()
        gr.Button().click(lambda n: f"Hello {n}!", name, out, api_name="greet")
    return demo


def test_join_then_stream_delivers_estimation_start_and_result_then_closes(client_for):
    client = client_for(greet_app())
    messages = run_in_session(client, 0, ["Ada"])
    kinds = [m["msg"] for m in messages]
    assert kinds == ["estimation", "process_starts", "process_completed", "close_stream"]
    final = completed(messages)
    assert final["success"] is True
    assert final["output"]["data"] == ["Hello Ada!"]
    event_ids = {m["event_id"] for m in messages if m["msg"] != "close_stream"}
    assert len(event_ids) == 1


def test_generator_streams_first_value_in_full_then_append_diffs(client_for):
    def count(n):
        text = ""
        for i in range(int(n)):
            text += f"t{i} "
            yield text

    with gr.Blocks() as demo:
        n = gr.Number()
        out = gr.Textbox()
        gr.Button().click(count, n, out)
    messages = run_in_session(client_for(demo), 0, [3])
    chunks = [m["output"]["data"] for m in messages if m["msg"] == "process_generating"]
    assert chunks == [["t0 "], [[["append", [], "t1 "]]], [[["append", [], "t2 "]]]]
    assert completed(messages)["output"]["data"] == ["t0 t1 t2 "]


def test_async_generator_and_async_fn_run_on_the_loop(client_for):
    async def agen(x):
        for i in range(2):
            yield f"{x}{i}"

    async def double(x):
        return x * 2

    with gr.Blocks() as demo:
        box = gr.Textbox()
        out = gr.Textbox()
        gr.Button().click(agen, box, out)
        gr.Button().click(double, box, out)
    client = client_for(demo)
    assert completed(run_in_session(client, 0, ["a"]))["output"]["data"] == ["a1"]
    assert completed(run_in_session(client, 1, ["ab"], session="s2"))["output"]["data"] == ["abab"]


def test_info_and_warning_become_log_messages(client_for):
    def noisy(x):
        gr.Info("starting")
        gr.Warning("careful")
        return x

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(noisy, box, box)
    logs = [m for m in run_in_session(client_for(demo), 0, ["x"]) if m["msg"] == "log"]
    assert [(m["level"], m["log"]) for m in logs] == [("info", "starting"), ("warning", "careful")]


def test_progress_reports_steps(client_for):
    def slow(x, progress=gr.Progress()):
        for _ in progress.tqdm(range(3), desc="working"):
            time.sleep(0.06)
        return x

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(slow, box, box)
    progress = [m["progress_data"][0] for m in run_in_session(client_for(demo), 0, ["x"]) if m["msg"] == "progress"]
    assert progress[0]["index"] == 0 and progress[0]["length"] == 3 and progress[0]["desc"] == "working"
    assert progress[-1]["index"] == 3


def test_gr_error_message_reaches_the_client_without_traceback(client_for):
    def fails(x):
        raise gr.Error("Bad value: " + x)

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(fails, box, box)
    final = completed(run_in_session(client_for(demo), 0, ["q"]))
    assert final["success"] is False
    assert final["output"]["error"] == "Bad value: q"


def test_unexpected_exception_shows_message_and_traceback_only_with_show_error(client_for):
    def crashes(x):
        return 1 / 0

    def app() -> gr.Blocks:
        with gr.Blocks() as demo:
            box = gr.Textbox()
            gr.Button().click(crashes, box, box)
        return demo

    quiet = completed(run_in_session(client_for(app()), 0, ["q"]))["output"]["error"]
    assert "ZeroDivisionError: division by zero" in quiet and "Traceback" not in quiet
    loud = completed(run_in_session(client_for(app(), show_error=True), 0, ["q"]))["output"]["error"]
    assert "Traceback" in loud and "crashes" in loud


def test_dict_returns_updates_and_skip(client_for):
    with gr.Blocks() as demo:
        a = gr.Textbox()
        b = gr.Textbox()
        c = gr.Number()
        gr.Button().click(lambda: {b: "only b"}, None, [a, b])
        gr.Button().click(lambda: (gr.update(visible=False, value="v"), gr.skip(), gr.Number(label="new")), None, [a, b, c])
    client = client_for(demo)
    assert completed(run_in_session(client, 0, []))["output"]["data"] == [{"__type__": "update"}, "only b"]
    data = completed(run_in_session(client, 1, [], session="s2"))["output"]["data"]
    assert data == [{"__type__": "update", "visible": False, "value": "v"}, {"__type__": "update"}, {"__type__": "update", "label": "new"}]


def test_wrong_number_of_returned_values_is_a_clear_error(client_for):
    with gr.Blocks() as demo:
        a = gr.Textbox()
        b = gr.Textbox()
        gr.Button().click(lambda: ("one", "two", "three"), None, [a, b])
    error = completed(run_in_session(client_for(demo), 0, []))["output"]["error"]
    assert "returned 3 values but this event has 2 outputs" in error


def test_state_is_kept_per_session(client_for):
    def bump(count):
        return count + 1, count + 1

    with gr.Blocks() as demo:
        state = gr.State(0)
        shown = gr.Number()
        gr.Button().click(bump, state, [state, shown])
    client = client_for(demo)
    shown_values = [completed(run_in_session(client, 0, [None], session="alice"))["output"]["data"][1] for _ in range(3)]
    assert shown_values == [1, 2, 3]
    assert completed(run_in_session(client, 0, [None], session="bob"))["output"]["data"] == [None, 1]


def test_default_concurrency_limit_runs_one_event_at_a_time_in_order(client_for):
    spans: dict[str, tuple[float, float]] = {}

    def work(x):
        start = time.monotonic()
        time.sleep(0.15)
        spans[x] = (start, time.monotonic())
        return x

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(work, box, box)  # default concurrency_limit=1
    client = client_for(demo)
    for name in ("1", "2"):
        client.post("/gradio_api/queue/join", json={"data": [name], "fn_index": 0, "session_hash": name})
    second = sse_messages(client, "/gradio_api/queue/data?session_hash=2")
    first = sse_messages(client, "/gradio_api/queue/data?session_hash=1")
    assert completed(first)["output"]["data"] == ["1"] and completed(second)["output"]["data"] == ["2"]
    waiting = next(m for m in second if m["msg"] == "estimation")
    assert waiting["rank"] == 0 and waiting["queue_size"] == 1  # first in line behind the running one
    assert spans["1"][1] <= spans["2"][0], "the second run started before the first ended"


def test_concurrency_limit_and_shared_concurrency_id(client_for):
    active = 0
    peak: dict[str, int] = {}
    lock = threading.Lock()

    def tracked(name):
        def run(x):
            nonlocal active
            with lock:
                active += 1
                peak[name] = max(peak.get(name, 0), active)
            time.sleep(0.1)
            with lock:
                active -= 1
            return x
        return run

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(tracked("three"), box, box, concurrency_limit=3)
    client = client_for(demo)
    for i in range(6):
        client.post("/gradio_api/queue/join", json={"data": [str(i)], "fn_index": 0, "session_hash": f"s{i}"})
    for i in range(6):
        sse_messages(client, f"/gradio_api/queue/data?session_hash=s{i}")
    assert peak["three"] == 3

    active = 0
    with gr.Blocks() as shared:
        box = gr.Textbox()
        gr.Button().click(tracked("shared"), box, box, concurrency_limit=1, concurrency_id="gpu")
        gr.Button().click(tracked("shared"), box, box, concurrency_limit=1, concurrency_id="gpu")
    client = client_for(shared)
    for i in range(4):
        client.post("/gradio_api/queue/join", json={"data": [str(i)], "fn_index": i % 2, "session_hash": f"t{i}"})
    for i in range(4):
        sse_messages(client, f"/gradio_api/queue/data?session_hash=t{i}")
    assert peak["shared"] == 1


def test_full_queue_answers_503(client_for):
    release = threading.Event()
    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(lambda x: release.wait(5) and x, box, box)
    demo.queue(max_size=1)
    client = client_for(demo)
    codes = [
        client.post("/gradio_api/queue/join", json={"data": ["x"], "fn_index": 0, "session_hash": f"s{i}"}).status_code
        for i in range(3)
    ]
    release.set()
    assert codes[:2] == [200, 200]  # one running, one waiting
    assert codes[2] == 503


def test_cancel_stops_a_running_generator(client_for):
    steps: list[int] = []

    def forever(x):
        for i in range(1000):
            steps.append(i)
            time.sleep(0.02)
            yield str(i)

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(forever, box, box)
    client = client_for(demo)
    event_id = client.post("/gradio_api/queue/join", json={"data": ["x"], "fn_index": 0, "session_hash": "c"}).json()["event_id"]
    time.sleep(0.2)
    wrong_session = client.post("/gradio_api/cancel", json={"session_hash": "intruder", "fn_index": 0, "event_id": event_id})
    assert wrong_session.json()["success"] is False
    assert client.post("/gradio_api/cancel", json={"session_hash": "c", "fn_index": 0, "event_id": event_id}).json()["success"]
    final = completed(sse_messages(client, "/gradio_api/queue/data?session_hash=c"))
    assert final["success"] is False
    count = len(steps)
    time.sleep(0.2)
    assert len(steps) == count < 1000


def test_join_rejects_bad_requests_with_clear_4xx(client_for):
    client = client_for(greet_app())
    join = "/gradio_api/queue/join"
    cases = [
        ({"data": ["a", "b"], "fn_index": 0, "session_hash": "s"}, 422, "expects 1 input value(s) [Name], got 2"),
        ({"data": [5], "fn_index": 0, "session_hash": "s"}, 422, "expected a string, got int 5"),
        ({"data": ["a"], "fn_index": 7, "session_hash": "s"}, 404, "No event with fn_index 7"),
        ({"data": ["a"], "fn_index": "0", "session_hash": "s"}, 422, "'fn_index' must be an integer"),
        ({"data": ["a"], "fn_index": 0}, 422, "'session_hash'"),
        ({"data": "a", "fn_index": 0, "session_hash": "s"}, 422, "'data' must be a list"),
    ]
    for body, status, message in cases:
        response = client.post(join, json=body)
        assert response.status_code == status, (body, response.text)
        assert message in response.json()["error"]
    malformed = client.post(join, content=b'{"data": [', headers={"content-type": "application/json"})
    assert malformed.status_code == 400 and "Malformed JSON" in malformed.json()["error"]
    assert client.post(join, json=[1, 2]).status_code == 400
    assert client.get("/gradio_api/queue/data").status_code == 422


def test_a_stream_opened_before_its_join_carries_that_join(client_for):
    # What the page does: it opens its stream as it sends the join, not after the answer.
    client = client_for(greet_app())
    channels = client.app.state.podium.channels
    got: dict[str, list] = {}
    reader = threading.Thread(target=lambda: got.setdefault("messages", sse_messages(client, "/gradio_api/queue/data?session_hash=early")))
    reader.start()
    deadline = time.monotonic() + 5
    while not (channels.find("early") and channels.find("early").readers == 1):
        assert time.monotonic() < deadline, "the stream never opened"
        time.sleep(0.01)
    joined = client.post("/gradio_api/queue/join", json={"data": ["Ada"], "fn_index": 0, "session_hash": "early"})
    assert joined.status_code == 200
    reader.join(10)
    kinds = [m["msg"] for m in got["messages"]]
    assert kinds == ["estimation", "process_starts", "process_completed", "close_stream"]
    assert completed(got["messages"])["output"]["data"] == ["Hello Ada!"]


def test_a_stream_reads_the_channel_a_join_will_use_even_if_the_last_one_was_dropped(client_for):
    # The page's next join opens a stream just as the session's previous stream ends and
    # drops its idle channel: the new stream must read the channel that join will use.
    state = client_for(greet_app()).app.state.podium

    async def scenario() -> list[bytes]:
        state.channels.get("s")  # there when the stream's request came in
        stream = queue_routes._stream(state, "s")
        state.channels.discard_if_idle("s")  # the previous stream's clean-up, meanwhile
        first = asyncio.ensure_future(anext(stream))
        await asyncio.sleep(0.05)
        joined = state.channels.get("s")  # what the join does
        joined.pending += 1
        joined.put({"msg": "process_completed", "event_id": "e", "success": True, "output": {"data": []}})
        frame = await asyncio.wait_for(first, 2)
        await stream.aclose()
        return [frame]

    (frame,) = asyncio.run(scenario())
    assert b"process_completed" in frame


def test_a_stream_for_a_session_that_never_joins_ends_after_a_grace(client_for, monkeypatch):
    monkeypatch.setattr(queue_routes, "JOIN_GRACE_SECONDS", 0.3)
    client = client_for(greet_app())
    start = time.monotonic()
    assert sse_messages(client, "/gradio_api/queue/data?session_hash=never-joined") == [{"msg": "close_stream", "event_id": None}]
    assert time.monotonic() - start >= 0.3
    assert client.app.state.podium.channels.find("never-joined") is None  # nothing left behind


def test_a_failed_event_does_not_break_the_next_one(client_for):
    calls = []

    def flaky(x):
        calls.append(x)
        if len(calls) == 1:
            raise RuntimeError("first call fails")
        return x

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(flaky, box, box)
    client = client_for(demo)
    assert completed(run_in_session(client, 0, ["a"]))["success"] is False
    assert completed(run_in_session(client, 0, ["b"]))["output"]["data"] == ["b"]


def test_unserializable_output_is_a_clear_error_not_a_broken_stream(client_for):
    with gr.Blocks() as demo:
        out = gr.JSON()
        gr.Button().click(lambda: {"handle": object()}, None, out)
    final = completed(run_in_session(client_for(demo), 0, []))
    assert final["success"] is False
    assert "cannot be sent to the browser" in final["output"]["error"] and "object" in final["output"]["error"]


def test_waiting_events_are_told_when_they_move_up(client_for):
    gates = {name: threading.Event() for name in "ABC"}

    def gated(name):
        gates[name].wait(5)
        return name

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(gated, box, box)
    client = client_for(demo)
    for name in "ABC":
        client.post("/gradio_api/queue/join", json={"data": [name], "fn_index": 0, "session_hash": name})
    gates["A"].set()
    gates["B"].set()
    gates["C"].set()
    ranks = [m["rank"] for m in sse_messages(client, "/gradio_api/queue/data?session_hash=C") if m["msg"] == "estimation"]
    assert ranks[0] == 1 and ranks[-1] == 0


def test_cancel_during_a_blocked_step_still_runs_the_generator_cleanup(client_for):
    gate = threading.Event()
    cleaned = threading.Event()
    after_gate: list[str] = []

    def guarded(x):
        try:
            yield "started"
            gate.wait(5)
            after_gate.append("resumed")
            yield "never shown"
        finally:
            cleaned.set()

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(guarded, box, box)
    client = client_for(demo)
    event_id = client.post("/gradio_api/queue/join", json={"data": ["x"], "fn_index": 0, "session_hash": "g"}).json()["event_id"]
    time.sleep(0.2)  # let the generator block inside its second step
    client.post("/gradio_api/cancel", json={"session_hash": "g", "fn_index": 0, "event_id": event_id})
    messages = sse_messages(client, "/gradio_api/queue/data?session_hash=g")
    assert completed(messages)["success"] is False
    assert all(m["output"]["data"] != ["never shown"] for m in messages if m["msg"] == "process_generating")
    gate.set()
    assert cleaned.wait(5), "the generator was never closed"
    assert after_gate == ["resumed"]


def test_set_of_inputs_passes_one_dict_keyed_by_component(client_for):
    with gr.Blocks() as demo:
        first = gr.Textbox()
        second = gr.Number()
        out = gr.Textbox()
        gr.Button().click(lambda values: f"{values[first]}-{values[second]}", {first, second}, out)
    final = completed(run_in_session(client_for(demo), 0, ["a", 2]))
    assert final["output"]["data"] == ["a-2"]


def test_event_data_is_injected_by_type_hint(client_for):
    def picked(evt: gr.SelectData, request: gr.Request) -> str:
        return f"{evt.index}:{evt.value}:{evt.target.label}:{request.session_hash}"

    def typed(evt: gr.KeyUpData) -> str:
        return f"{evt.key}/{evt.input_value}"

    with gr.Blocks() as demo:
        choice = gr.Radio(["a", "b"], label="Pick")
        out = gr.Textbox()
        choice.select(picked, None, out)
        out.change(typed, None, out)
    client = client_for(demo)
    data = completed(run_in_session(
        client, 0, [], session="ev", trigger_id=choice.id, event_data={"index": 1, "value": "b", "selected": True},
    ))["output"]["data"]
    assert data == ["1:b:Pick:ev"]
    data = completed(run_in_session(client, 1, [], session="ev2", trigger_id=out.id, event_data={"key": "x", "input_value": "ab"}))
    assert data["output"]["data"] == ["x/ab"]
    assert demo.config()["dependencies"][0]["collects_event_data"] is True
