"""`mount_gradio_app`: serve a Podium app inside an existing FastAPI/Starlette app."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from podium.server.app import create_app

if TYPE_CHECKING:
    from podium.blocks.blocks import Blocks

ParentApp = TypeVar("ParentApp")


def mount_gradio_app(app: ParentApp, blocks: Blocks, path: str, **app_kwargs: Any) -> ParentApp:
    """Mounts `blocks` at `path` (e.g. "/demo") of a FastAPI or Starlette `app`; returns `app`."""
    if not path.startswith("/"):
        raise ValueError(f"path must start with '/', got {path!r}")
    app.mount(path.rstrip("/") or "/", create_app(blocks, **app_kwargs))  # type: ignore[attr-defined]
    return app
