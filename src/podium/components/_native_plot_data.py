"""Turns a table (pandas DataFrame or a dict of columns) into a native plot's wire payload.

The payload is `{"columns", "data" (rows), "datatypes" (per column: quantitative,
nominal or temporal), "mark"}`; binning, aggregation, sorting and colours are applied by
the browser's vega-lite spec, so the server sends the rows as they are. Dates travel as
epoch milliseconds. pandas is imported only when a DataFrame is given.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Mapping, Sequence
from typing import Any

from podium.components._payload import describe

DATATYPES = ("quantitative", "nominal", "temporal")


def is_payload(value: Any) -> bool:
    return isinstance(value, Mapping) and "columns" in value and "data" in value


def table_payload(value: Any, mark: str) -> dict[str, Any]:
    if _is_dataframe(value):
        return _from_dataframe(value, mark)
    if isinstance(value, Mapping):
        return _from_columns(value, mark)
    raise ValueError(f"expected a pandas DataFrame or a dict of columns, got {describe(value)}")


def check_payload_shape(payload: Any) -> None:
    if not is_payload(payload):
        raise ValueError(f"expected {{'columns', 'data', 'datatypes', 'mark'}}, got {describe(payload)}")
    columns, rows = payload["columns"], payload["data"]
    if not (isinstance(columns, list) and all(isinstance(name, str) for name in columns)):
        raise ValueError(f"'columns' must be a list of column names, got {describe(columns)}")
    if not isinstance(rows, list) or any(not isinstance(row, list) or len(row) != len(columns) for row in rows):
        raise ValueError(f"'data' must be a list of rows with {len(columns)} values each")
    datatypes = payload.get("datatypes") or {}
    if not isinstance(datatypes, dict) or any(kind not in DATATYPES for kind in datatypes.values()):
        raise ValueError(f"'datatypes' must map columns to one of {list(DATATYPES)}")


def _is_dataframe(value: Any) -> bool:
    # Checked by name so that a dict or None never imports pandas.
    return type(value).__name__ == "DataFrame" and type(value).__module__.startswith("pandas")


def _from_dataframe(frame: Any, mark: str) -> dict[str, Any]:
    import pandas as pd

    datatypes: dict[str, str] = {}
    for name in frame.columns:
        dtype = frame[name].dtype
        if pd.api.types.is_bool_dtype(dtype) or pd.api.types.is_numeric_dtype(dtype):
            datatypes[str(name)] = "quantitative"
        elif pd.api.types.is_datetime64_any_dtype(dtype):
            datatypes[str(name)] = "temporal"
        elif isinstance(dtype, pd.CategoricalDtype) or pd.api.types.is_string_dtype(dtype) or pd.api.types.is_object_dtype(dtype):
            datatypes[str(name)] = "nominal"
        else:
            raise ValueError(f"column {name!r} has type {dtype}, which a plot cannot show (use numbers, text or datetimes)")
    # Dates become epoch milliseconds here rather than in to_json, whose date options
    # pandas is deprecating; the index (which to_json would look at too) is not sent.
    frame = frame.reset_index(drop=True)
    for name, kind in zip(frame.columns, datatypes.values(), strict=True):
        if kind == "temporal":
            frame[name] = frame[name].map(_epoch_ms).astype(object)
    split = json.loads(frame.to_json(orient="split"))
    return {"columns": [str(name) for name in split["columns"]], "data": split["data"], "datatypes": datatypes, "mark": mark}


def _epoch_ms(moment: Any) -> int | None:
    # A naive pandas Timestamp counts as UTC in .timestamp(), as Gradio's payloads do.
    return None if moment is None or moment != moment else round(moment.timestamp() * 1000)


def _from_columns(columns: Mapping[str, Any], mark: str) -> dict[str, Any]:
    names = [str(name) for name in columns]
    values = [list(_as_sequence(name, column)) for name, column in columns.items()]
    lengths = {len(column) for column in values}
    if len(lengths) > 1:
        raise ValueError(f"every column needs the same number of values, got lengths {sorted(lengths)}")
    datatypes = {name: _column_type(column) for name, column in zip(names, values, strict=True)}
    rows = [[_json_value(cell) for cell in row] for row in zip(*values, strict=True)]
    return {"columns": names, "data": rows, "datatypes": datatypes, "mark": mark}


def _as_sequence(name: str, column: Any) -> Sequence[Any]:
    if isinstance(column, (str, bytes)) or not isinstance(column, Sequence):
        if hasattr(column, "tolist"):  # numpy arrays, pandas Series
            return list(column.tolist())
        raise ValueError(f"column {name!r} must be a list of values, got {describe(column)}")
    return column


def _column_type(column: list[Any]) -> str:
    present = [cell for cell in column if cell is not None]
    if present and all(isinstance(cell, (dt.date, dt.datetime)) for cell in present):
        return "temporal"
    if all(isinstance(cell, (int, float)) for cell in present):
        return "quantitative"
    return "nominal"


def _json_value(cell: Any) -> Any:
    if isinstance(cell, dt.datetime):
        moment = cell if cell.tzinfo else cell.replace(tzinfo=dt.timezone.utc)
        return round(moment.timestamp() * 1000)
    if isinstance(cell, dt.date):
        return round(dt.datetime(cell.year, cell.month, cell.day, tzinfo=dt.timezone.utc).timestamp() * 1000)
    if isinstance(cell, float) and not math.isfinite(cell):
        return None
    return cell
