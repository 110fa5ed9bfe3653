"""The asyncio face: ``AsyncClient`` and ``AsyncJob``, over ``httpx.AsyncClient``.

Same core and same surface as the blocking face; one task reads the session stream
while jobs are pending and wakes waiters through one ``asyncio.Condition``.

    async with AsyncClient("http://127.0.0.1:7860/") as client:
        print(await client.predict("World", api_name="/greet"))
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import AsyncIterator
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


class AsyncClient:
    """A connection to one app for asyncio code.

    Connect with ``await AsyncClient.connect(url, ...)`` or ``async with AsyncClient(url)``;
    the constructor itself does no I/O. Arguments as for ``Client``.
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
        self._auth = auth
        self._http = httpx.AsyncClient(headers=headers, timeout=timeout, follow_redirects=True)
        self._download_dir = download_directory(download_dir)
        self._changed = asyncio.Condition()
        self._router = SessionRouter()
        self._stream_task: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[None]] = set()  # strong references until they finish
        self._downloads: dict[str, Path] = {}
        self._download_lock = asyncio.Lock()
        self._connected = False
        self._closed = False

    @classmethod
    async def connect(cls, url: str, **options: Any) -> AsyncClient:
        client = cls(url, **options)
        try:
            await client._connect()
        except BaseException:
            await client.aclose()
            raise
        return client

    async def _send(self, request: Request) -> httpx.Response:
        try:
            return await self._http.request(
                request.method, request.url, json=request.json, data=request.data, params=request.params
            )
        except httpx.HTTPError as exc:
            raise ConnectionFailed(f"Could not reach {request.url}: {exc}") from exc

    async def _connect(self) -> None:
        if self._connected:
            return
        core = self._core
        if self._auth is not None:
            answer = await self._send(core.login_request(*self._auth))
            core.check_login(answer.status_code, answer.content)
        answer = await self._send(core.config_request())
        core.read_config(answer.status_code, answer.content, logged_in=self._auth is not None)
        answer = await self._send(core.info_request())
        core.read_info(answer.status_code, answer.content)
        self._connected = True

    @property
    def url(self) -> str:
        return self._core.root

    @property
    def session_hash(self) -> str:
        return self._core.session_hash

    @property
    def endpoints(self) -> list[str]:
        return sorted(self._core.catalog.by_name)

    def view_api(
        self, print_info: bool = True, return_format: Literal["dict", "str"] = "dict"
    ) -> dict[str, Any] | str:
        self._require_connection()
        text = _api.describe(self._core.catalog, self._core.root)
        if print_info:
            print(text)
        return text if return_format == "str" else self._core.catalog.info

    def _require_connection(self) -> None:
        if self._closed:
            raise ClientError("This client is closed")
        if not self._connected:
            raise ClientError("Connect first: `await AsyncClient.connect(url)` or `async with AsyncClient(url)`")

    # -- calling -------------------------------------------------------------------------

    async def predict(
        self, *args: Any, api_name: str | None = None, fn_index: int | None = None, **kwargs: Any
    ) -> Any:
        job = self._job(args, kwargs, api_name, fn_index)
        await job._start()
        return await job.result()

    def submit(self, *args: Any, api_name: str | None = None, fn_index: int | None = None, **kwargs: Any) -> AsyncJob:
        """Start a call on the running loop and return its ``AsyncJob`` at once."""
        job = self._job(args, kwargs, api_name, fn_index)
        self._spawn(job._start())
        return job

    def _job(self, args: tuple[Any, ...], kwargs: dict[str, Any], api_name: str | None, fn_index: int | None) -> AsyncJob:
        self._require_connection()
        endpoint = self._core.catalog.find(api_name, fn_index)
        return AsyncJob(self, endpoint, endpoint.bind(args, kwargs))

    def _spawn(self, work: Any) -> None:
        task: asyncio.Task[None] = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _upload_files(self, data: list[Any]) -> list[Any]:
        pending = local_files(data)
        if not pending:
            return data
        contents = []
        for item in pending:
            try:
                contents.append(await asyncio.to_thread(Path(item["path"]).read_bytes))
            except OSError as exc:
                raise UploadError(f"Cannot read {item['path']}: {exc}") from exc
        files = [
            ("files", (item.get("orig_name") or Path(item["path"]).name, content))
            for item, content in zip(pending, contents, strict=True)
        ]
        try:
            answer = await self._http.post(self._core.upload_url(), files=files)
        except httpx.HTTPError as exc:
            raise ConnectionFailed(f"Upload to {self._core.root} failed: {exc}") from exc
        paths = self._core.read_upload(answer.status_code, answer.content, len(pending))
        sent = {id(item): uploaded(item, path, len(content)) for item, path, content in zip(pending, paths, contents, strict=True)}
        return replace_files(data, lambda f: sent.get(id(f), f))

    def _register(self, state: JobState, event_id: str) -> None:
        """Called with ``_changed`` held."""
        self._router.register(event_id, state)
        if self._stream_task is None and self._router.pending and not self._closed:
            self._stream_task = asyncio.get_running_loop().create_task(self._read_streams())
        self._changed.notify_all()

    async def _read_streams(self) -> None:
        failures = 0
        while True:
            try:
                await self._read_one_stream()
                failures = 0
            except (httpx.HTTPError, ClientError) as exc:
                failures += 1
                if failures >= STREAM_ATTEMPTS or self._closed:
                    async with self._changed:
                        self._router.fail_all(ConnectionFailed(f"Lost the stream of results: {exc}"))
                        self._stream_task = None
                        self._changed.notify_all()
                    return
            async with self._changed:
                self._router.stream_ended()
                if self._closed or not self._router.pending:
                    self._stream_task = None
                    self._changed.notify_all()
                    return

    async def _read_one_stream(self) -> None:
        request = self._core.stream_request()
        async with self._http.stream(
            "GET", request.url, params=request.params, timeout=stream_timeout(self._http)
        ) as answer:
            if answer.status_code >= 400:
                await answer.aread()
                raise ClientError(f"the app answered {answer.status_code} to the stream request")
            closing = False
            async for line in answer.aiter_lines():
                if closing:
                    continue  # read to the end (the server ends it now): the connection is reused
                async with self._changed:
                    closing = self._router.feed_line(line)
                    self._changed.notify_all()
                if self._closed:
                    return

    async def _cancel_on_server(self, endpoint: _api.Endpoint, event_id: str) -> None:
        # Best effort: already cancelled for us; the server may have ended the job anyway
        with contextlib.suppress(ClientError):
            await self._send(self._core.cancel_request(endpoint, event_id))

    async def _present(self, endpoint: _api.Endpoint, wire: list[Any]) -> Any:
        values = visible(endpoint, wire)
        if self._download_dir is None:
            return shape(values)
        core = self._core
        plan = planned_downloads(core.root, core.api_prefix, self._download_dir, values)
        local = {url: await self._download(url, target) for url, target in plan.items()}
        return shape(with_local_paths(values, core.root, core.api_prefix, local))

    async def _download(self, url: str, target: Path) -> Path:
        async with self._download_lock:
            if url in self._downloads:
                return self._downloads[url]
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(target.name + ".part")
            try:
                async with self._http.stream("GET", url) as answer:
                    if answer.status_code >= 400:
                        raise ClientError(f"Could not download {url}: HTTP {answer.status_code}")
                    with partial.open("wb") as out:
                        async for chunk in answer.aiter_bytes():
                            out.write(chunk)
            except httpx.HTTPError as exc:
                raise ConnectionFailed(f"Could not download {url}: {exc}") from exc
            partial.replace(target)
            self._downloads[url] = target
            return target

    # -- lifecycle -------------------------------------------------------------------------

    async def aclose(self) -> None:
        async with self._changed:
            self._closed = True
            self._router.fail_all(ClientError("The client was closed"))
            self._changed.notify_all()
        tasks = [*self._tasks, *([self._stream_task] if self._stream_task else [])]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self._http.aclose()

    async def __aenter__(self) -> AsyncClient:
        try:
            await self._connect()
        except BaseException:
            await self.aclose()
            raise
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"<podium_client.AsyncClient {self._core.root} endpoints={self.endpoints}>"


class AsyncJob:
    """A submitted call: ``async for`` its outputs, or ``await job.result()``."""

    def __init__(self, client: AsyncClient, endpoint: _api.Endpoint, data: list[Any]) -> None:
        self._client = client
        self._endpoint = endpoint
        self._data = data
        self._state = JobState()

    async def _start(self) -> None:
        client, state = self._client, self._state
        try:
            data = await client._upload_files(self._data)
            answer = await client._send(client._core.join_request(self._endpoint, data))
            event_id = client._core.read_join(answer.status_code, answer.content)
        except ClientError as exc:
            async with client._changed:
                state.fail(exc)
                client._changed.notify_all()
            return
        async with client._changed:
            cancelled = state.cancel_requested
            if not cancelled:
                client._register(state, event_id)
        if cancelled:
            await client._cancel_on_server(self._endpoint, event_id)

    @property
    def event_id(self) -> str | None:
        return self._state.event_id

    def status(self) -> Status:
        return self._state.status

    def done(self) -> bool:
        return self._state.done

    async def outputs(self) -> list[Any]:
        return [await self._client._present(self._endpoint, wire) for wire in list(self._state.outputs)]

    async def result(self, timeout: float | None = None) -> Any:
        changed = self._client._changed
        try:
            async with changed:
                await asyncio.wait_for(changed.wait_for(lambda: self._state.done), timeout)
        except asyncio.TimeoutError:
            raise TimeoutError(f"{self._endpoint.label} did not finish within {timeout} s") from None
        if self._state.error is not None:
            raise self._state.error
        return await self._client._present(self._endpoint, self._state.final or [])

    async def updates(self) -> AsyncIterator[Update]:
        seen = 0
        changed = self._client._changed
        while True:
            async with changed:
                await changed.wait_for(functools.partial(self._has_news, seen))
                fresh = self._state.updates[seen:]
                seen += len(fresh)
                finished = self._state.done
            for update in fresh:
                yield update
            if finished and seen == len(self._state.updates):
                return

    async def _outputs_as_they_come(self) -> AsyncIterator[Any]:
        async for update in self.updates():
            if update.kind == "output" and update.output is not None:
                yield await self._client._present(self._endpoint, update.output)
        if self._state.error is not None and self._state.status.stage is Stage.FAILED:
            raise self._state.error

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._outputs_as_they_come()

    def _has_news(self, seen: int) -> bool:
        return len(self._state.updates) > seen or self._state.done

    async def cancel(self) -> bool:
        async with self._client._changed:
            if self._state.done:
                return False
            self._state.cancel_requested = True
            event_id = self._state.event_id
            self._state.cancelled()
            self._client._router.forget(event_id)
            self._client._changed.notify_all()
        if event_id is not None:
            await self._client._cancel_on_server(self._endpoint, event_id)
        return True

    def __repr__(self) -> str:
        return f"<AsyncJob {self._endpoint.label} {self._state.status.stage.value}>"
