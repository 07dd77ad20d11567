from typing import Any, TypeAlias

from ...models.login_key_create_document import LoginKeyCreateDocument
from ...models.login_key_document import LoginKeyDocument


def request_kwargs(
    *,
    body: LoginKeyCreateDocument,
    x_electricimp_password: str,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for POST ``/accounts/me/login_keys``"""
    headers: dict[str, Any] = {}
    headers["X-Electricimp-Password"] = x_electricimp_password

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/me/login_keys",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


Document: TypeAlias = LoginKeyDocument
""" What a successful call returns (201) """


def parse(document: Any) -> Document:
    """The document of a 201 answer (JSON already decoded)"""
    return LoginKeyDocument.from_dict(document)
