"""File component conversions, size parsing and cache naming."""

from __future__ import annotations

from pathlib import Path

import pytest

import podium as gr
from podium.files.cache import FileCache, safe_name
from podium.files.sizes import parse_size

META = {"_type": "gradio.FileData"}


def test_file_preprocess_by_type_and_count(tmp_path: Path) -> None:
    data = tmp_path / "d.bin"
    data.write_bytes(b"\x00\x01")
    payload = {"path": str(data), "meta": META}
    assert gr.File().preprocess(payload) == str(data)
    assert gr.File(type="binary").preprocess(payload) == b"\x00\x01"
    assert gr.File(file_count="multiple").preprocess([payload, payload]) == [str(data), str(data)]
    assert gr.File().preprocess(None) is None


def test_file_postprocess_builds_file_data(tmp_path: Path) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF")
    wire = gr.File().postprocess(str(report))
    assert wire["path"] == str(report) and wire["orig_name"] == "report.pdf" and wire["size"] == 4
    assert wire["mime_type"] == "application/pdf" and wire["meta"] == META
    assert [w["path"] for w in gr.File(file_count="multiple").postprocess([report, report])] == [str(report)] * 2
    assert gr.File().postprocess(None) is None


def test_file_payload_checks_and_schema() -> None:
    with pytest.raises(ValueError, match="expected file data"):
        gr.File().check_payload("/etc/passwd")
    with pytest.raises(ValueError, match="expected one file"):
        gr.File().check_payload([{"path": "a", "meta": META}])
    assert gr.File().api_info()["properties"]["meta"]["properties"]["_type"]["const"] == "gradio.FileData"
    assert gr.File(file_count="multiple").api_info()["type"] == "array"
    with pytest.raises(ValueError, match="file_count"):
        gr.File(file_count="some")


def test_parse_size() -> None:
    assert parse_size(None) is None
    assert parse_size(10) == 10
    assert parse_size("1kb") == 1024
    assert parse_size("1.5 MB") == 1536 * 1024
    with pytest.raises(ValueError, match="cannot read file size"):
        parse_size("lots")


def test_safe_names_drop_directories_and_hidden_prefixes() -> None:
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("C:\\Users\\x\\doc.txt") == "doc.txt"
    assert safe_name(".env") == "env"
    assert safe_name("100%.txt") == "100_.txt"
    assert safe_name("") == "file"


def test_cache_paths_are_unique_folders_inside_the_cache(tmp_path: Path) -> None:
    cache = FileCache(tmp_path)
    first, second = cache.new_path("a.txt"), cache.new_path("a.txt")
    assert first != second and first.parent.parent == cache.root
    first.write_text("x")
    assert cache.contains(first.resolve()) and not cache.contains(second.resolve())
    cache.clear()
    assert not cache.root.exists()


def test_file_size_constants() -> None:
    assert parse_size("5mb") == 5 * gr.FileSize.MB
    assert gr.FileSize.KB == 1024
