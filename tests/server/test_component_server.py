"""`POST /gradio_api/component_server`: calling a component's declared server functions
(Dialogue's `format` / `unformat`), and refusing everything else with a clear 4xx."""

from __future__ import annotations

from typing import Any

import podium as gr
from podium.components import Component, server_function
from podium.components._server_functions import server_function_names
from tests.server.conftest import completed, run_in_session

URL = "/gradio_api/component_server"
LINES = [{"speaker": "Ann", "text": "Hi"}, {"speaker": "Bob", "text": "Hello there"}]


def arrow(speaker: str, text: str) -> str:
    return f"{speaker} >> {text}"


def from_arrow(line: str, default_speaker: str) -> dict[str, str]:
    speaker, sep, text = line.partition(" >> ")
    return {"speaker": speaker, "text": text} if sep else {"speaker": default_speaker, "text": line}


def dialogue_app() -> tuple[gr.Blocks, gr.Dialogue, gr.Dialogue, gr.Textbox]:
    with gr.Blocks() as demo:
        custom = gr.Dialogue(speakers=["Ann", "Bob"], formatter=arrow, unformatter=from_arrow, interactive=True)
        plain = gr.Dialogue(speakers=["Ann", "Bob"])
        box = gr.Textbox()
    return demo, custom, plain, box


def call(client: Any, component_id: int, fn_name: str, data: Any, **extra: Any) -> Any:
    body = {"data": data, "component_id": component_id, "fn_name": fn_name, "session_hash": "s1", **extra}
    return client.post(URL, json=body)


def test_config_lists_the_server_functions_and_whether_they_are_custom(client_for):
    demo, custom, plain, box = dialogue_app()
    components = {c["id"]: c["props"] for c in client_for(demo).get("/config").json()["components"]}
    assert components[custom.id]["server_fns"] == ["format", "unformat"]
    assert components[custom.id]["server_format"] is True and components[custom.id]["server_unformat"] is True
    assert components[plain.id]["server_fns"] == ["format", "unformat"]
    assert components[plain.id]["server_format"] is False and components[plain.id]["server_unformat"] is False
    assert "server_fns" not in components[box.id]


def test_format_and_unformat_use_the_apps_functions(client_for):
    demo, custom, plain, _ = dialogue_app()
    client = client_for(demo)
    formatted = call(client, custom.id, "format", LINES)
    assert formatted.status_code == 200 and formatted.headers["content-type"] == "application/json"
    assert formatted.json() == "Ann >> Hi\nBob >> Hello there"
    back = call(client, custom.id, "unformat", {"text": "Ann >> Hi\n\nBob >> Hello there\nno arrow"})
    assert back.json() == [*LINES, {"speaker": "Ann", "text": "no arrow"}]
    # Without custom functions, Gradio's "[speaker] text" form.
    assert call(client, plain.id, "format", LINES).json() == "[Ann] Hi\n[Bob] Hello there"
    assert call(client, plain.id, "unformat", {"text": "[Bob] Yo"}).json() == [{"speaker": "Bob", "text": "Yo"}]
    # A string value is already text.
    assert call(client, custom.id, "format", "as typed").json() == "as typed"


def test_trailing_slash_is_the_same_route(client_for):
    demo, custom, _, _ = dialogue_app()
    body = {"data": LINES, "component_id": custom.id, "fn_name": "format", "session_hash": "s1"}
    response = client_for(demo).post(URL + "/", json=body, follow_redirects=False)
    assert response.status_code == 200 and response.json() == "Ann >> Hi\nBob >> Hello there"


def test_only_declared_functions_can_be_called(client_for):
    demo, custom, _, box = dialogue_app()
    client = client_for(demo)
    for name in ("preprocess", "postprocess", "get_config", "__init__", "nope"):
        refused = call(client, custom.id, name, LINES)
        assert refused.status_code == 404, name
        assert "has no server function" in refused.json()["error"] and "format, unformat" in refused.json()["error"]
    # A component without server functions offers none.
    refused = call(client, box.id, "format", "x")
    assert refused.status_code == 404 and "offers: none" in refused.json()["error"]


def test_unknown_component_and_layouts_are_404(client_for):
    demo, *_ = dialogue_app()
    client = client_for(demo)
    missing = call(client, 9999, "format", LINES)
    assert missing.status_code == 404 and missing.json()["error"] == "No component with id 9999 in this app"
    layout_id = demo.layout()["id"]
    assert call(client, layout_id, "format", LINES).status_code == 404


def test_bad_bodies_are_400_with_the_reason(client_for):
    demo, custom, _, _ = dialogue_app()
    client = client_for(demo)
    cases = [
        (b"not json", "Malformed JSON"),
        (b"[1, 2]", "must be a JSON object"),
        (b'{"data": [], "component_id": 1}', "Missing field(s): fn_name, session_hash"),
        (b'{"data": [], "component_id": "one", "fn_name": "format", "session_hash": "s"}', "'component_id' must be an integer"),
        (b'{"data": [], "component_id": true, "fn_name": "format", "session_hash": "s"}', "'component_id' must be an integer"),
        (b'{"data": [], "component_id": 1, "fn_name": 3, "session_hash": "s"}', "'fn_name'"),
        (b'{"data": [], "component_id": 1, "fn_name": "format", "session_hash": ""}', "'session_hash'"),
    ]
    for raw, reason in cases:
        response = client.post(URL, content=raw, headers={"content-type": "application/json"})
        assert response.status_code == 400, raw
        assert reason in response.json()["error"], (raw, response.json())
    # The id as a numeric string is read as a number, as Gradio's server does.
    assert call(client, str(custom.id), "format", LINES).json() == "Ann >> Hi\nBob >> Hello there"  # type: ignore[arg-type]


def test_wrongly_shaped_arguments_are_422(client_for):
    demo, custom, _, _ = dialogue_app()
    client = client_for(demo)
    for fn_name, data in [("format", 5), ("format", [{"speaker": "Ann"}]), ("unformat", {"text": 7}), ("unformat", 3)]:
        response = call(client, custom.id, fn_name, data)
        assert response.status_code == 422, (fn_name, data, response.text)
        assert response.json()["error"].startswith(fn_name.split("_")[0])


def test_a_failing_function_is_a_clean_json_error(client_for):
    def broken(speaker: str, text: str) -> str:
        raise RuntimeError("formatter exploded")

    def user_error(line: str, speaker: str) -> dict[str, str]:
        raise gr.Error("Lines must look like 'name >> text'")

    def wrong_shape(line: str, speaker: str) -> Any:
        return "not a dict"

    with gr.Blocks() as demo:
        a = gr.Dialogue(speakers=["A"], formatter=broken)
        b = gr.Dialogue(speakers=["A"], unformatter=user_error)
        c = gr.Dialogue(speakers=["A"], unformatter=wrong_shape)
    client = client_for(demo)
    failed = call(client, a.id, "format", [{"speaker": "A", "text": "x"}])
    assert failed.status_code == 500 and failed.headers["content-type"] == "application/json"
    assert failed.json()["error"] == "Dialogue.format failed: RuntimeError: formatter exploded"
    assert "Traceback" not in failed.text
    told = call(client, b.id, "unformat", {"text": "hello"})
    assert told.json()["error"] == "Dialogue.unformat failed: Lines must look like 'name >> text'"
    shaped = call(client, c.id, "unformat", {"text": "hello"})
    assert shaped.status_code == 500 and "must return {'speaker': str, 'text': str}" in shaped.json()["error"]


def test_rendered_components_are_reachable_only_by_their_session(client_for):
    with gr.Blocks() as demo:
        count = gr.Number(value=1, precision=0)

        @gr.render(inputs=count)
        def show(n: int) -> None:
            gr.Dialogue(speakers=["A"], formatter=arrow, key="rendered")

    client = client_for(demo)
    rendered = completed(run_in_session(client, 0, [1], session="owner"))["output"]["render_config"]
    dialogue_id = next(c["id"] for c in rendered["components"] if c["type"] == "dialogue")
    line = [{"speaker": "A", "text": "hi"}]
    assert call(client, dialogue_id, "format", line, session_hash="owner").json() == "A >> hi"
    other = call(client, dialogue_id, "format", line, session_hash="someone-else")
    assert other.status_code == 404


class Notes(Component):
    """A custom component: one server function, and an override that drops the mark."""

    @server_function
    async def word_count(self, text: str) -> int:
        return len(text.split())

    @server_function
    def shout(self, text: str) -> str:
        return text.upper()


class QuietNotes(Notes):
    def shout(self, text: str) -> str:  # overridden without the mark: no longer callable
        return text


def test_custom_components_declare_their_own_async_or_sync_functions(client_for):
    assert server_function_names(Notes) == ("word_count", "shout")
    assert server_function_names(QuietNotes) == ("word_count",)
    with gr.Blocks() as demo:
        notes = Notes()
        quiet = QuietNotes()
    client = client_for(demo)
    assert call(client, notes.id, "word_count", "three little words").json() == 3
    assert call(client, notes.id, "shout", "hey").json() == "HEY"
    assert call(client, quiet.id, "shout", "hey").status_code == 404
