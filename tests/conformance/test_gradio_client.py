"""The real `gradio_client` from PyPI against a live Podium server."""

from __future__ import annotations

import time

import pytest
from gradio_client import Client
from gradio_client.exceptions import AppError

import podium as gr


def greet(name: str) -> str:
    return f"Hello {name}!"


def count_up(n: float):
    text = ""
    for i in range(int(n)):
        text += f"{i} "
        time.sleep(0.01)
        yield text.strip()


def explode(name: str) -> str:
    raise gr.Error(f"Cannot greet {name}")


@pytest.fixture
def client(serve) -> Client:
    with gr.Blocks() as demo:
        name = gr.Textbox(label="Name")
        n = gr.Number(label="Count", value=3)
        out = gr.Textbox(label="Greeting")
        state = gr.State(0)
        gr.Button().click(greet, name, out)
        gr.Button().click(count_up, n, out)
        gr.Button().click(explode, name, out)
        gr.Button().click(lambda s, x: (s + 1, f"{x}:{s + 1}"), [state, name], [state, out], api_name="tally")
    return Client(serve(demo), verbose=False)


def test_predict_returns_the_greeting(client: Client):
    assert client.predict("World", api_name="/greet") == "Hello World!"
    assert client.predict(name="Keyword", api_name="/greet") == "Hello Keyword!"


def test_interface_endpoint_is_named_after_the_function(serve):
    demo = gr.Interface(greet, "text", "text")
    assert Client(serve(demo), verbose=False).predict("Iface", api_name="/greet") == "Hello Iface!"


def test_view_api_describes_parameters_and_returns(client: Client):
    info = client.view_api(print_info=False, return_format="dict")
    greet_info = info["named_endpoints"]["/greet"]
    assert greet_info["parameters"][0]["parameter_name"] == "name"
    assert greet_info["parameters"][0]["python_type"]["type"] == "str"
    assert greet_info["returns"][0]["label"] == "Greeting"
    text = client.view_api(print_info=False, return_format="str")
    assert 'api_name="/greet"' in text and "[Textbox] name: str (required)" in text


def test_submit_on_a_generator_yields_every_intermediate_output(client: Client):
    job = client.submit(4, api_name="/count_up")
    outputs = list(job)
    assert outputs == ["0", "0 1", "0 1 2", "0 1 2 3"]
    assert job.result() == "0 1 2 3"


def test_app_error_raises_on_the_client_with_the_message(client: Client):
    with pytest.raises(AppError, match="Cannot greet Bob"):
        client.predict("Bob", api_name="/explode")


def test_state_is_hidden_from_the_client_and_kept_per_client(client: Client):
    assert client.predict("a", api_name="/tally") == "a:1"
    assert client.predict("b", api_name="/tally") == "b:2"


def test_many_concurrent_jobs_all_complete(client: Client):
    jobs = [client.submit(f"n{i}", api_name="/greet") for i in range(20)]
    assert sorted(job.result(timeout=30) for job in jobs) == sorted(f"Hello n{i}!" for i in range(20))


def test_auth_login_through_the_client(serve):
    demo = gr.Interface(greet, "text", "text")
    url = serve(demo, auth=("user", "pass"))
    assert Client(url, auth=("user", "pass"), verbose=False).predict("Auth", api_name="/greet") == "Hello Auth!"
    with pytest.raises(Exception, match=r"Invalid credentials|Could not login"):
        Client(url, auth=("user", "nope"), verbose=False)


def test_input_the_app_refuses_is_a_validation_error_with_the_reason(serve):
    from gradio_client.exceptions import ValidationError

    demo = gr.Interface(lambda n: n * 2, gr.Slider(0, 10, label="Level"), "number", api_name="double")
    client = Client(serve(demo), verbose=False)
    with pytest.raises(ValidationError) as raised:
        client.predict(99, api_name="/double")
    message = str(raised.value)
    assert "Level" in message and "outside the range 0..10" in message
    assert client.predict(4, api_name="/double") == 8  # the client still works afterwards
