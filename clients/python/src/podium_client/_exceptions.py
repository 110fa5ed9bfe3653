"""Every error the client raises, drawn once: catch ``ClientError`` to catch them all."""

from __future__ import annotations

from collections.abc import Sequence


class ClientError(Exception):
    """Base class of everything podium_client raises on purpose."""


class ConnectionFailed(ClientError):
    """The app could not be reached, or it broke off a stream we were reading."""


class AuthenticationError(ClientError):
    """The app wants a login, or refused the one given."""


class EndpointNotFoundError(ClientError, LookupError):
    """No endpoint has the api_name (or fn_index) asked for."""

    def __init__(self, wanted: str, available: Sequence[str]) -> None:
        self.wanted = wanted
        self.available = list(available)
        listing = ", ".join(self.available) if self.available else "none"
        super().__init__(f"This app has no endpoint {wanted}. Available endpoints: {listing}")


class ArgumentError(ClientError, TypeError):
    """The arguments do not fit the endpoint's parameters."""


class QueueFullError(ClientError):
    """The app's queue refused the job (HTTP 503)."""


class UploadError(ClientError):
    """A file could not be uploaded (missing locally, too large, refused by the app)."""


class AppError(ClientError):
    """The app's function failed. ``message`` is what it raised (e.g. ``gr.Error("...")``).

    ``message`` is None when the app hides the details of unexpected errors.
    """

    def __init__(self, message: str | None, title: str | None = None) -> None:
        self.message = message
        self.title = title
        super().__init__(message or "The app's function failed (the app does not show error details).")


class JobCancelledError(ClientError):
    """``result()`` of a job that was cancelled before it finished."""
