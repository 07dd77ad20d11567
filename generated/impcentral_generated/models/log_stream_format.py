from typing import Literal

LogStreamFormat = Literal["json", "text"]

LOG_STREAM_FORMAT_VALUES: set[LogStreamFormat] = {
    "json",
    "text",
}


def check_log_stream_format(value: str) -> LogStreamFormat:
    if value in LOG_STREAM_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOG_STREAM_FORMAT_VALUES!r}"
    )
