"""What clients read first: the app config, the API description and the OpenAPI document."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

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
