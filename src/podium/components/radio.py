"""Radio: pick exactly one of a few choices."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Literal

from podium.blocks.events import EventListener
from podium.components._choices import (
    ChoiceComponent,
    check_choice,
    choices_schema,
    reject_bad_choices,
    to_index,
)
from podium.components._payload import expect


class Radio(ChoiceComponent):
    PROPS: ClassVar[tuple[str, ...]] = ("choices", "type", "rtl", "buttons")
    select = EventListener()
    change = EventListener()
    input = EventListener()

    def __init__(
        self,
        choices: Sequence[Any] | None = None,
        *,
        value: Any = None,
        type: Literal["value", "index"] = "value",
        label: str | None = None,
        info: str | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        interactive: bool | None = None,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        rtl: bool = False,
        buttons: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        self._set_choices(choices, type)
        self.rtl = rtl
        self.buttons = buttons or []
        super().__init__(
            value, label=label, info=info, show_label=show_label, container=container, scale=scale,
            min_width=min_width, interactive=interactive, visible=visible, elem_id=elem_id,
            elem_classes=elem_classes, render=render, key=key, **kwargs,
        )

    def check_payload(self, payload: Any) -> None:
        expect(payload, (str, int, float), "one of the choices")
        reject_bad_choices([payload], self.choices, "Radio")

    def preprocess(self, payload: Any) -> Any:
        check_choice(payload, self.choices, "Radio")
        if self.type == "index":
            return None if payload is None else to_index(payload, self.choices)
        return payload

    def postprocess(self, value: Any) -> Any:
        return value


    def api_info(self) -> dict[str, Any]:
        return {**choices_schema(self.choices), "title": "Radio"}

    def example_payload(self) -> Any:
        return self.choices[0][1] if self.choices else None
