"""Checks a request's input values before it is queued, so bad input gets a clear 4xx."""

from __future__ import annotations

import asyncio
from typing import Any

from podium.blocks.dependency import Dependency
from podium.components.state import State
from podium.files.access import FileAccess
from podium.files.fetch import FetchRefused, fetch_to_cache
from podium.files.file_data import map_file_data


class InputError(Exception):
    """The request's data does not fit the endpoint; the message says how."""

    def __init__(self, message: str, parameter: str | None = None) -> None:
        super().__init__(message)
        self.parameter = parameter  # the input's label, when one input is at fault


def _describe_input(index: int, component: Any) -> str:
    label = f" ({component.label})" if getattr(component, "label", None) else ""
    return f"input {index + 1}{label}"


def check_inputs(dependency: Dependency, data: Any, files: FileAccess) -> list[Any]:
    """Returns `data` as a list with one value per input, or raises InputError."""
    name = f"/{dependency.api_name}" if dependency.api_name else f"fn_index {dependency.id}"
    if not isinstance(data, list):
        raise InputError(f"'data' must be a list of input values, got {type(data).__name__}")
    expected = len(dependency.input_components)
    visible = [c for c in dependency.input_components if not isinstance(c, State)]
    if len(data) == len(visible) < expected:
        # REST callers send only the values they can see: State inputs are the server's.
        given = iter(data)
        data = [None if isinstance(c, State) else next(given) for c in dependency.input_components]
    if len(data) != expected:
        labels = ", ".join(
            str(c.label or type(c).__name__) for c in dependency.input_components if not isinstance(c, State)
        )
        raise InputError(f"{name} expects {expected} input value(s) [{labels}], got {len(data)}")
    for index, (component, payload) in enumerate(zip(dependency.input_components, data, strict=True)):
        if isinstance(component, State):
            continue
        try:
            component.check_payload(payload)
            map_file_data(payload, lambda item: _check_uploaded(item, files))
        except ValueError as error:
            raise InputError(
                f"{name}: {_describe_input(index, component)}: {error}",
                parameter=str(getattr(component, "label", None) or f"parameter_{index}"),
            ) from None
    return data


def _check_uploaded(item: dict[str, Any], files: FileAccess) -> dict[str, Any]:
    # Only files uploaded to this server may be passed in; anything else could be any
    # path on the machine.
    if not files.is_upload(item["path"]):
        raise ValueError("the file was not uploaded to this server (upload it first: POST /gradio_api/upload)")
    return item


async def fetch_remote_files(data: Any, files: FileAccess, max_file_size: int | None) -> Any:
    """Downloads FileData given by URL (e.g. `handle_file("https://...")`) into the cache,
    through the SSRF guard; a refused or failed fetch is an InputError."""
    remote: list[dict[str, Any]] = []

    def collect(item: dict[str, Any]) -> dict[str, Any]:
        if item["path"].startswith(("http://", "https://")):
            remote.append(item)
        return item

    map_file_data(data, collect)
    if not remote:
        return data
    fetched: dict[str, str] = {}
    for item in remote:
        url = item["path"]
        if url not in fetched:
            try:
                path = await asyncio.to_thread(fetch_to_cache, url, files.cache, max_file_size)
            except FetchRefused as refused:
                raise InputError(str(refused)) from None
            fetched[url] = str(path)

    def replace(item: dict[str, Any]) -> dict[str, Any]:
        if item["path"] in fetched:
            return {**item, "path": fetched[item["path"]], "url": None}
        return item

    return map_file_data(data, replace)
