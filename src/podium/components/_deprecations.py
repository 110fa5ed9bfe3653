"""Gradio 5.x spellings accepted with a DeprecationWarning, as DESIGN.md §2 asks."""

from __future__ import annotations

import warnings
from typing import Any


def warn_renamed(old: str, new: str, stacklevel: int = 4) -> None:
    warnings.warn(f"`{old}` is deprecated; use `{new}` instead.", DeprecationWarning, stacklevel=stacklevel)


def merge_buttons(buttons: list[str] | None, kwargs: dict[str, Any], legacy: dict[str, str]) -> list[str] | None:
    """Folds 5.x flags such as `show_copy_button=True` into the 6.x `buttons` list."""
    for flag, button in legacy.items():
        if flag in kwargs:
            enabled = kwargs.pop(flag)
            warn_renamed(flag, f'buttons=["{button}"]')
            if enabled:
                buttons = [*(buttons or []), button]
    return buttons
