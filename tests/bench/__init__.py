"""``make bench``: the SDK against raw httpx and the official Node client, in one run.

Run ``python -m tests.bench --help`` for options. Every scenario interleaves its contenders round
by round on the same emulator (a separate process, rate limiting off), reports medians and
ratios to the baseline, and checks them against the targets of issue 6. Nothing here is
collected by ``make test``.
"""
