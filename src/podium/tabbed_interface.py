"""`TabbedInterface`: several apps (usually Interfaces) shown as tabs of one app."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from podium.blocks.blocks import Blocks
from podium.components.markdown import Markdown
from podium.layouts.tabs import Tab, Tabs


class TabbedInterface(Blocks):
    def __init__(
        self,
        interface_list: Sequence[Blocks],
        tab_names: list[str] | None = None,
        title: str | None = None,
        analytics_enabled: bool | None = None,
        tabs_kwargs: dict[str, Any] | None = None,
        **blocks_kwargs: Any,
    ) -> None:
        interfaces = list(interface_list)
        if not all(isinstance(interface, Blocks) for interface in interfaces):
            raise TypeError("TabbedInterface takes a list of Interface or Blocks apps")
        names = list(tab_names) if tab_names is not None else [f"Tab {index}" for index in range(len(interfaces))]
        if len(names) != len(interfaces):
            raise ValueError(f"{len(interfaces)} apps but {len(names)} tab names: give one name per app")
        super().__init__(title=title or "Podium", analytics_enabled=analytics_enabled, **blocks_kwargs)
        with self:
            if title:
                Markdown(f"<h1 style='text-align: center; margin-bottom: 1rem'>{html.escape(title)}</h1>")
            with Tabs(**(tabs_kwargs or {})):
                for interface, name in zip(interfaces, names, strict=True):
                    with Tab(label=name):
                        interface.render()
