"""Dialogue: a conversation as lines of (speaker, text), edited line by line or as text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Literal

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._payload import describe
from podium.components._server_functions import ServerFunctionArgumentError, server_function

_LINE_SCHEMA = {
    "properties": {"speaker": {"title": "Speaker", "type": "string"}, "text": {"title": "Text", "type": "string"}},
    "required": ["speaker", "text"],
    "title": "DialogueLine",
    "type": "object",
}

Line = dict[str, str]


def default_formatter(speaker: str, text: str) -> str:
    """One line as text: "[Speaker 1] Hello"."""
    return f"[{speaker}] {text}"


def default_unformatter(line: str, default_speaker: str) -> Line:
    """Reads "[Speaker 1] Hello" back; a line without a "[speaker]" prefix goes to `default_speaker`."""
    line = line.strip()
    if line.startswith("[") and "]" in line:
        end = line.index("]")
        return {"speaker": line[1:end], "text": line[end + 1 :].strip()}
    return {"speaker": default_speaker if line else "", "text": line}


class Dialogue(Component):
    """Value: a list of `{"speaker", "text"}` dicts, or a plain string. Functions receive the
    dialogue formatted as one string (`type="text"`, the default) or the list (`type="list"`)."""

    PROPS: ClassVar[tuple[str, ...]] = (
        "type", "speakers", "tags", "separator", "color_map", "placeholder", "autofocus", "autoscroll",
        "max_lines", "buttons", "submit_btn", "ui_mode", "info",
    )
    change = EventListener()
    input = EventListener()
    submit = EventListener()

    def __init__(
        self,
        value: list[dict[str, str]] | str | Callable[..., Any] | None = None,
        *,
        type: Literal["list", "text"] = "text",
        speakers: list[str] | None = None,
        formatter: Callable[[str, str], str] | None = None,
        unformatter: Callable[[str, str], Line] | None = None,
        tags: list[str] | None = None,
        separator: str = "\n",
        color_map: dict[str, str] | None = None,
        label: str | None = "Dialogue",
        info: str | None = "Type colon (:) in the dialogue line to see the available tags",
        placeholder: str | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        interactive: bool | None = None,
        visible: bool | str = True,
        elem_id: str | None = None,
        autofocus: bool = False,
        autoscroll: bool = True,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        max_lines: int | None = None,
        buttons: list[Any] | None = None,
        submit_btn: str | bool | None = False,
        ui_mode: Literal["dialogue", "text", "both"] = "both",
        **kwargs: Any,
    ) -> None:
        if type not in ("list", "text"):
            raise ValueError(f"Dialogue type must be 'list' or 'text', not {type!r}")
        if ui_mode not in ("dialogue", "text", "both"):
            raise ValueError(f"Dialogue ui_mode must be 'dialogue', 'text' or 'both', not {ui_mode!r}")
        if not separator.strip(" "):
            raise ValueError("Dialogue separator cannot be empty or only spaces: lines could not be told apart")
        self.type = type
        self.speakers = list(speakers) if speakers else None
        self.formatter = formatter
        self.unformatter = unformatter
        self.tags = list(tags or [])
        self.separator = separator
        self.color_map = color_map
        self.placeholder = placeholder
        self.autofocus = autofocus
        self.autoscroll = autoscroll
        self.max_lines = max_lines
        self.buttons = list(buttons or [])
        self.submit_btn = submit_btn
        self.ui_mode = ui_mode
        super().__init__(
            value, label=label, info=info if interactive else None, show_label=show_label, container=container,
            scale=scale, min_width=min_width, interactive=interactive, visible=visible, elem_id=elem_id,
            elem_classes=elem_classes, render=render, key=key, **kwargs,
        )

    # ---- wire -> function -----------------------------------------------------------------
    def check_payload(self, payload: Any) -> None:
        if payload is None or isinstance(payload, str):
            return
        if not isinstance(payload, list):
            raise ValueError(f"expected a string or a list of {{'speaker', 'text'}} objects, got {describe(payload)}")
        for line in payload:
            if not (isinstance(line, dict) and isinstance(line.get("speaker"), str) and isinstance(line.get("text"), str)):
                raise ValueError(f"each dialogue line needs string 'speaker' and 'text', got {describe(line)}")

    def preprocess(self, payload: list[Line] | str | None) -> str | list[Line]:
        if payload is None:
            return [] if self.type == "list" else ""
        if self.type == "list":
            if isinstance(payload, str):
                return payload
            return [{"speaker": line["speaker"], "text": line["text"]} for line in payload]
        return self.format(payload)

    @server_function
    def format(self, value: list[Line] | str) -> str:
        """The dialogue as one string: each line through `formatter`, joined by `separator`.

        Also what the browser's text view and copy button show when `formatter` is set.
        """
        try:
            self.check_payload(value)
        except ValueError as bad:
            raise ServerFunctionArgumentError(f"format: {bad}") from None
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        if len(value) == 1 and value[0]["text"] == "":
            return ""
        formatter = self.formatter or default_formatter
        return self.separator.join(formatter(line["speaker"], line["text"]) for line in value)

    @server_function
    def unformat(self, payload: dict[str, Any] | str) -> list[Line]:
        """A formatted string (`{"text": ...}`, as the browser sends it, or the string itself)
        back into lines, each through `unformatter`; blank lines are dropped."""
        text = payload.get("text") if isinstance(payload, dict) else payload
        if text is None:
            text = ""
        if not isinstance(text, str):
            raise ServerFunctionArgumentError(f"unformat takes {{'text': <string>}}, got {describe(payload)}")
        unformatter = self.unformatter or default_unformatter
        default_speaker = self.speakers[0] if self.speakers else "Unknown"
        lines = [_checked_line(unformatter(part.strip(), default_speaker)) for part in text.split(self.separator) if part.strip()]
        return [line for line in lines if line["speaker"] or line["text"]]

    def get_props(self) -> dict[str, Any]:
        props = super().get_props()
        # The browser formats and parses the text view itself unless the app brings its own
        # functions; then it asks the server (`format` / `unformat` above).
        props["server_format"] = self.formatter is not None
        props["server_unformat"] = self.unformatter is not None
        return props

    # ---- function -> wire -----------------------------------------------------------------
    def postprocess(self, value: Any) -> list[Line] | str | None:
        if value is None:
            return None
        if isinstance(value, str):
            return value
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"Dialogue shows a string or a list of {{'speaker', 'text'}} dicts, got {describe(value)}")
        lines = []
        for line in value:
            if not (isinstance(line, dict) and "speaker" in line and "text" in line):
                raise ValueError(f"each Dialogue line must be a dict with 'speaker' and 'text', got {describe(line)}")
            lines.append({"speaker": str(line["speaker"]), "text": str(line["text"])})
        return lines

    def api_info(self) -> dict[str, Any]:
        return {
            "$defs": {"DialogueLine": _LINE_SCHEMA},
            "anyOf": [{"items": {"$ref": "#/$defs/DialogueLine"}, "type": "array"}, {"type": "string"}],
            "title": "DialogueModel",
        }

    def example_payload(self) -> Any:
        return [
            {"speaker": "Speaker 1", "text": "Hello, how are you?"},
            {"speaker": "Speaker 2", "text": "I'm fine, thank you!"},
        ]


def _checked_line(line: Any) -> Line:
    """An unformatter's result, refused unless it is a `{"speaker", "text"}` dict of strings."""
    if not (isinstance(line, dict) and isinstance(line.get("speaker"), str) and isinstance(line.get("text"), str)):
        raise TypeError(f"a Dialogue unformatter must return {{'speaker': str, 'text': str}}, got {describe(line)}")
    return {"speaker": line["speaker"], "text": line["text"]}
