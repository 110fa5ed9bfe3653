"""podium_client (blocking face) against a live app: every test runs once against Podium
and once against the real Gradio 6.31 serving the same app (client_suite_app.py)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from podium_client import (
    AppError,
    ArgumentError,
    AuthenticationError,
    Client,
    ConnectionFailed,
    EndpointNotFoundError,
    JobCancelledError,
    Stage,
    handle_file,
)
from tests.conformance.client_suite_app import AUTH, SLOW_STEP_S
from tests.conftest import free_port


@pytest.fixture
def client(suite_url: str, tmp_path: Path):
    with Client(suite_url, download_dir=tmp_path / "downloads") as client:
        yield client


def test_predict_returns_the_functions_value(client: Client):
    assert client.predict("World", api_name="/greet") == "Hello World!"
    assert client.predict(name="Keyword", api_name="greet") == "Hello Keyword!"


def test_several_outputs_come_back_as_a_tuple(client: Client):
    assert client.predict("ab", 2.5, api_name="/pair") == ("AB", 5)


def test_generator_outputs_stream_one_per_yield(client: Client):
    job = client.submit(4, api_name="/count")
    assert list(job) == ["0", "0 1", "0 1 2", "0 1 2 3"]
    assert job.result() == "0 1 2 3"
    assert job.status().stage is Stage.FINISHED and job.done()
    assert job.outputs() == ["0", "0 1", "0 1 2", "0 1 2 3"]


def test_progress_updates_reach_the_client(client: Client):
    job = client.submit(3, api_name="/count")
    progress = [u.status.progress[0] for u in job.updates() if u.kind == "progress" and u.status.progress]
    assert progress, "no progress update arrived"
    assert {p.length for p in progress} == {3}
    # Gradio throttles progress messages, so which steps are reported varies; what they say does not.
    assert all(p.desc == "counting" and 0 <= (p.index or 0) <= 3 for p in progress)
    stages = [u.status.stage for u in job.updates()]
    assert stages[-1] is Stage.FINISHED and Stage.PROCESSING in stages


def test_file_round_trip_is_byte_exact_and_lands_in_the_download_dir(client: Client, tmp_path: Path):
    original = os.urandom(300_000)
    source = tmp_path / "noise.bin"
    source.write_bytes(original)
    result = client.predict(handle_file(source), api_name="/reverse_file")
    out = Path(result)
    assert out.is_relative_to(tmp_path / "downloads")
    assert out.name == "reversed-noise.bin"
    assert out.read_bytes() == original[::-1]
    # A pathlib.Path argument is uploaded the same way.
    assert Path(client.predict(source, api_name="/reverse_file")).read_bytes() == original[::-1]


def test_app_error_carries_the_functions_message(client: Client):
    with pytest.raises(AppError, match="Cannot greet Bob") as caught:
        client.predict("Bob", api_name="/explode")
    assert caught.value.message == "Cannot greet Bob"
    job = client.submit("Eve", api_name="/explode")
    with pytest.raises(AppError, match="Cannot greet Eve"):
        list(job)
    assert job.status().stage is Stage.FAILED


def test_cancel_stops_the_job_on_the_server(client: Client):
    steps = 100  # 10 s if nothing stops it
    job = client.submit(steps, api_name="/slow")
    first = next(iter(job))
    assert first == 0
    assert job.cancel() is True
    assert job.status().stage is Stage.CANCELLED
    with pytest.raises(JobCancelledError):
        job.result(timeout=5)
    # /slow runs one at a time: the next call only starts once the server dropped the first.
    started = time.monotonic()
    assert client.predict(2, api_name="/slow") == 1
    assert time.monotonic() - started < steps * SLOW_STEP_S / 2
    assert job.cancel() is False


def test_unknown_api_name_lists_the_valid_ones(client: Client):
    with pytest.raises(EndpointNotFoundError) as caught:
        client.predict("x", api_name="/nope")
    assert "/nope" in str(caught.value)
    assert {"/greet", "/count", "/reverse_file"} <= set(caught.value.available)


def test_arguments_are_checked_against_the_parameters(client: Client):
    with pytest.raises(ArgumentError, match="missing required argument"):
        client.predict(api_name="/greet")
    with pytest.raises(ArgumentError, match="no parameter 'nom'"):
        client.predict(nom="x", api_name="/greet")
    with pytest.raises(ArgumentError, match="takes 1 argument"):
        client.predict("a", "b", api_name="/greet")


def test_view_api_prints_and_returns_the_description(client: Client, capsys: pytest.CaptureFixture[str]):
    info = client.view_api()
    printed = capsys.readouterr().out
    assert "client.predict(name, api_name='/greet')" in printed
    assert "name: str" in printed and "/reverse_file" in printed
    assert info["named_endpoints"]["/greet"]["parameters"][0]["parameter_name"] == "name"
    assert client.view_api(print_info=False, return_format="str") + "\n" == printed


def test_state_is_kept_per_client_and_hidden_from_it(suite_url: str):
    with Client(suite_url) as first, Client(suite_url) as second:
        assert first.predict("a", api_name="/tally") == "a:1"
        assert first.predict("b", api_name="/tally") == "b:2"
        assert second.predict("c", api_name="/tally") == "c:1"


def test_many_jobs_in_flight_on_one_client_all_finish(client: Client):
    jobs = [client.submit(f"n{i}", api_name="/greet") for i in range(20)]
    assert [job.result(timeout=30) for job in jobs] == [f"Hello n{i}!" for i in range(20)]


def test_login_with_auth(suite_auth_url: str):
    with Client(suite_auth_url, auth=AUTH) as client:
        assert client.predict("Ada", api_name="/greet") == "Hello Ada!"
    with pytest.raises(AuthenticationError, match="Could not log in"):
        Client(suite_auth_url, auth=("ada", "wrong"))
    with pytest.raises(AuthenticationError, match="requires a login"):
        Client(suite_auth_url)


def test_unreachable_app_raises_connection_failed():
    with pytest.raises(ConnectionFailed, match="Could not reach"):
        Client(f"http://127.0.0.1:{free_port()}/")


def test_download_dir_none_returns_the_file_data(podium_suite_url: str, tmp_path: Path):
    source = tmp_path / "small.txt"
    source.write_bytes(b"abc")
    with Client(podium_suite_url, download_dir=None) as client:
        data = client.predict(handle_file(source), api_name="/reverse_file")
    assert data["orig_name"] == "reversed-small.txt" and data["size"] == 3
    assert data["url"].startswith(podium_suite_url.rstrip("/") + "/gradio_api/file=")
