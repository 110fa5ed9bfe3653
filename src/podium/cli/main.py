"""The `podium` command: `podium app.py` runs an app file as a script."""

from __future__ import annotations

import argparse
import runpy
import sys
from pathlib import Path

from podium._version import __version__


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="podium", description="Run a Podium app file.")
    parser.add_argument("app", help="path to a Python file that builds and launches an app")
    parser.add_argument("--version", action="version", version=f"podium {__version__}")
    args, rest = parser.parse_known_args(argv)
    path = Path(args.app)
    if not path.is_file():
        parser.error(f"no such file: {path}")
    sys.argv = [str(path), *rest]
    sys.path.insert(0, str(path.resolve().parent))
    runpy.run_path(str(path), run_name="__main__")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
