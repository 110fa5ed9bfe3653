"""Errors and toasts an app author raises or shows from inside a function.

`raise podium.Error("...")` ends the event and shows the message to the user (and
raises on API clients). `podium.Warning("...")` / `podium.Info("...")` show a toast and
let the function carry on.
"""

from __future__ import annotations

import warnings

from podium.blocks import context


class Error(Exception):
    """Raise to stop an event and show `message` to the user."""

    def __init__(
        self,
        message: str = "Error raised.",
        duration: float | None = 10,
        visible: bool = True,
        title: str = "Error",
        print_exception: bool = True,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.duration = duration
        self.visible = visible
        self.title = title
        self.print_exception = print_exception

    def __str__(self) -> str:
        return self.message


class DuplicateBlockError(ValueError):
    """A block was placed in a layout twice."""


def _toast(level: str, message: str, duration: float | None, visible: bool, title: str) -> None:
    reporter = context.current_event()
    if reporter is None:
        # Outside an event (e.g. at import time) there is nobody to show it to.
        warnings.warn(f"{level.title()}: {message}", stacklevel=3)
        return
    reporter.log(level=level, message=message, duration=duration, visible=visible, title=title)


def Warning(
    message: str = "Warning issued.", duration: float | None = 10, visible: bool = True, title: str = "Warning"
) -> None:
    """Shows a warning toast to the user of the running event."""
    _toast("warning", message, duration, visible, title)


def Info(
    message: str = "Info issued.", duration: float | None = 10, visible: bool = True, title: str = "Info"
) -> None:
    """Shows an info toast to the user of the running event."""
    _toast("info", message, duration, visible, title)
