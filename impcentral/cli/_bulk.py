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
# Pages of a listing of unknown length requested at once: enough to keep a rate-limited
# connection busy at any round trip; at most this many minus one are asked for past the end.
PAGE_WINDOW = 4


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
    fetch: Callable[[int], Awaitable[list[R]]],
    page_size: int,
    on_page: Callable[[int], object] = lambda count: None,
) -> list[R]:
    """Every page of a listing whose length is unknown, ``PAGE_WINDOW`` pages in flight (the
    SDK's ``list_all`` asks for one page at a time, ahead of the reader).

    Page numbers are handed out in order; the first page shorter than ``page_size`` is the last,
    and pages after it (asked for meanwhile) are dropped. ``on_page`` gets each page's length.
    """
    found: dict[int, list[R]] = {}
    next_number = 1
    last: int | None = None

    async def worker() -> None:
        nonlocal next_number, last
        while last is None or next_number <= last:
            number, next_number = next_number, next_number + 1
            items = await fetch(number)
            found[number] = items
            on_page(len(items))
            if len(items) < page_size and (last is None or number < last):
                last = number

    await asyncio.gather(*(worker() for _ in range(PAGE_WINDOW)))
    kept = (found[number] for number in sorted(found) if last is None or number <= last)
    return [item for page in kept for item in page]
