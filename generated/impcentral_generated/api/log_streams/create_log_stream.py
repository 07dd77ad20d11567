from typing import Any, TypeAlias

from ...models.log_stream_document import LogStreamDocument


def request_kwargs() -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for POST ``/logstream``"""

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/logstream",
    }

    return _kwargs


Document: TypeAlias = LogStreamDocument
""" What a successful call returns (200, 201) """


def parse(document: Any) -> Document:
    """The document of a 200, 201 answer (JSON already decoded)"""
    return LogStreamDocument.from_dict(document)
