from typing import Any, TypeAlias

from ... import types
from ...models.log_stream_document import LogStreamDocument


def request_kwargs() -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for POST ``/logstream``"""

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/logstream",
    }

    return _kwargs


Document: TypeAlias = LogStreamDocument | LogStreamDocument
""" What a successful call returns (200, 201) """


def parse(document: Any) -> Document:
    """The document of a 200, 201 answer (JSON already decoded): the first of
    LogStreamDocument, LogStreamDocument that reads it as sent"""
    value: Document = types.read_first(document, (LogStreamDocument, LogStreamDocument))
    return value
