"""Media helpers shared by Audio and Video: where converted files go, and ffmpeg.

ffmpeg is used only when it is installed (found on PATH); otherwise a conversion that
needs it fails with a message that says what to install. Nothing here imports numpy.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
from pathlib import Path

FFMPEG_HINT = (
    "Install ffmpeg (e.g. `apt-get install ffmpeg`, `brew install ffmpeg`, or from "
    "https://ffmpeg.org/download.html) and make sure it is on PATH"
)


class MediaError(ValueError):
    """A media file could not be read or converted; the message says why."""


def media_dir() -> Path:
    """A folder under the temp directory for files the components produce.

    Files there are copied into the app's cache before they are served (the temp
    directory is one of the places a function's output may come from).
    """
    folder = Path(tempfile.gettempdir()) / "podium-media"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def output_file(content: bytes, name: str) -> Path:
    """Writes `content` to a file named by its hash (same content → same file)."""
    digest = hashlib.sha256(content).hexdigest()[:32]
    folder = media_dir() / digest
    folder.mkdir(exist_ok=True)
    target = folder / name
    if not target.is_file() or target.stat().st_size != len(content):
        partial = folder / f"{name}.part"
        partial.write_bytes(content)
        partial.replace(target)
    return target


def output_path(source: Path, suffix: str) -> Path:
    """A fresh path for a conversion of `source` (keyed by its path, size and mtime)."""
    stat = source.stat()
    key = f"{source.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{suffix}".encode()
    folder = media_dir() / hashlib.sha256(key).hexdigest()[:32]
    folder.mkdir(exist_ok=True)
    return folder / f"{source.stem or 'media'}{suffix}"


def ffmpeg(purpose: str) -> str:
    """The ffmpeg executable, or MediaError saying that `purpose` needs it."""
    found = shutil.which("ffmpeg")
    if found is None:
        raise MediaError(f"{purpose} needs ffmpeg, which was not found. {FFMPEG_HINT}.")
    return found


def run_ffmpeg(purpose: str, args: list[str], target: Path) -> Path:
    """Runs `ffmpeg -y <args> <target>` and returns `target` (MediaError on failure)."""
    executable = ffmpeg(purpose)
    if target.is_file() and target.stat().st_size > 0:
        return target  # already converted
    partial = target.with_name(f"partial-{target.name}")
    command = [executable, "-hide_banner", "-loglevel", "error", "-nostdin", "-y", *args, str(partial)]
    try:
        completed = subprocess.run(command, capture_output=True, timeout=600, check=False)
    except subprocess.TimeoutExpired:
        partial.unlink(missing_ok=True)
        raise MediaError(f"{purpose} failed: ffmpeg took longer than 10 minutes") from None
    if completed.returncode != 0 or not partial.is_file():
        partial.unlink(missing_ok=True)
        detail = completed.stderr.decode(errors="replace").strip().splitlines()
        reason = detail[-1] if detail else f"exit status {completed.returncode}"
        raise MediaError(f"{purpose} failed: ffmpeg said: {reason}")
    partial.replace(target)
    return target
