from typing import Any, TypeAlias
from urllib.parse import quote

from ...models.login_key_document import LoginKeyDocument
from ...models.login_key_update_document import LoginKeyUpdateDocument


def request_kwargs(
    login_key_id: str,
    *,
    body: LoginKeyUpdateDocument,
    x_electricimp_password: str,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for PATCH ``/accounts/me/login_keys/{login_key_id}``"""
    headers: dict[str, Any] = {}
    headers["X-Electricimp-Password"] = x_electricimp_password

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/accounts/me/login_keys/{login_key_id}".format(
            login_key_id=quote(str(login_key_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


Document: TypeAlias = LoginKeyDocument
""" What a successful call returns (200) """


def parse(document: Any) -> Document:
    """The document of a 200 answer (JSON already decoded)"""
    return LoginKeyDocument.from_dict(document)
