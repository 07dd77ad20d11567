"""Products: named containers of device groups, unique by name per owner."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from impcentral.emulator.auth import authenticate
from impcentral.emulator.errors import (
    DEPENDENT_RESOURCES,
    INVALID_PERMISSION,
    ApiError,
    conflict,
)
from impcentral.emulator.jsonapi import (
    UPDATE_MEMBERS,
    UPDATE_REQUIRED,
    api_base,
    check_id_matches,
    check_keys,
    document,
    invalid_attribute,
    linkage,
    no_content,
    page_of,
    parse_query,
    read_json,
    resource_input,
    string_attribute,
)
from impcentral.emulator.resources.records import owned, require_unique_name
from impcentral.emulator.routing import route
from impcentral.emulator.state import Product, iso

if TYPE_CHECKING:
    from impcentral.emulator.app import Emulator

MAX_NAME = 80
MAX_DESCRIPTION = 255
_ATTRIBUTES = ("name", "description")


def render_product(product: Product, base: str) -> dict[str, Any]:
    return {
        "type": "product",
        "id": product.id,
        "links": {"self": f"{base}/products/{product.id}"},
        "attributes": {
            "name": product.name,
            "description": product.description,
            "created_at": iso(product.created_at),
            "updated_at": iso(product.updated_at),
        },
        "relationships": {
            "owner": {"type": "account", "id": product.owner_id},
            "creator": {"type": "account", "id": product.creator_id},
        },
    }


async def list_products(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    query = parse_query(request, ("filter[owner.id]",))
    owner = query.filters.get("filter[owner.id]")
    base = api_base(request)
    items = (
        p
        for p in emu.store.products.values()
        if p.owner_id == account.id and (owner is None or p.owner_id == owner)
    )
    return page_of(request, query, items, lambda p: render_product(p, base))


async def create_product(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    data = resource_input(await read_json(request), ("product",))
    check_keys(data.attributes, _ATTRIBUTES, "product attribute")
    check_keys(data.relationships, ("owner",), "product relationship")
    name = string_attribute(data.attributes, "name", max_length=MAX_NAME, non_empty=True)
    if name is None:
        raise invalid_attribute("'name' is required.")
    description = string_attribute(data.attributes, "description", max_length=MAX_DESCRIPTION)
    owner = linkage(data.relationships, "owner", ("account",), required=False)
    if owner is not None and owner[1] not in ("me", account.id):
        raise ApiError(
            403,
            INVALID_PERMISSION,
            "You can only create products in your own account.",
            title="Invalid Permission",
        )
    require_unique_name(_products_of(emu, account.id), name, "Products")
    now = time.time()
    product = Product(
        id=emu.store.ids.uuid(),
        name=name,
        description=description or "",
        owner_id=account.id,
        creator_id=account.id,
        created_at=now,
        updated_at=now,
    )
    emu.store.products[product.id] = product
    return document({"data": render_product(product, api_base(request))}, status=201)


async def get_product(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    product = owned(emu.store.products, request.path_params["product_id"], account, "product")
    return document({"data": render_product(product, api_base(request))})


async def update_product(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    product = owned(emu.store.products, request.path_params["product_id"], account, "product")
    data = resource_input(
        await read_json(request),
        ("product",),
        members=UPDATE_MEMBERS,
        required=UPDATE_REQUIRED,
    )
    check_id_matches(data.id, product.id)
    check_keys(data.attributes, _ATTRIBUTES, "product attribute")
    name = string_attribute(data.attributes, "name", max_length=MAX_NAME, non_empty=True)
    description = string_attribute(data.attributes, "description", max_length=MAX_DESCRIPTION)
    if name is not None:
        require_unique_name(_products_of(emu, product.owner_id), name, "Products", product.id)
        product.name = name
    if description is not None:
        product.description = description
    product.updated_at = time.time()
    return document({"data": render_product(product, api_base(request))})


async def delete_product(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    product = owned(emu.store.products, request.path_params["product_id"], account, "product")
    if any(g.product_id == product.id for g in emu.store.devicegroups.values()):
        raise conflict(
            DEPENDENT_RESOURCES,
            "Dependent Devicegroups Exist",
            "Cannot delete a product with associated devicegroups.",
        )
    del emu.store.products[product.id]
    return no_content()


def _products_of(emu: Emulator, owner_id: str) -> Iterator[Product]:
    return (p for p in emu.store.products.values() if p.owner_id == owner_id)


def routes(emu: Emulator) -> list[Route]:
    return [
        route(emu, "/products", GET=list_products, POST=create_product),
        route(
            emu,
            "/products/{product_id}",
            GET=get_product,
            PATCH=update_product,
            DELETE=delete_product,
        ),
    ]
