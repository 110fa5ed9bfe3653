"""The Flag buttons of an `Interface` (or automatic flagging of every run)."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from podium.blocks.dependency import DependencyHandle
from podium.blocks.updates import update
from podium.components._base import Component
from podium.components.button import Button
from podium.components.clear_button import ClearButton
from podium.request import Request

if TYPE_CHECKING:
    from podium.flagging import FlaggingCallback

FLAGGING_MODES = ("manual", "auto", "never")


def resolve_mode(flagging_mode: str | None) -> str:
    mode = flagging_mode if flagging_mode is not None else os.environ.get("GRADIO_FLAGGING_MODE", "manual")
    if mode not in FLAGGING_MODES:
        raise ValueError(f"flagging_mode must be one of {', '.join(FLAGGING_MODES)}; got {mode!r}")
    return mode


def button_specs(options: Any) -> list[tuple[str, str | None]]:
    """(button label, flag option) pairs: one "Flag" button, or one per option."""
    if options is None:
        return [("Flag", None)]
    if not isinstance(options, (list, tuple)):
        raise TypeError("flagging_options must be a list of strings or (label, value) pairs")
    specs: list[tuple[str, str | None]] = []
    for option in options:
        if isinstance(option, str):
            specs.append((f"Flag as {option}", option))
        elif isinstance(option, (list, tuple)) and len(option) == 2:
            specs.append((str(option[0]), str(option[1])))
        else:
            raise TypeError(f"flagging option must be a string or a (label, value) pair, got {option!r}")
    return specs


class Flagger:
    """Sets the callback up on first use (so building an app creates no directories)."""

    def __init__(self, callback: FlaggingCallback | None, components: list[Component], flagging_dir: str | Path) -> None:
        if callback is None:
            from podium.flagging import CSVLogger  # on use: `import podium` stays free of csv

            callback = CSVLogger()
        self.callback = callback
        self.components = components
        self.flagging_dir = flagging_dir
        self._ready = False
        self._lock = threading.Lock()

    def flag(self, values: list[Any], option: str | None, username: str | None) -> int:
        with self._lock:
            if not self._ready:
                self.callback.setup(self.components, self.flagging_dir)
                self._ready = True
        return self.callback.flag(values, flag_option=option, username=username)


def add_flag_buttons(specs: list[tuple[str, str | None]]) -> list[tuple[Button, str, str | None]]:
    """Renders the buttons in the current layout."""
    return [(Button(label, variant="secondary"), label, option) for label, option in specs]


def wire_flagging(
    mode: str,
    buttons: list[tuple[Button, str, str | None]],
    flagger: Flagger,
    main: DependencyHandle,
    clear: Any,
) -> None:
    components = flagger.components
    if mode == "auto":
        def flag_run(*values: Any, request: Request) -> None:
            flagger.flag(list(values), None, request.username)

        main.success(flag_run, components, None, preprocess=False, api_visibility="private", queue=False)
        return
    for button, label, option in buttons:
        def flag_sample(*values: Any, request: Request, _option: str | None = option) -> Any:
            flagger.flag(list(values), _option, request.username)
            return update(value="Saved")

        button.click(flag_sample, components, button, preprocess=False, api_name="Flag", api_visibility="undocumented")
        if isinstance(clear, ClearButton):
            clear.click(lambda _label=label: update(value=_label), None, button, api_name="reset", api_visibility="undocumented", queue=False)
