"""What clients read first: the app config, the API description and the OpenAPI document."""

from __future__ import annotations

import html
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from podium._version import __version__
from podium.api.info import api_info
from podium.api.openapi import openapi_document
from podium.server.app_state import app_state
from podium.server.responses import JSONResponse


async def config(request: Request) -> Response:
    state = app_state(request)
    return JSONResponse(state.config(request))


async def info(request: Request) -> Response:
    state = app_state(request)
    all_endpoints = request.query_params.get("all_endpoints", "").lower() == "true"
    return JSONResponse(api_info(state.blocks, all_endpoints=all_endpoints))


async def openapi(request: Request) -> Response:
    state = app_state(request)
    return JSONResponse(openapi_document(state.blocks, state.root_url(request)))


async def openapi_docs(request: Request) -> Response:
    """An interactive page for the OpenAPI document (Swagger UI, self-hosted: no CDN)."""
    state = app_state(request)
    title = html.escape(f"{state.blocks.title} API")
    # Relative URLs: right under a sub-path or a proxy prefix too. The version query
    # replaces the immutable cached copies when Podium is upgraded.
    version = quote(__version__)
    page = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{title}</title>"
        f"<link rel='stylesheet' href='../assets/openapi/swagger-ui.css?v={version}'>"
        "</head><body data-spec='openapi.json'>"
        "<div id='swagger-ui'></div>"
        f"<script src='../assets/openapi/swagger-ui-bundle.js?v={version}'></script>"
        f"<script src='../assets/openapi/viewer.js?v={version}'></script>"
        "</body></html>"
    )
    return HTMLResponse(page, headers={"Cache-Control": "no-cache"})
