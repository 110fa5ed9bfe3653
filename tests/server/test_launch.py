"""demo.launch(): ports, environment variables, share, printing the URL, close()."""

from __future__ import annotations

import http.client
import socket
import threading
import time
import urllib.parse
import urllib.request

import pytest

import podium as gr
from podium.server.routes import session
from tests.conftest import free_port


def app() -> gr.Interface:
    return gr.Interface(lambda name: f"Hi {name}", "text", "text")


def get(url: str) -> int:
    with urllib.request.urlopen(url, timeout=5) as response:
        return int(response.status)


def test_launch_prints_the_url_serves_and_close_frees_the_port(capsys):
    demo = app()
    port = free_port()
    _, url, share_url = demo.launch(server_port=port, prevent_thread_lock=True, share=True)
    try:
        printed = capsys.readouterr().out
        assert f"Running on local URL:  http://127.0.0.1:{port}/" in printed
        assert "Share links are not available" in printed and share_url is None
        assert get(url + "config") == 200
    finally:
        demo.close()
    with pytest.raises(OSError):
        get(url + "config")  # stopped
    demo.launch(server_port=port, prevent_thread_lock=True, quiet=True)  # the port is free again
    try:
        assert get(url + "config") == 200
    finally:
        demo.close()


def test_port_and_host_from_environment(monkeypatch):
    port = free_port()
    monkeypatch.setenv("GRADIO_SERVER_PORT", str(port))
    monkeypatch.setenv("PODIUM_SERVER_NAME", "127.0.0.1")
    demo = app()
    _, url, _ = demo.launch(prevent_thread_lock=True, quiet=True)
    try:
        assert url == f"http://127.0.0.1:{port}/"
        assert get(url + "config") == 200
    finally:
        demo.close()


def test_a_port_in_use_is_a_clear_error():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(OSError, match=f"127.0.0.1:{port}: the port is in use"):
            app().launch(server_port=port, prevent_thread_lock=True, quiet=True)


def test_unknown_launch_argument_is_a_type_error():
    with pytest.raises(TypeError, match="not_an_option"):
        app().launch(not_an_option=True, prevent_thread_lock=True, quiet=True)


def test_close_ends_open_streams_quickly_and_quietly(caplog):
    demo = app()
    _, url, _ = demo.launch(server_port=free_port(), prevent_thread_lock=True, quiet=True)
    received: list[bytes] = []

    def hold_heartbeat() -> None:
        with urllib.request.urlopen(url + "gradio_api/heartbeat/s1", timeout=10) as stream:
            received.append(stream.read())  # returns once the server ends the stream

    listener = threading.Thread(target=hold_heartbeat)
    listener.start()
    deadline = time.monotonic() + 5
    while not demo.server.app.state.podium.heartbeats and time.monotonic() < deadline:  # type: ignore[union-attr]
        time.sleep(0.01)
    started = time.monotonic()
    demo.close()
    listener.join(5)
    assert time.monotonic() - started < 1.5
    assert received and b'"heartbeat"' in received[0]
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


def test_unload_runs_when_a_session_heartbeat_is_gone(monkeypatch):
    monkeypatch.setattr(session, "SESSION_GRACE_SECONDS", 0.1)
    unloaded = threading.Event()
    demo = app()
    demo.unload(unloaded.set)
    _, url, _ = demo.launch(server_port=free_port(), prevent_thread_lock=True, quiet=True)
    try:
        parts = urllib.parse.urlsplit(url)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
        connection.request("GET", "/gradio_api/heartbeat/leaving")
        response = connection.getresponse()
        assert response.readline().startswith(b"data:")
        assert not unloaded.is_set()
        connection.close()  # the user closes the tab
        assert unloaded.wait(5), "unload did not run after the session ended"
    finally:
        demo.close()
