from typing import Any, TypeAlias
from urllib.parse import quote


def request_kwargs(
    login_key_id: str,
    *,
    x_electricimp_password: str,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for DELETE ``/accounts/me/login_keys/{login_key_id}``"""
    headers: dict[str, Any] = {}
    headers["X-Electricimp-Password"] = x_electricimp_password

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/accounts/me/login_keys/{login_key_id}".format(
            login_key_id=quote(str(login_key_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


Document: TypeAlias = None
""" What a successful call returns (204) """


def parse(document: Any) -> Document:
    """204: no document"""
    return None
