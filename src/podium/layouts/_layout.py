"""Shared base of layout blocks (Row, Column, Group...)."""

from __future__ import annotations

from typing import Any

from podium.blocks.block import BlockContext


class Layout(BlockContext):
    def get_config(self) -> dict[str, Any]:
        config = super().get_config()
        config["skip_api"] = True
        return config
