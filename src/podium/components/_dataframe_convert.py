"""Dataframe values <-> the wire shape `{"headers": [...], "data": [[...]], "metadata": ...}`.

pandas, polars and numpy are imported only when a value of that kind shows up, so
`import podium` stays light. Tables are converted column by column (one `tolist()`
per column, then transposed), which is several times faster than walking cells.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from podium.components._dataframe_styler import styler_metadata

Rows = list[list[Any]]


def default_headers(count: int) -> list[str]:
    return [str(index + 1) for index in range(count)]


def fit_headers(headers: Sequence[Any] | None, width: int) -> list[str]:
    """The component's own headers cut or extended (1, 2, 3...) to `width` columns."""
    given = [str(header) for header in (headers or [])][:width]
    return given + default_headers(width)[len(given):]


def to_wire(value: Any, headers: Sequence[Any] | None, empty_headers: list[str]) -> dict[str, Any]:
    """Any supported value -> the wire dict. `headers` label values that carry none."""
    if value is None:
        return {"headers": empty_headers, "data": [], "metadata": None}
    kind = type(value)
    module = kind.__module__.split(".")[0]
    if module == "pandas" and kind.__name__ == "Styler":
        frame = value.data
        return {**_from_pandas(frame), "metadata": styler_metadata(value)}
    if module == "pandas" and kind.__name__ == "DataFrame":
        return {**_from_pandas(value), "metadata": None}
    if module == "pandas" and kind.__name__ == "Series":
        return {**_from_pandas(value.to_frame()), "metadata": None}
    if module == "polars" and kind.__name__ == "DataFrame":
        return {"headers": [str(name) for name in value.columns], "data": [list(row) for row in value.rows()], "metadata": None}
    if module == "numpy" and kind.__name__ == "ndarray":
        return _from_rows(_numpy_rows(value), headers, empty_headers)
    if isinstance(value, (str, Path)):
        return _from_csv(Path(value))
    if isinstance(value, dict):
        return _from_dict(value, headers, empty_headers)
    if isinstance(value, (list, tuple)):
        return _from_rows(_list_rows(value), headers, empty_headers)
    raise ValueError(
        f"Dataframe cannot show a {kind.__name__}: give a pandas/polars DataFrame, a Styler, a numpy array, "
        "a list of rows, a {'headers', 'data'} dict or a CSV path"
    )


def _from_pandas(frame: Any) -> dict[str, Any]:
    columns = [_pandas_column(frame.iloc[:, position]) for position in range(frame.shape[1])]
    # map(list, zip(...)) builds the rows without a Python-level loop: half the time of a
    # comprehension on a 100,000 x 20 frame.
    rows = list(map(list, zip(*columns, strict=True))) if columns else [[] for _ in range(frame.shape[0])]
    return {"headers": [str(name) for name in frame.columns], "data": rows}


def _pandas_column(series: Any) -> list[Any]:
    kind = series.dtype.kind
    if kind == "M":  # datetimes: ISO text (NaT -> None), as JSON has no date type
        return [None if stamp is None or stamp != stamp else stamp.isoformat() for stamp in series.dt.to_pydatetime()] \
            if series.dt.tz is None else [None if item != item else item.isoformat() for item in series.tolist()]
    if kind == "m":
        return [None if item != item else str(item) for item in series.tolist()]
    return series.tolist()  # NaN stays a float; the JSON encoder writes it as null


def _numpy_rows(array: Any) -> Rows:
    if array.ndim == 0:
        return [[array.item()]]
    if array.ndim == 1:
        return [[item] for item in array.tolist()]
    if array.ndim == 2:
        return array.tolist()  # type: ignore[no-any-return]
    raise ValueError(f"Dataframe needs a 1-D or 2-D numpy array, got {array.ndim} dimensions")


def _list_rows(value: Sequence[Any]) -> Rows:
    if all(isinstance(row, (list, tuple)) for row in value):
        return [list(row) for row in value]
    if any(isinstance(row, (list, tuple, dict)) for row in value):
        raise ValueError("Dataframe rows must all be lists (or all be single values for one column)")
    return [[item] for item in value]


def _from_rows(rows: Rows, headers: Sequence[Any] | None, empty_headers: list[str]) -> dict[str, Any]:
    if not rows:
        return {"headers": list(headers) if headers else empty_headers, "data": [], "metadata": None}
    width = max(len(row) for row in rows)
    padded = [row if len(row) == width else row + [None] * (width - len(row)) for row in rows]
    return {"headers": fit_headers(headers, width), "data": padded, "metadata": None}


def _from_dict(value: dict[str, Any], headers: Sequence[Any] | None, empty_headers: list[str]) -> dict[str, Any]:
    if "data" in value:  # already the wire shape
        rows = _list_rows(value.get("data") or [])
        wire = _from_rows(rows, value.get("headers") or headers, empty_headers)
        wire["metadata"] = value.get("metadata")
        return wire
    # {column: [values]}, as pandas.DataFrame(dict) reads it.
    columns = [list(column) if isinstance(column, (list, tuple)) else [column] for column in value.values()]
    lengths = {len(column) for column in columns}
    if len(lengths) > 1:
        raise ValueError(f"Dataframe columns have different lengths: {sorted(lengths)}")
    rows = [list(row) for row in zip(*columns, strict=True)]
    return {"headers": [str(name) for name in value], "data": rows, "metadata": None}


def _from_csv(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise ValueError(f"Dataframe value {str(path)!r} is not a CSV file")
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        headers = next(reader, [])
        rows = [[_csv_cell(cell) for cell in row] for row in reader]
    return _from_rows(rows, headers, headers)


def _csv_cell(text: str) -> Any:
    """Numbers become numbers and empty cells None, as pandas.read_csv would give them."""
    if text == "":
        return None
    try:
        return int(text)
    except ValueError:
        pass
    try:
        number = float(text)
    except ValueError:
        return text
    return number if math.isfinite(number) or text.lower() in ("inf", "-inf", "nan") else text
