"""Call Podium apps (and Gradio apps) from Python.

    from podium_client import Client, handle_file

    client = Client("http://127.0.0.1:7860/")
    client.predict("World", api_name="/greet")
    for partial in client.submit(5, api_name="/count"):
        print(partial)

``AsyncClient`` has the same surface for asyncio code.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from podium_client._exceptions import (
    AppError,
    ArgumentError,
    AuthenticationError,
    ClientError,
    ConnectionFailed,
    EndpointNotFoundError,
    JobCancelledError,
    QueueFullError,
    UploadError,
)
from podium_client._files import handle_file
from podium_client._job_state import LogMessage, Progress, Stage, Status, Update

if TYPE_CHECKING:
    from podium_client._async import AsyncClient, AsyncJob
    from podium_client._sync import Client, Job

# The faces load httpx (and the async one asyncio) when first used, so that importing
# the package, its exceptions or handle_file costs next to nothing.
_FACES = {"Client": "_sync", "Job": "_sync", "AsyncClient": "_async", "AsyncJob": "_async"}

__version__ = "0.1.0"

__all__ = [
    "AppError",
    "ArgumentError",
    "AsyncClient",
    "AsyncJob",
    "AuthenticationError",
    "Client",
    "ClientError",
    "ConnectionFailed",
    "EndpointNotFoundError",
    "Job",
    "JobCancelledError",
    "LogMessage",
    "Progress",
    "QueueFullError",
    "Stage",
    "Status",
    "Update",
    "UploadError",
    "handle_file",
]


def __getattr__(name: str) -> Any:
    module = _FACES.get(name)
    if module is None:
        raise AttributeError(f"module 'podium_client' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"podium_client.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
