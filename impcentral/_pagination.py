"""Walking every page of a list, for ``list_all`` and ``devices.get_all_logs``.

A :class:`Pages` holds the state of one walk (ids seen, pages visited); the clients drive it,
``ImpCentralApi._iterate`` as a generator and ``AsyncImpCentralApi._iterate`` as an async
generator, fetching each page only when the previous one has been consumed.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Hashable, Iterable
from typing import Any, Generic, TypeVar

import httpx

from ._exceptions import ImpCentralError
from ._operation import Operation

T = TypeVar("T")
D = TypeVar("D")

#: How many of the latest ids a walk remembers to drop repeats. The service repeats an item when
#: the list shifts between two page requests, so a repeat comes from the pages just read; a
#: bounded memory of them keeps a walk over any number of items in constant memory.
RECENT_KEYS = 1000


class _FollowLink:
    """GET an absolute ``links.next`` URL verbatim; generated calls only know relative paths.

    Shaped like a generated module so an :class:`Operation` can run it; errors are raised by
    the client's HTTP layer, and :meth:`Operation.result` parses the body.
    """

    @staticmethod
    def _get_kwargs(url: str) -> dict[str, Any]:
        return {"method": "GET", "url": url}


FOLLOW_LINK = _FollowLink()


class Pages(Generic[D, T]):
    """Walks a list through ``links.next``: lazily, without duplicates, without looping.

    ``items`` picks the resources out of a page; ``key`` identifies one for de-duplication
    (the service sometimes repeats entities across pages: an item is dropped when it was among
    the last ``RECENT_KEYS`` yielded); ``None`` keeps every item.
    """

    def __init__(
        self,
        first: Operation[D],
        *,
        items: Callable[[D], Iterable[T]],
        key: Callable[[T], Hashable] | None,
    ) -> None:
        self.first = first
        self._items = items
        self._key = key
        self._seen = _RecentKeys(RECENT_KEYS)
        self._visited: set[str] = set()

    def fresh_items(self, page: D) -> list[T]:
        """The items of ``page`` not yielded before."""
        items = self._items(page)
        if self._key is None:
            return list(items)
        return self._seen.fresh(items, self._key)

    def next_page(self, page: D, origin: httpx.URL) -> Operation[D] | None:
        """The request for the page after ``page``, or ``None`` at the end (or on a loop).

        The bearer token goes with every request, so a link to a server other than ``origin``
        (the API endpoint) is refused rather than followed.
        """
        links = getattr(page, "links", None)
        current = _url(getattr(links, "self_", None), origin)
        following = _url(getattr(links, "next_", None), current or origin)
        if current is not None:
            self._visited.add(str(current))
        if following is None:
            return None
        target = str(following)
        if target in self._visited:
            return None
        if (following.scheme, following.host, following.port) != (
            origin.scheme,
            origin.host,
            origin.port,
        ):
            raise ImpCentralError("Refusing to follow a pagination link to another server")
        self._visited.add(target)
        return Operation(FOLLOW_LINK, (target,), {}, self.first.returns)


class _RecentKeys:
    """The last ``size`` distinct keys added, oldest forgotten first."""

    __slots__ = ("_keys", "_order", "_size")

    def __init__(self, size: int) -> None:
        self._keys: set[Hashable] = set()
        self._order: deque[Hashable] = deque()
        self._size = size

    def fresh(self, items: Iterable[T], key: Callable[[T], Hashable]) -> list[T]:
        """The items whose key is not remembered (the first of each), remembering their keys.

        One call per page rather than per item: list_all runs this for every item it yields.
        """
        keys, order, fresh = self._keys, self._order, []
        for item in items:
            item_key = key(item)
            if item_key in keys:
                continue
            keys.add(item_key)
            order.append(item_key)
            if len(order) > self._size:
                keys.discard(order.popleft())
            fresh.append(item)
        return fresh


def _url(link: Any, base: httpx.URL) -> httpx.URL | None:
    """A link as an absolute URL (relative ones resolved against ``base``), if there is one."""
    if not isinstance(link, str) or not link:
        return None
    url = httpx.URL(link)
    # Links are absolute (the service's are): parsed once, not again by a join with ``base``.
    return url if url.is_absolute_url else base.join(url)
