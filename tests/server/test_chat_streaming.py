"""A ChatInterface over the session protocol: the reply streams as appends, Stop really
stops the user's generator, and the public endpoint is named after the function."""

from __future__ import annotations

import json
import threading

import podium as gr
from tests.server.conftest import completed, run_in_session, sse_events, sse_messages


def dependency_id(demo: gr.Blocks, api_name: str) -> int:
    return next(d.id for d in demo.dependencies if d.api_name == api_name)


def test_streaming_reply_is_sent_as_appends_after_the_first_chunk(client_for):
    tokens = [f"tok{i} " for i in range(50)]

    def reply(message, history):
        text = ""
        for token in tokens:
            text += token
            yield text

    demo = gr.ChatInterface(reply)
    messages = run_in_session(client_for(demo), dependency_id(demo, "respond"), ["Hello", []])
    chunks = [m["output"]["data"] for m in messages if m["msg"] == "process_generating"]
    # First chunk: the message box cleared and the user's message shown, in full.
    assert chunks[0] == ["", [{"role": "user", "metadata": None, "content": [{"type": "text", "text": "Hello"}], "options": None}]]
    # Then the assistant message is added once...
    assert chunks[1][1] == [["add", [1], {"role": "assistant", "metadata": None, "content": [{"type": "text", "text": "tok0 "}], "options": None}]]
    # ...and every later token is one small append to its text, nothing else.
    for chunk, token in zip(chunks[2:], tokens[1:], strict=True):
        assert chunk == [[], [["append", [1, "content", 0, "text"], token]]]
    assert len(json.dumps(chunks[-1])) < 80
    final = completed(messages)["output"]["data"]
    assert final[1][1]["content"][0]["text"] == "".join(tokens)


def test_stop_cancels_the_generator_on_the_server(client_for):
    produced: list[int] = []
    streaming = threading.Event()
    finished = threading.Event()
    pace = threading.Event()  # never set: only paces the loop

    def reply(message, history):
        try:
            while True:
                produced.append(1)
                if len(produced) == 5:
                    streaming.set()
                yield f"{len(produced)} tokens"
                pace.wait(0.01)
        finally:
            finished.set()

    demo = gr.ChatInterface(reply)
    client = client_for(demo)
    respond = dependency_id(demo, "respond")
    joined = client.post("/gradio_api/queue/join", json={"data": ["go", []], "fn_index": respond, "session_hash": "chat"})
    event_id = joined.json()["event_id"]
    assert streaming.wait(5)
    cancelled = client.post("/gradio_api/cancel", json={"session_hash": "chat", "fn_index": respond, "event_id": event_id})
    assert cancelled.json()["success"] is True
    messages = sse_messages(client, "/gradio_api/queue/data?session_hash=chat")
    assert finished.wait(5), "the generator's finally block did not run"
    count = len(produced)
    assert completed(messages)["success"] is False
    # The stream has ended and the generator is closed: no iteration ran after its cleanup.
    assert len(produced) == count
    assert count < 1000


def test_stop_button_is_wired_to_cancel_every_reply_path():
    demo = gr.ChatInterface(lambda message, history: (yield message), additional_inputs=[gr.Slider()])
    stops = [d for d in demo.dependencies if d.targets == [(demo.textbox.id, "stop")]]
    assert len(stops) == 1
    cancelled = {demo.dependencies[i].api_name for i in stops[0].cancels}
    assert cancelled == {"respond", "retry", "pick"}


def test_public_endpoint_is_named_after_fn_and_keeps_history_per_session(client_for):
    seen: list[list[dict]] = []

    def answer(message, history, suffix):
        seen.append(history)
        return f"{message}{suffix}"

    demo = gr.ChatInterface(answer, additional_inputs=[gr.Textbox(label="suffix")])
    client = client_for(demo)
    info = client.get("/gradio_api/info").json()["named_endpoints"]
    assert list(info) == ["/answer"]
    assert [p["parameter_name"] for p in info["/answer"]["parameters"]] == ["message", "suffix"]
    assert info["/answer"]["returns"][0]["label"] == "Response"
    api = dependency_id(demo, "answer")
    first = completed(run_in_session(client, api, ["hi", None, "!"], session="api"))
    assert first["output"]["data"][0] == "hi!"
    second = completed(run_in_session(client, api, ["again", None, "?"], session="api"))
    assert second["output"]["data"][0] == "again?"
    assert [m["content"][0]["text"] for m in seen[1]] == ["hi", "hi!"]


def test_rest_call_streams_the_reply(client_for):
    def words(message, history):
        for i in range(3):
            yield f"{message} {i}"

    client = client_for(gr.ChatInterface(words))
    event_id = client.post("/gradio_api/call/words", json={"data": ["w"]}).json()["event_id"]
    events = sse_events(client, f"/gradio_api/call/words/{event_id}")
    generating = [data[0] for name, data in events if name == "generating"]
    assert generating == ["w 0", "w 1", "w 2"]
    assert events[-1][0] == "complete" and events[-1][1][0] == "w 2"


def test_retry_undo_and_edit_rebuild_the_conversation(client_for):
    calls: list[str] = []

    def echo(message, history):
        calls.append(message)
        return f"echo {message} #{len(calls)}"

    demo = gr.ChatInterface(echo, editable=True)
    client = client_for(demo)
    history = [
        {"role": "user", "content": "first"}, {"role": "assistant", "content": "echo first #0"},
        {"role": "user", "content": "second"}, {"role": "assistant", "content": "echo second #0"},
    ]
    retried = completed(run_in_session(client, dependency_id(demo, "retry"), [history], session="r"))["output"]["data"][1]
    assert calls == ["second"]
    assert [m["content"][0]["text"] for m in retried] == ["first", "echo first #0", "second", "echo second #1"]

    undone = completed(run_in_session(client, dependency_id(demo, "_undo"), [history], session="u"))["output"]["data"]
    assert [m["content"][0]["text"] for m in undone[0]] == ["first", "echo first #0"]
    assert undone[1] == "second"

    edit = {"index": 2, "value": "changed", "previous_value": "second"}
    edited = completed(run_in_session(client, dependency_id(demo, "edit"), [history], session="e", event_data=edit))
    assert [m["content"][0]["text"] for m in edited["output"]["data"][1]] == ["first", "echo first #0", "changed", "echo changed #2"]


def test_additional_outputs_and_options(client_for):
    def reply(message, history):
        return gr.ChatMessage(f"picked {message}", options=[{"value": "more"}]), len(history)

    with gr.Blocks() as demo:
        count = gr.Number(label="history length")
        chat = gr.ChatInterface(reply, additional_outputs=[count])
    client = client_for(demo)
    respond = dependency_id(demo, "respond")
    data = completed(run_in_session(client, respond, ["a", []], session="o"))["output"]["data"]
    assert data[1][1]["options"] == [{"value": "more"}]
    assert data[2] == 0
    pick = dependency_id(demo, "pick")
    picked = completed(run_in_session(client, pick, [data[1]], session="p", event_data={"index": 1, "value": "more"}))
    assert picked["output"]["data"][1][-1]["content"][0]["text"] == "picked more"
    assert picked["output"]["data"][2] == 2
    assert chat.chatbot in demo.blocks().values()


def test_multimodal_messages_reach_fn_with_file_paths(client_for, tmp_path):
    received: list[dict] = []

    def describe(message, history):
        received.append(message)
        return f"{len(message['files'])} file(s): {message['text']}"

    demo = gr.ChatInterface(describe, multimodal=True)
    client = client_for(demo)
    upload = client.post("/gradio_api/upload", files=[("files", ("cat.png", b"\x89PNG\r\n\x1a\n", "image/png"))])
    path = upload.json()[0]
    value = {"text": "what is this?", "files": [{"path": path, "orig_name": "cat.png", "meta": {"_type": "gradio.FileData"}}]}
    data = completed(run_in_session(client, dependency_id(demo, "respond"), [value, []], session="m"))["output"]["data"]
    assert received == [{"text": "what is this?", "files": [path]}]
    user = data[1][0]
    assert [part["type"] for part in user["content"]] == ["file", "text"]
    assert user["content"][0]["file"]["url"].endswith(path.split("/")[-1])
    assert data[1][1]["content"][0]["text"] == "1 file(s): what is this?"
