"""`Interface`: a whole app from one function, its inputs and its outputs."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from podium.blocks.blocks import Blocks
from podium.blocks.dependency import DependencyHandle
from podium.blocks.events import on
from podium.blocks.examples import Examples
from podium.components._base import Component
from podium.components._shortcuts import component_from
from podium.components.button import Button
from podium.components.clear_button import ClearButton
from podium.components.markdown import Markdown
from podium.components.number import Number
from podium.components.state import State
from podium.components.textbox import Textbox
from podium.interface_flagging import (
    Flagger,
    add_flag_buttons,
    button_specs,
    resolve_mode,
    wire_flagging,
)
from podium.layouts import Column, Row

if TYPE_CHECKING:
    from podium.flagging import FlaggingCallback


def _as_list(spec: Any) -> list[Any]:
    if spec is None:
        return []
    return list(spec) if isinstance(spec, (list, tuple)) else [spec]


class Interface(Blocks):
    """`Interface(fn, inputs, outputs).launch()` — the three-line app."""

    def __init__(
        self,
        fn: Callable[..., Any],
        inputs: Any,
        outputs: Any,
        examples: list[Any] | None = None,
        *,
        cache_examples: bool | None = None,
        cache_mode: str | None = None,
        examples_per_page: int = 10,
        example_labels: list[str] | None = None,
        live: bool = False,
        title: str | None = None,
        description: str | None = None,
        article: str | None = None,
        flagging_mode: str | None = None,
        flagging_options: Any = None,
        flagging_dir: str = ".podium/flagged",
        flagging_callback: FlaggingCallback | None = None,
        analytics_enabled: bool | None = None,
        batch: bool = False,
        max_batch_size: int = 4,
        api_visibility: str = "public",
        api_name: str | None = None,
        api_description: str | None = None,
        concurrency_limit: int | str | None = "default",
        additional_inputs: Any = None,
        additional_inputs_accordion: Any = None,
        submit_btn: str | Button = "Submit",
        stop_btn: str | Button = "Stop",
        clear_btn: str | Button | None = "Clear",
        delete_cache: tuple[int, int] | None = None,
        show_progress: str = "full",
        fill_width: bool = False,
        time_limit: int | None = None,
        stream_every: float = 0.5,
        **blocks_kwargs: Any,
    ) -> None:
        if not callable(fn):
            raise TypeError(f"Interface fn must be callable, got {fn!r}")
        super().__init__(
            mode="interface", title=title or "Podium", fill_width=fill_width, delete_cache=delete_cache,
            **blocks_kwargs,
        )
        self.fn = fn
        self.live = live
        self.input_components: list[Component] = [component_from(spec, render=False) for spec in _as_list(inputs)]
        self.input_components += [component_from(spec, render=False) for spec in _as_list(additional_inputs)]
        self.output_components: list[Component] = [component_from(spec, render=False) for spec in _as_list(outputs)]
        self._prepare_components(fn)

        self.flagging_mode = resolve_mode(flagging_mode)
        flag_specs = button_specs(flagging_options) if self.flagging_mode == "manual" else []
        with self:
            if title:
                Markdown(f"# {title}", elem_classes=["podium-title"])
            if description:
                Markdown(description, elem_classes=["podium-description"])
            with Row(equal_height=False):
                with Column(variant="panel"):
                    for component in self.input_components:
                        component.render()
                    with Row():
                        clear = ClearButton(value=clear_btn) if isinstance(clear_btn, str) else clear_btn
                        stop = submit = None
                        if not live:
                            if _is_generator(fn) and stop_btn:
                                # Shown in place of Submit while a run streams (see _register_main).
                                stop = Button(stop_btn, variant="stop", visible=False) if isinstance(stop_btn, str) else stop_btn
                            submit = Button(submit_btn, variant="primary") if isinstance(submit_btn, str) else submit_btn
                with Column(variant="panel"):
                    for component in self.output_components:
                        component.render()
                    flag_buttons = add_flag_buttons(flag_specs)
            # The main function is registered first so that it is fn_index 0, as in Gradio.
            handle = self._register_main(
                fn, submit, stop,
                api_name=api_name or getattr(fn, "__name__", "predict").replace("<lambda>", "lambda"),
                api_description=api_description, api_visibility=api_visibility, batch=batch,
                max_batch_size=max_batch_size, concurrency_limit=concurrency_limit, show_progress=show_progress,
                time_limit=time_limit, stream_every=stream_every,
            )
            if isinstance(clear, ClearButton):
                clear.add([c for c in (*self.input_components, *self.output_components) if not isinstance(c, State)])
            if self.flagging_mode != "never":
                flagged = [c for c in (*self.input_components, *self.output_components) if not isinstance(c, State)]
                self.flagger = Flagger(flagging_callback, flagged, flagging_dir)
                wire_flagging(self.flagging_mode, flag_buttons, self.flagger, handle, clear)
            if examples:
                Examples(
                    examples, self.input_components[: len(_as_list(inputs))], self.output_components, fn,
                    cache_examples=cache_examples, cache_mode=cache_mode, examples_per_page=examples_per_page,
                    example_labels=example_labels, run_on_click=live,
                )
            if article:
                Markdown(article, elem_classes=["podium-article"])
        self.main_dependency = handle.dependency

    def _prepare_components(self, fn: Callable[..., Any]) -> None:
        """Inputs are interactive and named after fn's parameters; outputs are display-only."""
        for component in self.input_components:
            if component.interactive is None and not isinstance(component, State):
                component.interactive = True
        for component in self.output_components:
            if component.interactive is None:
                component.interactive = False
        unlabelled = [c for c in self.output_components if c.label is None and not isinstance(c, State)]
        for index, component in enumerate(unlabelled):
            component.label = "output" if len(self.output_components) == 1 else f"output {index}"
        self._label_inputs(fn)

    def _register_main(
        self, fn: Callable[..., Any], submit: Button | None, stop: Button | None, **listener_args: Any
    ) -> DependencyHandle:
        inputs, outputs = self.input_components, self.output_components
        if submit is None:  # live: rerun whenever an input changes
            triggers = [cast(Any, c).change for c in inputs if not isinstance(c, State)]
            return on(triggers, fn, inputs, outputs, trigger_mode="always_last", **listener_args)
        submittable = [c for c in inputs if isinstance(c, (Textbox, Number))]
        triggers = [submit.click, *(c.submit for c in submittable)]
        handle = on(triggers, fn, inputs, outputs, scroll_to_output=True, **listener_args)
        if stop is not None:
            stop.click(None, None, [submit, stop], js=_SHOW_FIRST, cancels=[handle], queue=False)
            # Swap Submit for Stop while the run streams, in the browser only.
            on(triggers, None, None, [submit, stop], js=_SHOW_SECOND, queue=False)
            handle.then(None, None, [submit, stop], js=_SHOW_FIRST, queue=False)
        return handle

    def _label_inputs(self, fn: Callable[..., Any]) -> None:
        """Unlabelled inputs take the function's parameter names, as in Gradio."""
        try:
            names = [p.name for p in inspect.signature(fn).parameters.values()]
        except (TypeError, ValueError):
            names = []
        for component, name in zip(self.input_components, names, strict=False):
            if component.label is None and not isinstance(component, State):
                component.label = name


_SHOW_SECOND = '() => [{"__type__": "update", "visible": false}, {"__type__": "update", "visible": true}]'
_SHOW_FIRST = '() => [{"__type__": "update", "visible": true}, {"__type__": "update", "visible": false}]'


def _is_generator(fn: Callable[..., Any]) -> bool:
    return inspect.isgeneratorfunction(fn) or inspect.isasyncgenfunction(fn)
