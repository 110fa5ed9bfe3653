"""UploadButton, DownloadButton and Files: config as Gradio 6 sends it, pre/postprocess."""

from __future__ import annotations

from pathlib import Path

import pytest

import podium as gr

META = {"_type": "gradio.FileData"}


def test_upload_button_config_matches_gradio() -> None:
    button = gr.UploadButton(file_count="multiple", type="binary", file_types=[".txt"], variant="primary", size="sm")
    config = button.get_config()
    assert config["type"] == "uploadbutton"
    assert config["skip_api"] is False
    props = config["props"]
    assert props["label"] == "Upload a File"
    assert (props["variant"], props["size"], props["interactive"]) == ("primary", "sm", True)
    assert (props["type"], props["file_count"], props["file_types"]) == ("binary", "multiple", [".txt"])
    assert props["value"] is None
    assert config["api_info"]["type"] == "array"
    assert gr.UploadButton().get_config()["api_info"]["title"] == "FileData"
    assert gr.UploadButton("Pick").get_config()["props"]["label"] == "Pick"


def test_upload_button_defaults_follow_gradio() -> None:
    button = gr.UploadButton()
    assert (button.label, button.variant, button.size, button.interactive) == ("Upload a File", "secondary", "lg", True)
    assert (button.type, button.file_count, button.file_types) == ("filepath", "single", None)
    for event in ("change", "click", "upload"):
        assert callable(getattr(button, event))
    with pytest.raises(ValueError, match="file_count"):
        gr.UploadButton(file_count="many")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="type"):
        gr.UploadButton(type="numpy")  # type: ignore[arg-type]


def test_upload_button_preprocess_by_type_and_count(tmp_path: Path) -> None:
    data = tmp_path / "d.bin"
    data.write_bytes(b"\x00\x01")
    payload = {"path": str(data), "meta": META}
    assert gr.UploadButton().preprocess(payload) == str(data)
    assert gr.UploadButton(type="binary").preprocess(payload) == b"\x00\x01"
    assert gr.UploadButton(file_count="multiple").preprocess([payload, payload]) == [str(data)] * 2
    assert gr.UploadButton(file_count="directory", type="binary").preprocess([payload]) == [b"\x00\x01"]
    assert gr.UploadButton().preprocess(None) is None


def test_upload_button_payload_checks_and_postprocess(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="expected file data"):
        gr.UploadButton().check_payload("/etc/passwd")
    with pytest.raises(ValueError, match="expected one file"):
        gr.UploadButton().check_payload([{"path": "a", "meta": META}])
    gr.UploadButton(file_count="multiple").check_payload([{"path": "a", "meta": META}])
    gr.UploadButton().check_payload(None)
    note = tmp_path / "n.txt"
    note.write_text("hi")
    wire = gr.UploadButton().postprocess(str(note))
    assert (wire["orig_name"], wire["size"], wire["meta"]) == ("n.txt", 2, META)
    assert len(gr.UploadButton(file_count="multiple").postprocess([note, note])) == 2
    assert gr.UploadButton().postprocess(None) is None


def test_download_button_config_and_conversions(tmp_path: Path) -> None:
    report = tmp_path / "report.csv"
    report.write_text("a,b\n")
    button = gr.DownloadButton("Get report", value=str(report), variant="primary")
    config = button.get_config()
    assert config["type"] == "downloadbutton"
    assert config["props"]["label"] == "Get report"
    assert config["props"]["variant"] == "primary"
    assert config["props"]["value"]["orig_name"] == "report.csv"
    assert config["api_info"]["title"] == "FileData"
    assert set(dir(button)) >= {"click", "change"}
    assert not hasattr(button, "upload")
    assert button.postprocess(None) is None
    wire = button.postprocess(report)
    assert (wire["path"], wire["size"], wire["mime_type"]) == (str(report), 4, "text/csv")
    assert button.postprocess(wire) is wire
    assert button.preprocess({"path": str(report), "meta": META}) == str(report)
    assert button.preprocess(None) is None
    with pytest.raises(ValueError, match="expected file data"):
        button.check_payload("report.csv")
    default = gr.DownloadButton()
    assert (default.label, default.variant, default.size, default.interactive, default.value) == (
        "Download", "secondary", "lg", True, None,
    )


def test_files_is_a_multiple_file_with_the_file_wire_type() -> None:
    files = gr.Files(label="Docs")
    config = files.get_config()
    assert config["type"] == "file"
    assert config["props"]["file_count"] == "multiple"
    assert config["api_info"]["type"] == "array"
    assert isinstance(files, gr.File)
    assert gr.Files(file_count="directory").file_count == "directory"
    assert isinstance(gr.components.component_from("files"), gr.Files)


def test_returned_buttons_are_updates() -> None:
    assert gr.DownloadButton(visible=False).explicit_args == {"visible": False}
    assert gr.Files(label="x").explicit_args == {"label": "x"}
