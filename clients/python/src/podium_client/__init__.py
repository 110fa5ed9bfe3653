"""Call Podium apps (and Gradio apps) from Python.

    from podium_client import Client, handle_file

    client = Client("http://127.0.0.1:7860/")
    client.predict("World", api_name="/greet")
    for partial in client.submit(5, api_name="/count"):
        print(partial)

``AsyncClient`` has the same surface for asyncio code.
"""

from podium_client._async import AsyncClient, AsyncJob
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
from podium_client._sync import Client, Job

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
