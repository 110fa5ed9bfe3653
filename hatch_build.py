"""Build hook: compiles the Svelte frontend into src/podium/static before packaging.

Runs for wheels and editable installs alike, so `pip install .` and `pip install -e .`
both give a working app. The build is skipped when the static assets are newer than
every frontend source file, which keeps repeated editable installs fast.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).parent
FRONTEND = ROOT / "frontend"
STATIC = ROOT / "src" / "podium" / "static"
SOURCES = [FRONTEND / "src", FRONTEND / "public", FRONTEND / "scripts", FRONTEND / "index.html",
           FRONTEND / "package.json", FRONTEND / "package-lock.json", FRONTEND / "vite.config.ts",
           ROOT / "clients" / "js" / "src"]


def _newest_source_mtime() -> float:
    newest = 0.0
    for source in SOURCES:
        if source.is_file():
            newest = max(newest, source.stat().st_mtime)
        elif source.is_dir():
            for path in source.rglob("*"):
                if path.is_file():
                    newest = max(newest, path.stat().st_mtime)
    return newest


def _build_is_fresh() -> bool:
    stamp = STATIC / "index.html"
    return stamp.is_file() and stamp.stat().st_mtime >= _newest_source_mtime()


def build_frontend() -> None:
    if os.environ.get("PODIUM_SKIP_FRONTEND_BUILD"):
        return  # for backend-only development; the page then explains it is not built
    if not (FRONTEND / "package.json").is_file():
        if (STATIC / "index.html").is_file():
            return  # building from an sdist/wheel that already carries the assets
        raise RuntimeError("frontend/ is missing and no prebuilt assets were found")
    if _build_is_fresh() and not os.environ.get("PODIUM_FORCE_FRONTEND_BUILD"):
        return
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError(
            "Building Podium from source needs Node.js and npm (for the web frontend). "
            "Install them (e.g. `apt-get install nodejs npm`) or install a prebuilt wheel."
        )
    if not (FRONTEND / "node_modules").is_dir():
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=FRONTEND, check=True)
    subprocess.run([npm, "run", "build"], cwd=FRONTEND, check=True)


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name not in ("wheel", "editable") and version != "editable":
            return
        build_frontend()
