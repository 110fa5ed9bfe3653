"""Dataset: a clickable table of samples; `Examples` uses it to fill inputs."""

from __future__ import annotations

from typing import Any, ClassVar

from podium.blocks.events import EventListener
from podium.components._base import Component


class Dataset(Component):
    PROPS: ClassVar[tuple[str, ...]] = ("samples", "headers", "component_ids", "component_types", "samples_per_page", "sample_labels", "type", "layout")
    click = EventListener()
    select = EventListener()

    def __init__(
        self,
        *,
        label: str | None = "Examples",
        components: list[Component] | None = None,
        samples: list[list[Any]] | None = None,
        headers: list[str] | None = None,
        type: str = "values",
        layout: str | None = None,
        samples_per_page: int = 10,
        sample_labels: list[str] | None = None,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        **kwargs: Any,
    ) -> None:
        self.components = list(components or [])
        self.raw_samples = [list(sample) for sample in samples or []]
        self.headers = headers or []
        self.type = type
        if layout not in (None, "gallery", "table"):
            raise ValueError(f"Dataset layout must be 'gallery', 'table' or None, not {layout!r}")
        # None: a row of cards for one column (or labelled samples), else a table.
        self.layout = layout
        self.samples_per_page = samples_per_page
        self.sample_labels = sample_labels
        super().__init__(None, label=label, visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key, **kwargs)

    @property
    def samples(self) -> list[list[Any]]:
        """Samples as the browser shows them: each value postprocessed by its component."""
        return [
            [component.postprocess(value) for component, value in zip(self.components, sample, strict=False)]
            for sample in self.raw_samples
        ]

    @property
    def component_ids(self) -> list[int]:
        return [component.id for component in self.components]

    @property
    def component_types(self) -> list[str]:
        return [component.get_type() for component in self.components]

    def preprocess(self, payload: Any) -> Any:
        if payload is None:
            return None
        index = int(payload[0] if isinstance(payload, list) else payload)
        if not 0 <= index < len(self.raw_samples):
            raise ValueError(f"example index {index} is out of range")
        return index if self.type == "index" else self.raw_samples[index]

    def postprocess(self, value: Any) -> Any:
        return value

    def api_info(self) -> dict[str, Any]:
        return {"type": "integer", "description": "index of the selected example"}

    def example_payload(self) -> int:
        return 0
