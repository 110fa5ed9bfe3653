"""`component_server` over real HTTP, with the request Gradio's JS client builds: a POST to
`{root}{api_prefix}/component_server/` (trailing slash) carrying
`{data, component_id, fn_name, session_hash}` as JSON. The answers below are what Gradio
6.31 returns for the same app (checked by hand against the reference install): the bare
return value as JSON."""

from __future__ import annotations

import httpx

import podium as gr


def arrow(speaker: str, text: str) -> str:
    return f"{speaker} >> {text}"


def from_arrow(line: str, default_speaker: str) -> dict[str, str]:
    speaker, sep, text = line.partition(" >> ")
    return {"speaker": speaker, "text": text} if sep else {"speaker": default_speaker, "text": line}


def test_gradio_frontend_request_shape(serve):
    with gr.Blocks() as demo:
        dialogue = gr.Dialogue(speakers=["A", "B"], formatter=arrow, unformatter=from_arrow, interactive=True)
    url = serve(demo)
    config = httpx.get(f"{url}config").json()
    endpoint = f"{config['root'] or url.rstrip('/')}{config['api_prefix']}/component_server/"
    props = next(c["props"] for c in config["components"] if c["id"] == dialogue.id)
    assert props["server_fns"] == ["format", "unformat"]

    def call(fn_name: str, data: object) -> httpx.Response:
        body = {"data": data, "component_id": dialogue.id, "fn_name": fn_name, "session_hash": "k2x9f0ab1c"}
        return httpx.post(endpoint, json=body, headers={"Content-Type": "application/json"})

    formatted = call("format", [{"speaker": "A", "text": "hi"}, {"speaker": "B", "text": "yo"}])
    assert formatted.status_code == 200 and formatted.headers["content-type"].startswith("application/json")
    assert formatted.json() == "A >> hi\nB >> yo"
    lines = call("unformat", {"text": "A >> hi\nB >> yo\nplain"})
    assert lines.json() == [{"speaker": "A", "text": "hi"}, {"speaker": "B", "text": "yo"}, {"speaker": "A", "text": "plain"}]
    # Gradio answers methods that are not server functions with a 404; so does Podium.
    refused = call("preprocess", [])
    assert refused.status_code == 404 and refused.headers["content-type"].startswith("application/json")
