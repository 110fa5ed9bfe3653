"""Uploads into the cache, and serving files the access rules allow (DESIGN.md §7)."""

from __future__ import annotations

import mimetypes

from starlette.requests import Request
from starlette.responses import Response

from podium.files.access import AccessDenied
from podium.files.uploads import UploadError, receive_upload
from podium.server.app_state import app_state
from podium.server.responses import JSONResponse, LargeChunkFileResponse, error

# Types a browser may show inline; anything else (HTML, SVG, scripts...) is a download,
# so a served file can never run script in the app's origin.
INLINE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/avif", "image/bmp",
                "audio/", "video/", "application/pdf", "text/plain", "text/csv")


async def file(request: Request) -> Response:
    state = app_state(request)
    try:
        path = state.files.servable(request.path_params["path"])
    except AccessDenied:
        return error(403, "File access denied")
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    inline = any(media_type.startswith(kind) for kind in INLINE_TYPES)
    return LargeChunkFileResponse(
        path,
        media_type=media_type,
        filename=path.name,
        content_disposition_type="inline" if inline else "attachment",
        headers={"X-Content-Type-Options": "nosniff", "Content-Security-Policy": "sandbox"},
    )


async def upload(request: Request) -> Response:
    state = app_state(request)
    try:
        paths = await receive_upload(
            request.headers.get("content-type", ""), request.stream(), state.files.cache, state.max_file_size
        )
    except UploadError as failure:
        return error(failure.status, failure.message)
    return JSONResponse([str(path) for path in paths])
