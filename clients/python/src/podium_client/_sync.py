"""The blocking face: ``Client`` and its ``Job``, over ``httpx.Client`` and threads.

One background thread per client (started with its first job, ended by ``close()``)
reads the session stream while any job is pending and feeds the shared core under one
condition variable; every waiting call (``result``, iteration) wakes on it. ``submit``
joins the queue from a short-lived thread so it returns at once; ``predict`` joins from
the calling thread.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from podium_client import _api
from podium_client._exceptions import ClientError, ConnectionFailed, UploadError
from podium_client._files import local_files, replace_files, uploaded
from podium_client._job_state import JobState, Stage, Status, Update
from podium_client._protocol import STREAM_ATTEMPTS, ClientCore, Request, SessionRouter
from podium_client._results import planned_downloads, shape, visible, with_local_paths
from podium_client._settings import (
    DEFAULT_DOWNLOAD_DIR,
    DEFAULT_TIMEOUT,
    download_directory,
    stream_timeout,
)

if TYPE_CHECKING:
    import httpx
else:
    from podium_client._deferred import httpx


class Client:
    """A connection to one Podium or Gradio app.

    ``Client("http://127.0.0.1:7860/", auth=("user", "pass"))`` loads the app's API at
    once. ``download_dir`` is where files the app returns are saved (``None`` keeps them
    as file data dicts instead of downloading).
    """

    def __init__(
        self,
        url: str,
        auth: tuple[str, str] | None = None,
        headers: dict[str, str] | None = None,
        *,
        download_dir: str | Path | None = DEFAULT_DOWNLOAD_DIR,
        session_hash: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self._core = ClientCore(url, session_hash)
        self._http = httpx.Client(headers=headers, timeout=timeout, follow_redirects=True)
        self._download_dir = download_directory(download_dir)
        self._changed = threading.Condition()
        self._router = SessionRouter()
        self._reader: threading.Thread | None = None
        self._closed = False
        self._downloads: dict[str, Path] = {}
        self._download_lock = threading.Lock()
        try:
            self._connect(auth)
        except BaseException:
            self.close()
            raise

    # -- connecting ----------------------------------------------------------------------

    def _send(self, request: Request) -> httpx.Response:
        try:
            return self._http.request(
                request.method, request.url, json=request.json, data=request.data, params=request.params
            )
        except httpx.HTTPError as exc:
            raise ConnectionFailed(f"Could not reach {request.url}: {exc}") from exc

    def _connect(self, auth: tuple[str, str] | None) -> None:
        core = self._core
        if auth is not None:
            answer = self._send(core.login_request(*auth))
            core.check_login(answer.status_code, answer.content)
        answer = self._send(core.config_request())
        core.read_config(answer.status_code, answer.content, logged_in=auth is not None)
        answer = self._send(core.info_request())
        core.read_info(answer.status_code, answer.content)

    @property
    def url(self) -> str:
        return self._core.root

    @property
    def session_hash(self) -> str:
        return self._core.session_hash

    @property
    def endpoints(self) -> list[str]:
        """The api_names this client can call."""
        return sorted(self._core.catalog.by_name)

    def view_api(
        self, print_info: bool = True, return_format: Literal["dict", "str"] = "dict"
    ) -> dict[str, Any] | str:
        """Print (unless told not to) and return the app's API: the raw info dict or the text."""
        text = _api.describe(self._core.catalog, self._core.root)
        if print_info:
            print(text)
        return text if return_format == "str" else self._core.catalog.info

    # -- calling -------------------------------------------------------------------------

    def predict(self, *args: Any, api_name: str | None = None, fn_index: int | None = None, **kwargs: Any) -> Any:
        """Call an endpoint and wait for its result (the last output of a generator)."""
        job = self._job(args, kwargs, api_name, fn_index)
        job._start()  # in this thread: one hand-off fewer than submit()
        return job.result()

    def submit(self, *args: Any, api_name: str | None = None, fn_index: int | None = None, **kwargs: Any) -> Job:
        """Start a call and return its ``Job`` at once (iterate it for streamed outputs)."""
        job = self._job(args, kwargs, api_name, fn_index)
        threading.Thread(target=job._start, name="podium-client-submit", daemon=True).start()
        return job

    def _job(self, args: tuple[Any, ...], kwargs: dict[str, Any], api_name: str | None, fn_index: int | None) -> Job:
        if self._closed:
            raise ClientError("This client is closed")
        endpoint = self._core.catalog.find(api_name, fn_index)
        return Job(self, endpoint, endpoint.bind(args, kwargs))

    def _upload_files(self, data: list[Any]) -> list[Any]:
        pending = local_files(data)
        if not pending:
            return data
        opened = []
        try:
            for item in pending:
                try:
                    opened.append(open(item["path"], "rb"))  # noqa: SIM115 - closed below
                except OSError as exc:
                    raise UploadError(f"Cannot read {item['path']}: {exc}") from exc
            files = [("files", (item.get("orig_name") or Path(item["path"]).name, f)) for item, f in zip(pending, opened, strict=True)]
            try:
                answer = self._http.post(self._core.upload_url(), files=files)
            except httpx.HTTPError as exc:
                raise ConnectionFailed(f"Upload to {self._core.root} failed: {exc}") from exc
            paths = self._core.read_upload(answer.status_code, answer.content, len(pending))
        finally:
            for f in opened:
                f.close()
        sent = {id(item): uploaded(item, path, Path(item["path"]).stat().st_size) for item, path in zip(pending, paths, strict=True)}
        return replace_files(data, lambda f: sent.get(id(f), f))

    def _register(self, state: JobState, event_id: str) -> None:
        with self._changed:
            self._router.register(event_id, state)
            if self._reader is None and not self._closed:
                # One reader per client, started with its first job and kept for its life:
                # a thread per call would cost a thread start on every predict().
                self._reader = threading.Thread(target=self._read_streams, name="podium-client-stream", daemon=True)
                self._reader.start()
            self._changed.notify_all()

    def _read_streams(self) -> None:
        """While jobs are pending, hold the session stream open (reopening it as the
        server closes it); in between, sleep on the condition until the next job."""
        failures = 0
        while True:
            with self._changed:
                self._changed.wait_for(lambda: self._router.pending or self._closed)
                if self._closed:
                    return
            try:
                self._read_one_stream()
                failures = 0
            except (httpx.HTTPError, ClientError) as exc:
                failures += 1
                if failures >= STREAM_ATTEMPTS or self._closed:
                    failures = 0
                    with self._changed:
                        self._router.fail_all(ConnectionFailed(f"Lost the stream of results: {exc}"))
                        self._changed.notify_all()
            with self._changed:
                self._router.stream_ended()

    def _read_one_stream(self) -> None:
        request = self._core.stream_request()
        with self._http.stream("GET", request.url, params=request.params, timeout=stream_timeout(self._http)) as answer:
            if answer.status_code >= 400:
                answer.read()
                raise ClientError(f"the app answered {answer.status_code} to the stream request")
            closing = False
            for line in answer.iter_lines():
                if closing:
                    continue  # the server ends the response right after close_stream: read
                    # to its end so the connection goes back to the pool for the next call
                with self._changed:
                    closing = self._router.feed_line(line)
                    self._changed.notify_all()
                if self._closed:
                    return

    def _cancel_on_server(self, endpoint: _api.Endpoint, event_id: str) -> None:
        # Best effort: the job is already cancelled for us; the server may have ended it anyway
        with contextlib.suppress(ClientError):
            self._send(self._core.cancel_request(endpoint, event_id))

    def _present(self, endpoint: _api.Endpoint, wire: list[Any]) -> Any:
        values = visible(endpoint, wire)
        if self._download_dir is None:
            return shape(values)
        core = self._core
        plan = planned_downloads(core.root, core.api_prefix, self._download_dir, values)
        local = {url: self._download(url, target) for url, target in plan.items()}
        return shape(with_local_paths(values, core.root, core.api_prefix, local))

    def _download(self, url: str, target: Path) -> Path:
        with self._download_lock:
            if url in self._downloads:
                return self._downloads[url]
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(target.name + ".part")
            try:
                with self._http.stream("GET", url) as answer:
                    if answer.status_code >= 400:
                        raise ClientError(f"Could not download {url}: HTTP {answer.status_code}")
                    with partial.open("wb") as out:
                        for chunk in answer.iter_bytes():
                            out.write(chunk)
            except httpx.HTTPError as exc:
                raise ConnectionFailed(f"Could not download {url}: {exc}") from exc
            partial.replace(target)
            self._downloads[url] = target
            return target

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        """Stop reading streams and release connections (pending jobs are not cancelled)."""
        with self._changed:
            self._closed = True
            self._router.fail_all(ClientError("The client was closed"))
            self._changed.notify_all()
        self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<podium_client.Client {self._core.root} endpoints={self.endpoints}>"


class Job:
    """A submitted call. Iterate it for each output as it arrives; ``result()`` waits."""

    def __init__(self, client: Client, endpoint: _api.Endpoint, data: list[Any]) -> None:
        self._client = client
        self._endpoint = endpoint
        self._data = data
        self._state = JobState()

    def _start(self) -> None:
        client, state = self._client, self._state
        try:
            data = client._upload_files(self._data)
            answer = client._send(client._core.join_request(self._endpoint, data))
            event_id = client._core.read_join(answer.status_code, answer.content)
        except ClientError as exc:
            with client._changed:
                state.fail(exc)
                client._changed.notify_all()
            return
        with client._changed:
            cancelled = state.cancel_requested
            if not cancelled:
                client._register(state, event_id)
        if cancelled:
            client._cancel_on_server(self._endpoint, event_id)

    @property
    def event_id(self) -> str | None:
        return self._state.event_id

    def status(self) -> Status:
        with self._client._changed:
            return self._state.status

    def done(self) -> bool:
        with self._client._changed:
            return self._state.done

    def outputs(self) -> list[Any]:
        """Every output so far (for a generator, one per yield)."""
        with self._client._changed:
            wire = list(self._state.outputs)
        return [self._client._present(self._endpoint, w) for w in wire]

    def result(self, timeout: float | None = None) -> Any:
        """Wait for the job; its final output, or raise ``AppError``/``JobCancelledError``."""
        with self._client._changed:
            if not self._client._changed.wait_for(lambda: self._state.done, timeout):
                raise TimeoutError(f"{self._endpoint.label} did not finish within {timeout} s")
            state = self._state
            if state.error is not None:
                raise state.error
            final = state.final
        return self._client._present(self._endpoint, final or [])

    def __iter__(self) -> Iterator[Any]:
        """Each output as the app sends it; stops when the job ends (raises if it failed)."""
        for update in self.updates():
            if update.kind == "output" and update.output is not None:
                yield self._client._present(self._endpoint, update.output)
        with self._client._changed:
            error = self._state.error
        if error is not None and self._state.status.stage is Stage.FAILED:
            raise error

    def updates(self, timeout: float | None = None) -> Iterator[Update]:
        """Every status, progress, log and output update, in order, until the job ends."""
        seen = 0
        changed = self._client._changed
        while True:
            with changed:
                if not changed.wait_for(functools.partial(self._has_news, seen), timeout):
                    raise TimeoutError(f"no update from {self._endpoint.label} within {timeout} s")
                fresh = self._state.updates[seen:]
                seen += len(fresh)
                finished = self._state.done
            yield from fresh
            if finished and seen == len(self._state.updates):
                return

    def _has_news(self, seen: int) -> bool:
        return len(self._state.updates) > seen or self._state.done

    def cancel(self) -> bool:
        """Stop the job (on the server too). False when it had already finished."""
        changed = self._client._changed
        with changed:
            if self._state.done:
                return False
            self._state.cancel_requested = True
            event_id = self._state.event_id
            self._state.cancelled()
            self._client._router.forget(event_id)
            changed.notify_all()
        if event_id is not None:
            self._client._cancel_on_server(self._endpoint, event_id)
        return True

    def __repr__(self) -> str:
        return f"<Job {self._endpoint.label} {self._state.status.stage.value}>"
