"""``--write``: a scratch product, device group, deployment and webhook, each created, read,
changed and deleted through checked requests, under a name no one else uses.

However the scenario ends (a drift, an error, Ctrl-C, SIGTERM) everything under that name is
deleted afterwards, found by listing the account rather than from the answers the scenario saw:
a resource created by a request whose answer never arrived is deleted too. (Log streams are left
out: nothing can delete them.)
"""

from __future__ import annotations

import contextlib
import secrets
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any

import requests
from schemathesis import Response

from .checker import Checker, data_of

PREFIX = "impcentral-contract-"
GROUP_TYPE = "development_devicegroup"
NOTE = "Scratch resource of an impcentral contract run; safe to delete."

#: The write operations the scenario checks.
WRITES = frozenset(
    {
        ("POST", "/products"),
        ("PATCH", "/products/{product_id}"),
        ("DELETE", "/products/{product_id}"),
        ("POST", "/devicegroups"),
        ("PATCH", "/devicegroups/{device_group_id}"),
        ("DELETE", "/devicegroups/{device_group_id}"),
        ("POST", "/devicegroups/{device_group_id}/restart"),
        ("POST", "/devicegroups/{device_group_id}/conditional_restart"),
        ("POST", "/deployments"),
        ("PATCH", "/deployments/{deployment_id}"),
        ("DELETE", "/deployments/{deployment_id}"),
        ("POST", "/webhooks"),
        ("PATCH", "/webhooks/{webhook_id}"),
        ("DELETE", "/webhooks/{webhook_id}"),
    }
)


class CleanupError(Exception):
    """Scratch resources could not all be deleted; the message names them."""


def created_id(response: Response) -> str | None:
    """The new resource's id from a 200/201 answer, else ``None``."""
    if response.status_code not in (200, 201):
        return None
    data = data_of(response)
    ident = data.get("id") if isinstance(data, dict) else None
    return ident if isinstance(ident, str) and ident else None


class Scenario:
    """Product, then device group, then deployment and webhook in it; each read and changed
    after its creation, and deleted in the reverse order."""

    def __init__(self, checker: Checker, endpoint: str, name: str | None = None) -> None:
        self.checker = checker
        self.endpoint = endpoint
        self.name = name or f"{PREFIX}{secrets.token_hex(4)}"

    def run(self) -> None:
        with deleting_afterwards(lambda: delete_scratch(self.checker, self.endpoint, self.name)):
            self._scenario()

    def _scenario(self) -> None:
        call = self.checker.call
        product = created_id(
            call(
                "POST",
                "/products",
                body=_resource("product", {"name": self.name, "description": NOTE}),
            )
        )
        if product is None:
            return
        ids = {"product_id": product}
        call("GET", "/products/{product_id}", path_parameters=ids)
        call(
            "PATCH",
            "/products/{product_id}",
            path_parameters=ids,
            body=_resource("product", {"description": NOTE + " (updated)"}, product),
        )
        group = created_id(
            call(
                "POST",
                "/devicegroups",
                body=_resource(
                    GROUP_TYPE,
                    {"name": self.name, "description": NOTE},
                    product={"type": "product", "id": product},
                ),
            )
        )
        if group is not None:
            self._in_group(group)
        call("DELETE", "/products/{product_id}", path_parameters=ids)

    def _in_group(self, group: str) -> None:
        call = self.checker.call
        ids = {"device_group_id": group}
        linkage = {"type": GROUP_TYPE, "id": group}
        call("GET", "/devicegroups/{device_group_id}", path_parameters=ids)
        call(
            "PATCH",
            "/devicegroups/{device_group_id}",
            path_parameters=ids,
            body=_resource(GROUP_TYPE, {"description": NOTE + " (updated)"}, group),
        )
        call("POST", "/devicegroups/{device_group_id}/restart", path_parameters=ids)
        call("POST", "/devicegroups/{device_group_id}/conditional_restart", path_parameters=ids)
        deployment = created_id(
            call(
                "POST",
                "/deployments",
                body=_resource(
                    "deployment",
                    {
                        "device_code": 'server.log("impcentral contract run");',
                        "agent_code": "",
                        "description": NOTE,
                        "tags": ["impcentral-contract"],
                    },
                    devicegroup=linkage,
                ),
            )
        )
        if deployment is not None:
            path = "/deployments/{deployment_id}"
            call("GET", path, path_parameters={"deployment_id": deployment})
            call("GET", "/deployments", query={"filter[devicegroup.id]": group})
            call(
                "PATCH",
                path,
                path_parameters={"deployment_id": deployment},
                body=_resource("deployment", {"description": NOTE + " (updated)"}, deployment),
            )
        webhook = created_id(
            call(
                "POST",
                "/webhooks",
                body=_resource(
                    "webhook",
                    {
                        "url": "https://example.com/impcentral-contract",
                        "event": "deployment",
                        "content_type": "application/json",
                    },
                    devicegroup=linkage,
                ),
            )
        )
        if webhook is not None:
            path = "/webhooks/{webhook_id}"
            hook = {"webhook_id": webhook}
            call("GET", path, path_parameters=hook)
            call(
                "PATCH",
                path,
                path_parameters=hook,
                body=_resource(
                    "webhook", {"url": "https://example.com/impcentral-contract/2"}, webhook
                ),
            )
            call("DELETE", path, path_parameters=hook)
        if deployment is not None:
            call(
                "DELETE",
                "/deployments/{deployment_id}",
                path_parameters={"deployment_id": deployment},
            )
        call("DELETE", "/devicegroups/{device_group_id}", path_parameters=ids)


def _resource(
    kind: str, attributes: dict[str, Any], ident: str | None = None, **relationships: Any
) -> dict[str, Any]:
    data: dict[str, Any] = {"type": kind, "attributes": attributes}
    if ident is not None:
        data["id"] = ident
    if relationships:
        data["relationships"] = relationships
    return {"data": data}


def delete_scratch(checker: Checker, endpoint: str, name: str) -> None:
    """Delete the products named ``name`` and everything in them: the webhooks and deployments
    of their device groups, the groups, the products. ``CleanupError`` if any of it stays.

    Plain requests through the paced session, reading JSON as it comes: a service whose
    documents drifted is still cleaned up.
    """
    cleaner = _Cleaner(checker, endpoint)
    try:
        for product in cleaner.ids("/products", lambda r: _name(r) == name):
            for group in cleaner.ids("/devicegroups", query={"filter[product.id]": product}):
                query = {"filter[devicegroup.id]": group}
                for hook in cleaner.ids("/webhooks", query=query):
                    cleaner.delete(f"/webhooks/{hook}")
                for deployment in cleaner.ids("/deployments", query=query):
                    # The service may keep a group's last deployment; it goes with the group.
                    cleaner.delete(f"/deployments/{deployment}", also_fine=(409,))
                cleaner.delete(f"/devicegroups/{group}")
            cleaner.delete(f"/products/{product}")
    except (CleanupError, requests.RequestException) as exc:
        raise CleanupError(
            f"could not delete the scratch resources named {name!r} ({exc}); delete them by hand"
        ) from None


def _name(resource: dict[str, Any]) -> Any:
    attributes = resource.get("attributes")
    return attributes.get("name") if isinstance(attributes, dict) else None


class _Cleaner:
    MAX_PAGES = 100

    def __init__(self, checker: Checker, endpoint: str) -> None:
        self.checker = checker
        self.endpoint = endpoint.rstrip("/")

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.checker.bearer()}",
            "Accept": "application/vnd.api+json",
        }

    def ids(
        self,
        path: str,
        keep: Callable[[dict[str, Any]], bool] = lambda resource: True,
        query: dict[str, str] | None = None,
    ) -> list[str]:
        """Ids of every resource in the collection (all pages) that ``keep`` accepts."""
        found: list[str] = []
        url: str | None = self.endpoint + path
        params: dict[str, str] | None = {**(query or {}), "page[size]": "100"}
        for _ in range(self.MAX_PAGES):
            if url is None:
                break
            response = self.checker.session.get(url, params=params, headers=self._headers())
            if response.status_code != 200:
                raise CleanupError(f"GET {path} answered {response.status_code}")
            document = response.json()
            for resource in document.get("data") or []:
                if isinstance(resource, dict) and keep(resource) and resource.get("id"):
                    found.append(str(resource["id"]))
            following = (document.get("links") or {}).get("next")
            url, params = (following, None) if following and following != url else (None, None)
        return list(dict.fromkeys(found))

    def delete(self, path: str, also_fine: tuple[int, ...] = ()) -> None:
        """Delete; "already gone" (404) counts as done."""
        response = self.checker.session.delete(self.endpoint + path, headers=self._headers())
        if not (response.ok or response.status_code in (404, *also_fine)):
            raise CleanupError(f"DELETE {path} answered {response.status_code}")


@contextlib.contextmanager
def deleting_afterwards(clean: Callable[[], None]) -> Iterator[None]:
    """Run the body, then ``clean`` however the body ends.

    SIGTERM becomes a ``KeyboardInterrupt`` like Ctrl-C, so both reach ``clean``; while ``clean``
    runs, further Ctrl-C or SIGTERM are ignored (the user is told to wait). Signal handlers can
    only be set from the main thread; elsewhere the body is just followed by ``clean``.
    """
    on_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _interrupt) if on_main else None
    try:
        yield
    finally:
        try:
            with _patience() if on_main else contextlib.nullcontext():
                clean()
        finally:
            if on_main:
                signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def _patience() -> Iterator[None]:
    """Ctrl-C and SIGTERM only print a message for the duration."""
    previous = {s: signal.signal(s, _wait) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def _wait(signum: int, frame: FrameType | None) -> None:
    print("\nDeleting the scratch resources; please wait.", file=sys.stderr, flush=True)
