"""Dataframe: a table of values, editable when used as an input.

The value travels as `{"headers": [...], "data": [[row], ...], "metadata": ...}`
(`metadata` carries a pandas Styler's display text and CSS). The browser keeps the whole
table but draws only the rows on screen, so 100,000-row frames stay fast.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any, ClassVar, Literal

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._dataframe_convert import default_headers, to_wire
from podium.components._dataframe_payload import Limits, check_table, column_types, to_python

DataType = Literal["str", "number", "bool", "date", "markdown", "html", "image", "auto"]
_TYPES = ("pandas", "numpy", "array", "polars")
_SEARCH_MODES = ("none", "search", "filter")
_DEFAULT_LATEX = [{"left": "$$", "right": "$$", "display": True}]

_SCHEMA = {
    "properties": {
        "headers": {"items": {}, "title": "Headers", "type": "array"},
        "data": {"items": {"items": {}, "type": "array"}, "title": "Data", "type": "array"},
        "metadata": {
            "anyOf": [
                {"additionalProperties": {"anyOf": [{"items": {}, "type": "array"}, {"type": "null"}]}, "type": "object"},
                {"type": "null"},
            ],
            "default": None,
            "title": "Metadata",
        },
    },
    "required": ["headers", "data"],
    "title": "DataframeData",
    "type": "object",
    "additional_description": None,
}


class Dataframe(Component):
    PROPS: ClassVar[tuple[str, ...]] = (
        "headers", "row_count", "row_limits", "col_count", "column_count", "column_limits", "datatype", "type",
        "latex_delimiters", "max_height", "wrap", "line_breaks", "column_widths", "buttons", "show_row_numbers",
        "max_chars", "show_search", "pinned_columns", "static_columns",
    )
    change = EventListener()
    input = EventListener()
    select = EventListener()
    edit = EventListener()

    def __init__(
        self,
        value: Any = None,
        *,
        headers: list[str] | None = None,
        row_count: int | tuple[int, str] | None = None,
        row_limits: tuple[int | None, int | None] | None = None,
        col_count: int | tuple[int, str] | None = None,
        column_count: int | tuple[int, str] | None = None,
        column_limits: tuple[int | None, int | None] | None = None,
        datatype: DataType | Sequence[DataType] = "str",
        type: Literal["pandas", "numpy", "array", "polars"] = "pandas",
        latex_delimiters: list[dict[str, str | bool]] | None = None,
        label: str | None = None,
        show_label: bool | None = None,
        every: Any = None,
        inputs: Any = None,
        max_height: int | str = 500,
        scale: int | None = None,
        min_width: int = 160,
        interactive: bool | None = None,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        preserved_by_key: list[str] | str | None = "value",
        wrap: bool = False,
        line_breaks: bool = True,
        column_widths: list[str | int] | None = None,
        buttons: list[Literal["fullscreen", "copy"]] | None = None,
        show_row_numbers: bool = False,
        max_chars: int | None = None,
        show_search: Literal["none", "search", "filter"] = "none",
        pinned_columns: int | None = None,
        static_columns: list[int] | None = None,
        **kwargs: Any,
    ) -> None:
        if type not in _TYPES:
            raise ValueError(f"Dataframe type must be one of {', '.join(_TYPES)}; got {type!r}")
        if show_search not in _SEARCH_MODES:
            raise ValueError(f"Dataframe show_search must be one of {', '.join(_SEARCH_MODES)}; got {show_search!r}")
        if col_count is not None:
            warnings.warn("Dataframe(col_count=...) is deprecated; use column_count", DeprecationWarning, stacklevel=2)
            column_count = column_count if column_count is not None else col_count
        self.type = type
        self.headers = [str(header) for header in headers] if headers else None
        columns, column_mode = _count_and_mode(column_count, len(self.headers) if self.headers else 3)
        rows, row_mode = _count_and_mode(row_count, 3)
        if self.headers and column_count is not None and len(self.headers) != columns:
            raise ValueError(f"Dataframe got {len(self.headers)} headers but column_count is {columns}: they must match")
        self.headers = self.headers or default_headers(columns)
        self.row_count = [rows, row_mode]
        self.column_count = [columns, column_mode]
        self.col_count = self.column_count
        self.row_limits = list(row_limits) if row_limits is not None else None
        self.column_limits = list(column_limits) if column_limits is not None else None
        self.datatype = datatype if isinstance(datatype, str) else list(datatype)
        self.latex_delimiters = latex_delimiters if latex_delimiters is not None else list(_DEFAULT_LATEX)
        self.max_height = max_height
        self.wrap = wrap
        self.line_breaks = line_breaks
        self.column_widths = [f"{width}px" if isinstance(width, int) else width for width in column_widths or []]
        self.buttons = list(buttons) if buttons is not None else None
        self.show_row_numbers = show_row_numbers
        self.max_chars = max_chars
        self.show_search = show_search
        self.pinned_columns = pinned_columns
        self.static_columns = list(static_columns or [])
        super().__init__(
            value, label=label, every=every, inputs=inputs, show_label=show_label, scale=scale,
            min_width=min_width, visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render,
            key=key, preserved_by_key=preserved_by_key, interactive=interactive, **kwargs,
        )

    # ---- limits --------------------------------------------------------------------------
    def _limits(self, given: list[int | None] | None, count: list[Any]) -> Limits:
        if count[1] == "fixed":  # the older (n, "fixed") spelling: exactly n
            return (count[0], count[0])
        if given is None:
            return (None, None)
        return (given[0], given[1])

    # ---- wire -> function ----------------------------------------------------------------
    def check_payload(self, payload: Any) -> None:
        width = len(payload.get("headers") or []) if isinstance(payload, dict) else 0
        check_table(
            payload,
            self._limits(self.row_limits, self.row_count),
            self._limits(self.column_limits, self.column_count),
            column_types(self.datatype, width),
        )

    def preprocess(self, payload: dict[str, Any] | None) -> Any:
        if payload is None:
            return None
        return to_python(payload, self.type, column_types(self.datatype, len(payload["headers"])))

    # ---- function -> wire ----------------------------------------------------------------
    def postprocess(self, value: Any) -> dict[str, Any]:
        return to_wire(value, self.headers, list(self.headers or default_headers(3)))

    def api_info(self) -> dict[str, Any]:
        return dict(_SCHEMA)

    def example_payload(self) -> Any:
        return {"headers": ["a", "b"], "data": [["foo", "bar"]]}


def _count_and_mode(count: int | tuple[int, str] | list[Any] | None, default: int) -> tuple[int, str]:
    """`n` or the older `(n, "fixed" | "dynamic")` -> (n, mode)."""
    if count is None:
        return default, "dynamic"
    if isinstance(count, (tuple, list)):
        number, mode = count[0], str(count[1])
        if mode not in ("fixed", "dynamic"):
            raise ValueError(f"Dataframe count mode must be 'fixed' or 'dynamic', got {mode!r}")
        return int(number), mode
    return int(count), "dynamic"
