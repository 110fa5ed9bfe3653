"""`import podium` stays light and exposes Gradio's names."""

from __future__ import annotations

import json
import subprocess
import sys

import podium

HEAVY = ("numpy", "pandas", "PIL", "matplotlib", "httpx", "starlette", "uvicorn")


def test_import_does_not_load_heavy_or_server_modules() -> None:
    code = (
        "import json, sys; import podium; "
        f"print(json.dumps([m for m in {list(HEAVY)!r} if m in sys.modules]))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == []


def test_building_an_interface_does_not_load_the_server_either() -> None:
    code = (
        "import json, sys; import podium as gr; "
        "gr.Interface(lambda x: x, 'text', 'text').config(); "
        f"print(json.dumps([m for m in {list(HEAVY)!r} if m in sys.modules]))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == []


def test_all_names_exist() -> None:
    for name in podium.__all__:
        assert hasattr(podium, name), name


def test_gradio_top_level_names_are_present() -> None:
    for name in (
        "Blocks", "Interface", "Textbox", "Number", "Slider", "Checkbox", "CheckboxGroup", "Radio",
        "Dropdown", "Button", "ClearButton", "Markdown", "HTML", "JSON", "Label", "State", "Dataset",
        "Row", "Column", "Group", "Progress", "Error", "Warning", "Info", "update", "skip", "on",
        "Request", "Examples",
    ):
        assert name in podium.__all__, name


def test_error_carries_its_message() -> None:
    error = podium.Error("Bad input", duration=5)
    assert str(error) == "Bad input"
    assert error.duration == 5
    assert isinstance(error, Exception)
