"""``make bench``: what users of the SDK feel, against raw httpx and the official Node client.

Run ``python -m tests.bench --help`` for options; README.md here describes every scenario, its
target and how to read the table. Nothing here is collected by ``make test``.
"""
