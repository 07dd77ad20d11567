"""``_bulk.pages``: every page of a listing of unknown length, in order, without waiting on
pages past its end."""

from __future__ import annotations

import asyncio

import pytest

from impcentral.cli import _bulk

SIZE = 10


class Listing:
    """``pages`` full pages then a short one; a page past the end is answered only when
    ``past_end`` is set (never, unless a test sets it)."""

    def __init__(self, pages: int, short: int = 0, linked_last: bool = False) -> None:
        self.pages, self.short, self.linked_last = pages, short, linked_last
        self.asked: list[int] = []
        self.in_flight = self.most_in_flight = 0
        self.cancelled = 0
        self.past_end = asyncio.Event()

    def length(self, number: int) -> int:
        if number <= self.pages:
            return SIZE
        return self.short if number == self.pages + 1 else 0

    async def fetch(self, number: int) -> tuple[list[int], bool]:
        self.asked.append(number)
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await asyncio.sleep(0.001 * (number % 3))  # answers out of order
            if self.length(number) == 0 and number > 1:
                await self.past_end.wait()
            items = [number * 100 + i for i in range(self.length(number))]
            last = number >= self.pages + (1 if self.short else 0)
            return items, self.linked_last or not last
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        finally:
            self.in_flight -= 1


def expected(listing: Listing) -> list[int]:
    numbers = range(1, listing.pages + (2 if listing.short else 1))
    return [n * 100 + i for n in numbers for i in range(listing.length(n))]


@pytest.mark.parametrize(
    "listing",
    [
        Listing(pages=1),
        Listing(pages=3),
        Listing(pages=10, short=4),
        Listing(pages=40),
    ],
    ids=["one page", "three full", "ten and a short one", "forty"],
)
def test_every_page_in_order_without_waiting_past_the_end(listing: Listing) -> None:
    found = asyncio.run(asyncio.wait_for(_bulk.pages(listing.fetch, SIZE), 10))

    assert found == expected(listing)
    assert listing.in_flight == 0  # what was still asked past the end was cancelled
    assert listing.cancelled == len([n for n in listing.asked if listing.length(n) == 0])


def test_a_short_page_ends_the_listing_even_if_it_links_on() -> None:
    listing = Listing(pages=2, short=3, linked_last=True)

    found = asyncio.run(asyncio.wait_for(_bulk.pages(listing.fetch, SIZE), 10))

    assert found == expected(listing)


def test_a_long_listing_asks_more_pages_at_once_as_it_goes_up_to_the_cap() -> None:
    listing = Listing(pages=60)

    asyncio.run(_bulk.pages(listing.fetch, SIZE))

    assert _bulk.PAGE_WINDOW < listing.most_in_flight <= _bulk.MAX_WINDOW
    assert len(listing.asked) <= 60 + _bulk.MAX_WINDOW


def test_a_failed_page_fails_the_listing_and_cancels_the_others() -> None:
    listing = Listing(pages=20)

    async def fetch(number: int) -> tuple[list[int], bool]:
        if number == 6:
            raise RuntimeError("page 6")
        return await listing.fetch(number)

    with pytest.raises(RuntimeError, match="page 6"):
        asyncio.run(_bulk.pages(fetch, SIZE))
    assert listing.in_flight == 0
