from typing import Literal

LogType = Literal[
    "agent.error",
    "agent.log",
    "firmware",
    "lastexitcode",
    "powerstate",
    "server.error",
    "server.log",
    "server.sleep",
    "status",
]

LOG_TYPE_VALUES: set[LogType] = {
    "agent.error",
    "agent.log",
    "firmware",
    "lastexitcode",
    "powerstate",
    "server.error",
    "server.log",
    "server.sleep",
    "status",
}


def check_log_type(value: str) -> LogType:
    if value in LOG_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOG_TYPE_VALUES!r}")
