"""BrowserState: a value kept in the user's browser (localStorage), so it survives a
page reload or a server restart, unlike `State`, which lives on the server per session."""

from __future__ import annotations

import secrets
from typing import Any, ClassVar

from podium.blocks.events import EventListener
from podium.components._base import Component


class BrowserState(Component):
    """The browser stores the value encrypted with `secret` (AES-GCM) under `storage_key`.

    Give both explicitly to keep values across server restarts: by default they are
    random per process, so a restarted app starts from `default_value` again.
    """

    TYPE = "browserstate"
    PROPS: ClassVar[tuple[str, ...]] = ("default_value", "storage_key", "secret")
    change = EventListener()

    def __init__(
        self,
        default_value: Any = None,
        *,
        storage_key: str | None = None,
        secret: str | None = None,
        render: bool = True,
    ) -> None:
        self.default_value = default_value
        self.storage_key = storage_key or secrets.token_urlsafe(12)
        self.secret = secret or secrets.token_urlsafe(12)
        super().__init__(default_value, render=render, visible=False)

    def preprocess(self, payload: Any) -> Any:
        return payload

    def postprocess(self, value: Any) -> Any:
        return value

    def api_info(self) -> dict[str, Any]:
        return {"type": {}, "description": "any json-serializable value"}

    def example_payload(self) -> Any:
        return "test"
