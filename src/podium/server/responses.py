"""JSON responses and request-body parsing shared by the route modules."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import FileResponse, Response

from podium.server.encoding import dumps, loads


class JSONResponse(Response):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return dumps(content)


class LargeChunkFileResponse(FileResponse):
    """A FileResponse read in 1 MiB pieces instead of 64 KiB: each piece is one trip to a
    worker thread, so a 5 MB download costs 5 hand-offs instead of 80."""

    chunk_size = 1024 * 1024


def error(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, "detail": message, **extra}, status_code=status)


def invalid_input(message: str, parameter: str | None = None) -> JSONResponse:
    """422 for data that does not fit the endpoint. ``detail`` is a list of validation
    entries, the shape gradio_client reads to raise a ValidationError carrying the message
    (a plain string there makes it crash); ``error`` keeps the message as one string."""
    entry = {"__type__": "validate", "is_valid": False, "parameter_name": parameter or "data", "message": message}
    return JSONResponse({"error": message, "detail": [entry]}, status_code=422)


class BadRequest(Exception):
    def __init__(self, response: JSONResponse) -> None:
        self.response = response


async def json_body(request: Request, max_bytes: int = 50 * 1024 * 1024) -> dict[str, Any]:
    """The request's JSON object, or BadRequest with a 400/413 explaining what is wrong."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise BadRequest(error(413, f"Request body too large (over {max_bytes} bytes)"))
        chunks.append(chunk)
    body = b"".join(chunks)
    try:
        parsed = loads(body)
    except ValueError as exc:
        raise BadRequest(error(400, f"Malformed JSON in request body: {exc}")) from None
    if not isinstance(parsed, dict):
        raise BadRequest(error(400, "Request body must be a JSON object"))
    return parsed
