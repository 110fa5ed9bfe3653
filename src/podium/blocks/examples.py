"""`Examples`: sample inputs shown under a form; clicking one fills the inputs."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from podium.blocks import context
from podium.blocks.dependency import as_component_list
from podium.blocks.example_cache import ExampleCache, rows_from_directory
from podium.components.dataset import Dataset


class Examples:
    def __init__(
        self,
        examples: list[Any] | str,
        inputs: Any,
        outputs: Any = None,
        fn: Callable[..., Any] | None = None,
        cache_examples: bool | None = None,
        cache_mode: str | None = None,
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
        if isinstance(examples, (str, os.PathLike)):
            examples = rows_from_directory(examples, len(self.inputs))
        rows = [row if isinstance(row, (list, tuple)) else [row] for row in examples]
        for row in rows:
            if len(row) != len(self.inputs):
                raise ValueError(
                    f"Each example must have one value per input ({len(self.inputs)}), got {len(row)}: {row!r}"
                )
        self.examples = [list(row) for row in rows]
        if cache_examples == "lazy":  # Gradio 4 spelling of cache_mode="lazy"
            cache_examples, cache_mode = True, "lazy"
        self.cache = self._make_cache(fn, cache_examples, preprocess, postprocess)
        self.cache_mode = _cache_mode(cache_mode)
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

        cache = self.cache

        def load_example(index: int) -> Any:
            values = [
                component.postprocess(value)
                for component, value in zip(self.inputs, self.examples[index], strict=True)
            ]
            if cache is not None:
                values += cache.outputs_for(index)
            return values[0] if len(values) == 1 else values

        load_example.__name__ = "load_example"
        targets = [*self.inputs, *self.outputs] if cache is not None else self.inputs
        handle = self.dataset.click(
            load_example, self.dataset, targets, api_visibility="private", queue=False,
            show_progress="hidden", postprocess=False,
        )
        if cache is not None:
            if self.cache_mode == "eager":
                root = context.render_stack()[0] if context.render_stack() else None
                if root is not None and hasattr(root, "startup_hooks"):
                    root.startup_hooks.append(cache.fill)
                else:
                    cache.fill()
        elif run_on_click and fn is not None:
            handle.then(fn, self.inputs, self.outputs, api_visibility="private")

    def _make_cache(self, fn: Callable[..., Any] | None, cache_examples: bool | str | None, preprocess: bool, postprocess: bool) -> ExampleCache | None:
        if cache_examples is None:
            cache_examples = os.environ.get("GRADIO_CACHE_EXAMPLES", "false").lower() == "true" and fn is not None and bool(self.outputs)
        if not cache_examples:
            return None
        if fn is None or not self.outputs:
            raise ValueError("cache_examples=True needs the fn and the outputs to compute the cached outputs")
        return ExampleCache(fn, self.inputs, self.outputs, self.examples, preprocess, postprocess)


def _cache_mode(cache_mode: str | None) -> str:
    mode = cache_mode or os.environ.get("GRADIO_CACHE_MODE") or "eager"
    if mode not in ("eager", "lazy"):
        raise ValueError(f"cache_mode must be 'eager' or 'lazy', not {mode!r}")
    return mode
