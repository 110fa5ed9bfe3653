"""podium_client's I/O-free core: stream parsing, diffs, argument binding, job states,
its public surface, and that importing it stays light."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

import podium_client
from podium_client._api import ApiCatalog
from podium_client._diff import apply_edits
from podium_client._job_state import JobState, Stage
from podium_client._protocol import SessionRouter
from podium_client._sse import SSEDecoder

CONFIG = {
    "components": [{"id": 1, "type": "textbox"}, {"id": 2, "type": "state"}, {"id": 3, "type": "number"}],
    "dependencies": [{"id": 0, "api_name": "go", "inputs": [2, 1, 3], "outputs": [2, 1], "types": {}}],
}
INFO = {
    "named_endpoints": {
        "/go": {
            "parameters": [
                {"parameter_name": "text", "parameter_has_default": False, "component": "Textbox"},
                {"parameter_name": "n", "parameter_has_default": True, "parameter_default": 7, "component": "Number"},
            ],
            "returns": [{"label": "Out", "component": "Textbox"}],
        }
    },
    "unnamed_endpoints": {},
}


def test_public_surface_is_exactly_all():
    public = {name for name in dir(podium_client) if not name.startswith("_")}
    assert public == set(podium_client.__all__)


def test_import_loads_no_server_and_no_ml_library():
    code = (
        "import json, sys, time; t = time.perf_counter(); import podium_client; "
        "print(json.dumps([time.perf_counter() - t, sorted(sys.modules)]))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    _, modules = json.loads(done.stdout)
    heavy = {"podium", "gradio", "gradio_client", "numpy", "pandas", "PIL", "torch", "matplotlib"}
    assert heavy.isdisjoint(m.split(".")[0] for m in modules)


def test_taking_client_defers_httpx_until_a_client_is_made():
    code = textwrap.dedent(
        """
        import sys
        from podium_client import AsyncClient, Client
        print("httpx" in sys.modules)
        try:
            Client("http://127.0.0.1:9/", download_dir=None)
        except Exception as exc:
            print(type(exc).__name__)
        print("httpx" in sys.modules)
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # Nothing listens on port 9: the client must import httpx, try, and fail cleanly.
    assert done.stdout.split() == ["False", "ConnectionFailed", "True"]


def test_sse_decoder_joins_data_lines_and_skips_comments():
    decoder = SSEDecoder()
    frames = [decoder.feed(line) for line in [": keep-alive", "event: complete", "data: [1,", "data: 2]", ""]]
    assert frames[:4] == [None] * 4
    assert frames[4] is not None and frames[4].event == "complete" and json.loads(frames[4].data) == [1, 2]


def test_edits_rebuild_values_without_touching_the_old_ones():
    old = {"rows": [[1, 2]], "text": "ab"}
    new = apply_edits(old, [["append", ["text"], "c"], ["add", ["rows", 1], [3]], ["replace", ["rows", 0, 1], 9]])
    assert new == {"rows": [[1, 9], [3]], "text": "abc"}
    assert old == {"rows": [[1, 2]], "text": "ab"}
    assert apply_edits([1, 2, 3], [["delete", [1], None]]) == [1, 3]


def test_binding_fills_defaults_and_state_slots():
    endpoint = ApiCatalog.build(CONFIG, INFO).find("go", None)
    assert endpoint.bind(["hi"], {}) == [None, "hi", 7]
    assert endpoint.bind([], {"text": "x", "n": 1}) == [None, "x", 1]
    assert endpoint.visible_outputs(["state", "shown"]) == ["shown"]


def test_endpoint_lookup_by_name_index_or_sole_endpoint():
    catalog = ApiCatalog.build(CONFIG, INFO)
    assert catalog.find("/go", None) is catalog.find(None, 0) is catalog.find(None, None)
    with pytest.raises(podium_client.EndpointNotFoundError, match="Available endpoints: /go"):
        catalog.find("/gone", None)


def test_generator_messages_become_full_outputs_then_a_result():
    job = JobState()
    router = SessionRouter()
    messages = [
        {"msg": "estimation", "event_id": "e", "rank": 2, "queue_size": 3, "rank_eta": 1.5},
        {"msg": "process_generating", "event_id": "e", "output": {"data": ["a"]}, "success": True},
        {"msg": "process_generating", "event_id": "e", "output": {"data": [[["append", [], "b"]]]}, "success": True},
        {"msg": "process_completed", "event_id": "e", "output": {"data": ["ab"]}, "success": True},
    ]
    # The first message arrives before the join answer named the event: it must wait.
    router.feed_line(f"data: {json.dumps(messages[0])}")
    router.feed_line("")
    router.register("e", job)
    assert job.status.stage is Stage.QUEUED and job.status.rank == 2
    for message in messages[1:]:
        router.feed_line(f"data: {json.dumps(message)}")
        router.feed_line("")
    assert job.outputs == [["a"], ["ab"]]
    assert job.final == ["ab"] and job.status.stage is Stage.FINISHED
    assert not router.pending
    assert router.feed_line('data: {"msg": "close_stream", "event_id": null}') is False
    assert router.feed_line("") is True


@pytest.mark.parametrize(
    "completion",
    [
        {"output": {}, "success": True},  # what Gradio sends after a cancel
        {"output": {"error": None}, "success": False},  # what Podium sends
    ],
)
def test_a_cancelled_job_stays_cancelled_whatever_the_server_says_next(completion: dict):
    job = JobState()
    job.cancel_requested = True
    job.handle({"msg": "process_completed", "event_id": "e", **completion})
    assert job.status.stage is Stage.CANCELLED
    assert isinstance(job.error, podium_client.JobCancelledError)


def test_failure_keeps_the_apps_message():
    job = JobState()
    job.handle({"msg": "process_completed", "output": {"error": "bad input"}, "success": False, "title": "Error"})
    assert isinstance(job.error, podium_client.AppError)
    assert job.error.message == "bad input" and job.status.stage is Stage.FAILED
