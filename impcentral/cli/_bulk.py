"""Work on many entities at once: all requests in flight together, paced by the SDK.

``AsyncImpCentralApi`` keeps a few requests on the wire at a time and sends at most the service's
rate limit per one-second window; so handing it everything at once runs at the rate limit, never
one round trip at a time. A progress bar on stderr shows how far it got.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from impcentral import ImpCentralApiError

from ._output import Output

if TYPE_CHECKING:
    from rich.progress import Progress

T = TypeVar("T")
R = TypeVar("R")
# Pages of a listing of unknown length asked for at once to begin with, and at most.
PAGE_WINDOW = 4
MAX_WINDOW = 16


def progress(output: Output) -> Progress:
    """A bar on stderr, drawn only on a terminal (imported when needed: it is slow to load)."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=output.err,
        disable=not output.err.is_terminal,
        transient=False,
    )


async def each(
    output: Output,
    label: str,
    items: Sequence[T],
    action: Callable[[T], Awaitable[object]],
    weight: Callable[[T], int] = lambda item: 1,
) -> list[tuple[T, ImpCentralApiError]]:
    """``action`` for every item at once; the API errors per item (the others go on). An item
    counts ``weight(item)`` on the bar (a batch of devices counts each device)."""
    failures: list[tuple[T, ImpCentralApiError]] = []
    with progress(output) as bar:
        task = bar.add_task(label, total=sum(weight(item) for item in items))

        async def one(item: T) -> None:
            try:
                await action(item)
            except ImpCentralApiError as exc:
                failures.append((item, exc))
            finally:
                bar.advance(task, weight(item))

        await asyncio.gather(*(one(item) for item in items))
    return failures


async def pages(
    fetch: Callable[[int], Awaitable[tuple[list[R], bool]]],
    page_size: int,
    on_page: Callable[[int], object] = lambda count: None,
) -> list[R]:
    """Every page of a listing whose length is unknown. ``fetch(number)`` gives a page's items
    and whether the page links to a next one.

    ``PAGE_WINDOW`` pages are asked for at once, and two more each time a page says more follow
    (up to ``MAX_WINDOW`` in flight), so a long listing takes few round trips and a short one
    asks for few pages past its end. The last page is the first without a next link or shorter
    than ``page_size``; once it and every page before it are in, requests still in flight are
    cancelled, so no round trip is spent waiting on pages past the end. ``on_page`` gets each
    page's length.
    """
    found: dict[int, list[R]] = {}
    running: dict[asyncio.Future[tuple[list[R], bool]], int] = {}
    last: int | None = None
    next_number = 1

    def ask(count: int) -> None:
        nonlocal next_number
        while count > 0 and len(running) < MAX_WINDOW and (last is None or next_number <= last):
            running[asyncio.ensure_future(fetch(next_number))] = next_number
            next_number += 1
            count -= 1

    ask(PAGE_WINDOW)
    try:
        while last is None or any(n not in found for n in range(1, last + 1)):
            done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                number = running.pop(task)
                items, linked = task.result()
                found[number] = items
                on_page(len(items))
                more = linked and len(items) >= page_size
                if not more and (last is None or number < last):
                    last = number
                ask(2 if more else 0)
    finally:
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
    return [item for number in range(1, last + 1) for item in found[number]]
