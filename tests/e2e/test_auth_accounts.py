"""``api.auth`` and ``api.accounts`` against the emulator, with both clients."""

from __future__ import annotations

from typing import Any

import pytest

from impcentral import (
    AuthenticationError,
    ImpCentralApiError,
    InvalidDataError,
    NotFoundError,
    TwoFactorRequiredError,
)

from .conftest import EMAIL, PASSWORD


def test_login_and_token_access(connect: Any) -> None:
    api = connect()
    tokens = api.auth.login(EMAIL, PASSWORD)
    assert tokens.access_token == api.auth.access_token
    assert tokens.to_dict()["refresh_token"] == api.auth.tokens.refresh_token
    assert api.accounts.get().data.attributes.email == EMAIL


def test_wrong_password(connect: Any) -> None:
    api = connect()
    with pytest.raises(AuthenticationError) as raised:
        api.auth.login(EMAIL, "wrong")
    assert raised.value.status_code == 401
    assert raised.value.code == "PX100"
    assert "wrong" not in str(raised.value)


def test_a_saved_access_token_is_enough(connect: Any, client: Any) -> None:
    later = connect(access_token=client.auth.access_token)
    assert later.accounts.get("me").data.id == client.accounts.get().data.id
    assert later.auth.tokens.refresh_token is None


def test_setting_the_access_token(connect: Any, client: Any) -> None:
    other = connect()
    with pytest.raises(InvalidDataError):
        other.products.list()
    other.auth.access_token = client.auth.access_token
    assert other.products.list().data == []


@pytest.mark.impcentral_emulator(otp_code="424242")
def test_two_factor_login(connect: Any) -> None:
    api = connect()
    with pytest.raises(TwoFactorRequiredError) as raised:
        api.auth.login(EMAIL, PASSWORD)
    assert raised.value.login_token
    api.auth.login_with_otp("424242", raised.value.login_token)
    assert api.accounts.get().data.id


def test_refresh_tokens(client: Any) -> None:
    first = client.auth.access_token
    refreshed = client.auth.refresh_access_token()
    assert refreshed.access_token == client.auth.access_token != first
    tokens = client.auth.get_refresh_tokens()
    assert len(tokens.data) >= 1
    explicit = client.auth.refresh_access_token(client.auth.tokens.refresh_token)
    assert explicit.access_token == client.auth.access_token
    for token in tokens.data:
        assert client.auth.delete_refresh_token(token.id) is None
    with pytest.raises(ImpCentralApiError):
        client.auth.refresh_access_token()


def test_accounts(client: Any) -> None:
    me = client.accounts.get()
    assert client.accounts.get(me.data.id).data.id == me.data.id
    listed = client.accounts.list()
    assert me.data.id in [a.id for a in listed.data]
    assert [a.id for a in client.accounts.list(1, 10).data] == [a.id for a in listed.data]
    assert [a.id for a in client.accounts.list_all()] == [a.id for a in listed.data]
    with pytest.raises(NotFoundError):
        client.accounts.get("no-such-account")


def test_login_keys(connect: Any, client: Any) -> None:
    key = client.accounts.create_login_key(PASSWORD, {"description": "ci"})
    key_id = key.data.id
    assert key.data.attributes.description == "ci"
    assert key_id in [k.id for k in client.accounts.list_login_keys().data]
    assert key_id in [k.id for k in client.accounts.list_login_keys(1, 5).data]
    assert key_id in [k.id for k in client.accounts.list_all_login_keys()]
    assert client.accounts.get_login_key(key_id).data.id == key_id
    updated = client.accounts.update_login_key(key_id, PASSWORD, {"description": "renamed"})
    assert updated.data.attributes.description == "renamed"
    with pytest.raises(ImpCentralApiError):
        client.accounts.update_login_key(key_id, "not-the-password", {"description": "x"})

    robot = connect()
    robot.auth.get_access_token(key_id)
    assert robot.auth.tokens.login_key == key_id
    assert robot.accounts.get().data.id == client.accounts.get().data.id

    assert client.accounts.delete_login_key(key_id, PASSWORD) is None
    with pytest.raises(NotFoundError):
        client.accounts.get_login_key(key_id)
    with pytest.raises(ImpCentralApiError):
        connect().auth.get_access_token(key_id)


def test_create_login_key_without_attributes(client: Any) -> None:
    key = client.accounts.create_login_key(PASSWORD)
    assert client.accounts.delete_login_key(key.data.id, PASSWORD) is None
