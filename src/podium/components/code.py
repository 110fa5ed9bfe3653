"""Code: a syntax-highlighted code editor (or viewer, when not interactive)."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any, ClassVar, Literal, get_args

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._media_options import choose_buttons
from podium.components._payload import expect

CodeLanguage = Literal[
    "python", "c", "cpp", "markdown", "latex", "json", "html", "css", "javascript", "jinja2",
    "typescript", "yaml", "dockerfile", "shell", "r", "sql", "sql-msSQL", "sql-mySQL",
    "sql-mariaDB", "sql-sqlite", "sql-cassandra", "sql-plSQL", "sql-hive", "sql-pgSQL",
    "sql-gql", "sql-gpSQL", "sql-sparkSQL", "sql-esper",
]

_BUTTONS = ("copy", "download")


class Code(Component):
    # The same list (None last, meaning plain text) Gradio exposes as `Code.languages`.
    languages: ClassVar[list[str | None]] = [*get_args(CodeLanguage), None]

    PROPS: ClassVar[tuple[str, ...]] = (
        "language", "lines", "max_lines", "wrap_lines", "show_line_numbers", "autocomplete", "buttons",
    )
    change = EventListener()
    input = EventListener()
    focus = EventListener()
    blur = EventListener()

    def __init__(
        self,
        value: str | Any | None = None,
        language: CodeLanguage | None = None,
        *,
        every: float | None = None,
        inputs: Any = None,
        lines: int = 5,
        max_lines: int | None = None,
        label: str | None = None,
        interactive: bool | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: int | str | tuple[int | str, ...] | None = None,
        preserved_by_key: list[str] | str | None = "value",
        wrap_lines: bool = False,
        show_line_numbers: bool = True,
        autocomplete: bool = False,
        buttons: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        if language not in self.languages:
            offered = ", ".join(repr(name) for name in self.languages)
            raise ValueError(f"Code language {language!r} is not supported; choose one of {offered}.")
        self.language = language
        self.lines = lines
        # Never fewer than `lines`; None lets the editor grow with its content.
        self.max_lines = max(lines, max_lines) if max_lines is not None else None
        self.wrap_lines = wrap_lines
        self.show_line_numbers = show_line_numbers
        self.autocomplete = autocomplete
        self.buttons = choose_buttons(buttons, _BUTTONS, kwargs, "Code")
        super().__init__(
            value, label=label, show_label=show_label, container=container, scale=scale,
            min_width=min_width, interactive=interactive, visible=visible, elem_id=elem_id,
            elem_classes=elem_classes, render=render, key=key, every=every, inputs=inputs,
            preserved_by_key=preserved_by_key, **kwargs,
        )

    def preprocess(self, payload: str | None) -> str | None:
        return payload

    def postprocess(self, value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, tuple):
            return _read_code_file(value)
        return str(value).strip()

    def check_payload(self, payload: Any) -> None:
        expect(payload, str, "a string of code")

    def api_info(self) -> dict[str, Any]:
        return {"type": "string"}

    def example_payload(self) -> str:
        return "print('Hello World')"

    def example_value(self) -> str:
        return "print('Hello World')"


def _read_code_file(value: tuple[Any, ...]) -> str:
    """Gradio 5 let a function return `(path,)` to show a file's text; 6 dropped it."""
    if len(value) != 1 or not isinstance(value[0], (str, Path)):
        raise ValueError(f"Code expects a string of code (or a one-item (path,) tuple), got {value!r}")
    warnings.warn(
        "Returning a (path,) tuple to gr.Code is deprecated; read the file and return its text instead.",
        DeprecationWarning,
        stacklevel=3,
    )
    return Path(value[0]).read_text(encoding="utf-8").strip()
