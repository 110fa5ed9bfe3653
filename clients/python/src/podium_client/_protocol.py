"""The I/O-free core both faces share: which request to make, and what an answer means.

``Request`` objects say what to send; the sync face sends them with ``httpx.Client``, the
async face with ``httpx.AsyncClient``. ``SessionRouter`` routes the messages of the one
session stream (``GET queue/data``) to the jobs they belong to.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any

from podium_client._api import ApiCatalog, Endpoint
from podium_client._exceptions import (
    AppError,
    AuthenticationError,
    ClientError,
    ConnectionFailed,
    QueueFullError,
    UploadError,
)
from podium_client._job_state import JobState
from podium_client._sse import SSEDecoder

DEFAULT_API_PREFIX = "/gradio_api"
# How many times in a row the session stream may fail to open before jobs are failed.
STREAM_ATTEMPTS = 3


@dataclass(frozen=True)
class Request:
    method: str
    url: str
    json: Any = None
    data: dict[str, str] | None = None
    params: dict[str, str] | None = None


def _detail(status: int, body: bytes) -> str:
    """The human part of an error answer: ``detail``/``error`` from JSON, else the text."""
    try:
        parsed = json.loads(body)
    except ValueError:
        text = body.decode("utf-8", "replace").strip()
        return text[:300] if text and not text.startswith("<") else f"HTTP {status}"
    if isinstance(parsed, dict):
        for key in ("detail", "error"):
            if isinstance(parsed.get(key), str):
                return str(parsed[key])
    return f"HTTP {status}"


class ClientCore:
    """Everything about talking to one app that is not sending bytes."""

    def __init__(self, url: str, session_hash: str | None = None) -> None:
        self.root = url.rstrip("/")
        self.session_hash = session_hash or os.urandom(8).hex()
        self.api_prefix = DEFAULT_API_PREFIX
        self.config: dict[str, Any] = {}
        self.catalog = ApiCatalog()

    def url(self, route: str) -> str:
        return f"{self.root}{self.api_prefix}{route}"

    # -- connecting --------------------------------------------------------------------

    def login_request(self, username: str, password: str) -> Request:
        return Request("POST", f"{self.root}/login", data={"username": username, "password": password})

    def check_login(self, status: int, body: bytes) -> None:
        if status >= 400:
            raise AuthenticationError(f"Could not log in to {self.root}: {_detail(status, body)}")

    def config_request(self) -> Request:
        return Request("GET", f"{self.root}/config")

    def read_config(self, status: int, body: bytes, logged_in: bool) -> None:
        if status == 401:
            hint = "the login was not accepted" if logged_in else "pass auth=(username, password)"
            raise AuthenticationError(f"{self.root} requires a login: {hint}")
        if status >= 400:
            raise ConnectionFailed(f"Could not load the app's config from {self.root}/config: {_detail(status, body)}")
        try:
            self.config = json.loads(body)
        except ValueError:
            raise ConnectionFailed(f"{self.root}/config did not answer JSON: is this a Podium or Gradio app?") from None
        self.api_prefix = str(self.config.get("api_prefix") or DEFAULT_API_PREFIX).rstrip("/")

    def info_request(self) -> Request:
        return Request("GET", self.url("/info"))

    def read_info(self, status: int, body: bytes) -> None:
        if status >= 400:
            raise ConnectionFailed(f"Could not load the API description of {self.root}: {_detail(status, body)}")
        self.catalog = ApiCatalog.build(self.config, json.loads(body))

    # -- calling -----------------------------------------------------------------------

    def upload_url(self) -> str:
        return self.url("/upload")

    def read_upload(self, status: int, body: bytes, count: int) -> list[str]:
        if status == 413:
            raise UploadError(f"The app refused the upload as too large: {_detail(status, body)}")
        if status >= 400:
            raise UploadError(f"Upload failed: {_detail(status, body)}")
        paths = json.loads(body)
        if not isinstance(paths, list) or len(paths) != count:
            raise UploadError("The app's answer to the upload was not one path per file")
        return [str(p) for p in paths]

    def join_request(self, endpoint: Endpoint, data: list[Any]) -> Request:
        return Request(
            "POST",
            self.url("/queue/join"),
            json={
                "data": data,
                "fn_index": endpoint.fn_index,
                "session_hash": self.session_hash,
                "trigger_id": None,
                "event_data": None,
            },
        )

    def read_join(self, status: int, body: bytes) -> str:
        if status == 503:
            raise QueueFullError(f"The app's queue is full: {_detail(status, body)}")
        if status in (401, 403):
            raise AuthenticationError(f"The app refused the call: {_detail(status, body)}")
        if status == 422:
            raise AppError(_detail(status, body), "Invalid input")
        if status >= 400:
            raise ClientError(f"The app refused the call ({status}): {_detail(status, body)}")
        event_id = json.loads(body).get("event_id")
        if not isinstance(event_id, str):
            raise ClientError("The app did not answer the join with an event id")
        return event_id

    def stream_request(self) -> Request:
        return Request("GET", self.url("/queue/data"), params={"session_hash": self.session_hash})

    def cancel_request(self, endpoint: Endpoint, event_id: str) -> Request:
        return Request(
            "POST",
            self.url("/cancel"),
            json={"session_hash": self.session_hash, "fn_index": endpoint.fn_index, "event_id": event_id},
        )


@dataclass
class SessionRouter:
    """Routes the session stream's messages to jobs by event id.

    Messages can arrive before the join's answer told us the event id (another job's
    stream was already open), so they wait in ``early`` until the job registers.
    """

    jobs: dict[str, JobState] = field(default_factory=dict)
    early: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # Events the client stopped following (cancelled): their late messages are dropped.
    ignored: set[str] = field(default_factory=set)
    decoder: SSEDecoder = field(default_factory=SSEDecoder)

    def register(self, event_id: str, job: JobState) -> None:
        job.event_id = event_id
        self.jobs[event_id] = job
        for message in self.early.pop(event_id, []):
            job.handle(message)
        if job.done:
            self.jobs.pop(event_id, None)

    def forget(self, event_id: str | None) -> None:
        if event_id is not None:
            self.jobs.pop(event_id, None)
            self.early.pop(event_id, None)
            self.ignored.add(event_id)

    @property
    def pending(self) -> bool:
        return bool(self.jobs)

    def feed_line(self, line: str) -> bool:
        """Feed one line of the stream; True once the server said it closes the stream."""
        frame = self.decoder.feed(line)
        if frame is None or not frame.data:
            return False
        try:
            message = json.loads(frame.data)
        except ValueError:
            return False
        if not isinstance(message, dict):
            return False
        kind = message.get("msg")
        if kind == "close_stream":
            return True
        if kind == "heartbeat":
            return False
        event_id = message.get("event_id")
        if event_id is None:
            if kind == "unexpected_error":
                self.fail_all(ConnectionFailed(str(message.get("message") or "Unexpected error on the server")))
            return False
        job = self.jobs.get(event_id)
        if job is None:
            if event_id in self.ignored:
                return False
            self.early.setdefault(event_id, []).append(message)
            return False
        job.handle(message)
        if job.done:
            del self.jobs[event_id]
        return False

    def stream_ended(self) -> None:
        """Between two streams: a half-read frame of the old one must not leak into the next."""
        self.decoder = SSEDecoder()

    def fail_all(self, error: ClientError) -> None:
        for job in self.jobs.values():
            job.fail(error)
        self.jobs.clear()
