"""Flagging: CSVLogger files and rows, and the Interface's flagging options."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import podium as gr


def rows(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def test_csv_logger_writes_a_header_then_one_row_per_flag(tmp_path: Path):
    text, number = gr.Textbox(label="text"), gr.Number(label="n")
    logger = gr.CSVLogger(verbose=False)
    logger.setup([text, number], tmp_path / "flags")
    assert logger.flag(["hello, world", 3], flag_option="good") == 1
    assert logger.flag(['say "hi"', None]) == 2
    table = rows(tmp_path / "flags" / "dataset1.csv")
    assert table[0] == ["text", "n", "flag", "timestamp"]
    assert table[1][:3] == ["hello, world", "3", "good"] and table[1][3].startswith("20")
    assert table[2][:3] == ['say "hi"', "", ""]


def test_csv_logger_copies_files_and_stores_relative_paths(tmp_path: Path):
    source = tmp_path / "upload.png"
    source.write_bytes(b"\x89PNG fake")
    image = gr.File(label="picture")
    logger = gr.CSVLogger(verbose=False)
    logger.setup([image, gr.JSON(label="meta")], tmp_path / "flags")
    payload = {"path": str(source), "orig_name": "cat.png", "meta": {"_type": "gradio.FileData"}}
    logger.flag([payload, {"a": [1, 2]}])
    cell, meta = rows(tmp_path / "flags" / "dataset1.csv")[1][:2]
    copied = tmp_path / "flags" / cell
    assert cell.startswith("picture/") and cell.endswith("cat.png")
    assert copied.read_bytes() == b"\x89PNG fake"
    assert meta == '{"a": [1, 2]}'


def test_a_dataset_with_other_columns_is_left_alone(tmp_path: Path):
    first = gr.CSVLogger(verbose=False)
    first.setup([gr.Textbox(label="a")], tmp_path)
    first.flag(["x"])
    second = gr.CSVLogger(verbose=False)
    second.setup([gr.Textbox(label="b")], tmp_path)
    second.flag(["y"])
    assert rows(tmp_path / "dataset1.csv")[0][0] == "a"
    assert rows(tmp_path / "dataset2.csv")[0][0] == "b"
    again = gr.CSVLogger(verbose=False)
    again.setup([gr.Textbox(label="a")], tmp_path)  # same columns: appends to dataset1
    assert again.flag(["z"]) == 2


def test_interface_flag_buttons_follow_the_mode_and_options(monkeypatch: pytest.MonkeyPatch):
    def buttons(demo: gr.Interface) -> list[str]:
        return [c["props"]["value"] for c in demo.config()["components"] if c["type"] == "button"]

    assert "Flag" in buttons(gr.Interface(str.upper, "text", "text"))
    assert buttons(gr.Interface(str.upper, "text", "text", flagging_options=["good", ("Nope", "bad")]))[-2:] == ["Flag as good", "Nope"]
    assert not any("Flag" in b for b in buttons(gr.Interface(str.upper, "text", "text", flagging_mode="never")))
    monkeypatch.setenv("GRADIO_FLAGGING_MODE", "never")
    assert not any("Flag" in b for b in buttons(gr.Interface(str.upper, "text", "text")))
    with pytest.raises(ValueError, match="flagging_mode must be one of"):
        gr.Interface(str.upper, "text", "text", flagging_mode="sometimes")


def test_flag_endpoint_is_undocumented_and_auto_mode_has_no_button():
    demo = gr.Interface(str.upper, "text", "text")
    flag = next(d for d in demo.dependencies if d.api_name == "Flag")
    assert flag.api_visibility == "undocumented" and flag.preprocess is False
    auto = gr.Interface(str.upper, "text", "text", flagging_mode="auto")
    assert not any(c.get_type() == "button" and c.value == "Flag" for c in auto.blocks().values())  # type: ignore[attr-defined]
    assert any(d.trigger_only_on_success and d.api_visibility == "private" for d in auto.dependencies)
