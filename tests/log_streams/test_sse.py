"""The SSE decoder on awkward byte chunking: whatever the split, the same events come out."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from impcentral.log_streams._sse import Comment, ServerSentEvent, SSEDecoder, SSEProtocolError

Item = ServerSentEvent | Comment


def decode(*chunks: bytes, decoder: SSEDecoder | None = None) -> list[Item]:
    """Every item, with runs of bare `message` data spelt out as the events they stand for."""
    decoder = decoder or SSEDecoder()
    out: list[Item] = []
    for chunk in chunks:
        for item in decoder.feed(chunk):
            if isinstance(item, list):
                out.extend(ServerSentEvent("message", data) for data in item)
            else:
                out.append(item)
    return out


def test_one_event() -> None:
    assert decode(b"event: state_change\ndata: opened\n\n") == [
        ServerSentEvent("state_change", "opened")
    ]


def test_event_name_defaults_to_message() -> None:
    assert decode(b"data: hello\n\n") == [ServerSentEvent("message", "hello")]


@pytest.mark.parametrize("eol", [b"\n", b"\r", b"\r\n"])
def test_every_line_ending(eol: bytes) -> None:
    stream = eol.join([b"event: message", b"data: a", b"data: b", b"", b"data: c", b"", b""])
    assert decode(stream) == [ServerSentEvent("message", "a\nb"), ServerSentEvent("message", "c")]


def test_crlf_split_across_chunks() -> None:
    # The CR ends the line at once; the LF in the next chunk must not end another (empty) line.
    events = decode(b"data: one\r", b"\ndata: two\r", b"\n\r", b"\n")
    assert events == [ServerSentEvent("message", "one\ntwo")]


def test_cr_at_chunk_end_then_empty_line() -> None:
    assert decode(b"data: x\r", b"\r") == [ServerSentEvent("message", "x")]


def test_lone_cr_chunk_between_lines() -> None:
    assert decode(b"data: x", b"\r", b"\n", b"\r\n") == [ServerSentEvent("message", "x")]


def test_multi_line_data_keeps_its_lines() -> None:
    stream = b"event: message\ndata: line 1\ndata:\ndata:  indented\n\n"
    assert decode(stream) == [ServerSentEvent("message", "line 1\n\n indented")]


def test_comments_are_items_not_events() -> None:
    assert decode(b": keep-alive\n\n:no space\n\n") == [Comment("keep-alive"), Comment("no space")]


def test_comment_inside_an_event_does_not_split_it() -> None:
    assert decode(b"data: a\n: ping\ndata: b\n\n") == [
        Comment("ping"),
        ServerSentEvent("message", "a\nb"),
    ]


def test_blocks_without_data_dispatch_nothing() -> None:
    # Event name only, id only, retry only, comment only: no event (and no empty one).
    decoder = SSEDecoder()
    assert decode(b"event: x\n\nid: 7\n\nretry: 1500\n\n: c\n\n", decoder=decoder) == [Comment("c")]
    assert decoder.last_event_id == "7"
    assert decoder.retry == 1500
    # The event name of the empty block must not leak into the next event.
    assert decode(b"event: x\n\ndata: y\n\n") == [ServerSentEvent("message", "y")]


def test_empty_data_line_is_an_event_with_empty_data() -> None:
    assert decode(b"data\n\n") == [ServerSentEvent("message", "")]


def test_id_persists_and_nul_ids_are_ignored() -> None:
    events = decode(b"id: 1\ndata: a\n\ndata: b\n\nid: 2\x003\ndata: c\n\nid\ndata: d\n\n")
    assert [e.id for e in events if isinstance(e, ServerSentEvent)] == ["1", "1", "1", ""]


def test_retry_accepts_only_ascii_digits() -> None:
    decoder = SSEDecoder()
    decode(b"retry: 2000\n\nretry: 12a\n\nretry: \xc2\xb2\n\nretry: -5\n\n", decoder=decoder)
    assert decoder.retry == 2000


def test_field_without_colon_and_value_without_space() -> None:
    assert decode(b"event:state_change\ndata:opened\n\n") == [
        ServerSentEvent("state_change", "opened")
    ]
    assert decode(b"data\ndata\n\n") == [ServerSentEvent("message", "\n")]


def test_unknown_fields_are_ignored() -> None:
    assert decode(b"foo: bar\ndata: x\n\n") == [ServerSentEvent("message", "x")]


def test_utf8_split_inside_a_character() -> None:
    payload = "data: héllo → 日本 🚀\n\n".encode()
    for cut in range(1, len(payload)):
        assert decode(payload[:cut], payload[cut:]) == [
            ServerSentEvent("message", "héllo → 日本 🚀")
        ], cut


def test_invalid_utf8_is_replaced_not_fatal() -> None:
    assert decode(b"data: \xff\xfe ok\n\n") == [ServerSentEvent("message", "\ufffd\ufffd ok")]


def test_leading_byte_order_mark_is_dropped_once() -> None:
    assert decode(b"\xef\xbb", b"\xbfdata: x\n\n", b"data: \xef\xbb\xbfy\n\n") == [
        ServerSentEvent("message", "x"),
        ServerSentEvent("message", "\ufeffy"),
    ]


def test_unfinished_event_waits_for_its_blank_line() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n") == []
    assert decoder.feed(b"data: b\n") == []
    assert decoder.feed(b"\n") == [ServerSentEvent("message", "a\nb")]


def test_one_line_messages_without_ids_come_bare() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"event: message\ndata: x y\n\nevent: message\ndata: z\n\n") == [
        ["x y", "z"],
    ]
    assert decoder.feed(b"event: message\ndata: v\n\nid: 1\n\nevent: message\ndata: w\n\n") == [
        ["v"],
        ServerSentEvent("message", "w", "1"),
    ]


def test_a_flood_of_one_line_messages_comes_as_one_run() -> None:
    flood = b"".join(b"event: message\ndata: line %d\n\n" % i for i in range(1000))
    assert SSEDecoder().feed(flood) == [[f"line {i}" for i in range(1000)]]


@pytest.mark.parametrize("long_line", [0, 15_000, 50_000])
def test_a_long_flood_comes_whole_though_cut_in_windows(long_line: int) -> None:
    lines = [f"line {i} " + "x" * (i % 97) for i in range(2000)]
    if long_line:
        lines[700] = "y" * long_line  # longer than the half window where the next cut is sought
    flood = "".join(f"event: message\ndata: {line}\n\n" for line in lines).encode()
    assert SSEDecoder().feed(flood) == [lines]


def test_runs_are_broken_by_other_events_and_by_ids() -> None:
    stream = (
        b"event: message\ndata: a\n\n"
        b"event: message\ndata: b1\ndata: b2\n\n"
        b"event: message\ndata: c\n\n"
        b": keep-alive\n\n"
        b"event: message\ndata: d\n\n"
        b"event: message\ndata:e\n\n"  # no space after the colon: not the fast path's shape
        b"event: message\ndata: f\n\n"
        b"id: 1\n\n"
        b"event: message\ndata: g\n\n"
    )
    assert SSEDecoder().feed(stream) == [
        ["a"],
        ServerSentEvent("message", "b1\nb2"),
        ["c"],
        Comment("keep-alive"),
        ["d"],
        ServerSentEvent("message", "e"),
        ["f"],
        ServerSentEvent("message", "g", "1"),
    ]


def test_a_chunk_starting_with_the_blank_line_keeps_the_rest_in_one_run() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"event: message\ndata: x\n") == []
    assert decoder.feed(b"\nevent: message\ndata: a\n\nevent: message\ndata: b\n\n") == [
        ServerSentEvent("message", "x"),
        ["a", "b"],
    ]


FLOOD = "".join(
    f"event: message\ndata: d{i} 2024-01-01T00:00:00.000Z development server.log é → 🚀 {i}\n\n"
    for i in range(4)
)


@pytest.mark.parametrize("eol", ["\n", "\r", "\r\n"])
def test_a_flood_split_anywhere(eol: str) -> None:
    # Every cut: inside a line, at a line end, between CR and LF, inside a blank line, inside
    # a multi-byte character.
    stream = FLOOD.replace("\n", eol).encode()
    expected = reference(stream)
    assert len(expected) == 4
    for cut in range(len(stream) + 1):
        assert decode(stream[:cut], stream[cut:]) == expected, cut


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_a_flood_split_at_every_line_end_and_blank_line(eol: str) -> None:
    stream = FLOOD.replace("\n", eol).encode()
    pieces = re.split(b"(?<=\n)", stream)
    assert decode(*pieces) == reference(stream)


def test_reset_drops_the_unfinished_event_but_keeps_id_and_retry() -> None:
    decoder = SSEDecoder()
    decode(b"retry: 300\nid: 9\ndata: partial\ndata: half-a-li", decoder=decoder)
    decoder.reset()
    assert decoder.feed(b"ne\n\ndata: fresh\n\n") == [
        ServerSentEvent("message", "fresh", "9"),
    ]
    assert decoder.retry == 300


def test_oversized_line_or_event_is_a_protocol_error() -> None:
    with pytest.raises(SSEProtocolError):
        SSEDecoder(max_event_size=100).feed(b"data: " + b"x" * 200)
    decoder = SSEDecoder(max_event_size=100)
    with pytest.raises(SSEProtocolError):
        for _ in range(20):
            decoder.feed(b"data: " + b"x" * 10 + b"\n")


STREAM = (
    "\ufeffretry: 1000\r\n"
    ": keep-alive\n"
    "\n"
    "event: state_change\r"
    "data: opened\r"
    "\r"
    "id: 42\n"
    "event: message\n"
    "data: 0123 2024-01-01T00:00:00.000Z development server.log multi\r\n"
    "data: line → ünïcödé 🚀\r\n"
    "\r\n"
    ": keep-alive\r\n"
    "event: state_change\n"
    "data: dev1 subscribed\n"
    "\n"
).encode()


@given(st.lists(st.integers(min_value=0, max_value=len(STREAM)), max_size=30))
def test_any_chunking_gives_the_same_events(cuts: list[int]) -> None:
    bounds = [0, *sorted(cuts), len(STREAM)]
    chunks = [STREAM[a:b] for a, b in itertools.pairwise(bounds)]
    assert decode(*chunks) == decode(STREAM)


def test_reference_stream() -> None:
    assert decode(STREAM) == [
        Comment("keep-alive"),
        ServerSentEvent("state_change", "opened"),
        ServerSentEvent(
            "message",
            "0123 2024-01-01T00:00:00.000Z development server.log multi\nline → ünïcödé 🚀",
            "42",
        ),
        Comment("keep-alive"),
        ServerSentEvent("state_change", "dev1 subscribed", "42"),
    ]


def test_byte_by_byte() -> None:
    assert decode(*(STREAM[i : i + 1] for i in range(len(STREAM)))) == decode(STREAM)


def reference(stream: bytes) -> list[Item]:
    """The grammar applied line by line to the whole stream at once: the decoder's yardstick."""
    text = stream.decode("utf-8", errors="replace").removeprefix("\ufeff")
    lines = re.split(r"\r\n|\r|\n", text)[:-1]  # the text after the last line end is unfinished
    out: list[Item] = []
    data: list[str] = []
    event, last_id = "", None
    for line in lines:
        if not line:
            if data:
                out.append(ServerSentEvent(event or "message", "\n".join(data), last_id))
            data, event = [], ""
        elif line.startswith(":"):
            out.append(Comment(line[1:].removeprefix(" ")))
        else:
            name, colon, value = line.partition(":")
            value = value.removeprefix(" ") if colon else value
            if name == "data":
                data.append(value)
            elif name == "event":
                event = value
            elif name == "id" and "\0" not in value:
                last_id = value
    return out


LINE = st.one_of(
    st.builds(
        lambda v: f"data: {v}",
        st.text(
            alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\n"),
            max_size=8,
        ),
    ),
    st.sampled_from(
        ["", "", "", "data", "data:", "event: state_change", "event: message", "event:"]
    ),
    st.sampled_from([": keep-alive", ":", "id: 7", "id", "retry: 10", "unknown: x", "data:  two"]),
)


@given(
    st.lists(st.tuples(LINE, st.sampled_from(["\n", "\r", "\r\n"])), max_size=25),
    st.lists(st.integers(min_value=0, max_value=400), max_size=10),
)
def test_decoder_agrees_with_the_grammar(lines: list[tuple[str, str]], cuts: list[int]) -> None:
    stream = "".join(line + end for line, end in lines).encode()
    bounds = [0, *sorted(c for c in cuts if c <= len(stream)), len(stream)]
    chunks = [stream[a:b] for a, b in itertools.pairwise(bounds)]
    assert decode(*chunks) == reference(stream)


BLOCK = st.one_of(
    st.builds(
        lambda v: f"event: message\ndata: {v}\n\n",
        st.text(
            alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\n"),
            max_size=6,
        ),
    ),
    st.sampled_from(
        [
            "event: message\ndata: a\ndata: b\n\n",
            "event: message\ndata:x\n\n",
            "event: message\n: ping\ndata: c\n\n",
            "event: message\ndata: \n\n",
            "event: state_change\ndata: opened\n\n",
            ": keep-alive\n\n",
            "id: 3\n\n",
            "\n",
            "data: event: message\n\n",
        ]
    ),
)


@given(
    st.lists(BLOCK, max_size=30),
    st.sampled_from(["\n", "\r", "\r\n"]),
    st.lists(st.integers(min_value=0, max_value=600), max_size=8),
)
def test_runs_of_messages_agree_with_the_grammar(
    blocks: list[str], eol: str, cuts: list[int]
) -> None:
    stream = "".join(blocks).replace("\n", eol).encode()
    bounds = [0, *sorted(c for c in cuts if c <= len(stream)), len(stream)]
    chunks = [stream[a:b] for a, b in itertools.pairwise(bounds)]
    assert decode(*chunks) == reference(stream)
