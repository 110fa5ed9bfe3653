"""What app authors add to the page: a theme, custom CSS and JS, extra `<head>` content.

`launch(theme=, css=, css_paths=, js=, head=, head_paths=)` records them on the Blocks; the
page route writes them into the HTML it serves, so they apply before the first paint and
need no extra request.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from podium.blocks.blocks import Blocks
    from podium.themes.base import Base

PathList = str | Path | Sequence[str | Path] | None

# A stylesheet must not be able to close the <style> element it is written into.
_STYLE_END = re.compile(r"</(style)", re.IGNORECASE)


def _paths(value: PathList) -> list[Path]:
    if value is None:
        return []
    if isinstance(value, (str, Path)):
        return [Path(value)]
    return [Path(item) for item in value]


def _read_all(paths: PathList, what: str) -> str | None:
    texts = []
    for path in _paths(paths):
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except OSError as error:
            raise FileNotFoundError(f"launch({what}=...): cannot read {str(path)!r}: {error.strerror or error}") from None
    return "\n".join(texts) if texts else None


def _joined(*parts: str | None) -> str | None:
    present = [part for part in parts if part]
    return "\n".join(present) if present else None


def apply_launch_styling(
    blocks: Blocks,
    *,
    theme: Any = None,
    css: str | None = None,
    css_paths: PathList = None,
    js: str | None = None,
    head: str | None = None,
    head_paths: PathList = None,
) -> None:
    """Records launch()'s styling arguments on `blocks`; files are read now, as Gradio does."""
    if theme is not None:
        blocks.theme = resolve_theme(theme)
    elif blocks.theme is not None:
        blocks.theme = resolve_theme(blocks.theme)
    # Values given to Blocks(...) (deprecated there) still count when launch() omits them.
    css_paths = css_paths if css_paths is not None else getattr(blocks, "css_paths", None)
    head_paths = head_paths if head_paths is not None else getattr(blocks, "head_paths", None)
    blocks.css = _joined(css if css is not None else blocks.css, _read_all(css_paths, "css_paths"))
    blocks.head = _joined(head if head is not None else blocks.head, _read_all(head_paths, "head_paths"))
    blocks.css_paths = None
    blocks.head_paths = None
    if js is not None:
        blocks.js = js


def resolve_theme(value: Any) -> Base | None:
    # Imported on use: apps without a theme never load the themes package.
    from podium.themes.lookup import theme_from_argument

    return theme_from_argument(value)


def style_element(css: str, element_id: str) -> str:
    inert = _STYLE_END.sub(r"<\\/\1", css)
    return f'<style id="{element_id}">{inert}</style>'


def page_head_extras(blocks: Blocks) -> str:
    """HTML for the end of `<head>`: theme, then custom CSS (so it wins), then custom head."""
    parts = []
    theme = resolve_theme(blocks.theme) if blocks.theme is not None else None
    if theme is not None:
        from podium.themes.css import cached_theme_css

        parts.append(style_element(cached_theme_css(theme), "pd-theme"))
    if blocks.css:
        parts.append(style_element(blocks.css, "pd-custom-css"))
    if blocks.head:
        parts.append(blocks.head)
    return "".join(parts)
