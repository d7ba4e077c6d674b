"""Discord's JSON errors, as discord.py receives them (`HTTPException.status` / `.code`)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from aiohttp import web


def json_response(data: Any, status: int = 200) -> web.Response:
    """A JSON response. discord.py decodes a body only if its Content-Type is exactly
    `application/json`; aiohttp's `web.json_response` appends `; charset=utf-8`."""
    return web.Response(body=json.dumps(data).encode(), status=status, headers={"Content-Type": "application/json"})


@dataclass(frozen=True)
class ApiError:
    status: int
    code: int
    message: str
    errors: dict[str, Any] | None = None  # per-field details, as in Invalid Form Body

    def response(self) -> web.Response:
        body: dict[str, Any] = {"message": self.message, "code": self.code}
        if self.errors is not None:
            body["errors"] = self.errors
        return json_response(body, status=self.status)


class ApiFailure(Exception):
    """Raised by a handler to answer with `error`."""

    def __init__(self, error: ApiError) -> None:
        super().__init__(error.message)
        self.error = error


UNAUTHORIZED = ApiError(401, 0, "401: Unauthorized")
NOT_FOUND = ApiError(404, 0, "404: Not Found")
MISSING_ACCESS = ApiError(403, 50001, "Missing Access")
MISSING_PERMISSIONS = ApiError(403, 50013, "Missing Permissions")
CANNOT_EDIT_OTHERS = ApiError(403, 50005, "Cannot edit a message authored by another user")
UNKNOWN_APPLICATION = ApiError(404, 10002, "Unknown Application")
UNKNOWN_CHANNEL = ApiError(404, 10003, "Unknown Channel")
UNKNOWN_MESSAGE = ApiError(404, 10008, "Unknown Message")
UNKNOWN_WEBHOOK = ApiError(404, 10015, "Unknown Webhook")
UNKNOWN_INTERACTION = ApiError(404, 10062, "Unknown interaction")
ALREADY_ACKNOWLEDGED = ApiError(400, 40060, "Interaction has already been acknowledged.")
EMPTY_MESSAGE = ApiError(400, 50006, "Cannot send an empty message")


def invalid_form_body(field: str, problem: str, code: str = "BASE_TYPE_MAX_LENGTH") -> ApiError:
    """Discord's answer to a field it refuses (over its limit by default). discord.py puts `field`
    and `problem` in the exception text, e.g. "In embeds.0.url: Not a well formed URL."
    """
    errors = {field: {"_errors": [{"code": code, "message": problem}]}}
    return ApiError(400, 50035, "Invalid Form Body", errors)
