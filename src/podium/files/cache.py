"""The private file cache: uploads and files an app produced, under unguessable paths.

Each file lives in its own directory named by 128 random bits, so a path handed to one
client cannot be guessed by another, and original file names are kept for downloads.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import tempfile
import time
from pathlib import Path


def default_cache_root() -> Path:
    configured = os.environ.get("PODIUM_TEMP_DIR") or os.environ.get("GRADIO_TEMP_DIR")
    return Path(configured) if configured else Path(tempfile.gettempdir()) / "podium"


def safe_name(name: str) -> str:
    """A file name with no directory parts, control characters or leading dots."""
    base = re.split(r"[\\/]", name)[-1]
    base = re.sub(r"[\x00-\x1f\x7f]", "", base).replace("%", "_").strip().lstrip(".")
    return base[:200] or "file"


class FileCache:
    def __init__(self, root: Path | None = None) -> None:
        parent = (root or default_cache_root()).resolve()
        parent.mkdir(parents=True, exist_ok=True)
        # One directory per served app, so closing an app can remove exactly its files.
        self.root = Path(tempfile.mkdtemp(prefix="app-", dir=parent)).resolve()

    def new_path(self, name: str) -> Path:
        folder = self.root / secrets.token_hex(16)
        folder.mkdir(mode=0o700)
        return folder / safe_name(name)

    def contains(self, path: Path) -> bool:
        """True for a regular file inside this cache (path already resolved)."""
        return path.is_relative_to(self.root) and path != self.root and path.is_file()

    def copy_in(self, source: Path) -> Path:
        target = self.new_path(source.name)
        shutil.copyfile(source, target)
        return target

    def delete_older_than(self, seconds: float) -> int:
        """Removes cached files older than `seconds`; returns how many were removed."""
        cutoff = time.time() - seconds
        removed = 0
        for folder in self.root.iterdir():
            try:
                if folder.stat().st_mtime < cutoff:
                    shutil.rmtree(folder, ignore_errors=True)
                    removed += 1
            except FileNotFoundError:
                continue
        return removed

    def clear(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
