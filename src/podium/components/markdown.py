"""Markdown: formatted text, rendered (and sanitised) in the browser."""

from __future__ import annotations

import inspect
from typing import Any, ClassVar

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._payload import expect

DEFAULT_LATEX_DELIMITERS = [{"left": "$$", "right": "$$", "display": True}]


class Markdown(Component):
    PROPS: ClassVar[tuple[str, ...]] = (
        "rtl", "latex_delimiters", "sanitize_html", "line_breaks", "header_links", "height",
        "max_height", "min_height", "buttons", "padding",
    )
    change = EventListener()
    copy = EventListener()

    def __init__(
        self,
        value: str | Any = "",
        *,
        label: str | None = None,
        show_label: bool | None = None,
        rtl: bool = False,
        latex_delimiters: list[dict[str, Any]] | None = None,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        sanitize_html: bool = True,
        line_breaks: bool = False,
        header_links: bool = False,
        height: int | str | None = None,
        max_height: int | str | None = None,
        min_height: int | str | None = None,
        buttons: list[str] | None = None,
        container: bool = False,
        padding: bool = False,
        **kwargs: Any,
    ) -> None:
        self.rtl = rtl
        self.latex_delimiters = DEFAULT_LATEX_DELIMITERS if latex_delimiters is None else latex_delimiters
        self.sanitize_html = sanitize_html
        self.line_breaks = line_breaks
        self.header_links = header_links
        self.height = height
        self.max_height = max_height
        self.min_height = min_height
        self.buttons = buttons or []
        self.padding = padding
        super().__init__(
            value, label=label, show_label=False if show_label is None else show_label, visible=visible,
            elem_id=elem_id, elem_classes=elem_classes, render=render, key=key, container=container,
            **kwargs,
        )

    def check_payload(self, payload: Any) -> None:
        expect(payload, str, "a string")

    def preprocess(self, payload: str | None) -> str | None:
        return payload

    def postprocess(self, value: Any) -> str | None:
        # Authors indent triple-quoted strings with their code; dedent like a docstring.
        return None if value is None else inspect.cleandoc(str(value))

    def example_payload(self) -> str:
        return "# Hello!"
