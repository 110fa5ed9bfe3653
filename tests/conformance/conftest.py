"""Live apps for the client conformance suites: the same app under Podium (in-process
uvicorn) and under the real Gradio (a subprocess of the Gradio venv), one of each per
test session, so every suite can be parametrised over both."""

from __future__ import annotations

import os
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

import podium
from tests.conformance import client_suite_app
from tests.conftest import free_port

REPO = Path(__file__).resolve().parents[2]
APP_FILE = Path(client_suite_app.__file__).resolve()
GRADIO_START_TIMEOUT_S = 120.0


def gradio_python() -> str:
    """The interpreter with gradio 6.31 that ./scripts/test builds (.venv-gradio)."""
    override = os.environ.get("PODIUM_GRADIO_PYTHON")
    if override:
        return override
    python = REPO / ".venv-gradio" / "bin" / "python"
    if not python.exists():
        pytest.fail(
            f"{python} is missing: ./scripts/test builds it (or set PODIUM_GRADIO_PYTHON "
            "to an interpreter that has gradio 6.31 installed)"
        )
    return str(python)


def _wait_until_serving(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + GRADIO_START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the Gradio app exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url + "config", timeout=2):
                return
        except urllib.error.HTTPError:
            return  # answering (401 when the app wants a login): it is up
        except OSError:
            time.sleep(0.1)  # readiness poll while the server boots, not a wait-to-pass
    raise RuntimeError(f"the Gradio app did not serve within {GRADIO_START_TIMEOUT_S} s:\n{log.read_text()[-3000:]}")


def _gradio_server(tmp_dir: Path, *extra: str) -> Iterator[str]:
    port = free_port()
    log = tmp_dir / f"gradio-{port}.log"
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1", "PYTHONUNBUFFERED": "1"}
    env.pop("PYTHONPATH", None)
    with log.open("wb") as out:
        process = subprocess.Popen(
            [gradio_python(), str(APP_FILE), "--port", str(port), *extra],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=tmp_dir,
        )
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_until_serving(url, process, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def gradio_suite_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from _gradio_server(tmp_path_factory.mktemp("gradio-app"))


@pytest.fixture(scope="session")
def gradio_suite_auth_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from _gradio_server(tmp_path_factory.mktemp("gradio-auth-app"), "--auth")


def _podium_server(**launch_kwargs: object) -> Iterator[str]:
    demo = client_suite_app.build(podium)
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True, **launch_kwargs)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        demo.close()


@pytest.fixture(scope="session")
def podium_suite_url() -> Iterator[str]:
    yield from _podium_server()


@pytest.fixture(scope="session")
def podium_suite_auth_url() -> Iterator[str]:
    yield from _podium_server(auth=client_suite_app.AUTH)


@pytest.fixture(params=["podium", "gradio"])
def suite_url(request: pytest.FixtureRequest) -> str:
    """The client suite's app, once served by Podium and once by the real Gradio."""
    return str(request.getfixturevalue(f"{request.param}_suite_url"))


@pytest.fixture(params=["podium", "gradio"])
def suite_auth_url(request: pytest.FixtureRequest) -> str:
    """The same app behind a login (``client_suite_app.AUTH``)."""
    return str(request.getfixturevalue(f"{request.param}_suite_auth_url"))

