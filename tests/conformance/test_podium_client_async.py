"""podium_client's AsyncClient against a live app, once served by Podium and once by Gradio."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import pytest

from podium_client import (
    AppError,
    AsyncClient,
    AuthenticationError,
    ClientError,
    EndpointNotFoundError,
    JobCancelledError,
    Stage,
    handle_file,
)
from tests.conformance.client_suite_app import AUTH, SLOW_STEP_S

T = TypeVar("T")


def run(scenario: Coroutine[Any, Any, T]) -> T:
    """asyncio.run on a thread of its own: the session's Playwright browser keeps an event
    loop running on the main thread, where asyncio.run refuses to start another."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, scenario).result()


def test_predict_and_concurrent_calls(suite_url: str):
    async def scenario() -> None:
        async with AsyncClient(suite_url) as client:
            assert await client.predict("World", api_name="/greet") == "Hello World!"
            results = await asyncio.gather(*(client.predict(f"n{i}", api_name="/greet") for i in range(10)))
            assert results == [f"Hello n{i}!" for i in range(10)]
            assert await client.predict("ab", 1, api_name="/pair") == ("AB", 2)

    run(scenario())


def test_generator_streams_through_async_iteration(suite_url: str):
    async def scenario() -> None:
        client = await AsyncClient.connect(suite_url)
        try:
            job = client.submit(3, api_name="/count")
            assert [out async for out in job] == ["0", "0 1", "0 1 2"]
            assert await job.result() == "0 1 2"
            kinds = [u.kind async for u in job.updates()]
            assert "progress" in kinds and kinds.count("output") == 3
            assert job.status().stage is Stage.FINISHED
        finally:
            await client.aclose()

    run(scenario())


def test_file_round_trip(suite_url: str, tmp_path: Path):
    original = os.urandom(120_000)
    source = tmp_path / "blob.bin"
    source.write_bytes(original)

    async def scenario() -> Path:
        async with AsyncClient(suite_url, download_dir=tmp_path / "got") as client:
            return Path(await client.predict(handle_file(source), api_name="/reverse_file"))

    out = run(scenario())
    assert out.is_relative_to(tmp_path / "got")
    assert out.read_bytes() == original[::-1]


def test_errors(suite_url: str):
    async def scenario() -> None:
        async with AsyncClient(suite_url) as client:
            with pytest.raises(AppError, match="Cannot greet Bob"):
                await client.predict("Bob", api_name="/explode")
            with pytest.raises(EndpointNotFoundError, match="/greet"):
                await client.predict("x", api_name="/missing")

    run(scenario())


def test_cancel(suite_url: str):
    steps = 100

    async def scenario() -> None:
        async with AsyncClient(suite_url) as client:
            job = client.submit(steps, api_name="/slow")
            async for first in job:
                assert first == 0
                break
            assert await job.cancel() is True
            with pytest.raises(JobCancelledError):
                await job.result(timeout=5)
            started = time.monotonic()
            assert await client.predict(2, api_name="/slow") == 1
            assert time.monotonic() - started < steps * SLOW_STEP_S / 2

    run(scenario())


def test_auth(suite_auth_url: str):
    async def scenario() -> None:
        async with AsyncClient(suite_auth_url, auth=AUTH) as client:
            assert await client.predict("Ada", api_name="/greet") == "Hello Ada!"
        with pytest.raises(AuthenticationError):
            await AsyncClient.connect(suite_auth_url, auth=("ada", "nope"))

    run(scenario())


def test_calls_need_a_connection_first(suite_url: str):
    client = AsyncClient(suite_url)
    with pytest.raises(ClientError, match="Connect first"):
        client.submit("x", api_name="/greet")
    run(client.aclose())
