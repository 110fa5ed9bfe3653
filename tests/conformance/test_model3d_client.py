"""gradio_client against a live Podium app: a Model3D file goes up, through Python and back."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from gradio_client import Client, handle_file

import podium as gr

OBJ = "v 0 0 0\nv 1 0 0\nv 0 1 0\nv 0 0 1\nf 1 2 3\nf 1 2 4\nf 1 3 4\nf 2 3 4\n"


def scale(path: str) -> str:
    """Doubles every vertex of the uploaded OBJ and returns the new file."""
    lines = []
    for line in Path(path).read_text().splitlines():
        if line.startswith("v "):
            lines.append("v " + " ".join(str(2 * float(v)) for v in line.split()[1:]))
        else:
            lines.append(line)
    out = Path(tempfile.mkdtemp()) / f"scaled-{Path(path).name}"
    out.write_text("\n".join(lines) + "\n")
    return str(out)


@pytest.fixture
def client(serve) -> Client:
    with gr.Blocks() as demo:
        source = gr.Model3D(label="In")
        result = gr.Model3D(label="Out")
        gr.Button().click(scale, source, result, api_name="scale")
    return Client(serve(demo), verbose=False, download_files=tempfile.mkdtemp())


def test_model3d_file_round_trip(client: Client, tmp_path: Path):
    source = tmp_path / "tetra.obj"
    source.write_text(OBJ)
    result = client.predict(handle_file(str(source)), api_name="/scale")
    assert Path(result).name == "scaled-tetra.obj"
    assert Path(result).read_text().splitlines()[1] == "v 2.0 0.0 0.0"
    info = client.view_api(print_info=False, return_format="dict")
    parameter = info["named_endpoints"]["/scale"]["parameters"][0]
    # Gradio names it "Model3d" in its API info (its type, capitalised); so does Podium.
    assert parameter["component"] == "Model3d" and parameter["python_type"]["type"] == "filepath"


def test_model3d_refuses_a_file_that_is_not_a_model(serve, tmp_path: Path):
    import httpx

    with gr.Blocks() as demo:
        source = gr.Model3D(label="In")
        gr.Button().click(lambda path: path, source, source, api_name="echo")
    url = serve(demo)
    uploaded = httpx.post(url + "gradio_api/upload", files={"files": ("notes.txt", b"not a mesh")}, timeout=20).json()[0]
    body = {"data": [{"path": uploaded, "orig_name": "notes.txt", "meta": {"_type": "gradio.FileData"}}]}
    response = httpx.post(url + "gradio_api/call/echo", json=body, timeout=20)
    assert response.status_code == 422
    assert "cannot show 'notes.txt'" in response.text
