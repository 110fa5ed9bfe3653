"""httpx, imported when a client first needs it rather than with the package.

``import httpx`` costs 50-300 ms (it loads ssl, and its command-line entry point pulls in
rich and click when they are installed). Deferring it keeps ``from podium_client import
Client`` cheap for tools that import the package but only sometimes connect.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class _DeferredModule:
    """Stands in for a module; the first attribute read imports it."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attribute: str) -> Any:
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attribute)


httpx: Any = _DeferredModule("httpx")
