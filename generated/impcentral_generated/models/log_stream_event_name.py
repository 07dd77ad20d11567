from typing import Literal

LogStreamEventName = Literal["message", "state_change"]

LOG_STREAM_EVENT_NAME_VALUES: set[LogStreamEventName] = {
    "message",
    "state_change",
}


def check_log_stream_event_name(value: str) -> LogStreamEventName:
    if value in LOG_STREAM_EVENT_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOG_STREAM_EVENT_NAME_VALUES!r}"
    )
