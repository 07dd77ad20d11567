"""impCentral-style error documents: ``{"errors": [{status, code, title, detail, meta?}]}``."""

from __future__ import annotations

from typing import Any

# Codes follow the service's families: VX validation, CX constraint, NF not found, PX permission,
# XX internal. Only PX100, PX200 and CX005 are known from the real service; the rest are ours.
INVALID_DOCUMENT = "VX001"
INVALID_ATTRIBUTE = "VX002"
INVALID_PARAMETER = "VX003"
UNSUPPORTED_MEDIA_TYPE = "VX004"
INVALID_HEADER = "VX005"
METHOD_NOT_ALLOWED = "VX006"
BODY_TOO_LARGE = "VX007"
DUPLICATE_RESOURCE = "CX001"
DEPENDENT_RESOURCES = "CX002"
RESOURCE_FLAGGED = "CX003"
MIN_SUPPORTED_DEPLOYMENT = "CX004"
COMPILATION_ERROR = "CX005"
DEVICE_UNASSIGNED = "CX006"
INVALID_RELATIONSHIP = "CX007"
NOT_FOUND = "NF001"
INVALID_CREDENTIALS = "PX100"
OTP_REQUIRED = "PX200"
INVALID_PERMISSION = "PX300"
RATE_LIMITED = "PX429"
INTERNAL_ERROR = "XX000"

_TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    413: "Payload Too Large",
    415: "Unsupported Media Type",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


def error_object(
    status: int, code: str, title: str, detail: str, meta: Any = None
) -> dict[str, Any]:
    obj: dict[str, Any] = {"status": str(status), "code": code, "title": title, "detail": detail}
    if meta is not None:
        obj["meta"] = meta
    return obj


class ApiError(Exception):
    """Raised anywhere in a handler; the app turns it into an error document response."""

    def __init__(
        self,
        status: int,
        code: str,
        detail: str,
        *,
        title: str | None = None,
        meta: Any = None,
        headers: dict[str, str] | None = None,
        errors: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.headers = headers or {}
        self.errors = errors or [
            error_object(status, code, title or _TITLES.get(status, "Error"), detail, meta)
        ]

    def document(self) -> dict[str, Any]:
        return {"errors": self.errors}


def bad_request(
    detail: str, code: str = INVALID_DOCUMENT, title: str = "Invalid Request"
) -> ApiError:
    return ApiError(400, code, detail, title=title)


def not_found(kind: str, ident: str | None = None) -> ApiError:
    """``ident`` is echoed only when it is not a secret (login keys and refresh tokens are)."""
    which = f" {ident!r}" if ident is not None else ""
    return ApiError(404, NOT_FOUND, f"The {kind}{which} does not exist.", title="Not Found")


def conflict(code: str, title: str, detail: str) -> ApiError:
    return ApiError(409, code, detail, title=title)
