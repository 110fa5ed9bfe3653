"""ParamViewer: documents a function's parameters (type, default, description) as a
list of expandable rows, e.g. for an app that wraps a library call."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._payload import describe


class ParamViewer(Component):
    PROPS: ClassVar[tuple[str, ...]] = ("language", "linkify", "header", "anchor_links", "max_height")
    change = EventListener()
    upload = EventListener()

    def __init__(
        self,
        value: Mapping[str, Mapping[str, Any]] | None = None,
        language: Literal["python", "typescript"] = "python",
        linkify: list[str] | None = None,
        every: Any = None,
        inputs: Any = None,
        render: bool = True,
        key: Any = None,
        preserved_by_key: Any = "value",
        header: str | None = "Parameters",
        anchor_links: bool | str = False,
        max_height: int | str | None = None,
        **kwargs: Any,
    ) -> None:
        if language not in ("python", "typescript"):
            raise ValueError(f"ParamViewer language must be 'python' or 'typescript', not {language!r}")
        self.language = language
        self.linkify = linkify
        self.header = header
        self.anchor_links = anchor_links
        self.max_height = max_height
        super().__init__(value, every=every, inputs=inputs, render=render, key=key, preserved_by_key=preserved_by_key, **kwargs)

    def check_payload(self, payload: Any) -> None:
        if payload is None:
            return
        if not isinstance(payload, dict) or not all(isinstance(item, dict) for item in payload.values()):
            raise ValueError(f"expected {{name: {{'type', 'description', 'default'}}}}, got {describe(payload)}")

    def preprocess(self, payload: dict[str, Any] | None) -> dict[str, Any] | None:
        return payload

    def postprocess(self, value: Any) -> dict[str, Any] | None:
        if value is None:
            return None
        if not isinstance(value, Mapping):
            raise ValueError(f"ParamViewer shows a mapping of parameter name -> {{type, description, default}}, got {value!r}")
        return {str(name): dict(spec) for name, spec in value.items()}

    def api_info(self) -> dict[str, Any]:
        return {"type": {}, "description": "any valid json"}

    def example_payload(self) -> Any:
        return {"array": {"type": "numpy", "description": "any valid json", "default": "None"}}
