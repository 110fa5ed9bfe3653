"""A pandas Styler's formatted text and CSS per cell, sent as the value's `metadata`.

Uses the Styler's computed context (`_compute`, `ctx`, `_display_funcs`): pandas has no
public per-cell accessor, and rendering to HTML and parsing it back would be far slower.
"""

from __future__ import annotations

from typing import Any


def styler_metadata(styler: Any) -> dict[str, list[list[str]]]:
    styler._compute()
    frame = styler.data
    row_count, column_count = frame.shape
    context = styler.ctx
    formatters = styler._display_funcs
    values = frame.to_numpy(dtype=object)
    display: list[list[str]] = []
    styling: list[list[str]] = []
    for row in range(row_count):
        display_row: list[str] = []
        style_row: list[str] = []
        for column in range(column_count):
            display_row.append(str(formatters[(row, column)](values[row, column])))
            style_row.append("; ".join(f"{name}: {value}" for name, value in context.get((row, column), [])))
        display.append(display_row)
        styling.append(style_row)
    return {"display_value": display, "styling": styling}
