"""Deployments: compiled code for a device group; flagged ones and the group's minimum are kept."""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from impcentral.emulator import squirrel
from impcentral.emulator.auth import authenticate
from impcentral.emulator.errors import (
    COMPILATION_ERROR,
    MIN_SUPPORTED_DEPLOYMENT,
    RESOURCE_FLAGGED,
    ApiError,
    conflict,
)
from impcentral.emulator.jsonapi import (
    CREATE_REQUIRED,
    UPDATE_MEMBERS,
    UPDATE_REQUIRED,
    api_base,
    bool_attribute,
    check_id_matches,
    check_keys,
    document,
    invalid_attribute,
    invalid_filter,
    linkage,
    no_content,
    page_of,
    parse_query,
    read_json,
    resource_input,
    string_attribute,
)
from impcentral.emulator.resources.records import linked_devicegroup, owned
from impcentral.emulator.routing import route
from impcentral.emulator.state import DEVICE_GROUP_TYPES, Account, Deployment, iso

if TYPE_CHECKING:
    from impcentral.emulator.app import Emulator

MAX_TAGS_LENGTH = 500
_TAG = re.compile(r"^[A-Za-z0-9_\-*.]+$")
_CREATE_ONLY = ("device_code", "agent_code", "origin")
_FILTERS = (
    "filter[owner.id]",
    "filter[creator.id]",
    "filter[product.id]",
    "filter[devicegroup.id]",
    "filter[sha]",
    "filter[flagged]",
    "filter[flagger.id]",
    "filter[tags]",
)
#: Filters that match one field exactly.
_SIMPLE_FILTERS: dict[str, Callable[[Deployment], str | None]] = {
    "filter[owner.id]": lambda d: d.owner_id,
    "filter[creator.id]": lambda d: d.creator_id,
    "filter[product.id]": lambda d: d.product_id,
    "filter[devicegroup.id]": lambda d: d.devicegroup_id,
    "filter[sha]": lambda d: d.sha,
    "filter[flagger.id]": lambda d: d.flagger_id,
}


def render_deployment(emu: Emulator, deployment: Deployment, base: str) -> dict[str, Any]:
    relationships: dict[str, Any] = {
        "owner": {"type": "account", "id": deployment.owner_id},
        "creator": {"type": "account", "id": deployment.creator_id},
        "product": {"type": "product", "id": deployment.product_id},
    }
    group = emu.store.devicegroups.get(deployment.devicegroup_id or "")
    if group is not None:
        relationships["devicegroup"] = {"type": group.type, "id": group.id}
    if deployment.flagger_id is not None:
        relationships["flagger"] = {"type": "account", "id": deployment.flagger_id}
    return {
        "type": "deployment",
        "id": deployment.id,
        "links": {"self": f"{base}/deployments/{deployment.id}"},
        "attributes": {
            "device_code": deployment.device_code,
            "agent_code": deployment.agent_code,
            "description": deployment.description,
            "origin": deployment.origin,
            "flagged": deployment.flagged,
            "tags": deployment.tags,
            "sha": deployment.sha,
            "created_at": iso(deployment.created_at),
            "updated_at": iso(deployment.updated_at),
        },
        "relationships": relationships,
    }


def tags_attribute(attrs: dict[str, Any]) -> list[str] | None:
    if "tags" not in attrs:
        return None
    tags = attrs["tags"]
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise invalid_attribute("'tags' must be an array of strings.")
    for tag in tags:
        if not _TAG.match(tag):
            raise invalid_attribute(
                f"Tag {tag!r} may only contain letters, digits and the characters _ - * ."
            )
    if sum(len(tag) for tag in tags) > MAX_TAGS_LENGTH:
        raise invalid_attribute(f"All tags together must be at most {MAX_TAGS_LENGTH} characters.")
    return list(tags)


def compile_errors(device_code: str, agent_code: str) -> list[dict[str, Any]]:
    found = []
    for file, code in (("agent_code", agent_code), ("device_code", device_code)):
        error = squirrel.check(code)
        if error is not None:
            found.append(
                {
                    "file": file,
                    "row": error.row,
                    "column": error.column,
                    "text": error.text,
                    "type": "error",
                }
            )
    return found


def _deployment(emu: Emulator, request: Request, account: Account) -> Deployment:
    """The deployment in the URL, owned by ``account``."""
    deployment_id = request.path_params["deployment_id"]
    return owned(emu.store.deployments, deployment_id, account, "deployment")


async def list_deployments(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    query = parse_query(request, _FILTERS)
    f = query.filters
    flagged = f.get("filter[flagged]", "any")
    if flagged not in ("true", "false", "any"):
        raise invalid_filter("filter[flagged]", "must be true, false or any.")
    tags = [t for t in f.get("filter[tags]", "").split(",") if t]
    wanted = [(getter, f[key]) for key, getter in _SIMPLE_FILTERS.items() if key in f]

    def keep(d: Deployment) -> bool:
        if d.owner_id != account.id:
            return False
        if flagged != "any" and d.flagged != (flagged == "true"):
            return False
        if any(getter(d) != value for getter, value in wanted):
            return False
        return all(tag in d.tags for tag in tags)

    base = api_base(request)
    # Newest first, so page 1 shows the latest builds.
    items = (d for d in reversed(emu.store.deployments.values()) if keep(d))
    return page_of(request, query, items, lambda d: render_deployment(emu, d, base))


async def create_deployment(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    data = resource_input(await read_json(request), ("deployment",), required=CREATE_REQUIRED)
    attrs = data.attributes
    check_keys(data.relationships, ("devicegroup",), "deployment relationship")
    check_keys(
        attrs,
        ("device_code", "agent_code", "description", "origin", "flagged", "tags"),
        "deployment attribute",
    )
    device_code = string_attribute(attrs, "device_code")
    agent_code = string_attribute(attrs, "agent_code")
    if device_code is None or agent_code is None:
        raise invalid_attribute("'device_code' and 'agent_code' are required.")
    description = string_attribute(attrs, "description")
    origin = string_attribute(attrs, "origin")
    flagged = bool_attribute(attrs, "flagged")
    tags = tags_attribute(attrs)
    link = linkage(data.relationships, "devicegroup", DEVICE_GROUP_TYPES, required=True)
    assert link is not None
    store = emu.store
    group = linked_devicegroup(store, link, account)
    problems = compile_errors(device_code, agent_code)
    if problems:
        first = problems[0]
        raise ApiError(
            400,
            COMPILATION_ERROR,
            f"{first['file']}:{first['row']}:{first['column']} {first['text']}",
            title="Compilation Error",
            meta=problems,
        )
    now = time.time()
    deployment = Deployment(
        id=store.ids.uuid(),
        seq=store.next_deployment_seq(),
        devicegroup_id=group.id,
        product_id=group.product_id,
        owner_id=account.id,
        creator_id=account.id,
        device_code=device_code,
        agent_code=agent_code,
        description=description or "",
        origin=origin or "",
        flagged=bool(flagged),
        tags=tags or [],
        sha=hashlib.sha256((agent_code + "\0" + device_code).encode()).hexdigest(),
        created_at=now,
        updated_at=now,
        flagger_id=account.id if flagged else None,
    )
    store.deployments[deployment.id] = deployment
    group.current_deployment = deployment.id
    if group.min_supported_deployment is None:
        # A group's first deployment is its minimum until the owner moves it on.
        group.min_supported_deployment = deployment.id
    for device_id in list(group.devices):
        emu.simulator.deployed(store.devices[device_id])
    return document({"data": render_deployment(emu, deployment, api_base(request))}, status=201)


async def get_deployment(emu: Emulator, request: Request) -> Response:
    deployment = _deployment(emu, request, authenticate(emu, request))
    return document({"data": render_deployment(emu, deployment, api_base(request))})


async def update_deployment(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    deployment = _deployment(emu, request, account)
    data = resource_input(
        await read_json(request),
        ("deployment",),
        members=UPDATE_MEMBERS,
        required=UPDATE_REQUIRED,
    )
    check_id_matches(data.id, deployment.id)
    fixed = [key for key in _CREATE_ONLY if key in data.attributes]
    if fixed:
        raise invalid_attribute(
            f"{', '.join(fixed)} can only be set when the deployment is created."
        )
    check_keys(data.attributes, ("description", "flagged", "tags"), "deployment attribute")
    description = string_attribute(data.attributes, "description")
    flagged = bool_attribute(data.attributes, "flagged")
    tags = tags_attribute(data.attributes)
    if description is not None:
        deployment.description = description
    if flagged is not None and flagged != deployment.flagged:
        deployment.flagged = flagged
        deployment.flagger_id = account.id if flagged else None
    if tags is not None:
        deployment.tags = tags
    deployment.updated_at = time.time()
    return document({"data": render_deployment(emu, deployment, api_base(request))})


async def delete_deployment(emu: Emulator, request: Request) -> Response:
    deployment = _deployment(emu, request, authenticate(emu, request))
    store = emu.store
    if deployment.flagged:
        raise conflict(
            RESOURCE_FLAGGED,
            "Resource Flagged",
            "You cannot delete flagged deployments; set the flagged attribute to false and "
            "try again.",
        )
    group = store.devicegroups.get(deployment.devicegroup_id or "")
    minimum = store.deployments.get(group.min_supported_deployment or "") if group else None
    if minimum is not None and deployment.seq >= minimum.seq:
        raise conflict(
            MIN_SUPPORTED_DEPLOYMENT,
            "Min Supported Deployment",
            "You cannot delete the device group's min supported deployment or a newer one.",
        )
    del store.deployments[deployment.id]
    if group is not None and group.current_deployment == deployment.id:
        latest = store.latest_deployment(group.id)
        group.current_deployment = latest.id if latest else None
    return no_content()


def routes(emu: Emulator) -> list[Route]:
    return [
        route(emu, "/deployments", GET=list_deployments, POST=create_deployment),
        route(
            emu,
            "/deployments/{deployment_id}",
            GET=get_deployment,
            PATCH=update_deployment,
            DELETE=delete_deployment,
        ),
    ]
