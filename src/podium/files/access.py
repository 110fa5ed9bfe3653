"""Which files may be served or returned: deny by default (DESIGN.md §7).

A file is allowed when, after resolving it (symlinks followed), it is in the app's
cache, or lies under an allowed directory — and never under a blocked one, never a
dotfile or inside a dot-directory, never a hard link from an allowed directory.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlparse

from podium.files.cache import FileCache


class AccessDenied(Exception):
    """The path may not be used; the message is safe to show (it reveals nothing)."""


def _resolved(paths: Sequence[str | Path] | None) -> list[Path]:
    return [Path(p).expanduser().resolve() for p in paths or []]


def _spelling_is_suspicious(raw: str) -> bool:
    if not raw or "\x00" in raw or "\\" in raw or "%" in raw:
        return True
    if urlparse(raw).scheme not in ("",):
        return True  # URLs and drive letters are not file paths here
    return any(part in ("..", ".") for part in Path(raw).parts)


def _has_dot_part(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


class FileAccess:
    def __init__(
        self,
        cache: FileCache,
        allowed_paths: Sequence[str | Path] | None = None,
        blocked_paths: Sequence[str | Path] | None = None,
    ) -> None:
        self.cache = cache
        self.allowed = _resolved(allowed_paths)
        self.blocked = _resolved(blocked_paths)
        # A function may return files it wrote in the working or temp directory; they
        # are copied into the cache before anyone can fetch them.
        cwd = Path.cwd().resolve()
        working = [cwd] if cwd != Path(cwd.anchor) else []  # never "everything" from "/"
        self.output_sources = [*working, Path(tempfile.gettempdir()).resolve(), *self.allowed]
        self._published: dict[tuple[Path, int, int], Path] = {}

    def _is_blocked(self, path: Path) -> bool:
        return any(path.is_relative_to(blocked) for blocked in self.blocked)

    def _check_outside_cache(self, path: Path, roots: list[Path]) -> None:
        under = next((root for root in roots if path.is_relative_to(root)), None)
        if under is None or self._is_blocked(path) or _has_dot_part(path.relative_to(under)):
            raise AccessDenied("File access denied")
        if not path.is_file():
            raise AccessDenied("File access denied")
        if os.stat(path).st_nlink > 1:
            raise AccessDenied("File access denied")  # a hard link may point anywhere

    def servable(self, raw: str) -> Path:
        """The file to serve for `/file=<raw>`, or AccessDenied."""
        if _spelling_is_suspicious(raw):
            raise AccessDenied("File access denied")
        path = Path(raw)
        if not path.is_absolute():
            path = Path.cwd() / path
        path = path.resolve()
        if self.cache.contains(path) and not self._is_blocked(path):
            return path
        self._check_outside_cache(path, self.allowed)
        return path

    def is_upload(self, raw: str) -> bool:
        """True if `raw` names a file in this app's cache (e.g. echoed back by a client)."""
        if _spelling_is_suspicious(raw):
            return False
        return self.cache.contains(Path(raw).resolve())

    def published(self, item: dict[str, Any], root: str) -> dict[str, Any]:
        """A FileData whose file is copied into the cache, with its path, size and URL.

        A remote URL is passed through for the browser to load; the server never fetches it.
        """
        if item["path"].startswith(("http://", "https://")):
            return {**item, "url": item["path"]}
        path = self.publish(item["path"])
        url = f"{root}/gradio_api/file={quote(str(path))}"
        return {**item, "path": str(path), "url": url, "size": path.stat().st_size}

    def publish(self, raw: str | Path) -> Path:
        """A path a function returned → its copy in the cache (or AccessDenied)."""
        text = str(raw)
        if _spelling_is_suspicious(text):
            raise AccessDenied(f"Cannot send {os.path.basename(text)!r}: not a plain file path")
        path = Path(text)
        path = (path if path.is_absolute() else Path.cwd() / path).resolve()
        if self.cache.contains(path):
            return path
        try:
            self._check_outside_cache(path, self.output_sources)
            stat = path.stat()
        except AccessDenied:
            raise AccessDenied(
                f"Cannot send the file {path.name!r}: it is not in the working directory, the temp "
                "directory or allowed_paths (or it is blocked, hidden or missing)."
            ) from None
        # The same unchanged file (e.g. an initial value shown on every page load) is
        # copied once.
        key = (path, stat.st_mtime_ns, stat.st_size)
        copied = self._published.get(key)
        if copied is None or not copied.is_file():
            copied = self._published[key] = self.cache.copy_in(path)
        return copied
