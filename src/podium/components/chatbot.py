"""Chatbot: a conversation of user and assistant messages, rendered as Markdown."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar, Literal

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._chat_messages import check_messages_payload, normalize_messages
from podium.components._deprecations import merge_buttons, warn_renamed
from podium.components.markdown import DEFAULT_LATEX_DELIMITERS
from podium.files.file_data import FILE_DATA_SCHEMA, file_data

_TEXT_PART = {
    "type": "object",
    "properties": {"type": {"const": "text"}, "text": {"type": "string"}},
    "required": ["text"],
}
_FILE_PART = {
    "type": "object",
    "properties": {"type": {"const": "file"}, "file": FILE_DATA_SCHEMA, "alt_text": {"type": ["string", "null"]}},
    "required": ["file"],
}
_COMPONENT_PART = {
    "type": "object",
    "properties": {
        "type": {"const": "component"}, "component": {"type": "string"}, "value": {},
        "constructor_args": {"type": "object"}, "props": {"type": "object"},
    },
    "required": ["component", "value"],
}
MESSAGES_SCHEMA: dict[str, Any] = {
    "title": "ChatbotMessages",
    "type": "array",
    "items": {
        "type": "object",
        "properties": {
            "role": {"type": "string", "enum": ["user", "assistant", "system"]},
            "metadata": {
                "anyOf": [{"type": "object", "properties": {
                    "title": {"type": "string"}, "id": {"type": ["integer", "string"]},
                    "parent_id": {"type": ["integer", "string"]}, "log": {"type": "string"},
                    "duration": {"type": "number"}, "status": {"enum": ["pending", "done"]},
                }}, {"type": "null"}],
            },
            "content": {"type": "array", "items": {"anyOf": [_TEXT_PART, _FILE_PART, _COMPONENT_PART]}},
            "options": {
                "anyOf": [{"type": "array", "items": {"type": "object", "properties": {
                    "value": {"type": "string"}, "label": {"type": "string"}}, "required": ["value"]}},
                    {"type": "null"}],
            },
        },
        "required": ["role", "content"],
    },
}


class Chatbot(Component):
    PROPS: ClassVar[tuple[str, ...]] = (
        "autoscroll", "height", "resizable", "max_height", "min_height", "editable", "latex_delimiters",
        "rtl", "buttons", "watermark", "avatar_images", "sanitize_html", "render_markdown",
        "feedback_options", "feedback_value", "line_breaks", "layout", "placeholder", "examples",
        "allow_file_downloads", "group_consecutive_messages", "allow_tags", "like_user_message",
        "likeable", "_retryable", "_undoable",
    )
    change = EventListener()
    select = EventListener()
    like = EventListener()
    retry = EventListener()
    undo = EventListener()
    example_select = EventListener()
    option_select = EventListener()
    clear = EventListener()
    copy = EventListener()
    edit = EventListener()

    def __init__(
        self,
        value: Sequence[Any] | Any | None = None,
        *,
        label: str | None = None,
        every: float | None = None,
        inputs: Any = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        autoscroll: bool = True,
        render: bool = True,
        key: Any = None,
        preserved_by_key: list[str] | str | None = "value",
        height: int | str | None = 400,
        resizable: bool = False,
        max_height: int | str | None = None,
        min_height: int | str | None = None,
        editable: Literal["user", "all"] | None = None,
        latex_delimiters: list[dict[str, Any]] | None = None,
        rtl: bool = False,
        buttons: list[str] | None = None,
        watermark: str | None = None,
        avatar_images: tuple[str | Path | None, str | Path | None] | None = None,
        sanitize_html: bool = True,
        render_markdown: bool = True,
        feedback_options: list[str] | tuple[str, ...] | None = ("Like", "Dislike"),
        feedback_value: Sequence[str | None] | None = None,
        line_breaks: bool = True,
        layout: Literal["panel", "bubble"] | None = None,
        placeholder: str | None = None,
        examples: list[dict[str, Any]] | None = None,
        allow_file_downloads: bool = True,
        group_consecutive_messages: bool = True,
        allow_tags: list[str] | bool = True,
        reasoning_tags: list[tuple[str, str]] | None = None,
        like_user_message: bool = False,
        interactive: bool | None = None,
        **kwargs: Any,
    ) -> None:
        if "type" in kwargs:
            if kwargs.pop("type") != "messages":
                raise ValueError("Chatbot only supports the 'messages' format; the 'tuples' format was removed in Gradio 6")
            warn_renamed('Chatbot(type="messages")', "Chatbot() (messages is the only format)")
        if editable not in (None, "user", "all"):
            raise ValueError(f"Chatbot editable must be None, 'user' or 'all', not {editable!r}")
        if layout not in (None, "panel", "bubble"):
            raise ValueError(f"Chatbot layout must be 'panel' or 'bubble', not {layout!r}")
        self.autoscroll = autoscroll
        self.height = height
        self.resizable = resizable
        self.max_height = max_height
        self.min_height = min_height
        self.editable = editable
        self.latex_delimiters = DEFAULT_LATEX_DELIMITERS if latex_delimiters is None else latex_delimiters
        self.rtl = rtl
        self.buttons = merge_buttons(buttons, kwargs, {"show_copy_button": "copy", "show_copy_all_button": "copy_all"})
        if self.buttons is None:
            self.buttons = ["copy", "copy_all"]
        kwargs.pop("show_share_button", None)
        self.watermark = watermark
        self.avatar_images = [_avatar(image) for image in (avatar_images or (None, None))]
        self.sanitize_html = sanitize_html
        self.render_markdown = render_markdown
        self.feedback_options = list(feedback_options) if feedback_options is not None else None
        self.feedback_value = list(feedback_value) if feedback_value is not None else None
        self.line_breaks = line_breaks
        self.layout = layout
        self.placeholder = placeholder
        self.examples = examples
        self.allow_file_downloads = allow_file_downloads
        self.group_consecutive_messages = group_consecutive_messages
        self.allow_tags = allow_tags
        self.reasoning_tags: list[tuple[str, str]] | None = [(str(a), str(b)) for a, b in reasoning_tags] if reasoning_tags else None
        self.like_user_message = like_user_message
        # Set by listeners: the browser shows like/retry/undo buttons only when handled.
        self.likeable = False
        self._retryable = False
        self._undoable = False
        super().__init__(
            value, label=label, every=every, inputs=inputs, show_label=show_label, container=container,
            scale=scale, min_width=min_width, visible=visible, elem_id=elem_id, elem_classes=elem_classes,
            render=render, key=key, preserved_by_key=preserved_by_key, interactive=interactive, **kwargs,
        )

    def _mark_listened(self, event: str) -> None:
        """Called when a listener is attached: show the button that fires `event`."""
        flag = {"like": "likeable", "retry": "_retryable", "undo": "_undoable"}.get(event)
        if flag is not None:
            setattr(self, flag, True)

    def preprocess(self, payload: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
        """Wire messages → a list of message dicts (content as a list of parts)."""
        return normalize_messages(payload)

    def postprocess(self, value: Any) -> list[dict[str, Any]]:
        return normalize_messages(value, self.reasoning_tags)

    def check_payload(self, payload: Any) -> None:
        check_messages_payload(payload)

    def api_info(self) -> dict[str, Any]:
        return MESSAGES_SCHEMA

    def example_payload(self) -> list[dict[str, Any]]:
        return [
            {"role": "user", "metadata": None, "content": [{"type": "text", "text": "Hello!"}], "options": None},
            {"role": "assistant", "metadata": None, "content": [{"type": "text", "text": "How can I help you?"}],
             "options": None},
        ]


def _avatar(image: str | Path | None) -> dict[str, Any] | None:
    return None if image is None else file_data(image)
