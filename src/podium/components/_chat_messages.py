"""Turning what a chat function returns into the Chatbot's wire messages, and back.

On the wire every message has the same shape (Gradio 6's "normalised" messages):
`{"role", "metadata", "content": [part, ...], "options"}`, each part one of
`{"type": "text", "text"}`, `{"type": "file", "file": FileData, "alt_text"}` or
`{"type": "component", "component", "value", "constructor_args", "props"}`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from podium.components._base import Component
from podium.components.chat_message import ChatMessage
from podium.files.file_data import file_data, is_file_data

ROLES = ("user", "assistant", "system")
PART_TYPES = ("text", "file", "component")


class MessageError(ValueError):
    """A value the Chatbot cannot show, with a message saying what was expected."""


def normalize_messages(value: Any, reasoning_tags: Iterable[tuple[str, str]] | None = None) -> list[dict[str, Any]]:
    """Any accepted conversation → wire messages (a new list; the input is not changed)."""
    if value is None:
        return []
    if isinstance(value, (str, dict, ChatMessage)) or not isinstance(value, (list, tuple)):
        raise MessageError(
            f"A Chatbot value is a list of messages like {{'role': 'user', 'content': 'Hi'}}, got {type(value).__name__}"
        )
    tags = list(reasoning_tags or [])
    messages: list[dict[str, Any]] = []
    for index, item in enumerate(value):
        message = normalize_message(item, index)
        messages.extend(split_reasoning(message, tags) if tags and message["role"] == "assistant" else [message])
    return messages


def normalize_message(item: Any, index: int = 0) -> dict[str, Any]:
    """One message (a ChatMessage or a dict with role and content) → its wire form."""
    if isinstance(item, ChatMessage):
        item = item.as_dict()
    if isinstance(item, (list, tuple)) and len(item) == 2 and not isinstance(item, dict):
        raise MessageError(
            f"Message {index} is a [user, bot] pair: that 'tuples' format was removed in Gradio 6. "
            "Use a list of {'role': ..., 'content': ...} dicts instead."
        )
    if not isinstance(item, dict) or "content" not in item:
        raise MessageError(f"Message {index} must be a ChatMessage or a dict with 'role' and 'content', got {item!r}")
    role = item.get("role", "assistant")
    if role not in ROLES:
        raise MessageError(f"Message {index} has role {role!r}; expected one of {', '.join(ROLES)}")
    metadata = item.get("metadata")
    options = item.get("options")
    return {
        "role": role,
        "metadata": dict(metadata) if metadata else None,
        "content": normalize_content(item["content"]),
        "options": [_option(option) for option in options] if options else None,
    }


def normalize_content(content: Any) -> list[dict[str, Any]]:
    """Message content (text, file, component, or a list of them) → a list of parts."""
    if content is None:
        return []
    if isinstance(content, list):
        return [part for item in content for part in normalize_content(item)]
    return [_part(content)]


def _part(content: Any) -> dict[str, Any]:
    if isinstance(content, str):
        return {"type": "text", "text": content}
    if isinstance(content, (int, float)) and not isinstance(content, bool):
        return {"type": "text", "text": str(content)}
    if isinstance(content, Path):
        return _file_part(content, None)
    if isinstance(content, tuple):
        # Gradio 5's (path, alt_text) spelling of a file.
        if not content or not isinstance(content[0], (str, Path)):
            raise MessageError(f"A file tuple is (path,) or (path, alt_text), got {content!r}")
        return _file_part(content[0], content[1] if len(content) > 1 else None)
    if isinstance(content, Component):
        return _component_part(content)
    if isinstance(content, dict):
        kind = content.get("type")
        if kind == "text" and isinstance(content.get("text"), str):
            return {"type": "text", "text": content["text"]}
        if kind == "file" and isinstance(content.get("file"), dict):
            return _file_part(content["file"], content.get("alt_text"))
        if kind == "component" and isinstance(content.get("component"), str):
            return {
                "type": "component",
                "component": content["component"],
                "value": content.get("value"),
                "constructor_args": content.get("constructor_args") or {},
                "props": content.get("props") or {},
            }
        if isinstance(content.get("path"), str):
            return _file_part(content, content.get("alt_text"))
    raise MessageError(
        f"Cannot show {content!r} in a Chatbot: content is text, a file path, a (path, alt_text) tuple, "
        "FileData, a component, or a list of those"
    )


def _file_part(source: Any, alt_text: Any) -> dict[str, Any]:
    if isinstance(source, dict):
        data = dict(source) if is_file_data(source) else {**file_data(source["path"]), **_known_file_fields(source)}
    else:
        data = file_data(source)
    return {"type": "file", "file": data, "alt_text": None if alt_text is None else str(alt_text)}


def _known_file_fields(source: dict[str, Any]) -> dict[str, Any]:
    return {key: source[key] for key in ("orig_name", "mime_type", "url") if source.get(key) is not None}


def _component_part(component: Component) -> dict[str, Any]:
    value = component.value
    props = {key: prop for key, prop in component.get_props().items() if _jsonable(prop)}
    props["value"] = value
    args = {key: arg for key, arg in component.explicit_args.items() if _jsonable(arg)}
    return {
        "type": "component",
        "component": component.get_type(),
        "value": value,
        "constructor_args": args,
        "props": props,
    }


def _jsonable(value: Any) -> bool:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return False
    return True


def _option(option: Any) -> dict[str, Any]:
    if isinstance(option, str):
        return {"value": option}
    if isinstance(option, dict) and "value" in option:
        return {key: str(option[key]) for key in ("value", "label") if key in option}
    raise MessageError(f"An option is a string or {{'value': ..., 'label': ...}}, got {option!r}")


def split_reasoning(message: dict[str, Any], tags: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Text between reasoning tags (e.g. <think>...</think>) becomes a "Reasoning" thought
    shown before the answer; an unclosed tag means the model is still thinking."""
    if message.get("metadata") or len(message["content"]) != 1 or message["content"][0]["type"] != "text":
        return [message]
    text: str = message["content"][0]["text"]
    for opening, closing in tags:
        match = re.search(re.escape(opening) + r"(.*?)(" + re.escape(closing) + r"|$)", text, flags=re.DOTALL)
        if match is None:
            continue
        finished = bool(match.group(2))
        answer = (text[: match.start()] + text[match.end():]).strip()
        thought = {
            "role": "assistant",
            "metadata": {"title": "Reasoning", "status": "done" if finished else "pending"},
            "content": [{"type": "text", "text": match.group(1).strip()}],
            "options": None,
        }
        if not answer:
            return [thought]
        return [thought, {**message, "content": [{"type": "text", "text": answer}]}]
    return [message]


def check_messages_payload(payload: Any) -> None:
    """Raises ValueError unless `payload` looks like wire messages (from a client)."""
    if payload is None:
        return
    if not isinstance(payload, list):
        raise ValueError(f"expected a list of messages, got {type(payload).__name__}")
    for index, message in enumerate(payload):
        if not isinstance(message, dict) or message.get("role") not in ROLES:
            raise ValueError(f"message {index} must be an object with a role of {', '.join(ROLES)}")
        if "content" not in message:
            raise ValueError(f"message {index} has no content")


def text_of(message: dict[str, Any]) -> str:
    """The text parts of a wire message, joined (what copy buttons and undo use)."""
    return "\n".join(part["text"] for part in message.get("content") or [] if part.get("type") == "text")
