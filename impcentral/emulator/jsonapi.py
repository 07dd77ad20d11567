"""JSON:API plumbing shared by every resource: bodies in, documents and pages out.

Relationships are impCentral's flat ``{type, id}`` linkage; the standard ``{"data": {...}}``
wrapper is accepted on input too, because being strict there would only break clients.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response

from impcentral.emulator.errors import (
    BODY_TOO_LARGE,
    INVALID_ATTRIBUTE,
    INVALID_DOCUMENT,
    INVALID_PARAMETER,
    UNSUPPORTED_MEDIA_TYPE,
    ApiError,
    bad_request,
)

MEDIA_TYPE = "application/vnd.api+json"
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_BODY_BYTES = 4 * 1024 * 1024

T = TypeVar("T")


def _dumps(doc: Any) -> bytes:
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode()


def document(doc: Any, status: int = 200, media_type: str = MEDIA_TYPE) -> Response:
    return Response(_dumps(doc), status_code=status, media_type=media_type)


def no_content() -> Response:
    return Response(status_code=204)


def api_base(request: Request) -> str:
    """Absolute ``.../v5`` URL as the client addressed us, so links work behind any host name."""
    url = request.url
    return f"{url.scheme}://{url.netloc}/v5"


# --- request bodies ------------------------------------------------------------------------------


def _is_json_media_type(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media in ("application/json", MEDIA_TYPE)


async def read_json(
    request: Request, *, required: bool = True, any_media_type: bool = False
) -> Any:
    """The parsed body, or ``None`` when there is none (an empty body or the literal ``null``).

    The official Node client sends ``null`` on every bodiless call, so that must never fail.
    ``any_media_type`` skips the Content-Type check (admin routes take ``curl -d`` bodies).
    """
    body = await request.body()
    if len(body) > MAX_BODY_BYTES:
        raise ApiError(413, BODY_TOO_LARGE, "The request body is too large.")
    stripped = body.strip()
    if not stripped or stripped == b"null":
        if required:
            raise bad_request("A request body is required.")
        return None
    content_type = request.headers.get("content-type", "")
    if not any_media_type and not _is_json_media_type(content_type):
        raise ApiError(
            415,
            UNSUPPORTED_MEDIA_TYPE,
            f"Send the body as {MEDIA_TYPE} (or application/json).",
            title="Unsupported Media Type",
        )
    try:
        return json.loads(stripped, parse_constant=_reject_constant, parse_float=_finite_float)
    except (ValueError, RecursionError):
        raise bad_request("The request body is not valid JSON.") from None


def _reject_constant(name: str) -> Any:
    raise ValueError(name)


def _finite_float(text: str) -> float:
    """Numbers such as ``1e999`` would come back as ``Infinity``, which is not JSON."""
    value = float(text)
    if math.isinf(value):
        raise ValueError(text)
    return value


@dataclass(slots=True)
class ResourceInput:
    type: str
    id: str | None
    attributes: dict[str, Any]
    relationships: dict[str, Any]
    #: Members present in ``data``, to tell an absent member from an empty one.
    members: frozenset[str]


def resource_input(
    doc: Any,
    types: Collection[str],
    *,
    members: Collection[str] = ("type", "attributes", "relationships"),
    required: Collection[str] = ("type", "attributes"),
) -> ResourceInput:
    """Validate the primary ``data`` object of a create/update document.

    Documents are strict, as the service's are: unknown members anywhere are refused.
    """
    if not isinstance(doc, dict):
        raise bad_request("The request body must be a JSON object.")
    check_keys(doc, ("data",), "top-level member")
    data = doc.get("data")
    if not isinstance(data, dict):
        raise bad_request("The document must have a 'data' object.")
    check_keys(data, members, "member of 'data'")
    missing = [name for name in required if name not in data]
    if missing:
        raise bad_request(f"'data' needs {', '.join(repr(m) for m in missing)}.")
    rtype = data.get("type")
    if not isinstance(rtype, str) or rtype not in types:
        raise bad_request(f"'data.type' must be one of: {', '.join(sorted(types))}.")
    rid = data.get("id")
    if "id" in data and (not isinstance(rid, str) or not rid):
        raise bad_request("'data.id' must be a non-empty string.")
    attributes = data.get("attributes", {})
    if not isinstance(attributes, dict):
        raise bad_request("'data.attributes' must be an object.")
    relationships = data.get("relationships", {})
    if not isinstance(relationships, dict):
        raise bad_request("'data.relationships' must be an object.")
    return ResourceInput(rtype, rid, attributes, relationships, frozenset(data))


def check_id_matches(given: str | None, actual: str, *aliases: str) -> None:
    """JSON:API answers 409 when the body's id names another resource than the URL."""
    if given is not None and given != actual and given not in aliases:
        raise ApiError(
            409,
            INVALID_DOCUMENT,
            "'data.id' does not match the resource in the URL.",
            title="Conflict",
        )


UPDATE_MEMBERS = ("type", "id", "attributes")
UPDATE_REQUIRED = ("type", "id")
CREATE_REQUIRED = ("type", "attributes", "relationships")


def check_keys(mapping: dict[str, Any], allowed: Collection[str], where: str) -> None:
    unknown = [key for key in mapping if key not in allowed]
    if unknown:
        raise bad_request(
            f"Unknown {where}: {', '.join(sorted(unknown))}.",
            INVALID_ATTRIBUTE,
            "Invalid Attribute",
        )


def invalid_attribute(detail: str) -> ApiError:
    return bad_request(detail, INVALID_ATTRIBUTE, "Invalid Attribute")


def string_attribute(
    attrs: dict[str, Any], key: str, *, max_length: int | None = None, non_empty: bool = False
) -> str | None:
    """The attribute if present (``None`` otherwise); 400 when it is not a suitable string."""
    if key not in attrs:
        return None
    value = attrs[key]
    if not isinstance(value, str):
        raise invalid_attribute(f"'{key}' must be a string.")
    if non_empty and not value:
        raise invalid_attribute(f"'{key}' must not be empty.")
    if max_length is not None and len(value) > max_length:
        raise invalid_attribute(f"'{key}' must be at most {max_length} characters.")
    return value


def bool_attribute(attrs: dict[str, Any], key: str) -> bool | None:
    if key not in attrs:
        return None
    value = attrs[key]
    if not isinstance(value, bool):
        raise invalid_attribute(f"'{key}' must be a boolean.")
    return value


def linkage(
    relationships: dict[str, Any], name: str, types: Collection[str], *, required: bool
) -> tuple[str, str] | None:
    """A flat ``{type, id}`` relationship, exactly those two members."""
    if name not in relationships:
        if required:
            raise bad_request(f"The '{name}' relationship is required.")
        return None
    value = relationships[name]
    if not isinstance(value, dict) or set(value) != {"type", "id"}:
        raise bad_request(f"The '{name}' relationship must be an object with 'type' and 'id'.")
    rtype, rid = value["type"], value["id"]
    if not isinstance(rtype, str) or not isinstance(rid, str) or not rid:
        raise bad_request(f"The '{name}' relationship must have string 'type' and 'id'.")
    if rtype not in types:
        raise bad_request(f"The '{name}' relationship must have type {' or '.join(types)}.")
    return rtype, rid


# --- query strings and pages ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Query:
    number: int
    size: int
    filters: dict[str, str]


def _page_value(raw: str, name: str, maximum: int | None) -> int:
    if not (raw.isascii() and raw.isdigit()):
        raise bad_request(f"'{name}' must be an integer.", INVALID_PARAMETER, "Invalid Parameter")
    value = int(raw)
    if value < 1 or (maximum is not None and value > maximum):
        limits = f"between 1 and {maximum}" if maximum is not None else "at least 1"
        raise bad_request(f"'{name}' must be {limits}.", INVALID_PARAMETER, "Invalid Parameter")
    return value


def parse_query(request: Request, filters: Collection[str] = ()) -> Query:
    """Page parameters and the operation's filters; unknown ``filter[...]``/``page[...]`` → 400."""
    number, size = 1, DEFAULT_PAGE_SIZE
    found: dict[str, str] = {}
    for key, value in request.query_params.multi_items():
        if key == "page[number]":
            number = _page_value(value, key, None)
        elif key == "page[size]":
            size = _page_value(value, key, MAX_PAGE_SIZE)
        elif key.startswith(("filter[", "page[")):
            if key not in filters:
                raise bad_request(
                    f"Unknown query parameter '{key}'.", INVALID_PARAMETER, "Invalid Parameter"
                )
            # Repeated keys are joined like the comma form, the one documented for tags.
            found[key] = f"{found[key]},{value}" if key in found else value
    return Query(number, size, found)


def invalid_filter(key: str, detail: str) -> ApiError:
    return bad_request(f"'{key}': {detail}", INVALID_PARAMETER, "Invalid Parameter")


def _page_url(request: Request, query: Query, number: int) -> str:
    params = [(k, v) for k, v in query.filters.items()]
    params += [("page[number]", str(number)), ("page[size]", str(query.size))]
    url = request.url
    return f"{url.scheme}://{url.netloc}{url.path}?{urlencode(params)}"


def page_of(
    request: Request,
    query: Query,
    items: Iterable[T],
    render: Callable[[T], Any],
) -> Response:
    """One page of ``items`` as a list document with absolute ``self``/``first``/``next`` links."""
    start = (query.number - 1) * query.size
    chunk: list[T] = []
    more = False
    for index, item in enumerate(items):
        if index < start:
            continue
        if len(chunk) == query.size:
            more = True
            break
        chunk.append(item)
    links = {"self": str(request.url), "first": _page_url(request, query, 1)}
    if more:
        links["next"] = _page_url(request, query, query.number + 1)
    return document({"data": [render(item) for item in chunk], "links": links})
