"""`Progress` trackers and what Podium reads from a user function's signature.

No `from __future__ import annotations` here: the Request annotations below must be real
types, and the string-annotation case is tested on its own.
"""

import functools
from collections.abc import AsyncIterator, Iterator
from typing import Any

import podium as gr
from podium.blocks.fn_signature import inspect_fn
from podium.request import Request

INJECTABLE = {Request: "request"}


class TestProgress:
    def test_tqdm_reports_index_and_length_to_the_bound_reporter(self) -> None:
        reports: list[list[dict[str, Any]]] = []
        progress = gr.Progress()._bind(reports.append)
        assert list(progress.tqdm(["a", "b", "c"], desc="Working")) == ["a", "b", "c"]
        assert [(r[0]["index"], r[0]["length"]) for r in reports] == [(0, 3), (1, 3), (2, 3), (3, 3)]
        assert all(r[0]["desc"] == "Working" and r[0]["unit"] == "steps" for r in reports)

    def test_tqdm_over_an_iterator_has_unknown_length(self) -> None:
        reports: list[list[dict[str, Any]]] = []
        progress = gr.Progress()._bind(reports.append)
        list(progress.tqdm(iter(range(2))))
        assert [r[0]["length"] for r in reports] == [None, None, None]
        assert reports[-1][0]["index"] == 2

    def test_explicit_total(self) -> None:
        reports: list[list[dict[str, Any]]] = []
        list(gr.Progress()._bind(reports.append).tqdm(iter("ab"), total=5))
        assert reports[0][0]["length"] == 5

    def test_nested_tqdm_reports_both_levels(self) -> None:
        reports: list[list[dict[str, Any]]] = []
        progress = gr.Progress()._bind(reports.append)
        for _ in progress.tqdm([1, 2], desc="outer"):
            for _ in progress.tqdm([1], desc="inner"):
                pass
        assert any([level["desc"] for level in r] == ["outer", "inner"] for r in reports)
        assert [level["desc"] for level in reports[-1]] == ["outer"]

    def test_call_with_fraction_and_steps(self) -> None:
        reports: list[list[dict[str, Any]]] = []
        progress = gr.Progress()._bind(reports.append)
        assert progress(0.5, desc="Half") == 0.5
        assert reports[-1] == [{"index": None, "length": None, "unit": "steps", "progress": 0.5, "desc": "Half"}]
        progress((2, 4), unit="files")
        assert reports[-1][0]["index"] == 2
        assert reports[-1][0]["length"] == 4
        assert reports[-1][0]["unit"] == "files"

    def test_unbound_progress_is_harmless(self) -> None:
        progress = gr.Progress()
        assert list(progress.tqdm([1, 2])) == [1, 2]
        assert progress(0.3) == 0.3

    def test_binding_does_not_change_the_shared_default(self) -> None:
        default = gr.Progress(track_tqdm=True)
        bound = default._bind(lambda report: None)
        assert bound is not default
        assert bound.track_tqdm is True
        assert default._report is None


class TestInspectFn:
    def test_plain_function_params_and_defaults(self) -> None:
        def fn(a: str, b: int = 2) -> str:
            return a * b

        signature = inspect_fn(fn, INJECTABLE)
        assert [p.name for p in signature.params] == ["a", "b"]
        assert not signature.params[0].has_default
        assert signature.params[1].default == 2
        assert not signature.is_async
        assert not signature.streams

    def test_none_fn(self) -> None:
        signature = inspect_fn(None, INJECTABLE)
        assert signature.params == ()
        assert not signature.streams

    def test_generators_and_async(self) -> None:
        def gen(x: str) -> Iterator[str]:
            yield x

        async def coro(x: str) -> str:
            return x

        async def agen(x: str) -> AsyncIterator[str]:
            yield x

        assert inspect_fn(gen, INJECTABLE).is_generator
        assert inspect_fn(gen, INJECTABLE).streams
        assert inspect_fn(coro, INJECTABLE).is_async
        assert not inspect_fn(coro, INJECTABLE).streams
        assert inspect_fn(agen, INJECTABLE).is_async_generator
        assert inspect_fn(agen, INJECTABLE).streams

    def test_progress_and_request_params_are_not_inputs(self) -> None:
        tracker = gr.Progress()

        def fn(text: str, request: Request, progress: gr.Progress = tracker) -> str:
            return text

        signature = inspect_fn(fn, INJECTABLE)
        assert [p.name for p in signature.params] == ["text"]
        assert signature.injected == {"request": gr.Request}
        assert signature.progress_params == {"progress": tracker}

    def test_request_param_with_string_annotation_is_injected(self) -> None:
        def fn(text: "str", request: "Request") -> "str":
            return text

        signature = inspect_fn(fn, INJECTABLE)
        assert [p.name for p in signature.params] == ["text"]
        assert signature.injected == {"request": gr.Request}

    def test_varargs(self) -> None:
        def fn(first: str, *rest: str) -> str:
            return first

        signature = inspect_fn(fn, INJECTABLE)
        assert signature.takes_varargs
        assert [p.name for p in signature.params] == ["first"]

    def test_partial_and_wrapped_functions(self) -> None:
        def base(a: str, b: str) -> str:
            return a + b

        assert [p.name for p in inspect_fn(functools.partial(base, "x"), INJECTABLE).params] == ["b"]

        def gen(x: str) -> Iterator[str]:
            yield x

        @functools.wraps(gen)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            return gen(*args, **kwargs)

        assert inspect_fn(wrapper, INJECTABLE).is_generator

    def test_callable_object(self) -> None:
        class Model:
            async def __call__(self, prompt: str) -> str:
                return prompt

        signature = inspect_fn(Model(), INJECTABLE)
        assert signature.is_async
        assert [p.name for p in signature.params] == ["prompt"]

    def test_request_param_sets_collects_event_data(self) -> None:
        def fn(text: str, request: Request) -> str:
            return text

        with gr.Blocks() as demo:
            box = gr.Textbox()
            box.submit(fn, box, box)
        assert demo.config()["dependencies"][0]["collects_event_data"] is True
