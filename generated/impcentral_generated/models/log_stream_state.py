from typing import Literal

LogStreamState = Literal["closed", "opened", "subscribed", "unsubscribed"]

LOG_STREAM_STATE_VALUES: set[LogStreamState] = {
    "closed",
    "opened",
    "subscribed",
    "unsubscribed",
}


def check_log_stream_state(value: str) -> LogStreamState:
    if value in LOG_STREAM_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOG_STREAM_STATE_VALUES!r}"
    )
