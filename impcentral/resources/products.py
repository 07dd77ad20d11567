"""``api.products``: list, create, get, update and delete products."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from impcentral_generated.api.products import (
    create_product,
    delete_product,
    get_product,
    list_products,
    update_product,
)
from impcentral_generated.models import (
    Product,
    ProductCreateAttributesDict,
    ProductCreateDocument,
    ProductUpdateAttributesDict,
    ProductUpdateDocument,
)

from .. import _validation as check
from .._constants import DEFAULT_LIST_ALL_PAGE_SIZE
from .._constants import Products as _Products
from .._operation import Operation, call, list_query, request_body
from .._pagination import Pages
from ._base import AsyncResource, SyncResource, async_method, async_pages, sync_method, sync_pages

_FILTERS = {_Products.FILTER_OWNER_ID: "filterowner_id"}


class ProductsRequests:
    """Argument checks and requests of ``api.products``, shared by both clients."""

    @staticmethod
    def list(
        filters: Mapping[str, Any] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
    ) -> Operation[list_products.Document]:
        """One page of products. ``filters``: ``{Products.FILTER_OWNER_ID: account_id}``."""
        check.filters(filters, _FILTERS)
        check.pagination(page_number, page_size)
        query = list_query(filters, _FILTERS, page_number, page_size)
        return call(list_products, **query)

    @staticmethod
    def list_all(
        filters: Mapping[str, Any] | None = None, page_size: int = DEFAULT_LIST_ALL_PAGE_SIZE
    ) -> Pages[list_products.Document, Product]:
        """Every product, page after page, each once."""
        first = ProductsRequests.list(filters, 1, page_size)
        return Pages(first, items=lambda page: page.data or (), key=lambda product: product.id)

    @staticmethod
    def create(
        attributes: ProductCreateAttributesDict, owner_id: str | None = None
    ) -> Operation[create_product.Document]:
        """Create a product (``name`` required, ``description`` optional), owned by the caller
        or by ``owner_id``."""
        check.attributes(attributes, ProductCreateAttributesDict, check_required=True)
        data: dict[str, Any] = {"type": "product", "attributes": dict(attributes)}
        if owner_id:
            data["relationships"] = {"owner": {"type": "account", "id": owner_id}}
        body = request_body(ProductCreateDocument, {"data": data})
        return call(create_product, body=body)

    @staticmethod
    def get(product_id: str) -> Operation[get_product.Document]:
        """One product."""
        check.non_empty(product_id)
        return call(get_product, product_id)

    @staticmethod
    def update(
        product_id: str, attributes: ProductUpdateAttributesDict | None
    ) -> Operation[update_product.Document]:
        """Change a product's ``name`` and/or ``description``."""
        check.non_empty(product_id)
        check.attributes(attributes, ProductUpdateAttributesDict)
        data: dict[str, Any] = {"type": "product", "id": product_id}
        if attributes is not None:
            data["attributes"] = dict(attributes)
        body = request_body(ProductUpdateDocument, {"data": data})
        return call(update_product, product_id, body=body)

    @staticmethod
    def delete(product_id: str) -> Operation[delete_product.Document]:
        """Delete a product (the service refuses while it still has device groups)."""
        check.non_empty(product_id)
        return call(delete_product, product_id)


class ProductsResource(_Products, SyncResource):
    list = sync_method(ProductsRequests.list)
    list_all = sync_pages(ProductsRequests.list_all)
    create = sync_method(ProductsRequests.create)
    get = sync_method(ProductsRequests.get)
    update = sync_method(ProductsRequests.update)
    delete = sync_method(ProductsRequests.delete)


class AsyncProductsResource(_Products, AsyncResource):
    list = async_method(ProductsRequests.list)
    list_all = async_pages(ProductsRequests.list_all)
    create = async_method(ProductsRequests.create)
    get = async_method(ProductsRequests.get)
    update = async_method(ProductsRequests.update)
    delete = async_method(ProductsRequests.delete)
