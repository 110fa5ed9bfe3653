"""Turning an endpoint's wire outputs into what ``predict`` returns (shared by both faces)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from podium_client._api import Endpoint
from podium_client._files import download_target, file_data_in, file_url, replace_files


def shape(values: list[Any]) -> Any:
    """No output → None, one output → the value itself, several → a tuple (like gradio_client)."""
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return tuple(values)


def visible(endpoint: Endpoint, wire: list[Any]) -> list[Any]:
    return endpoint.visible_outputs(wire)


def planned_downloads(root: str, api_prefix: str, directory: Path, values: list[Any]) -> dict[str, Path]:
    """url → local path for every file the app sent back inside ``values``."""
    plan: dict[str, Path] = {}
    for data in file_data_in(values):
        url = file_url(root, api_prefix, data)
        plan[url] = download_target(directory, url, data)
    return plan


def with_local_paths(values: list[Any], root: str, api_prefix: str, local: dict[str, Path]) -> list[Any]:
    """``values`` with each downloaded file's data replaced by its local path (a str)."""
    if not local:
        return values
    return list(replace_files(values, lambda data: str(local[file_url(root, api_prefix, data)])))
