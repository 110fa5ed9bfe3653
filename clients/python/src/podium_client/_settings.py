"""Defaults shared by both faces."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx
else:
    from podium_client._deferred import httpx

DEFAULT_TIMEOUT = 30.0


# Where returned files are saved unless the client is given download_dir=... (None: keep
# them as file data dicts).
DEFAULT_DOWNLOAD_DIR: Path = Path(tempfile.gettempdir()) / "podium_client"


def download_directory(choice: str | Path | None) -> Path | None:
    return None if choice is None else Path(choice).expanduser()


def stream_timeout(client: httpx.Client | httpx.AsyncClient) -> httpx.Timeout:
    """Streams wait as long as jobs run: no read timeout, the others as configured."""
    base = client.timeout
    return httpx.Timeout(connect=base.connect, read=None, write=base.write, pool=base.pool)
