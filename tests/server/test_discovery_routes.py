"""GET /config, GET /gradio_api/info, the page with inlined config, and static assets."""

from __future__ import annotations

import json
import re

import podium as gr
from podium.server.routes.page import STATIC_DIR


def app() -> gr.Blocks:
    def greet(name: str, greeting: str = "Hello") -> str:
        return f"{greeting} {name}"

    with gr.Blocks(title="Greeter") as demo:
        with gr.Row():
            name = gr.Textbox(label="Name")
            greeting = gr.Dropdown(["Hello", "Hi"], label="Greeting")
        out = gr.Textbox(label="Greeting out")
        gr.Button("Go").click(greet, [name, greeting], out)
    return demo


def test_config_describes_components_layout_and_dependencies(client_for):
    config = client_for(app()).get("/config").json()
    assert config["protocol"] == "sse_v3" and config["api_prefix"] == "/gradio_api"
    assert config["title"] == "Greeter"
    types = {c["id"]: c["type"] for c in config["components"]}
    assert sorted(types.values()) == ["button", "dropdown", "row", "textbox", "textbox"]
    row = next(child for child in config["layout"]["children"] if types[child["id"]] == "row")
    assert [types[c["id"]] for c in row["children"]] == ["textbox", "dropdown"]
    (dependency,) = config["dependencies"]
    assert dependency["api_name"] == "greet" and dependency["queue"] is True
    assert [types[i] for i in dependency["inputs"]] == ["textbox", "dropdown"]
    assert config["root"].startswith("http://testserver")


def test_info_lists_parameters_with_names_defaults_and_types(client_for):
    info = client_for(app()).get("/gradio_api/info").json()
    endpoint = info["named_endpoints"]["/greet"]
    name, greeting = endpoint["parameters"]
    assert (name["label"], name["parameter_name"], name["parameter_has_default"]) == ("Name", "name", False)
    assert (greeting["parameter_name"], greeting["parameter_has_default"], greeting["parameter_default"]) == ("greeting", True, "Hello")
    assert greeting["python_type"]["type"] == "Literal['Hello', 'Hi']"
    assert endpoint["returns"][0]["label"] == "Greeting out"
    assert info["unnamed_endpoints"] == {}


def test_root_url_follows_proxy_headers_and_root_path(client_for):
    client = client_for(app(), root_path="/demo")
    config = client.get("/config", headers={"x-forwarded-proto": "https", "x-forwarded-host": "example.org"}).json()
    assert config["root"] == "https://example.org/demo"


def require_built_frontend() -> None:
    assert (STATIC_DIR / "index.html").is_file(), "frontend not built: run `pip install -e .` (needs npm)"


def test_page_inlines_config_safely(client_for):
    require_built_frontend()
    demo = app()
    demo.title = "</script><script>alert(1)</script>"
    page = client_for(demo).get("/", headers={"accept-encoding": "gzip"})
    assert page.status_code == 200 and page.headers["content-encoding"] == "gzip"
    match = re.search(r"window\.gradio_config = (\{.*?\});</script>", page.text, re.S)
    assert match, "config not inlined"
    assert json.loads(match.group(1))["protocol"] == "sse_v3"
    assert "<script>alert(1)</script>" not in page.text


def test_assets_are_served_precompressed_and_cached(client_for):
    require_built_frontend()
    client = client_for(app())
    script = re.search(r'src="\./assets/([^"]+\.js)"', client.get("/").text)
    assert script, "no module script in the page"
    response = client.get(f"/assets/{script.group(1)}", headers={"accept-encoding": "br, gzip"})
    assert response.status_code == 200
    assert response.headers["content-encoding"] == "br"
    assert "immutable" in response.headers["cache-control"]
    assert client.get("/assets/../index.html").status_code == 404
    assert client.get("/assets/%2e%2e/%2e%2e/pyproject.toml").status_code == 404


def test_heartbeat_stream_starts_with_a_heartbeat(client_for):
    client = client_for(app())
    with client.stream("GET", "/gradio_api/heartbeat/abc") as response:
        first = next(response.iter_lines())
    assert json.loads(first[len("data: "):]) == {"msg": "heartbeat"}


def test_file_route_denies_by_default(client_for):
    client = client_for(app())
    assert client.get("/gradio_api/file=/etc/passwd").status_code == 403


def test_favicon_and_unknown_routes(client_for):
    client = client_for(app())
    assert client.get("/favicon.ico").status_code in (200, 204)
    assert client.get("/gradio_api/nope").status_code == 404


def test_file_parameters_are_described_as_filepaths(client_for):
    demo = gr.Interface(lambda f: f, gr.File(), gr.File(), api_name="echo")
    endpoint = client_for(demo).get("/gradio_api/info").json()["named_endpoints"]["/echo"]
    assert endpoint["parameters"][0]["python_type"]["type"] == "filepath"
    assert endpoint["returns"][0]["python_type"]["type"] == "filepath"


def test_parameter_defaults_are_the_components_starting_values_as_in_gradio(client_for):
    def fn(text, number=5, slider=None, box=None, choice=None, tags=None):
        return text

    with gr.Blocks() as demo:
        inputs = [gr.Textbox(), gr.Number(), gr.Slider(), gr.Checkbox(), gr.Dropdown(["a", "b"]), gr.CheckboxGroup(["x"])]
        gr.Button().click(fn, inputs, inputs[0], api_name="f")
    params = client_for(demo).get("/gradio_api/info").json()["named_endpoints"]["/f"]["parameters"]
    # Gradio 6.31 reports exactly these (the fn's own `number=5` is not what a client omits).
    assert [(p["parameter_has_default"], p["parameter_default"]) for p in params] == [
        (False, None), (False, None), (True, 0), (True, False), (True, "a"), (True, []),
    ]
