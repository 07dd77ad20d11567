from typing import Literal

CodeFile = Literal["agent_code", "device_code"]

CODE_FILE_VALUES: set[CodeFile] = {
    "agent_code",
    "device_code",
}


def check_code_file(value: str) -> CodeFile:
    if value in CODE_FILE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CODE_FILE_VALUES!r}")
