"""File routes. Until the file cache lands (media issue), nothing is served: deny by default."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from podium.server.responses import error


async def file(request: Request) -> Response:
    return error(403, "File access denied")


async def upload(request: Request) -> Response:
    return error(501, "File uploads are not supported by this app yet")
