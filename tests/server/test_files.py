"""Uploads, serving and the file access rules, against a live server with raw requests.

Every negative case sits next to a positive control, and traversal spellings are sent
byte for byte (http.client does not normalise `..` the way URL libraries do).
"""

from __future__ import annotations

import http.client
import json
import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

import podium as gr


def raw_get(url: str, path: str) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.putrequest("GET", path, skip_accept_encoding=True)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def upload(url: str, files: list[tuple[str, bytes]]) -> tuple[int, object]:
    parts = urlsplit(url)
    boundary = "podiumtestboundary"
    body = b""
    for name, content in files:
        body += (
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode() + content + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request("POST", "/gradio_api/upload", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})
        response = connection.getresponse()
        return response.status, json.loads(response.read())
    finally:
        connection.close()


@pytest.fixture
def tree(tmp_path: Path) -> dict[str, Path]:
    allowed = tmp_path / "allowed"
    outside = tmp_path / "outside"
    sibling = tmp_path / "allowed-evil"
    for folder in (allowed, outside, sibling, allowed / "blocked", allowed / ".hidden"):
        folder.mkdir(parents=True)
    (allowed / "ok.txt").write_text("public")
    (allowed / ".secret.txt").write_text("dotfile")
    (allowed / ".hidden" / "inner.txt").write_text("in a dot dir")
    (allowed / "blocked" / "no.txt").write_text("blocked")
    (outside / "secret.txt").write_text("SECRET")
    (sibling / "ok.txt").write_text("sibling")
    (allowed / "link_out.txt").symlink_to(outside / "secret.txt")
    os.link(outside / "secret.txt", allowed / "hard.txt")
    return {"allowed": allowed, "outside": outside, "sibling": sibling}


@pytest.fixture
def served(serve, tree) -> str:
    demo = gr.Interface(lambda f: f, gr.File(), gr.File())
    return serve(demo, allowed_paths=[str(tree["allowed"])], blocked_paths=[str(tree["allowed"] / "blocked")])


def test_allowed_file_is_served_with_nosniff(served, tree):
    status, headers, body = raw_get(served, f"/gradio_api/file={tree['allowed']}/ok.txt")
    assert (status, body) == (200, b"public")
    assert headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(
    "spelling",
    [
        "{A}/../outside/secret.txt",
        "{A}/%2e%2e/outside/secret.txt",
        "{A}/%2E%2E%2Foutside%2Fsecret.txt",
        "{A}/%252e%252e/outside/secret.txt",
        "{A}%5c..%5coutside%5csecret.txt",
        "{A}/ok.txt%00.png",
        "{A}/link_out.txt",
        "{A}/hard.txt",
        "{A}/.secret.txt",
        "{A}/.hidden/inner.txt",
        "{A}/blocked/no.txt",
        "{A}-evil/ok.txt",
        "{AU}/OK.TXT",
        "{O}/secret.txt",
        "/etc/passwd",
        "../../../../etc/passwd",
        "pyproject.toml",
        "http://127.0.0.1/etc/passwd",
        "file:///etc/passwd",
    ],
)
def test_everything_else_is_403_revealing_nothing(served, tree, spelling):
    path = spelling.format(A=tree["allowed"], AU=str(tree["allowed"]).upper(), O=tree["outside"])
    status, _, body = raw_get(served, "/gradio_api/file=" + path)
    assert status in (403, 404), (path, status)
    assert b"SECRET" not in body and b"root:" not in body and b"dotfile" not in body
    if status == 403:
        assert json.loads(body)["error"] == "File access denied"


def test_upload_returns_opaque_paths_that_are_served_back(served):
    status, paths = upload(served, [("a.txt", b"alpha"), ("../../evil name.txt", b"beta")])
    assert status == 200 and isinstance(paths, list) and len(paths) == 2
    first, second = (Path(p) for p in paths)
    assert first.name == "a.txt" and second.name == "evil name.txt"  # no directory parts survive
    assert len(first.parent.name) == 32 and first.parent != second.parent  # unguessable folders
    for path, content in ((first, b"alpha"), (second, b"beta")):
        status, _, body = raw_get(served, "/gradio_api/file=" + str(path).replace(" ", "%20"))
        assert (status, body) == (200, content)


def test_html_uploads_are_downloads_not_pages(served):
    _, paths = upload(served, [("page.html", b"<script>alert(1)</script>")])
    status, headers, _ = raw_get(served, "/gradio_api/file=" + paths[0])  # type: ignore[index]
    assert status == 200
    assert headers["content-disposition"].startswith("attachment")


def test_upload_over_the_limit_is_413_and_leaves_nothing_on_disk(serve):
    demo = gr.Interface(lambda f: f, gr.File(), gr.File())
    url = serve(demo, max_file_size="1kb")
    cache = demo.server.app.state.podium.files.cache.root  # type: ignore[union-attr]
    before = set(cache.iterdir())
    status, body = upload(url, [("big.bin", b"x" * 5000)])
    assert status == 413 and "maximum upload size of 1024 bytes" in body["error"]  # type: ignore[index]
    assert set(cache.iterdir()) == before
    assert upload(url, [("small.bin", b"x" * 100)])[0] == 200


def test_bad_uploads_are_400(served):
    parts = urlsplit(served)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    connection.request("POST", "/gradio_api/upload", b"not multipart", {"Content-Type": "text/plain"})
    response = connection.getresponse()
    assert response.status == 400 and b"multipart/form-data" in response.read()
    connection.close()


def test_an_initial_file_value_is_published_once_and_a_missing_one_is_dropped(serve, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "readme.txt").write_text("initial")
    with gr.Blocks() as demo:
        gr.File(value="readme.txt", label="Given")
        gr.File(value="missing.txt", label="Missing")
    url = serve(demo)
    configs = [json.loads(raw_get(url, "/config")[2]) for _ in range(2)]
    values = [{c["props"].get("label"): c["props"].get("value") for c in config["components"]} for config in configs]
    given = values[0]["Given"]
    assert given["url"] == url + "gradio_api/file=" + given["path"]
    assert values[1]["Given"]["path"] == given["path"]  # copied into the cache once
    assert values[0]["Missing"] is None
    status, _, body = raw_get(url, "/gradio_api/file=" + given["path"])
    assert (status, body) == (200, b"initial")


def test_delete_cache_removes_old_files_and_clears_on_close(serve, tmp_path):
    demo = gr.Interface(lambda f: f, gr.File(), gr.File(), delete_cache=(3600, 3600))
    url = serve(demo)
    state = demo.server.app.state.podium  # type: ignore[union-attr]
    _, paths = upload(url, [("old.txt", b"old")])
    old = Path(paths[0])  # type: ignore[index]
    os.utime(old.parent, (0, 0))  # pretend it was uploaded long ago
    _, paths = upload(url, [("new.txt", b"new")])
    assert state.files.cache.delete_older_than(3600) == 1
    assert not old.exists() and Path(paths[0]).exists()  # type: ignore[index]
    root = state.files.cache.root
    demo.close()
    assert not root.exists()


@pytest.mark.parametrize("target", ["http://127.0.0.1:{port}/config", "http://localhost:{port}/", "http://169.254.169.254/latest/meta-data/"])
def test_file_inputs_given_as_internal_urls_are_refused(serve, target):
    import httpx

    url = serve(gr.Interface(lambda f: f, gr.File(), gr.File(), api_name="echo"))
    port = urlsplit(url).port
    body = {"data": [{"path": target.format(port=port), "meta": {"_type": "gradio.FileData"}}]}
    response = httpx.post(url + "gradio_api/call/echo", json=body, timeout=20)
    assert response.status_code == 422
    assert "not a public" in response.json()["error"]


def test_a_returned_url_is_passed_to_the_browser_not_fetched(client_for):
    from tests.server.conftest import sse_events

    demo = gr.Interface(lambda _: "https://example.com/cat.png", "text", gr.File(), api_name="link")
    client = client_for(demo)
    event_id = client.post("/gradio_api/call/link", json={"data": ["x"]}).json()["event_id"]
    ((kind, data),) = sse_events(client, f"/gradio_api/call/link/{event_id}")
    assert kind == "complete"
    assert data[0]["path"] == data[0]["url"] == "https://example.com/cat.png"
    assert data[0]["orig_name"] == "cat.png"
