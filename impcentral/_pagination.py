"""Walking every page of a list, for ``list_all`` and ``devices.get_all_logs``.

A :class:`Pages` holds the state of one walk (ids seen, pages visited); the clients drive it,
``ImpCentralApi._iterate`` as a generator and ``AsyncImpCentralApi._iterate`` as an async
generator. They read one page ahead: as soon as a page's JSON is read, its ``links.next`` is
requested (on a thread, or in a task; in place over a transport that does not report when it
has sent a request) while the page's models are built and its items consumed, so the server's
time for the next page overlaps the client's for this one. A walk abandoned early has cost at
most that one extra request.
"""

from __future__ import annotations

import contextvars
import threading
from collections import deque
from collections.abc import Awaitable, Callable, Generator, Hashable, Iterable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import httpx
import sniffio

from ._exceptions import ImpCentralError
from ._operation import Operation

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future

T = TypeVar("T")
D = TypeVar("D")
R = TypeVar("R")

#: How many of the latest ids a walk remembers to drop repeats. The service repeats an item when
#: the list shifts between two page requests, so a repeat comes from the pages just read; a
#: bounded memory of them keeps a walk over any number of items in constant memory.
RECENT_KEYS = 1000


class _FollowLink(Generic[D]):
    """GET an absolute ``links.next`` URL verbatim; generated calls only know relative paths.

    Shaped like a generated module so an :class:`Operation` can run it; errors are raised by
    the client's HTTP layer, and the first page's ``parse`` reads the body.
    """

    def __init__(self, parse: Callable[[Any], D]) -> None:
        self.parse = parse

    @staticmethod
    def request_kwargs(url: str) -> dict[str, Any]:
        return {"method": "GET", "url": url}


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
        self._refused: ImpCentralError | None = None

    def fresh_items(self, page: D) -> list[T]:
        """The items of ``page`` not yielded before."""
        items = self._items(page)
        if self._key is None:
            return list(items)
        return self._seen.fresh(items, self._key)

    def next_page(self, document: Any, origin: httpx.URL) -> Operation[D] | None:
        """The request for the page after ``document`` (a page's JSON), or ``None`` at the end,
        on a loop, or for a link that is refused.

        The bearer token goes with every request, so a link to a server other than ``origin``
        (the API endpoint) is refused rather than followed; :meth:`end` raises that refusal,
        once the items of the page that carried the link have been yielded.
        """
        links = document.get("links") if isinstance(document, dict) else None
        if not isinstance(links, dict):
            links = {}
        current = _url(links.get("self"), origin)
        following = _url(links.get("next"), current or origin)
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
            self._refused = ImpCentralError(
                "Refusing to follow a pagination link to another server"
            )
            return None
        self._visited.add(target)
        return Operation(_FollowLink(self.first.endpoint.parse), (target,))

    def end(self) -> None:
        """The walk is over: raise if it ended on a refused link."""
        if self._refused is not None:
            raise self._refused


#: How long a caller waits for a page read ahead to be sent before it builds models anyway.
SEND_WAIT = 0.5

_SENT = "send_request_body.complete"  # the end of httpcore's "http11." / "http2." trace event

Fetch = Callable[[Operation[Any], dict[str, Any]], R]
AsyncFetch = Callable[[Operation[Any], dict[str, Any]], Awaitable[R]]


class ReadAhead(Generic[R]):
    """Starts the request for a page before the page is needed, for one walk.

    The request runs on a thread of its own, with the caller's context variables, and
    :meth:`start` returns once it is sent: until then the thread needs the GIL, which the
    caller, building models, would hold for a whole switch interval. httpcore's ``trace``
    extension (httpcore's connections call it) tells when it is sent. A transport
    that does not tell keeps the caller waiting for the whole request anyway, so after one such
    request the walk makes its requests in place, each before the previous page is used.
    A thread per page rather than a pool: nothing to shut down, and starting one costs far less
    than the request it runs. A walk abandoned early just never reads the result.
    """

    def __init__(self, fetch: Fetch[R]) -> None:
        self._fetch = fetch
        self._on_threads = True

    def start(self, operation: Operation[Any]) -> Future[R]:
        from concurrent.futures import Future  # imported by the first walk, not by the SDK

        future: Future[R] = Future()
        if not self._on_threads:
            try:
                future.set_result(self._fetch(operation, {}))
            except Exception as exc:  # raised where the page would have been read
                future.set_exception(exc)
            return future
        context = contextvars.copy_context()
        sent = threading.Event()
        traced = False

        def trace(event: str, info: dict[str, Any]) -> None:
            nonlocal traced
            if event.endswith(_SENT):
                traced = True
                sent.set()

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(context.run(self._fetch, operation, {"trace": trace}))
            except BaseException as exc:
                future.set_exception(exc)
            finally:
                sent.set()

        threading.Thread(target=run, name="impcentral-next-page", daemon=True).start()
        sent.wait(SEND_WAIT)
        self._on_threads = traced or not future.done()  # still connecting is no verdict
        return future


class AsyncReadAhead(Generic[R]):
    """:class:`ReadAhead` for the async client: a task per page, given the loop until its
    request is sent (a consumer that never awaits would otherwise leave it unsent until the
    page is used up); in place when the transport does not say when it sends, or under
    another event loop than asyncio (trio: a task cannot outlive the walk's scope there)."""

    def __init__(self, fetch: AsyncFetch[R]) -> None:
        self._fetch = fetch
        self._in_tasks = True

    async def start(self, operation: Operation[Any]) -> asyncio.Future[R] | Fetched[R]:
        if not self._in_tasks or sniffio.current_async_library() != "asyncio":
            try:
                return Fetched(await self._fetch(operation, {}))
            except Exception as exc:
                return Fetched(error=exc)
        import asyncio  # loaded already wherever the async client runs on asyncio

        sent = asyncio.Event()

        async def trace(event: str, info: dict[str, Any]) -> None:
            if event.endswith(_SENT):
                sent.set()

        task = asyncio.ensure_future(self._fetch(operation, {"trace": trace}))
        waiter = asyncio.ensure_future(sent.wait())
        try:
            await asyncio.wait(
                (task, waiter), timeout=SEND_WAIT, return_when=asyncio.FIRST_COMPLETED
            )
        except BaseException:  # the walk itself was cancelled
            abandon(task)
            raise
        finally:
            waiter.cancel()
        self._in_tasks = sent.is_set() or not task.done()
        return task


class Fetched(Generic[R]):
    """A page read in place, awaited like one read ahead."""

    def __init__(self, result: R | None = None, error: Exception | None = None) -> None:
        self._result = result
        self._error = error

    def __await__(self) -> Generator[Any, None, R]:
        if self._error is not None:
            raise self._error
        return cast(R, self._result)
        yield  # a generator, as __await__ must return one

    def cancel(self) -> bool:
        return False

    def add_done_callback(self, callback: Callable[[Any], object]) -> None:
        """Nothing is left to finish."""


def abandon(ahead: Future[Any] | asyncio.Future[Any] | Fetched[Any]) -> None:
    """Give up a page read ahead: cancelled if it can be, else left to finish unread. A
    failure it ends in is nobody's error (asyncio would log it as never retrieved)."""
    ahead.cancel()
    ahead.add_done_callback(_ignore)


def _ignore(done: Future[Any] | asyncio.Future[Any]) -> None:
    if not done.cancelled():
        done.exception()


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
