"""`Examples`: sample inputs shown under a form; clicking one fills the inputs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from podium.blocks.dependency import as_component_list
from podium.components.dataset import Dataset


class Examples:
    def __init__(
        self,
        examples: list[Any],
        inputs: Any,
        outputs: Any = None,
        fn: Callable[..., Any] | None = None,
        cache_examples: bool | None = None,
        examples_per_page: int = 10,
        label: str | None = "Examples",
        elem_id: str | None = None,
        run_on_click: bool = False,
        preprocess: bool = True,
        postprocess: bool = True,
        api_visibility: str = "undocumented",
        api_name: str | None = None,
        batch: bool = False,
        example_labels: list[str] | None = None,
        visible: bool = True,
        **ignored: Any,
    ) -> None:
        self.inputs, _ = as_component_list(inputs)
        self.outputs, _ = as_component_list(outputs)
        if not self.inputs:
            raise ValueError("Examples need at least one input component to fill")
        rows = [row if isinstance(row, (list, tuple)) else [row] for row in examples]
        for row in rows:
            if len(row) != len(self.inputs):
                raise ValueError(
                    f"Each example must have one value per input ({len(self.inputs)}), got {len(row)}: {row!r}"
                )
        self.examples = [list(row) for row in rows]
        self.dataset = Dataset(
            components=self.inputs,
            samples=self.examples,
            headers=[component.label or "" for component in self.inputs],
            label=label,
            samples_per_page=examples_per_page,
            sample_labels=example_labels,
            elem_id=elem_id,
            type="index",
            visible=visible,
        )

        def load_example(index: int) -> Any:
            values = [
                component.postprocess(value)
                for component, value in zip(self.inputs, self.examples[index], strict=True)
            ]
            return values[0] if len(values) == 1 else values

        load_example.__name__ = "load_example"
        handle = self.dataset.click(
            load_example, self.dataset, self.inputs, api_visibility="private", queue=False,
            show_progress="hidden", postprocess=False,
        )
        if run_on_click and fn is not None:
            handle.then(fn, self.inputs, self.outputs, api_visibility="private")
