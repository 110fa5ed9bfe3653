"""ClearButton: resets the given components to empty, entirely in the browser."""

from __future__ import annotations

from typing import Any

import orjson

from podium.blocks.dependency import as_component_list
from podium.components._base import Component
from podium.components.button import Button


class ClearButton(Button):
    TYPE = "button"

    def __init__(self, components: Any = None, *, value: str = "Clear", **kwargs: Any) -> None:
        kwargs.setdefault("variant", "secondary")
        super().__init__(value, **kwargs)
        self.cleared: list[Component] = []
        if components is not None:
            self.add(components)

    def add(self, components: Any) -> ClearButton:
        """Adds components to clear when the button is clicked."""
        new, _ = as_component_list(components)
        self.cleared.extend(new)
        empty_values = [component.postprocess(None) for component in new]
        self.click(
            None, None, new,
            js=f"() => {orjson.dumps(empty_values).decode()}",
            api_visibility="private",
            queue=False,
        )
        return self
