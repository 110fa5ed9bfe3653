"""`@gr.render` on the wire: per-session components and listeners, keys, isolation."""

from __future__ import annotations

import pytest

import podium as gr
from tests.server.conftest import completed, run_in_session


def boxes_app() -> tuple[gr.Blocks, gr.Number]:
    with gr.Blocks() as demo:
        count = gr.Number(value=2, label="How many")

        @gr.render(inputs=count)
        def boxes(n: float):
            for i in range(int(n)):
                box = gr.Textbox(label=f"Box {i}", key=f"box-{i}")
                out = gr.Textbox(label=f"Echo {i}")
                box.submit(lambda text, i=i: f"{i}:{text}", box, out)

    return demo, count


def test_render_listener_triggers_on_change_and_load_and_is_not_an_api_endpoint(client_for):
    demo, count = boxes_app()
    render_dep = demo.dependencies[0]
    assert sorted(render_dep.targets) == sorted([(count.id, "change"), (demo.id, "load")])
    config = client_for(demo).get("/config").json()
    assert config["dependencies"][0]["render_id"] is not None
    assert client_for(demo).get("/gradio_api/info").json()["named_endpoints"] == {}


def test_render_builds_components_and_listeners_for_the_session(client_for):
    demo, _ = boxes_app()
    client = client_for(demo)
    final = completed(run_in_session(client, 0, [3], session="a"))
    render = final["output"]["render_config"]
    labels = [c["props"]["label"] for c in render["components"] if c["type"] == "textbox"]
    assert labels == ["Box 0", "Echo 0", "Box 1", "Echo 1", "Box 2", "Echo 2"]
    assert len(render["dependencies"]) == 3
    assert all(d["rendered_in"] == render["render_id"] for d in render["dependencies"])
    assert [child["id"] for child in render["layout"]["children"]] == [c["id"] for c in render["components"]]

    # A rendered listener runs like any other, in this session.
    listener = render["dependencies"][1]
    out = completed(run_in_session(client, listener["id"], ["hi"], session="a"))
    assert out["output"]["data"] == ["1:hi"]


def test_rendered_listeners_belong_to_their_session_only(client_for):
    demo, _ = boxes_app()
    client = client_for(demo)
    render = completed(run_in_session(client, 0, [1], session="owner"))["output"]["render_config"]
    fn_index = render["dependencies"][0]["id"]
    other = client.post("/gradio_api/queue/join", json={"data": ["x"], "fn_index": fn_index, "session_hash": "intruder"})
    assert other.status_code == 404


def test_keyed_components_keep_their_id_across_renders(client_for):
    demo, _ = boxes_app()
    client = client_for(demo)
    first = completed(run_in_session(client, 0, [2], session="k"))["output"]["render_config"]
    second = completed(run_in_session(client, 0, [3], session="k"))["output"]["render_config"]
    ids_first = {c["props"]["label"]: c["id"] for c in first["components"]}
    ids_second = {c["props"]["label"]: c["id"] for c in second["components"]}
    assert ids_second["Box 0"] == ids_first["Box 0"] and ids_second["Box 1"] == ids_first["Box 1"]
    assert ids_second["Echo 0"] != ids_first["Echo 0"]  # no key: a new component
    # The first render's listeners are gone for this session.
    stale = first["dependencies"][0]["id"]
    assert client.post("/gradio_api/queue/join", json={"data": ["x"], "fn_index": stale, "session_hash": "k"}).status_code == 404


def test_render_with_explicit_triggers_and_an_error(client_for):
    with gr.Blocks() as demo:
        text = gr.Textbox(value="a,b")
        go = gr.Button("Go")

        @gr.render(inputs=[text], triggers=[go.click])
        def parts(value: str):
            if not value:
                raise gr.Error("Type something first")
            for part in value.split(","):
                gr.Markdown(part)

    assert demo.dependencies[0].targets == [(go.id, "click")]
    client = client_for(demo)
    render = completed(run_in_session(client, 0, ["x,y,z"]))["output"]["render_config"]
    assert [c["props"]["value"] for c in render["components"]] == ["x", "y", "z"]
    failed = completed(run_in_session(client, 0, [""], session="s2"))
    assert failed["success"] is False and failed["output"]["error"] == "Type something first"


def test_render_outside_blocks_and_bad_triggers_are_clear_errors():
    with pytest.raises(RuntimeError, match=r"inside a `with podium\.Blocks"):
        gr.render()
    with gr.Blocks(), pytest.raises(TypeError, match=r"event listeners such as `button\.click`"):
        gr.render(triggers=["click"])  # type: ignore[list-item]
