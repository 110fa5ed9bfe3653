"""Pick the framework under test from ``BENCH_FRAMEWORK`` (``podium`` or ``gradio``).

Every benchmark app imports ``gr`` and ``launch`` from here, so an app is written once
and runs unchanged under both frameworks.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

FRAMEWORK = os.environ.get("BENCH_FRAMEWORK", "podium")
if FRAMEWORK not in ("podium", "gradio"):
    raise SystemExit(f"BENCH_FRAMEWORK must be 'podium' or 'gradio', not {FRAMEWORK!r}")

gr: Any = importlib.import_module(FRAMEWORK)
PORT = int(os.environ.get("BENCH_PORT", "7870"))


def launch(demo: Any) -> None:
    """Serve ``demo`` on 127.0.0.1 only, on the port the harness chose."""
    demo.launch(server_name="127.0.0.1", server_port=PORT)
