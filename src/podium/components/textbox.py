"""Textbox: single- or multi-line text input and output."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._deprecations import merge_buttons
from podium.components._payload import expect


class Textbox(Component):
    PROPS: ClassVar[tuple[str, ...]] = (
        "type", "lines", "max_lines", "placeholder", "autofocus", "autoscroll", "text_align",
        "rtl", "buttons", "max_length", "submit_btn", "stop_btn", "html_attributes",
    )
    change = EventListener()
    input = EventListener()
    select = EventListener()
    submit = EventListener()
    focus = EventListener()
    blur = EventListener()
    stop = EventListener()
    copy = EventListener()

    def __init__(
        self,
        value: str | Any | None = None,
        *,
        type: Literal["text", "password", "email"] = "text",
        lines: int = 1,
        max_lines: int | None = None,
        placeholder: str | None = None,
        label: str | None = None,
        info: str | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        interactive: bool | None = None,
        visible: bool | str = True,
        elem_id: str | None = None,
        autofocus: bool = False,
        autoscroll: bool = True,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        text_align: Literal["left", "right"] | None = None,
        rtl: bool = False,
        buttons: list[str] | None = None,
        max_length: int | None = None,
        submit_btn: str | bool | None = False,
        stop_btn: str | bool | None = False,
        html_attributes: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        if type not in ("text", "password", "email"):
            raise ValueError(f"Textbox type must be 'text', 'password' or 'email', not {type!r}")
        self.type = type
        self.lines = lines
        self.max_lines = max_lines if max_lines is not None else (max(lines, 20) if lines > 1 else 20)
        self.placeholder = placeholder
        self.autofocus = autofocus
        self.autoscroll = autoscroll
        self.text_align = text_align
        self.rtl = rtl
        self.buttons = merge_buttons(buttons, kwargs, {"show_copy_button": "copy"}) or []
        self.max_length = max_length
        self.submit_btn = submit_btn
        self.stop_btn = stop_btn
        self.html_attributes = html_attributes
        super().__init__(
            value, label=label, info=info, show_label=show_label, container=container, scale=scale,
            min_width=min_width, interactive=interactive, visible=visible, elem_id=elem_id,
            elem_classes=elem_classes, render=render, key=key, **kwargs,
        )

    def preprocess(self, payload: str | None) -> str | None:
        return None if payload is None else str(payload)

    def postprocess(self, value: Any) -> str | None:
        return None if value is None else str(value)

    def check_payload(self, payload: Any) -> None:
        expect(payload, str, "a string")

    def api_info(self) -> dict[str, Any]:
        return {"type": "string"}

    def example_payload(self) -> str:
        return "Hello!!"



class TextArea(Textbox):
    """A Textbox that starts seven lines tall."""

    TYPE = "textbox"

    def __init__(self, value: str | Any | None = None, *, lines: int = 7, **kwargs: Any) -> None:
        super().__init__(value, lines=lines, **kwargs)
