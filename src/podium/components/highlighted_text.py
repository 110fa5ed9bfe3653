"""HighlightedText: text whose spans carry a category ("animal") or a score (0.8)."""

from __future__ import annotations

from typing import Any, ClassVar

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._payload import describe

_TOKEN_SCHEMA = {
    "properties": {
        "token": {"title": "Token", "type": "string"},
        "class_or_confidence": {
            "anyOf": [{"type": "string"}, {"type": "number"}, {"type": "null"}],
            "default": None,
            "title": "Class Or Confidence",
        },
    },
    "required": ["token"],
    "title": "HighlightedToken",
    "type": "object",
}


class HighlightedText(Component):
    PROPS: ClassVar[tuple[str, ...]] = (
        "color_map", "show_legend", "show_inline_category", "combine_adjacent", "adjacent_separator",
        "show_whitespaces", "rtl", "buttons",
    )
    change = EventListener()
    select = EventListener()

    def __init__(
        self,
        value: list[tuple[str, str | float | None]] | dict[str, Any] | Any | None = None,
        *,
        color_map: dict[str, str] | None = None,
        show_legend: bool = False,
        show_inline_category: bool = True,
        combine_adjacent: bool = False,
        adjacent_separator: str = "",
        show_whitespaces: bool = True,
        label: str | None = None,
        every: Any = None,
        inputs: Any = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        preserved_by_key: Any = "value",
        interactive: bool | None = None,
        rtl: bool = False,
        buttons: list[Any] | None = None,
        **kwargs: Any,
    ) -> None:
        self.color_map = color_map
        self.show_legend = show_legend
        self.show_inline_category = show_inline_category
        self.combine_adjacent = combine_adjacent
        self.adjacent_separator = adjacent_separator
        self.show_whitespaces = show_whitespaces
        self.rtl = rtl
        self.buttons = list(buttons or [])
        super().__init__(
            value, label=label, every=every, inputs=inputs, show_label=show_label, container=container,
            scale=scale, min_width=min_width, visible=visible, elem_id=elem_id, elem_classes=elem_classes,
            render=render, key=key, preserved_by_key=preserved_by_key, interactive=interactive, **kwargs,
        )

    # ---- wire -> function -----------------------------------------------------------------
    def check_payload(self, payload: Any) -> None:
        if payload is None:
            return
        if not isinstance(payload, list):
            raise ValueError(f"expected a list of {{'token', 'class_or_confidence'}} objects, got {describe(payload)}")
        for item in payload:
            if not (isinstance(item, dict) and isinstance(item.get("token"), str)):
                raise ValueError(f"each highlighted span needs a string 'token', got {describe(item)}")
            kind = item.get("class_or_confidence")
            if kind is not None and (isinstance(kind, bool) or not isinstance(kind, (str, int, float))):
                raise ValueError(f"'class_or_confidence' must be a string, a number or null, got {describe(kind)}")

    def preprocess(self, payload: list[dict[str, Any]] | None) -> list[dict[str, Any]] | None:
        if payload is None:
            return None
        return [{"token": item["token"], "class_or_confidence": item.get("class_or_confidence")} for item in payload]

    # ---- function -> wire -----------------------------------------------------------------
    def postprocess(self, value: Any) -> list[dict[str, Any]] | None:
        if value is None:
            return None
        spans = _from_entities(value) if isinstance(value, dict) else [_span(item) for item in value]
        if self.combine_adjacent:
            spans = _combine(spans, self.adjacent_separator)
        return spans

    def api_info(self) -> dict[str, Any]:
        return {
            "$defs": {"HighlightedToken": _TOKEN_SCHEMA},
            "items": {"$ref": "#/$defs/HighlightedToken"},
            "title": "HighlightedTextData",
            "type": "array",
        }

    def example_payload(self) -> Any:
        return [{"token": "The", "class_or_confidence": None}, {"token": "quick", "class_or_confidence": "adj"}]


def _span(item: Any) -> dict[str, Any]:
    if isinstance(item, dict) and "token" in item:
        return {"token": str(item["token"]), "class_or_confidence": item.get("class_or_confidence")}
    if isinstance(item, (list, tuple)) and len(item) == 2:
        return {"token": str(item[0]), "class_or_confidence": item[1]}
    raise ValueError(f"HighlightedText expects (text, label) pairs or a {{'text', 'entities'}} dict, got {item!r}")


def _from_entities(value: dict[str, Any]) -> list[dict[str, Any]]:
    """{"text": ..., "entities": [{"entity" or "entity_group", "start", "end"}]} -> spans."""
    text = str(value.get("text", ""))
    entities = sorted(value.get("entities") or [], key=lambda entity: entity["start"])
    spans: list[dict[str, Any]] = []
    position = 0
    for entity in entities:
        start, end = int(entity["start"]), int(entity["end"])
        if start < position:
            raise ValueError(f"HighlightedText entities overlap at character {start}")
        if start > position:
            spans.append({"token": text[position:start], "class_or_confidence": None})
        label = entity.get("entity", entity.get("entity_group"))
        spans.append({"token": text[start:end], "class_or_confidence": label})
        position = end
    if position < len(text):
        spans.append({"token": text[position:], "class_or_confidence": None})
    return spans


def _combine(spans: list[dict[str, Any]], separator: str) -> list[dict[str, Any]]:
    combined: list[dict[str, Any]] = []
    for span in spans:
        if combined and combined[-1]["class_or_confidence"] == span["class_or_confidence"]:
            combined[-1] = {**combined[-1], "token": combined[-1]["token"] + separator + span["token"]}
        else:
            combined.append(dict(span))
    return combined
