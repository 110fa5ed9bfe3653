"""`Blocks`: the app itself — a layout tree plus the listeners wired between components."""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from podium._version import GRADIO_PROTOCOL_VERSION, __version__
from podium.blocks import context
from podium.blocks.block import Block, BlockContext
from podium.blocks.dependency import (
    Dependency,
    DependencyHandle,
    as_component_list,
    dependency_kwargs,
)
from podium.blocks.event_data import (
    CopyData,
    DeletedFileData,
    DownloadData,
    EditData,
    EventData,
    KeyUpData,
    LikeData,
    RetryData,
    SelectData,
    UndoData,
)
from podium.blocks.fn_signature import inspect_fn
from podium.components._base import Component
from podium.components.state import State
from podium.components.timer import Timer
from podium.request import Request

if TYPE_CHECKING:
    from podium.server.launcher import Server

# Parameters annotated with these (or subclasses) are filled in, not fed from inputs.
INJECTABLE_TYPES: tuple[type, ...] = (
    Request, EventData, SelectData, KeyUpData, DeletedFileData, DownloadData,
    LikeData, RetryData, UndoData, EditData, CopyData,
)


# Styling arguments that belong to launch() (accepted by Blocks() with a warning).
LAUNCH_STYLING_ARGS = ("theme", "css", "css_paths", "js", "head", "head_paths")


def _stacklevel_of_caller() -> int:
    """The warnings stacklevel that points at the app's own line (past Podium's frames)."""
    package_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    level, frame = 1, sys._getframe(1)
    while frame.f_back is not None and os.path.abspath(frame.f_code.co_filename).startswith(package_dir):
        frame = frame.f_back
        level += 1
    return level


def _default_concurrency_limit() -> int | None:
    raw = os.environ.get("GRADIO_DEFAULT_CONCURRENCY_LIMIT") or os.environ.get("PODIUM_DEFAULT_CONCURRENCY_LIMIT")
    if raw is None:
        return 1
    return None if raw.lower() == "none" else int(raw)


class QueueSettings:
    """What `demo.queue(...)` configures."""

    def __init__(self) -> None:
        self.default_concurrency_limit: int | None = _default_concurrency_limit()
        self.max_size: int | None = None
        self.api_open = True
        self.status_update_rate: float | str = "auto"


class Blocks(BlockContext):
    """An app built from components and layouts inside `with Blocks() as demo:`."""

    TYPE = "blocks"

    def __init__(
        self,
        *,
        analytics_enabled: bool | None = None,
        mode: str = "blocks",
        title: str = "Podium",
        fill_height: bool = False,
        fill_width: bool = False,
        delete_cache: tuple[int, int] | None = None,
        **legacy: Any,
    ) -> None:
        self.title = title
        self.mode = mode
        self.fill_height = fill_height
        self.fill_width = fill_width
        self.delete_cache = delete_cache
        self.analytics_enabled = False
        self.css: str | None = None
        self.js: str | None = None
        self.head: str | None = None
        self.theme: Any = None
        self.css_paths: Any = None
        self.head_paths: Any = None
        moved = [name for name in LAUNCH_STYLING_ARGS if name in legacy]
        if moved:
            # Gradio 6 moved these to launch(); it still honours them here, with a UserWarning.
            warnings.warn(
                f"Blocks({', '.join(f'{name}=' for name in moved)}...) is deprecated: since Gradio 6 these "
                f"belong to launch(). Pass them to launch() instead.",
                UserWarning,
                stacklevel=_stacklevel_of_caller(),
            )
            for name in moved:
                setattr(self, name, legacy.pop(name))
        if legacy:
            raise TypeError(f"Blocks() got unexpected keyword argument(s): {', '.join(sorted(legacy))}")
        self.dependencies: list[Dependency] = []
        self.queue_settings = QueueSettings()
        self.show_error = False
        # Set when served with an MCP server (launch(mcp_server=True)); read by the config.
        self.mcp_server = False
        self.max_file_size: int | None = None
        self.server: Server | None = None
        self._api_names: set[str] = set()
        self.unload_fns: list[Callable[[], Any]] = []
        # The footer's links: the API page, the credit, the settings menu (launch(footer_links=...)).
        self.footer_links: list[Any] = ["api", "podium", "settings"]
        # Run once when the app is served (e.g. caching example outputs).
        self.startup_hooks: list[Callable[[], None]] = []
        super().__init__(render=False)

    # ---- building -----------------------------------------------------------
    def __enter__(self) -> Blocks:
        super().__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        super().__exit__(*exc)
        self._attach_live_values()

    def _attach_live_values(self) -> None:
        """A component whose `value` is a function of `inputs=` is recomputed when they
        change, and one with `every=` is recomputed on a timer (a hidden `Timer`)."""
        for block in self.walk():
            if not isinstance(block, Component) or getattr(block, "_live_value_attached", False):
                continue
            fn = block.initial_value
            inputs = as_component_list(block.value_inputs)[0]
            if not callable(fn) or (block.every is None and not inputs):
                continue
            block._live_value_attached = True  # type: ignore[attr-defined]
            listener = {"fn": fn, "inputs": inputs, "outputs": [block], "api_name": False,
                        "show_progress": "hidden", "trigger_mode": "always_last"}
            if inputs:
                self.register(Dependency(targets=[(component.id, "change") for component in inputs], **listener))
            if block.every is not None:
                timer = Timer(block.every, render=False)
                self.add_child(timer)
                self.register(Dependency(targets=[(timer.id, "tick")], concurrency_limit=None, **listener))

    def render(self) -> Blocks:
        """Nests this app inside the Blocks being built: its layout goes where `render()` is
        called and its listeners join the enclosing app (as `TabbedInterface` does)."""
        stack = context.render_stack()
        root = stack[0] if stack else None
        container = stack[-1] if stack else None
        if not isinstance(root, Blocks) or root is self or self.is_rendered or container is None:
            return self
        for child in list(self.children):
            container.add_child(child)
        self.children.clear()
        root.adopt(self)
        self.is_rendered = True
        return self

    def adopt(self, other: Blocks) -> None:
        """Moves `other`'s listeners into this app, renumbered after this app's own."""
        new_ids: dict[int, int] = {}
        for dependency in other.dependencies:
            old_id = dependency.id
            if dependency.api_visibility == "private" and dependency.api_name is None:
                dependency.api_name = False  # stays private rather than named after its fn
            self.register(dependency)
            new_ids[old_id] = dependency.id
        for dependency in other.dependencies:
            dependency.targets = [
                (self.id if block_id == other.id else block_id, event) for block_id, event in dependency.targets
            ]
            if dependency.trigger_after is not None:
                dependency.trigger_after = new_ids.get(dependency.trigger_after, dependency.trigger_after)
            dependency.cancels = [new_ids.get(index, index) for index in dependency.cancels]
        other.dependencies = []
        self.unload_fns.extend(other.unload_fns)
        self.startup_hooks.extend(other.startup_hooks)

    def register(self, dependency: Dependency) -> DependencyHandle:
        dependency.id = len(self.dependencies)
        dependency.signature = inspect_fn(dependency.fn, INJECTABLE_TYPES)
        if dependency.batch and dependency.signature.streams:
            raise ValueError("batch=True cannot be used with a generator function: batches need one return per call")
        if dependency.batch and dependency.max_batch_size < 1:
            raise ValueError(f"max_batch_size must be at least 1, got {dependency.max_batch_size}")
        dependency.api_name = self._resolve_api_name(dependency)
        self.dependencies.append(dependency)
        return DependencyHandle(dependency, self)

    def _resolve_api_name(self, dependency: Dependency) -> str | None:
        """The endpoint name: as given, else the fn's name; made unique with `_1`, `_2`..."""
        requested = dependency.api_name
        if dependency.fn is None or requested is False:
            dependency.api_visibility = "private"
            return None
        if isinstance(requested, str) and requested.strip("/"):
            base = requested.strip("/")
        else:
            base = getattr(dependency.fn, "__name__", "fn")
            base = "lambda" if base == "<lambda>" else base
        name, suffix = base, 1
        while name in self._api_names:
            name = f"{base}_{suffix}"
            suffix += 1
        self._api_names.add(name)
        return name

    def load(self, fn: Callable[..., Any] | None = None, inputs: Any = None, outputs: Any = None, **kwargs: Any) -> DependencyHandle:
        """Runs `fn` each time a user opens the page."""
        kwargs.pop("_default_trigger_mode", None)
        dependency = Dependency(targets=[(self.id, "load")], fn=fn, inputs=inputs, outputs=outputs, **dependency_kwargs(kwargs))
        return self.register(dependency)

    def unload(self, fn: Callable[[], Any]) -> None:
        """Runs `fn()` on the server when a user's session ends (tab closed, connection lost)."""
        if not callable(fn):
            raise TypeError(f"unload needs a function, got {fn!r}")
        self.unload_fns.append(fn)

    def queue(
        self,
        status_update_rate: float | str = "auto",
        api_open: bool | None = None,
        max_size: int | None = None,
        *,
        default_concurrency_limit: int | str | None = "not_set",
        **legacy: Any,
    ) -> Blocks:
        """Configures the event queue (Gradio semantics: default 1 concurrent run per listener)."""
        if "concurrency_count" in legacy:
            raise TypeError("queue(concurrency_count=...) was removed; use default_concurrency_limit=...")
        if legacy:
            raise TypeError(f"queue() got unexpected keyword argument(s): {', '.join(sorted(legacy))}")
        settings = self.queue_settings
        settings.status_update_rate = status_update_rate
        if api_open is not None:
            settings.api_open = api_open
        if max_size is not None and max_size < 0:
            raise ValueError("queue max_size must be None or a non-negative number")
        settings.max_size = max_size
        if default_concurrency_limit != "not_set":
            settings.default_concurrency_limit = default_concurrency_limit  # type: ignore[assignment]
        return self

    # ---- reading the graph ----------------------------------------------------
    def blocks(self) -> dict[int, Block]:
        """Every block of the app by id: the layout's plus any used only by listeners."""
        found: dict[int, Block] = {block.id: block for block in self.walk()}
        for dependency in self.dependencies:
            for component in (*dependency.input_components, *dependency.output_components):
                found.setdefault(component.id, component)
        return found

    def concurrency_limit_of(self, dependency: Dependency) -> int | None:
        limit = dependency.concurrency_limit
        if limit == "default":
            return self.queue_settings.default_concurrency_limit
        return limit  # type: ignore[return-value]

    def config(self, root: str = "") -> dict[str, Any]:
        """The app description the frontend renders and clients read (`GET /config`)."""
        return {
            # Clients gate protocol features on this, so it names the Gradio release whose
            # wire protocol Podium speaks; Podium's own version is reported beside it.
            "version": GRADIO_PROTOCOL_VERSION,
            "podium_version": __version__,
            "api_prefix": "/gradio_api",
            "mode": self.mode,
            "app_id": self.id,
            "dev_mode": False,
            "analytics_enabled": False,
            "components": [block.get_config() for block in self.blocks().values()],
            "css": self.css,
            "js": self.js,
            "head": self.head,
            "title": self.title,
            "connect_heartbeat": True,
            "enable_queue": True,
            "show_error": self.show_error,
            "footer_links": self.footer_links,
            "max_file_size": self.max_file_size,
            "stylesheets": [],
            "theme": self._theme_name(),
            "protocol": "sse_v3",
            "fill_height": self.fill_height,
            "fill_width": self.fill_width,
            "pages": [["", "Home", True]],
            "mcp_server": self.mcp_server,
            "i18n_translations": None,
            "layout": self.layout(),
            "dependencies": [dependency.to_config() for dependency in self.dependencies],
            "root": root,
            "username": None,
        }

    def _theme_name(self) -> str:
        theme = self.theme
        if theme is None:
            return "default"
        return theme if isinstance(theme, str) else str(getattr(theme, "name", "custom"))

    def state_components(self) -> dict[int, State]:
        return {block.id: block for block in self.blocks().values() if isinstance(block, State)}

    def component(self, block_id: int) -> Component:
        block = self.blocks()[block_id]
        if not isinstance(block, Component):
            raise KeyError(block_id)
        return block

    # ---- serving ---------------------------------------------------------------
    def launch(self, **kwargs: Any) -> Any:
        """Starts a web server for this app; see `podium.server.launcher.launch`."""
        # Imported here so that `import podium` stays light: the server stack
        # (Starlette, uvicorn) is only loaded by apps that actually serve.
        from podium.server.launcher import launch

        return launch(self, **kwargs)

    def close(self) -> None:
        """Stops the server started by `launch()`."""
        if self.server is not None:
            self.server.close()
            self.server = None

    def get_config_file(self) -> dict[str, Any]:
        return self.config()
