"""Authentication rules: logins, 2FA, refresh tokens, login keys, token expiry, rate limits."""

from __future__ import annotations

import time

import pytest

from .conftest import Api, error_codes

PASSWORD_HEADER = {"X-Electricimp-Password": "demo-password"}


@pytest.mark.parametrize("login", ["demo", "demo@example.com", "DEMO@example.com"])
def test_password_login_works_with_email_or_username(anon: Api, login: str) -> None:
    response = anon.login(login)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"access_token", "expires_in", "expires_at", "refresh_token"}
    assert body["expires_in"] == 3600 and body["expires_at"].endswith("Z")


def test_wrong_password_is_401_px100(anon: Api) -> None:
    response = anon.login("demo", "nope")
    assert response.status_code == 401
    assert error_codes(response) == ["PX100"]


@pytest.mark.impcentral_emulator(otp_code="123456")
def test_two_factor_login_needs_the_login_token_and_otp(anon: Api) -> None:
    first = anon.login()
    assert first.status_code == 403
    error = first.json()["errors"][0]
    assert error["code"] == "PX200" and error["status"] == "403"
    login_token = error["meta"]["login_token"]
    assert error["meta"]["expires_at"].endswith("Z")

    body = {"login_token": login_token}
    wrong = anon.client.post("/v5/auth", json=body, headers={"X-Electricimp-OTP-Token": "000000"})
    assert wrong.status_code == 401
    right = anon.client.post("/v5/auth", json=body, headers={"X-Electricimp-OTP-Token": "123456"})
    assert right.status_code == 200 and "refresh_token" in right.json()
    again = anon.client.post("/v5/auth", json=body, headers={"X-Electricimp-OTP-Token": "123456"})
    assert again.status_code == 401, "a login token is used up by a successful login"


@pytest.mark.impcentral_emulator(otp_code="123456")
def test_the_second_2fa_step_needs_a_one_time_password(anon: Api) -> None:
    login_token = anon.login().json()["errors"][0]["meta"]["login_token"]
    body = {"login_token": login_token}
    assert anon.client.post("/v5/auth", json=body).status_code == 401
    empty = anon.client.post("/v5/auth", json=body, headers={"X-Electricimp-OTP-Token": ""})
    assert empty.status_code == 400


def test_refresh_token_gives_an_access_token_without_a_new_refresh_token(anon: Api) -> None:
    refresh = anon.login().json()["refresh_token"]
    response = anon.client.post("/v5/auth/token", json={"token": refresh})
    assert response.status_code == 200
    assert "access_token" in response.json() and "refresh_token" not in response.json()


def test_at_most_five_refresh_tokens_the_oldest_stops_working(anon: Api) -> None:
    tokens = [anon.login().json()["refresh_token"] for _ in range(6)]
    listed = anon.get("/accounts/me/refresh_tokens").json()["data"]
    assert len(listed) == 5
    assert all(item["type"] == "refresh_token" for item in listed)
    assert anon.client.post("/v5/auth/token", json={"token": tokens[0]}).status_code == 404
    assert anon.client.post("/v5/auth/token", json={"token": tokens[-1]}).status_code == 200


def test_deleted_refresh_token_cannot_be_used(anon: Api) -> None:
    refresh = anon.login().json()["refresh_token"]
    token_id = anon.get("/accounts/me/refresh_tokens").json()["data"][0]["id"]
    assert anon.delete(f"/accounts/me/refresh_tokens/{token_id}").status_code == 204
    assert anon.client.post("/v5/auth/token", json={"token": refresh}).status_code == 404
    assert anon.get("/products").status_code == 200, "issued access tokens stay valid"


def test_login_key_writes_need_the_account_password(api: Api) -> None:
    body = {"data": {"type": "login_key", "attributes": {"description": "CI"}}}
    assert api.post("/accounts/me/login_keys", body).status_code == 403
    wrong = {"X-Electricimp-Password": "wrong"}
    assert api.post("/accounts/me/login_keys", body, headers=wrong).status_code == 403
    created = api.post("/accounts/me/login_keys", body, headers=PASSWORD_HEADER)
    assert created.status_code == 201
    key = created.json()["data"]["id"]
    patch = {"data": {"type": "login_key", "id": key, "attributes": {"description": "x"}}}
    assert api.patch(f"/accounts/me/login_keys/{key}", patch).status_code == 403
    assert api.delete(f"/accounts/me/login_keys/{key}").status_code == 403


def test_login_key_exchange_counts_usages_and_delete_revokes_it(api: Api) -> None:
    body = {"data": {"type": "login_key", "attributes": {}}}
    key = api.post("/accounts/me/login_keys", body, headers=PASSWORD_HEADER).json()["data"]["id"]
    exchanged = api.client.post("/v5/auth/token", json={"key": key})
    assert exchanged.status_code == 200 and "refresh_token" not in exchanged.json()
    assert api.get(f"/accounts/me/login_keys/{key}").json()["data"]["attributes"]["usages"] == 1
    deleted = api.delete(f"/accounts/me/login_keys/{key}", headers=PASSWORD_HEADER)
    assert deleted.status_code == 204
    assert api.client.post("/v5/auth/token", json={"key": key}).status_code == 404


@pytest.mark.impcentral_emulator(token_ttl=0.3)
def test_expired_access_token_gets_401(api: Api) -> None:
    assert api.get("/products").status_code == 200
    time.sleep(0.4)
    response = api.get("/products")
    assert response.status_code == 401 and error_codes(response) == ["PX100"]


@pytest.mark.parametrize("header", [None, "Bearer", "Bearer not-a-token", "Basic abc"])
def test_missing_or_invalid_token_gets_401(anon: Api, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    response = anon.client.get("/v5/products", headers=headers)
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/vnd.api+json"


@pytest.mark.parametrize(
    "body",
    [
        {"id": "demo"},
        {"id": "demo", "password": "demo-password", "extra": 1},
        {"id": "demo", "password": "demo-password", "login_token": "x"},
        ["demo"],
    ],
)
def test_malformed_login_bodies_are_400(anon: Api, body: object) -> None:
    assert anon.client.post("/v5/auth", json=body).status_code == 400


@pytest.mark.impcentral_emulator(rate_limit=3)
def test_rate_limit_headers_on_every_response_and_429_beyond(api: Api) -> None:
    statuses = []
    for _ in range(5):
        response = api.get("/products")
        statuses.append(response.status_code)
        assert response.headers["x-ratelimit-limit"] == "3"
        assert int(response.headers["x-ratelimit-reset"]) >= 1
    assert statuses[:3] == [200, 200, 200] and statuses[3:] == [429, 429]
    assert error_codes(response) == ["PX429"]
    assert response.headers["x-ratelimit-remaining"] == "0"
    time.sleep(1.05)
    assert api.get("/products").status_code == 200, "the window resets after a second"
