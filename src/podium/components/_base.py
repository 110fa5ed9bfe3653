"""What every component shares: common props, value handling, API description.

A component converts between the wire (JSON payloads) and Python:
`preprocess(payload)` feeds a function's parameter, `postprocess(value)` turns its
return value back into a payload. `api_info()` is the JSON Schema of the payload.
"""

from __future__ import annotations

import copy
from typing import Any, ClassVar

from podium.blocks.block import Block
from podium.components._server_functions import server_function_names


class Component(Block):
    """Base class of all components that hold a value."""

    PROPS: ClassVar[tuple[str, ...]] = (
        "label", "info", "show_label", "container", "scale", "min_width", "interactive",
    )
    # Events this component can trigger; each becomes a listener method.
    # Components that never carry data through the API (e.g. Button) set this.
    SKIP_API: ClassVar[bool] = False

    def __init__(
        self,
        value: Any = None,
        *,
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
        key: int | str | tuple[int | str, ...] | None = None,
        every: float | None = None,
        inputs: Any = None,
        preserved_by_key: list[str] | str | None = "value",
        **unknown: Any,
    ) -> None:
        if unknown:
            name = type(self).__name__
            raise TypeError(f"{name}() got unexpected keyword argument(s): {', '.join(sorted(unknown))}")
        self.label = label
        self.info = info
        self.show_label = True if show_label is None else show_label
        self.container = container
        self.scale = scale
        self.min_width = min_width
        self.interactive = interactive
        self.every = every
        self.value_inputs = inputs
        self.preserved_by_key = [preserved_by_key] if isinstance(preserved_by_key, str) else list(preserved_by_key or [])
        self.initial_value = value
        # Set when a `.select` listener is attached, so the browser shows selection cues.
        self.selectable = False
        super().__init__(visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key)

    # ---- value conversion -------------------------------------------------
    def preprocess(self, payload: Any) -> Any:
        """Wire payload → the value the user's function receives."""
        return payload

    def postprocess(self, value: Any) -> Any:
        """The user's function's return value → wire payload."""
        return value

    def api_info(self) -> dict[str, Any]:
        """JSON Schema of this component's payload."""
        return {"type": "string"}

    def example_payload(self) -> Any:
        """A payload a client could send, for API docs."""
        return None

    def example_value(self) -> Any:
        return self.example_payload()

    def check_payload(self, payload: Any) -> None:
        """Raises ValueError with a clear message if `payload` is unusable as input."""

    # ---- config -----------------------------------------------------------
    @property
    def value(self) -> Any:
        initial = self.initial_value
        if callable(initial):
            # Evaluated for each page load; with `inputs=`, on those components' values.
            sources = self.value_inputs if isinstance(self.value_inputs, (list, tuple)) else [self.value_inputs] if self.value_inputs is not None else []
            initial = initial(*[source.preprocess(source.value) for source in sources])
        return self.postprocess(copy.deepcopy(initial))

    @value.setter
    def value(self, new_value: Any) -> None:
        self.initial_value = new_value

    def get_props(self) -> dict[str, Any]:
        props = super().get_props()
        props["value"] = self.value
        props["preserved_by_key"] = self.preserved_by_key
        props["_selectable"] = self.selectable
        server_fns = server_function_names(type(self))
        if server_fns:  # what the browser may call at /gradio_api/component_server
            props["server_fns"] = list(server_fns)
        return props

    def get_config(self) -> dict[str, Any]:
        config = super().get_config()
        config["skip_api"] = self.SKIP_API
        if not self.SKIP_API:
            schema = self.api_info()
            config["api_info"] = schema
            config["api_info_as_input"] = schema
            config["api_info_as_output"] = schema
            config["example_inputs"] = self.example_payload()
        return config

    def with_updates(self, updates: dict[str, Any]) -> dict[str, Any]:
        """Turns prop updates (from `update()` or a returned component) into wire form."""
        wire: dict[str, Any] = {"__type__": "update"}
        for name, prop_value in updates.items():
            if name == "value":
                wire["value"] = self.postprocess(prop_value)
            else:
                wire[name] = self.postprocess_prop(name, prop_value)
        return wire

    def postprocess_prop(self, name: str, prop_value: Any) -> Any:
        """Hook for props that need converting before sending (e.g. choices)."""
        return prop_value
