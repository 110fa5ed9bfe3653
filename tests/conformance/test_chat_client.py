"""The real gradio_client against ChatInterface apps: `predict` returns the reply, a
streaming `submit` yields it as it grows, and the endpoint keeps the client's history."""

from __future__ import annotations

from gradio_client import Client, handle_file

import podium as gr


def test_predict_and_streaming_submit_against_a_streaming_chat(serve, tmp_path):
    histories: list[int] = []

    def reply(message: str, history: list[dict], style: str):
        histories.append(len(history))
        text = ""
        for word in f"{style} reply to {message}".split():
            text = f"{text} {word}".strip()
            yield text

    demo = gr.ChatInterface(reply, additional_inputs=[gr.Dropdown(["plain", "fancy"], value="plain", label="style")])
    client = Client(serve(demo), verbose=False)

    api = client.view_api(return_format="dict", print_info=False)["named_endpoints"]
    assert list(api) == ["/reply"]
    assert [p["parameter_name"] for p in api["/reply"]["parameters"]] == ["message", "style"]

    assert client.predict("hello", "fancy", api_name="/reply") == "fancy reply to hello"

    job = client.submit("again", "plain", api_name="/reply")
    chunks = list(job)
    assert chunks == ["plain", "plain reply", "plain reply to", "plain reply to again"]
    assert job.outputs()[-1] == "plain reply to again"
    # The endpoint kept this client's conversation: the second call saw the first turn.
    assert histories == [0, 2]


def test_predict_against_a_plain_multimodal_chat(serve, tmp_path):
    def describe(message: dict, history: list[dict]) -> str:
        names = [path.rsplit("/", 1)[-1] for path in message["files"]]
        return f"{message['text']} with {names}"

    image = tmp_path / "dog.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    client = Client(serve(gr.ChatInterface(describe, multimodal=True)), verbose=False)
    result = client.predict({"text": "look", "files": [handle_file(str(image))]}, api_name="/describe")
    assert result == "look with ['dog.png']"
