"""gradio_client against UploadButton / DownloadButton / Files endpoints of a live Podium app."""

from __future__ import annotations

import tempfile
from pathlib import Path

from gradio_client import Client, handle_file

import podium as gr


def test_upload_button_accepts_handle_file_and_download_button_returns_the_file(serve, tmp_path: Path):
    def loud(path: str) -> str:
        out = Path(tempfile.mkdtemp()) / f"loud-{Path(path).name}"
        out.write_text(Path(path).read_text().upper())
        return str(out)

    with gr.Blocks() as demo:
        upload = gr.UploadButton("Send")
        several = gr.UploadButton("Send many", file_count="multiple", type="binary")
        download = gr.DownloadButton()
        sizes = gr.Textbox()
        files = gr.Files()
        upload.upload(loud, upload, download, api_name="loud")
        several.upload(lambda blobs: ",".join(str(len(b)) for b in blobs), several, sizes, api_name="sizes")
        files.upload(lambda paths: len(paths), files, sizes, api_name="count")

    client = Client(serve(demo), verbose=False, download_files=str(tmp_path / "downloads"))
    source = tmp_path / "note.txt"
    source.write_text("hello podium")
    result = client.predict(handle_file(str(source)), api_name="/loud")
    assert Path(result).name == "loud-note.txt"
    assert Path(result).read_text() == "HELLO PODIUM"

    (tmp_path / "a.bin").write_bytes(b"12345")
    (tmp_path / "b.bin").write_bytes(b"1")
    blobs = [handle_file(str(tmp_path / "a.bin")), handle_file(str(tmp_path / "b.bin"))]
    assert client.predict(blobs, api_name="/sizes") == "5,1"
    assert client.predict(blobs, api_name="/count") == "2"
