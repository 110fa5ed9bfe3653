"""`mount_gradio_app`: serve a Podium app inside an existing FastAPI/Starlette app."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from podium.blocks.blocks import LAUNCH_STYLING_ARGS
from podium.server.app import create_app
from podium.server.page_styling import apply_launch_styling

if TYPE_CHECKING:
    from podium.blocks.blocks import Blocks

ParentApp = TypeVar("ParentApp")


def mount_gradio_app(app: ParentApp, blocks: Blocks, path: str, **app_kwargs: Any) -> ParentApp:
    """Mounts `blocks` at `path` (e.g. "/demo") of a FastAPI or Starlette `app`; returns `app`.

    Takes launch()'s styling arguments too: theme, css, css_paths, js, head, head_paths.
    """
    if not path.startswith("/"):
        raise ValueError(f"path must start with '/', got {path!r}")
    styling = {name: app_kwargs.pop(name) for name in LAUNCH_STYLING_ARGS if name in app_kwargs}
    apply_launch_styling(blocks, **styling)
    app.mount(path.rstrip("/") or "/", create_app(blocks, **app_kwargs))  # type: ignore[attr-defined]
    return app
