from typing import Any, TypeAlias
from urllib.parse import quote

from ...models.login_key_document import LoginKeyDocument


def request_kwargs(
    login_key_id: str,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for GET ``/accounts/me/login_keys/{login_key_id}``"""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/me/login_keys/{login_key_id}".format(
            login_key_id=quote(str(login_key_id), safe=""),
        ),
    }

    return _kwargs


Document: TypeAlias = LoginKeyDocument
""" What a successful call returns (200) """


def parse(document: Any) -> Document:
    """The document of a 200 answer (JSON already decoded)"""
    return LoginKeyDocument.from_dict(document)
