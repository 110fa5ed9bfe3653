"""Label: a classification result — the top class and per-class confidences."""

from __future__ import annotations

from typing import Any, ClassVar

from podium.blocks.events import EventListener
from podium.components._base import Component


class Label(Component):
    PROPS: ClassVar[tuple[str, ...]] = ("num_top_classes", "color", "show_heading")
    change = EventListener()
    select = EventListener()

    def __init__(
        self,
        value: dict[str, float] | str | float | Any | None = None,
        *,
        num_top_classes: int | None = None,
        label: str | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        color: str | None = None,
        show_heading: bool = True,
        **kwargs: Any,
    ) -> None:
        self.num_top_classes = num_top_classes
        self.color = color
        self.show_heading = show_heading
        super().__init__(
            value, label=label, show_label=show_label, container=container, scale=scale,
            min_width=min_width, visible=visible, elem_id=elem_id, elem_classes=elem_classes,
            render=render, key=key, **kwargs,
        )

    def preprocess(self, payload: dict[str, Any] | None) -> dict[str, float] | str | None:
        if not payload:
            return None
        confidences = payload.get("confidences")
        if confidences:
            return {str(item["label"]): float(item["confidence"]) for item in confidences}
        label = payload.get("label")
        return None if label is None else str(label)

    def postprocess(self, value: Any) -> dict[str, Any] | None:
        if value is None or value == {}:
            return {}
        if isinstance(value, dict) and "confidences" in value and "label" in value:
            return value  # already in wire form
        if isinstance(value, dict):
            ranked = sorted(value.items(), key=lambda item: float(item[1]), reverse=True)
            if self.num_top_classes is not None:
                ranked = ranked[: self.num_top_classes]
            return {
                "label": ranked[0][0] if ranked else None,
                "confidences": [{"label": name, "confidence": float(score)} for name, score in ranked],
            }
        if isinstance(value, (str, int, float)):
            return {"label": str(value), "confidences": None}
        raise ValueError(
            f"Label expects a dict of class → confidence, a string or a number, got {type(value).__name__}"
        )

    def api_info(self) -> dict[str, Any]:
        scalar = {"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "number"}, {"type": "null"}]}
        return {
            "title": "LabelData",
            "type": "object",
            "properties": {
                "label": scalar,
                "confidences": {
                    "anyOf": [
                        {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "title": "LabelConfidence",
                                "properties": {
                                    "label": scalar,
                                    "confidence": {"anyOf": [{"type": "number"}, {"type": "null"}]},
                                },
                            },
                        },
                        {"type": "null"},
                    ]
                },
            },
        }

    def example_payload(self) -> dict[str, Any]:
        return {"label": "Cat", "confidences": [{"label": "cat", "confidence": 0.9}, {"label": "dog", "confidence": 0.1}]}
