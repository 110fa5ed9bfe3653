"""What `launch(theme=...)` accepts: a theme object, a built-in theme's name, or a theme class."""

from __future__ import annotations

from typing import Any

from podium.themes.base import Base
from podium.themes.builtin import builtin_themes


def theme_from_argument(value: Any) -> Base | None:
    """The theme to serve, or None for Podium's own look."""
    if value is None or isinstance(value, Base):
        return value
    if isinstance(value, type) and issubclass(value, Base):
        return value()
    if isinstance(value, str):
        known = builtin_themes()
        builtin = known.get(value.strip().lower())
        if builtin is not None:
            return builtin()
        if "/" in value:
            raise ValueError(
                f"theme={value!r} looks like a Hugging Face Hub theme; Podium does not download themes. "
                f"Use a built-in one ({', '.join(sorted(known))}) or gr.themes.Base(...).set(...)."
            )
        raise ValueError(f"Unknown theme {value!r}; built-in themes are: {', '.join(sorted(known))}")
    raise TypeError(f"theme must be a gr.themes theme or a theme name, got {type(value).__name__}")
