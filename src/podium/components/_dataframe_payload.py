"""Checking a Dataframe payload from the wire and turning it into pandas/numpy/polars/lists.

`check_table` runs at admission (a ValueError there becomes a 422 naming the problem),
so `to_python` can trust the shape it is given.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from podium.components._payload import describe

_SCALARS = (str, int, float, bool, type(None))
Limits = tuple[int | None, int | None]


def check_table(payload: Any, row_limits: Limits, column_limits: Limits, datatypes: list[str]) -> None:
    if payload is None:
        return
    if not isinstance(payload, dict):
        raise ValueError(f"expected a {{'headers', 'data'}} object, got {describe(payload)}")
    headers, data = payload.get("headers"), payload.get("data")
    if not isinstance(headers, list) or not all(isinstance(h, (str, int, float)) and not isinstance(h, bool) for h in headers):
        raise ValueError(f"'headers' must be a list of column names, got {describe(headers)}")
    if not isinstance(data, list):
        raise ValueError(f"'data' must be a list of rows, got {describe(data)}")
    width = len(headers)
    for index, row in enumerate(data):
        if not isinstance(row, list):
            raise ValueError(f"row {index} must be a list of cells, got {describe(row)}")
        if len(row) != width:
            raise ValueError(f"row {index} has {len(row)} cells but there are {width} headers")
        for cell in row:
            if not isinstance(cell, _SCALARS):
                raise ValueError(f"row {index} holds {describe(cell)}; cells must be text, numbers, booleans or null")
    _check_limit("rows", len(data), row_limits)
    _check_limit("columns", width, column_limits)
    for column, kind in enumerate(datatypes[:width]):
        if kind == "number":
            for index, row in enumerate(data):
                if _number(row[column]) is _INVALID:
                    raise ValueError(f"column {headers[column]!r} is numeric but row {index} holds {describe(row[column])}")


def _check_limit(what: str, count: int, limits: Limits) -> None:
    low, high = limits
    if low is not None and count < low:
        raise ValueError(f"the table needs at least {low} {what}, got {count}")
    if high is not None and count > high:
        raise ValueError(f"the table allows at most {high} {what}, got {count}")


_INVALID = object()


def _number(cell: Any) -> Any:
    """A number column's cell as int/float/None, or _INVALID. Edited cells may arrive as text."""
    if cell is None or (isinstance(cell, (int, float)) and not isinstance(cell, bool)):
        return cell
    if isinstance(cell, str):
        text = cell.strip()
        if text == "":
            return None
        try:
            return int(text)
        except ValueError:
            pass
        try:
            return float(text)
        except ValueError:
            return _INVALID
    return _INVALID


def _boolean(cell: Any) -> Any:
    if isinstance(cell, str):
        lowered = cell.strip().lower()
        if lowered in ("true", "1", "yes"):
            return True
        if lowered in ("false", "0", "no"):
            return False
        return None if lowered == "" else cell
    return cell


def coerce_rows(data: list[list[Any]], datatypes: list[str]) -> list[list[Any]]:
    """Number and bool columns to numbers and booleans (the browser may send edits as text)."""
    converters = [(column, _number if kind == "number" else _boolean)
                  for column, kind in enumerate(datatypes) if kind in ("number", "bool")]
    if not converters or not data:
        return data
    width = len(data[0])
    converters = [(column, convert) for column, convert in converters if column < width]
    rows = [list(row) for row in data]
    for row in rows:
        for column, convert in converters:
            row[column] = convert(row[column])
    return rows


def column_types(datatype: str | Sequence[str], width: int) -> list[str]:
    if isinstance(datatype, str):
        return [datatype] * width
    kinds = list(datatype)
    return kinds[:width] + ["str"] * (width - len(kinds))


def to_python(payload: dict[str, Any], kind: str, datatypes: list[str]) -> Any:
    headers = [str(header) for header in payload["headers"]]
    rows = coerce_rows(payload["data"], datatypes)
    if kind == "array":
        return rows
    if kind == "numpy":
        import numpy as np

        return np.array(rows) if rows else np.empty((0, len(headers)))
    if kind == "polars":
        import polars as pl

        return pl.DataFrame(rows, schema=headers, orient="row", strict=False) if rows else pl.DataFrame(schema=headers)
    return _pandas(headers, rows, datatypes)


def _pandas(headers: list[str], rows: list[list[Any]], datatypes: list[str]) -> Any:
    import pandas as pd

    frame = pd.DataFrame(rows, columns=headers) if rows else pd.DataFrame(columns=headers)
    for position, kind in enumerate(datatypes[: len(headers)]):
        if kind == "date" and rows:
            frame.isetitem(position, pd.to_datetime(frame.iloc[:, position], errors="coerce"))
    return frame

