"""``api.accounts``: accounts and login keys (long-lived credentials confirmed by the password)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from impcentral_generated.api.accounts import (
    create_login_key as _create_login_key,
)
from impcentral_generated.api.accounts import (
    delete_login_key as _delete_login_key,
)
from impcentral_generated.api.accounts import (
    get_account as _get_account,
)
from impcentral_generated.api.accounts import (
    get_login_key as _get_login_key,
)
from impcentral_generated.api.accounts import (
    list_accounts as _list_accounts,
)
from impcentral_generated.api.accounts import (
    list_login_keys as _list_login_keys,
)
from impcentral_generated.api.accounts import (
    update_login_key as _update_login_key,
)
from impcentral_generated.models import (
    Account,
    LoginKey,
    LoginKeyCreateDocument,
    LoginKeyUpdateDocument,
    LoginKeyWriteAttributesDict,
)

from .. import _validation as check
from .._constants import DEFAULT_LIST_ALL_PAGE_SIZE
from .._operation import Operation, call, list_query, request_body
from .._pagination import Pages
from ._base import AsyncResource, SyncResource, async_method, async_pages, sync_method, sync_pages


class AccountsRequests:
    """Argument checks and requests of ``api.accounts``, shared by both clients."""

    @staticmethod
    def get(account_id: str = "me") -> Operation[_get_account.Document]:
        """One account; ``"me"`` is the caller's own."""
        check.non_empty(account_id)
        return call(_get_account, account_id)

    @staticmethod
    def list(
        page_number: int | None = None, page_size: int | None = None
    ) -> Operation[_list_accounts.Document]:
        """One page of the accounts available to the caller."""
        check.pagination(page_number, page_size)
        query = list_query(None, {}, page_number, page_size)
        return call(_list_accounts, **query)

    @staticmethod
    def list_all(
        filters: Mapping[str, Any] | None = None, page_size: int = DEFAULT_LIST_ALL_PAGE_SIZE
    ) -> Pages[_list_accounts.Document, Account]:
        """Every account available to the caller, page after page, each once (accounts take
        no filters; the argument is there so every ``list_all`` is called alike)."""
        check.filters(filters, ())
        first = AccountsRequests.list(1, page_size)
        return Pages(first, items=lambda page: page.data or (), key=lambda account: account.id)

    @staticmethod
    def list_login_keys(
        page_number: int | None = None, page_size: int | None = None
    ) -> Operation[_list_login_keys.Document]:
        """One page of the caller's login keys."""
        check.pagination(page_number, page_size)
        query = list_query(None, {}, page_number, page_size)
        return call(_list_login_keys, **query)

    @staticmethod
    def list_all_login_keys(
        filters: Mapping[str, Any] | None = None, page_size: int = DEFAULT_LIST_ALL_PAGE_SIZE
    ) -> Pages[_list_login_keys.Document, LoginKey]:
        """Every login key of the caller, page after page, each once (no filters exist)."""
        check.filters(filters, ())
        first = AccountsRequests.list_login_keys(1, page_size)
        return Pages(first, items=lambda page: page.data or (), key=lambda key: key.id)

    @staticmethod
    def create_login_key(
        password: str, attributes: LoginKeyWriteAttributesDict | None = None
    ) -> Operation[_create_login_key.Document]:
        """Create a login key (optional ``description``); the account password confirms it."""
        check.non_empty(password, "password")
        check.attributes(attributes, LoginKeyWriteAttributesDict, check_required=True)
        data = {"type": "login_key", "attributes": dict(attributes or {})}
        body = request_body(LoginKeyCreateDocument, {"data": data})
        return call(_create_login_key, body=body, x_electricimp_password=password)

    @staticmethod
    def get_login_key(login_key_id: str) -> Operation[_get_login_key.Document]:
        """One login key."""
        check.non_empty(login_key_id)
        return call(_get_login_key, login_key_id)

    @staticmethod
    def update_login_key(
        login_key_id: str, password: str, attributes: LoginKeyWriteAttributesDict | None = None
    ) -> Operation[_update_login_key.Document]:
        """Change a login key's ``description``; the account password confirms it."""
        check.non_empty(password, "password")
        check.non_empty(login_key_id)
        check.attributes(attributes, LoginKeyWriteAttributesDict)
        data = {"type": "login_key", "id": login_key_id, "attributes": dict(attributes or {})}
        body = request_body(LoginKeyUpdateDocument, {"data": data})
        return call(
            _update_login_key,
            login_key_id,
            body=body,
            x_electricimp_password=password,
        )

    @staticmethod
    def delete_login_key(login_key_id: str, password: str) -> Operation[_delete_login_key.Document]:
        """Delete a login key; the account password confirms it."""
        check.non_empty(password, "password")
        check.non_empty(login_key_id)
        return call(_delete_login_key, login_key_id, x_electricimp_password=password)


class AccountsResource(SyncResource):
    get = sync_method(AccountsRequests.get)
    list = sync_method(AccountsRequests.list)
    list_all = sync_pages(AccountsRequests.list_all)
    list_login_keys = sync_method(AccountsRequests.list_login_keys)
    list_all_login_keys = sync_pages(AccountsRequests.list_all_login_keys)
    create_login_key = sync_method(AccountsRequests.create_login_key)
    get_login_key = sync_method(AccountsRequests.get_login_key)
    update_login_key = sync_method(AccountsRequests.update_login_key)
    delete_login_key = sync_method(AccountsRequests.delete_login_key)


class AsyncAccountsResource(AsyncResource):
    get = async_method(AccountsRequests.get)
    list = async_method(AccountsRequests.list)
    list_all = async_pages(AccountsRequests.list_all)
    list_login_keys = async_method(AccountsRequests.list_login_keys)
    list_all_login_keys = async_pages(AccountsRequests.list_all_login_keys)
    create_login_key = async_method(AccountsRequests.create_login_key)
    get_login_key = async_method(AccountsRequests.get_login_key)
    update_login_key = async_method(AccountsRequests.update_login_key)
    delete_login_key = async_method(AccountsRequests.delete_login_key)
