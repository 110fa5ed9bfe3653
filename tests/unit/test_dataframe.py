"""Dataframe: values from pandas/polars/numpy/lists/dicts/CSV to the wire, payloads back
to each `type`, Styler metadata, datatype coercion, limits and bad payloads."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import polars as pl
import pytest

import podium as gr

PAYLOAD = {"headers": ["name", "age"], "data": [["Ada", 36], ["Alan", 41]], "metadata": None}


def test_import_podium_does_not_load_table_libraries():
    code = "import sys, podium; podium.Dataframe(); print(sorted({'pandas', 'polars', 'numpy'} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_config_defaults_match_gradio():
    props = gr.Dataframe().get_config()["props"]
    assert props["value"] == {"headers": ["1", "2", "3"], "data": [], "metadata": None}
    assert props["headers"] == ["1", "2", "3"]
    assert props["row_count"] == [3, "dynamic"] and props["column_count"] == [3, "dynamic"]
    assert props["datatype"] == "str" and props["type"] == "pandas" and props["max_height"] == 500
    assert props["show_search"] == "none" and props["static_columns"] == [] and props["column_widths"] == []
    assert props["latex_delimiters"] == [{"left": "$$", "right": "$$", "display": True}]
    assert gr.Dataframe(column_widths=[100, "20%"]).get_config()["props"]["column_widths"] == ["100px", "20%"]
    assert gr.Dataframe(row_count=(4, "fixed")).get_config()["props"]["row_count"] == [4, "fixed"]


def test_headers_must_match_an_explicit_column_count():
    assert gr.Dataframe(headers=["a", "b"]).get_config()["props"]["column_count"] == [2, "dynamic"]
    with pytest.raises(ValueError, match="must match"):
        gr.Dataframe(headers=["a", "b", "c"], column_count=2)
    with pytest.raises(ValueError, match="type"):
        gr.Dataframe(type="excel")  # type: ignore[arg-type]


def test_pandas_frame_to_wire_with_dates_and_missing_values():
    frame = pd.DataFrame({
        "when": pd.to_datetime(["2024-01-01", None]),
        "score": [1.5, float("nan")],
        "ok": [True, False],
    })
    wire = gr.Dataframe().postprocess(frame)
    assert wire["headers"] == ["when", "score", "ok"]
    assert wire["data"][0] == ["2024-01-01T00:00:00", 1.5, True]
    assert wire["data"][1][0] is None and math.isnan(wire["data"][1][1]) and wire["data"][1][2] is False
    assert wire["metadata"] is None


def test_polars_numpy_lists_dicts():
    df = gr.Dataframe()
    assert df.postprocess(pl.DataFrame({"a": [1, 2], "b": ["x", "y"]}))["data"] == [[1, "x"], [2, "y"]]
    assert df.postprocess(np.arange(6).reshape(2, 3)) == {"headers": ["1", "2", "3"], "data": [[0, 1, 2], [3, 4, 5]], "metadata": None}
    assert df.postprocess(np.array([1.5, 2.5]))["data"] == [[1.5], [2.5]]
    assert df.postprocess([[1, 2], [3, 4]])["headers"] == ["1", "2"]
    assert gr.Dataframe(headers=["a", "b", "c"]).postprocess([[1, 2]])["headers"] == ["a", "b"]
    assert gr.Dataframe(headers=["a"]).postprocess([[1, 2]])["headers"] == ["a", "2"]
    assert df.postprocess([7, 8]) == {"headers": ["1"], "data": [[7], [8]], "metadata": None}
    assert df.postprocess({"headers": ["p", "q"], "data": [[1, 2]]}) == {"headers": ["p", "q"], "data": [[1, 2]], "metadata": None}
    assert df.postprocess({"x": [1, 2], "y": ["a", "b"]}) == {"headers": ["x", "y"], "data": [[1, "a"], [2, "b"]], "metadata": None}
    assert df.postprocess([]) == {"headers": ["1", "2", "3"], "data": [], "metadata": None}
    with pytest.raises(ValueError, match="1-D or 2-D"):
        df.postprocess(np.zeros((2, 2, 2)))
    with pytest.raises(ValueError, match="cannot show"):
        df.postprocess(object())


def test_csv_path_reads_numbers_as_numbers(tmp_path: Path):
    path = tmp_path / "scores.csv"
    path.write_text("name,score,note\nAda,9.5,\nAlan,7,late\n", encoding="utf-8")
    assert gr.Dataframe().postprocess(str(path)) == {
        "headers": ["name", "score", "note"], "data": [["Ada", 9.5, None], ["Alan", 7, "late"]], "metadata": None,
    }
    with pytest.raises(ValueError, match="not a CSV file"):
        gr.Dataframe().postprocess(str(tmp_path / "missing.csv"))


def test_styler_sends_display_text_and_css_like_gradio():
    styler = pd.DataFrame({"a": [1.5, 2.0], "b": ["x", "y"]}).style.highlight_max(color="yellow", subset=["a"])
    styler = styler.set_properties(subset=["b"], **{"color": "red"})
    wire = gr.Dataframe().postprocess(styler)
    assert wire["data"] == [[1.5, "x"], [2.0, "y"]]
    assert wire["metadata"] == {
        "display_value": [["1.500000", "x"], ["2.000000", "y"]],
        "styling": [["", "color: red"], ["background-color: yellow", "color: red"]],
    }


def test_preprocess_per_type():
    pandas_value = gr.Dataframe().preprocess(PAYLOAD)
    assert isinstance(pandas_value, pd.DataFrame) and list(pandas_value.columns) == ["name", "age"]
    assert pandas_value["age"].tolist() == [36, 41]
    assert gr.Dataframe(type="array").preprocess(PAYLOAD) == [["Ada", 36], ["Alan", 41]]
    numpy_value = gr.Dataframe(type="numpy").preprocess(PAYLOAD)
    assert isinstance(numpy_value, np.ndarray) and numpy_value.shape == (2, 2)
    polars_value = gr.Dataframe(type="polars").preprocess(PAYLOAD)
    assert isinstance(polars_value, pl.DataFrame) and polars_value.columns == ["name", "age"]
    assert polars_value["age"].to_list() == [36, 41]
    empty = gr.Dataframe().preprocess({"headers": ["a", "b"], "data": []})
    assert list(empty.columns) == ["a", "b"] and len(empty) == 0
    assert gr.Dataframe().preprocess(None) is None


def test_datatype_coerces_edited_text():
    df = gr.Dataframe(type="array", datatype=["str", "number", "bool"])
    payload = {"headers": ["s", "n", "b"], "data": [["1", "2.5", "true"], ["x", "", "false"], ["y", "7", False]]}
    df.check_payload(payload)
    assert df.preprocess(payload) == [["1", 2.5, True], ["x", None, False], ["y", 7, False]]
    dates = gr.Dataframe(datatype=["date"]).preprocess({"headers": ["d"], "data": [["2024-03-01"]]})
    assert str(dates["d"].dtype).startswith("datetime64")


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ("a,b", "expected a {'headers', 'data'} object"),
        ({"headers": "ab", "data": []}, "'headers' must be a list"),
        ({"headers": ["a"], "data": {"x": 1}}, "'data' must be a list of rows"),
        ({"headers": ["a", "b"], "data": [[1]]}, "row 0 has 1 cells but there are 2 headers"),
        ({"headers": ["a"], "data": ["x"]}, "row 0 must be a list"),
        ({"headers": ["a"], "data": [[{"nested": 1}]]}, "cells must be text, numbers, booleans or null"),
    ],
)
def test_bad_payloads_are_refused_with_a_reason(payload, message):
    with pytest.raises(ValueError) as error:
        gr.Dataframe().check_payload(payload)
    assert message in str(error.value)


def test_number_columns_refuse_text_that_is_not_a_number():
    df = gr.Dataframe(headers=["n"], datatype=["number"])
    with pytest.raises(ValueError, match="column 'n' is numeric but row 1"):
        df.check_payload({"headers": ["n"], "data": [[1], ["abc"]]})


def test_row_and_column_limits():
    limited = gr.Dataframe(row_limits=(1, 2), column_limits=(None, 2))
    limited.check_payload({"headers": ["a"], "data": [[1], [2]]})
    with pytest.raises(ValueError, match="at most 2 rows"):
        limited.check_payload({"headers": ["a"], "data": [[1], [2], [3]]})
    with pytest.raises(ValueError, match="at least 1 rows"):
        limited.check_payload({"headers": ["a"], "data": []})
    with pytest.raises(ValueError, match="at most 2 columns"):
        limited.check_payload({"headers": ["a", "b", "c"], "data": [[1, 2, 3]]})
    fixed = gr.Dataframe(row_count=(2, "fixed"))
    with pytest.raises(ValueError, match="at least 2 rows"):
        fixed.check_payload({"headers": ["a"], "data": [[1]]})


def test_api_info_and_shortcuts():
    schema = gr.Dataframe().api_info()
    assert schema["title"] == "DataframeData" and schema["required"] == ["headers", "data"]
    interface = gr.Interface(lambda frame: frame, "dataframe", "numpy")
    inputs, outputs = interface.input_components, interface.output_components
    assert isinstance(inputs[0], gr.Dataframe) and outputs[0].type == "numpy"


def test_large_frame_converts_quickly_enough_to_be_usable():
    frame = pd.DataFrame(np.arange(100_000 * 20).reshape(100_000, 20), columns=[f"c{i}" for i in range(20)])
    wire = gr.Dataframe().postprocess(frame)
    assert len(wire["data"]) == 100_000 and wire["data"][-1][-1] == 100_000 * 20 - 1
    gr.Dataframe().check_payload(wire)
    back = gr.Dataframe().preprocess(wire)
    assert back.shape == (100_000, 20)
