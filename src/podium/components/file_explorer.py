"""FileExplorer: pick files from a directory tree on the server (`root_dir`, `glob`).

The browser gets the tree as paths relative to `root_dir` (never the server's absolute
path), and every path sent back is resolved and checked to lie inside `root_dir`:
`..`, absolute paths, symlinks out of the root and dotfiles are refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar, Literal

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._payload import describe

MAX_ENTRIES = 5000  # a tree bigger than this is cut off (and says so)


class FileExplorer(Component):
    PROPS: ClassVar[tuple[str, ...]] = ("glob", "file_count", "ignore_glob", "height", "max_height", "min_height", "buttons")
    change = EventListener()
    input = EventListener()
    select = EventListener()

    def __init__(
        self,
        glob: str = "**/*",
        *,
        value: str | list[str] | Any | None = None,
        file_count: Literal["single", "multiple"] = "multiple",
        root_dir: str | Path = ".",
        ignore_glob: str | None = None,
        label: str | None = None,
        every: Any = None,
        inputs: Any = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        height: int | str | None = None,
        max_height: int | str | None = 500,
        min_height: int | str | None = None,
        interactive: bool | None = None,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        preserved_by_key: Any = "value",
        buttons: list[Any] | None = None,
        **kwargs: Any,
    ) -> None:
        if file_count not in ("single", "multiple"):
            raise ValueError(f"FileExplorer file_count must be 'single' or 'multiple', not {file_count!r}")
        self.root = Path(root_dir).resolve()
        if not self.root.is_dir():
            raise ValueError(f"FileExplorer root_dir {str(root_dir)!r} is not a directory")
        self.glob = glob
        self.file_count = file_count
        self.ignore_glob = ignore_glob
        self.height = height
        self.max_height = max_height
        self.min_height = min_height
        self.buttons = list(buttons or [])
        super().__init__(
            value, label=label, every=every, inputs=inputs, show_label=show_label, container=container,
            scale=scale, min_width=min_width, interactive=interactive, visible=visible, elem_id=elem_id,
            elem_classes=elem_classes, render=render, key=key, preserved_by_key=preserved_by_key, **kwargs,
        )

    # ---- the tree the browser shows ---------------------------------------------------------
    def get_props(self) -> dict[str, Any]:
        props = super().get_props()
        props["tree"], props["truncated"] = self._tree()
        return props

    def _tree(self) -> tuple[list[list[str]], bool]:
        """Files matching `glob` (not `ignore_glob`), as path segments, dotfiles and
        anything resolving outside the root left out; sorted."""
        files: list[list[str]] = []
        for path in self.root.glob(self.glob):
            relative = path.relative_to(self.root)
            if any(part.startswith(".") for part in relative.parts) or not path.is_file():
                continue
            if self.ignore_glob and relative.match(self.ignore_glob):
                continue
            if not _inside(path.resolve(), self.root):
                continue  # a symlink out of the root
            files.append(list(relative.parts))
            if len(files) >= MAX_ENTRIES:
                return sorted(files), True
        return sorted(files), False

    # ---- wire -> function -------------------------------------------------------------------
    def check_payload(self, payload: Any) -> None:
        if payload is None:
            return
        if not isinstance(payload, list) or not all(
            isinstance(item, list) and item and all(isinstance(part, str) for part in item) for item in payload
        ):
            raise ValueError(f"expected a list of paths, each a list of path segments, got {describe(payload)}")
        for item in payload:
            self._resolve(item)

    def preprocess(self, payload: list[list[str]] | None) -> list[str] | str | None:
        paths = [str(self._resolve(item)) for item in (payload or [])]
        if self.file_count == "single":
            return paths[0] if paths else None
        return paths

    def _resolve(self, segments: list[str]) -> Path:
        if any(part in ("", ".", "..") or "/" in part or "\\" in part or "\x00" in part or part.startswith(".") for part in segments):
            raise ValueError(f"{'/'.join(segments)!r} is not a file of this file explorer")
        path = (self.root.joinpath(*segments)).resolve()
        if not _inside(path, self.root) or not path.is_file():
            raise ValueError(f"{'/'.join(segments)!r} is not a file of this file explorer")
        return path

    # ---- function -> wire -------------------------------------------------------------------
    def postprocess(self, value: Any) -> list[list[str]] | None:
        if value is None:
            return None
        items = [value] if isinstance(value, (str, Path)) else list(value)
        out: list[list[str]] = []
        for item in items:
            path = Path(item)
            path = (path if path.is_absolute() else self.root / path).resolve()
            if not _inside(path, self.root):
                raise ValueError(f"{str(item)!r} is outside the file explorer's root_dir")
            out.append(list(path.relative_to(self.root).parts))
        return out

    def api_info(self) -> dict[str, Any]:
        return {"items": {"items": {"type": "string"}, "type": "array"}, "title": "FileExplorerData", "type": "array"}

    def example_payload(self) -> Any:
        tree, _ = self._tree()
        return tree[:1]


def _inside(path: Path, root: Path) -> bool:
    return path == root or path.is_relative_to(root)
