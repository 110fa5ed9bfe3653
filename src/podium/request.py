"""`Request`: what a function can learn about the HTTP request that triggered it.

Annotate a parameter with `podium.Request` and the runner passes it in.
"""

from __future__ import annotations

from typing import Any


class Request:
    """Wraps the incoming request: headers, client address, query params, session."""

    def __init__(self, request: Any = None, username: str | None = None, session_hash: str | None = None) -> None:
        self.request = request
        self.username = username
        self.session_hash = session_hash

    def __getattr__(self, name: str) -> Any:
        if self.request is None:
            raise AttributeError(f"Request has no attribute {name!r} (no HTTP request behind this call)")
        return getattr(self.request, name)

    @property
    def headers(self) -> dict[str, str]:
        return dict(self.request.headers) if self.request is not None else {}

    @property
    def query_params(self) -> dict[str, str]:
        return dict(self.request.query_params) if self.request is not None else {}
