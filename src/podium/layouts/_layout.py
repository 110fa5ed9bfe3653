"""Shared base of layout blocks (Row, Column, Group...)."""

from __future__ import annotations

from typing import Any

from podium.blocks.block import BlockContext


class Layout(BlockContext):
    # A layout can be an event's output, to change its props (`update(visible=...)`,
    # `update(selected=...)`); it never carries data through the API.
    SKIP_API = True

    def get_config(self) -> dict[str, Any]:
        config = super().get_config()
        config["skip_api"] = True
        return config

    def postprocess(self, value: Any) -> Any:
        return value

    def with_updates(self, updates: dict[str, Any]) -> dict[str, Any]:
        return {"__type__": "update", **updates}
