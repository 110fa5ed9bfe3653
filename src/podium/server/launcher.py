"""`demo.launch()`: serves the app with uvicorn on a background thread."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import uvicorn

from podium.server.app import create_app
from podium.server.page_styling import apply_launch_styling

if TYPE_CHECKING:
    from podium.blocks.blocks import Blocks

DEFAULT_PORT = 7860
PORT_SEARCH = 100
_IGNORED = {
    "inline", "inbrowser", "debug", "height", "width", "favicon_path", "show_api", "app_kwargs",
    "state_session_capacity", "share_server_address", "share_server_protocol", "share_server_tls_certificate",
    "enable_monitoring", "strict_cors", "node_server_name", "node_port", "ssr_mode", "pwa",
    "i18n", "enable_queue",
    "_frontend", "ssl_verify", "ssl_keyfile_password",
    "private_endpoint", "show_tips", "ssl_keyfile", "ssl_certfile", "allowed_hosts", "share",
    "auth_dependency",
}


class Server:
    """A uvicorn server running on its own thread."""

    def __init__(self, app: Any, host: str, port: int) -> None:
        # uvicorn's own start-up lines stay quiet: launch() prints the URL, as Gradio does.
        config = uvicorn.Config(app, host=host, port=port, log_level="warning",
                                access_log=False, lifespan="on", timeout_graceful_shutdown=2)
        self.app = app
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="podium-server", daemon=True)

    def start(self, timeout: float = 20) -> None:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive():
                raise OSError("The Podium server failed to start (see the log above).")
            if time.monotonic() > deadline:
                raise TimeoutError("The Podium server did not start in time.")
            time.sleep(0.01)

    def close(self) -> None:
        # Long-lived streams (heartbeats, queue streams) would hold a graceful shutdown
        # open: ask them to end first.
        self.app.state.podium.request_shutdown()
        self.server.should_exit = True
        self.thread.join(timeout=10)


def _env(*names: str) -> str | None:
    for name in names:
        value = os.environ.get(name)
        if value:
            return value
    return None


def _port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as probe:
        # As uvicorn binds: a port whose old connections linger in TIME_WAIT is free.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def choose_port(host: str, requested: int | None) -> int:
    if requested is not None:
        if not _port_free(host, requested):
            raise OSError(f"Cannot start Podium on {host}:{requested}: the port is in use. Pick another server_port.")
        return requested
    for port in range(DEFAULT_PORT, DEFAULT_PORT + PORT_SEARCH):
        if _port_free(host, port):
            return port
    raise OSError(f"No free port found in {DEFAULT_PORT}-{DEFAULT_PORT + PORT_SEARCH - 1}; set server_port.")


def launch(
    blocks: Blocks,
    *,
    share: bool | None = None,
    server_name: str | None = None,
    server_port: int | None = None,
    prevent_thread_lock: bool = False,
    quiet: bool = False,
    show_error: bool = False,
    max_threads: int = 40,
    root_path: str | None = None,
    auth: Any = None,
    auth_message: str | None = None,
    theme: Any = None,
    css: str | None = None,
    js: str | None = None,
    head: str | None = None,
    css_paths: str | Path | Sequence[str | Path] | None = None,
    head_paths: str | Path | Sequence[str | Path] | None = None,
    max_file_size: str | int | None = None,
    allowed_paths: list[str] | None = None,
    blocked_paths: list[str] | None = None,
    mcp_server: bool | None = None,
    footer_links: list[Any] | None = None,
    **options: Any,
) -> tuple[Any, str, None]:
    """Serves `blocks` at http://server_name:server_port and (by default) blocks until Ctrl+C."""
    unknown = set(options) - _IGNORED
    if unknown:
        raise TypeError(f"launch() got unexpected keyword argument(s): {', '.join(sorted(unknown))}")
    apply_launch_styling(blocks, theme=theme, css=css, css_paths=css_paths, js=js, head=head, head_paths=head_paths)
    if footer_links is not None:
        if not isinstance(footer_links, (list, tuple)):
            raise TypeError(f"footer_links must be a list such as ['api', 'settings'], got {footer_links!r}")
        blocks.footer_links = list(footer_links)
    host = server_name or _env("PODIUM_SERVER_NAME", "GRADIO_SERVER_NAME") or "127.0.0.1"
    env_port = _env("PODIUM_SERVER_PORT", "GRADIO_SERVER_PORT")
    port = choose_port(host, server_port if server_port is not None else (int(env_port) if env_port else None))
    root = root_path if root_path is not None else (_env("PODIUM_ROOT_PATH", "GRADIO_ROOT_PATH") or "")
    app = create_app(blocks, auth=auth, auth_message=auth_message, root_path=root, show_error=show_error,
                     max_threads=max_threads, max_file_size=max_file_size, allowed_paths=allowed_paths,
                     blocked_paths=blocked_paths, mcp_server=mcp_server)
    if blocks.server is not None:
        blocks.close()
    server = Server(app, host, port)
    server.start()
    blocks.server = server
    display_host = "localhost" if host in ("0.0.0.0", "::") else host
    local_url = f"http://{display_host}:{port}/"
    if not quiet:
        print(f"* Running on local URL:  {local_url}")
        if share:
            print("* Share links are not available in Podium: serve the app on a host you control "
                  "(server_name=\"0.0.0.0\") or behind a reverse proxy instead.")
        print("* To stop the server, press Ctrl+C.")
        if blocks.mcp_server:
            print(f"\n🔨 Launching MCP server:\n* Streamable HTTP URL: {local_url}gradio_api/mcp/")
    if not prevent_thread_lock:
        try:
            while server.thread.is_alive():
                time.sleep(0.2)
        except KeyboardInterrupt:
            print("* Keyboard interruption: closing server.")
        finally:
            blocks.close()
    return app, local_url, None
