from typing import Any, TypeAlias
from urllib.parse import quote

from ...models.account_document import AccountDocument


def request_kwargs(
    account_id: str,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for GET ``/accounts/{account_id}``"""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    return _kwargs


Document: TypeAlias = AccountDocument
""" What a successful call returns (200) """


def parse(document: Any) -> Document:
    """The document of a 200 answer (JSON already decoded)"""
    return AccountDocument.from_dict(document)
