"""gradio_client's handle_file against a live Podium app: upload, process, download."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from gradio_client import Client, handle_file
from gradio_client.exceptions import AppError

import podium as gr


def shout(path: str) -> str:
    """Writes an upper-cased copy of the uploaded text file."""
    text = Path(path).read_text()
    out = Path(tempfile.mkdtemp()) / f"loud-{Path(path).name}"
    out.write_text(text.upper())
    return str(out)


def count(paths: list[str]) -> tuple[int, list[str]]:
    return len(paths), paths


def steal(_: str) -> str:
    return "/etc/passwd"


@pytest.fixture
def client(serve) -> Client:
    with gr.Blocks() as demo:
        single = gr.File(label="In")
        several = gr.File(file_count="multiple", label="Many")
        out = gr.File(label="Out")
        many_out = gr.File(file_count="multiple", label="Many out")
        number = gr.Number()
        text = gr.Textbox()
        gr.Button().click(shout, single, out)
        gr.Button().click(count, several, [number, many_out])
        gr.Button().click(steal, text, out)
    return Client(serve(demo), verbose=False, download_files=tempfile.mkdtemp())


def test_single_file_round_trip_is_byte_correct(client: Client, tmp_path: Path):
    source = tmp_path / "note.txt"
    source.write_text("hello podium")
    result = client.predict(handle_file(str(source)), api_name="/shout")
    assert Path(result).name == "loud-note.txt"
    assert Path(result).read_text() == "HELLO PODIUM"


def test_multiple_files_in_and_out(client: Client, tmp_path: Path):
    files = []
    for index in range(3):
        path = tmp_path / f"f{index}.bin"
        path.write_bytes(bytes([index]) * 100)
        files.append(handle_file(str(path)))
    number, outputs = client.predict(files, api_name="/count")
    assert number == 3
    assert sorted(Path(p).read_bytes() for p in outputs) == [bytes([i]) * 100 for i in range(3)]


def test_a_function_returning_a_private_path_is_an_error_not_a_leak(client: Client):
    with pytest.raises(AppError, match="Cannot send the file 'passwd'"):
        client.predict("x", api_name="/steal")


def test_file_data_pointing_outside_the_cache_is_refused(serve):
    import httpx

    demo = gr.Interface(lambda f: f, gr.File(), gr.File(), api_name="echo")
    url = serve(demo)
    body = {"data": [{"path": "/etc/passwd", "meta": {"_type": "gradio.FileData"}}]}
    response = httpx.post(url + "gradio_api/call/echo", json=body)
    assert response.status_code == 422
    assert "not uploaded to this server" in response.json()["error"]
