"""launch(auth=...): nothing but the login page until the user logs in."""

from __future__ import annotations

import podium as gr


def app() -> gr.Blocks:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(lambda x: x, box, box, api_name="echo")
    return demo


def test_requests_are_refused_until_login(client_for):
    client = client_for(app(), auth=("ada", "lovelace"))
    assert client.get("/config").status_code == 401
    assert client.post("/gradio_api/call/echo", json={"data": ["x"]}).status_code == 401
    login_page = client.get("/", headers={"accept": "text/html"})
    assert login_page.status_code == 200 and "Log in" in login_page.text and "gradio_config" not in login_page.text
    assert client.post("/login", data={"username": "ada", "password": "wrong"}).status_code == 401
    assert client.post("/login", data={"username": "ada", "password": "lovelace"}).status_code == 200
    assert client.get("/config").status_code == 200


def test_callable_auth(client_for):
    client = client_for(app(), auth=lambda user, password: user == password)
    assert client.post("/login", data={"username": "a", "password": "b"}).status_code == 401
    assert client.post("/login", data={"username": "z", "password": "z"}).status_code == 200
    assert client.post("/gradio_api/call/echo", json={"data": ["x"]}).status_code == 200
