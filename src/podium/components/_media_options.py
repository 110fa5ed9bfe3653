"""Argument handling shared by the media components (Image, Gallery, Audio, Video)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from podium.components._deprecations import warn_renamed

# 5.x flags folded into the 6.x `buttons` list.
_LEGACY_BUTTON_FLAGS = (
    ("show_download_button", "download"),
    ("show_share_button", "share"),
    ("show_fullscreen_button", "fullscreen"),
)


def choose_sources(sources: Sequence[str] | str | None, allowed: Sequence[str], default: Sequence[str], component: str) -> list[str]:
    """`sources` as a list, checked against `allowed`; None means `default`."""
    chosen = list(default) if sources is None else [sources] if isinstance(sources, str) else list(sources)
    unknown = [source for source in chosen if source not in allowed]
    if unknown or not chosen:
        raise ValueError(f"{component} sources must be among {', '.join(allowed)}, not {sources!r}")
    return chosen


def choose_buttons(buttons: Sequence[str] | None, allowed: Sequence[str], kwargs: dict[str, Any], component: str) -> list[str]:
    """`buttons` as a list (None means all of `allowed`), with 5.x `show_*_button` flags applied."""
    chosen = list(allowed) if buttons is None else list(buttons)
    for flag, button in _LEGACY_BUTTON_FLAGS:
        if flag in kwargs:
            warn_renamed(flag, "buttons=[...]", stacklevel=5)
            enabled = kwargs.pop(flag)
            if enabled and button not in chosen:
                chosen.append(button)
            if enabled is False and button in chosen:
                chosen.remove(button)
    for button in chosen:
        if not isinstance(button, str) or button not in allowed:
            raise ValueError(f"{component} buttons must be among {', '.join(allowed)}, not {button!r}")
    return chosen
