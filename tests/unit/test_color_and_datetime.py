"""ColorPicker and DateTime: pre/postprocess for each type, relative dates, clear errors."""

from __future__ import annotations

import datetime as dt

import pytest

import podium as gr


def test_color_picker_values_and_validation():
    picker = gr.ColorPicker("#ff8800")
    assert picker.value == "#ff8800"
    assert picker.preprocess("#00ff00") == "#00ff00" and picker.preprocess(None) is None
    assert picker.postprocess("#abc") == "#abc" and picker.postprocess(None) is None
    picker.check_payload("#A1b2C3")
    for bad in ("red", "#12", "#ggg", 3):
        with pytest.raises(ValueError, match="hex string"):
            picker.check_payload(bad)
    assert picker.api_info() == {"type": "string"} and picker.example_payload() == "#000000"


def test_datetime_types():
    stamp = gr.DateTime(type="timestamp").preprocess("2024-01-02 03:04:05")
    assert stamp == dt.datetime(2024, 1, 2, 3, 4, 5).timestamp()
    assert gr.DateTime(type="datetime").preprocess("2024-01-02 03:04:05") == dt.datetime(2024, 1, 2, 3, 4, 5)
    assert gr.DateTime(type="string").preprocess("2024-01-02T03:04") == "2024-01-02 03:04:00"
    assert gr.DateTime(type="string", include_time=False).preprocess("2024-01-02 03:04:05") == "2024-01-02"
    assert gr.DateTime().preprocess(None) is None and gr.DateTime().preprocess("") is None


def test_datetime_relative_expressions():
    before = dt.datetime.now()
    day_ago = gr.DateTime(type="datetime").preprocess("now - 24h")
    assert abs((before - day_ago).total_seconds() - 86400) < 5
    week_on = gr.DateTime(type="datetime").preprocess("NOW + 1w")
    assert abs((week_on - before).total_seconds() - 604800) < 5
    assert abs(gr.DateTime().preprocess("now") - before.timestamp()) < 5


def test_datetime_postprocess_and_api():
    assert gr.DateTime().postprocess(dt.datetime(2024, 5, 6, 7, 8, 9)) == "2024-05-06 07:08:09"
    assert gr.DateTime(include_time=False).postprocess(dt.datetime(2024, 5, 6, 7, 8, 9)) == "2024-05-06"
    assert gr.DateTime().postprocess(dt.datetime(2024, 5, 6, 7, 8, 9).timestamp()) == "2024-05-06 07:08:09"
    assert gr.DateTime().postprocess("now - 1h") == "now - 1h"  # shown as given
    assert gr.DateTime().api_info()["description"] == "Formatted as YYYY-MM-DD HH:MM:SS"
    assert gr.DateTime(include_time=False).api_info()["description"] == "Formatted as YYYY-MM-DD"


def test_datetime_timezone_and_errors():
    paris = gr.DateTime(type="datetime", timezone="Europe/Paris").preprocess("2024-07-01 12:00:00")
    assert paris.utcoffset() == dt.timedelta(hours=2)
    assert gr.DateTime(timezone="UTC").postprocess(0) == "1970-01-01 00:00:00"
    with pytest.raises(ValueError, match="Unknown timezone"):
        gr.DateTime(timezone="Mars/Olympus")
    with pytest.raises(ValueError, match="Cannot read 'yesterday' as a date"):
        gr.DateTime().check_payload("yesterday")
    with pytest.raises(ValueError, match="'timestamp', 'datetime' or 'string'"):
        gr.DateTime(type="epoch")  # type: ignore[arg-type]
