"""The REST protocol: POST /call/{api_name} then GET the event's SSE stream."""

from __future__ import annotations

import podium as gr
from tests.server.conftest import sse_events


def demo_app() -> gr.Blocks:
    def greet(name):
        return f"Hello {name}!"

    def spell(word):
        for i in range(1, len(word) + 1):
            yield word[:i]

    def fail(name):
        raise gr.Error("no " + name)

    with gr.Blocks() as demo:
        name = gr.Textbox(label="Name")
        out = gr.Textbox()
        gr.Button().click(greet, name, out)
        gr.Button().click(spell, name, out)
        gr.Button().click(fail, name, out)
        gr.Button().click(greet, name, out, api_visibility="private", api_name="hidden")
    return demo


def call(client, api_name, body):
    return client.post(f"/gradio_api/call/{api_name}", json=body)


def test_call_returns_event_id_and_stream_completes_with_values(client_for):
    client = client_for(demo_app())
    started = call(client, "greet", {"data": ["Ada"]})
    assert started.status_code == 200
    event_id = started.json()["event_id"]
    assert sse_events(client, f"/gradio_api/call/greet/{event_id}") == [("complete", ["Hello Ada!"])]


def test_generator_call_streams_full_values_not_diffs(client_for):
    client = client_for(demo_app())
    event_id = call(client, "spell", {"data": ["abc"]}).json()["event_id"]
    events = sse_events(client, f"/gradio_api/call/spell/{event_id}")
    assert events == [("generating", ["a"]), ("generating", ["ab"]), ("generating", ["abc"]), ("complete", ["abc"])]


def test_error_in_fn_is_an_error_event_with_message(client_for):
    client = client_for(demo_app())
    event_id = call(client, "fail", {"data": ["way"]}).json()["event_id"]
    assert sse_events(client, f"/gradio_api/call/fail/{event_id}") == [("error", "no way")]


def test_results_can_be_read_once(client_for):
    client = client_for(demo_app())
    event_id = call(client, "greet", {"data": ["x"]}).json()["event_id"]
    sse_events(client, f"/gradio_api/call/greet/{event_id}")
    assert client.get(f"/gradio_api/call/greet/{event_id}").status_code == 404


def test_unknown_and_private_endpoints_are_404_listing_public_ones(client_for):
    client = client_for(demo_app())
    for name in ("nope", "hidden"):
        response = call(client, name, {"data": ["x"]})
        assert response.status_code == 404
        assert response.json()["endpoints"] == ["/fail", "/greet", "/spell"]
        assert f"No API endpoint named '/{name}'" in response.json()["error"]


def test_bad_bodies_get_4xx_naming_the_problem(client_for):
    client = client_for(demo_app())
    assert "'data' field" in call(client, "greet", {}).json()["error"]
    wrong_count = call(client, "greet", {"data": ["a", "b"]})
    assert wrong_count.status_code == 422 and "expects 1 input value(s) [Name], got 2" in wrong_count.json()["error"]
    wrong_type = call(client, "greet", {"data": [{"a": 1}]})
    assert wrong_type.status_code == 422 and "input 1 (Name): expected a string, got dict" in wrong_type.json()["error"]
    malformed = client.post("/gradio_api/call/greet", content=b"{nope", headers={"content-type": "application/json"})
    assert malformed.status_code == 400
    assert client.get("/gradio_api/call/greet/not-an-event").status_code == 404


def test_a_result_can_only_be_read_through_its_own_endpoint(client_for):
    client = client_for(demo_app())
    event_id = call(client, "greet", {"data": ["x"]}).json()["event_id"]
    assert client.get(f"/gradio_api/call/spell/{event_id}").status_code == 404
    assert sse_events(client, f"/gradio_api/call/greet/{event_id}") == [("complete", ["Hello x!"])]
