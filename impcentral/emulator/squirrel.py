"""Just enough Squirrel to behave like impCentral with real code.

``check`` finds the obvious syntax errors a compiler would reject (unbalanced brackets,
unterminated strings and comments); ``log_calls`` gives the lines the simulated devices print
with ``server.log`` / ``server.error`` when the code runs.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from impcentral.emulator import squirrel_run

_PAIRS = {"}": "{", "]": "[", ")": "("}
_CLOSERS = {opener: closer for closer, opener in _PAIRS.items()}
_LOG_CALL = re.compile(r'server\.(log|error)\(\s*"((?:[^"\\\n]|\\.)*)"\s*\)')
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "'": "'", "0": "\0"}


@dataclass(frozen=True, slots=True)
class CompileError:
    row: int
    column: int
    text: str


def check(code: str) -> CompileError | None:
    """The first syntax error in ``code`` (1-based row and column), or ``None``."""
    stack: list[tuple[str, int, int]] = []
    row, col = 1, 1
    i, n = 0, len(code)

    def advance(count: int = 1) -> None:
        nonlocal i, row, col
        for _ in range(count):
            if i < n and code[i] == "\n":
                row, col = row + 1, 1
            else:
                col += 1
            i += 1

    while i < n:
        ch = code[i]
        nxt = code[i + 1] if i + 1 < n else ""
        if (ch == "/" and nxt == "/") or ch == "#":
            while i < n and code[i] != "\n":
                advance()
        elif ch == "/" and nxt == "*":
            start_row, start_col = row, col
            advance(2)
            while i < n and not (code[i] == "*" and i + 1 < n and code[i + 1] == "/"):
                advance()
            if i >= n:
                return CompileError(start_row, start_col, "unfinished comment")
            advance(2)
        elif ch == "@" and nxt == '"':
            start_row, start_col = row, col
            advance(2)
            while True:
                if i >= n:
                    return CompileError(start_row, start_col, "unfinished string")
                if code[i] == '"':
                    if i + 1 < n and code[i + 1] == '"':
                        advance(2)
                        continue
                    advance()
                    break
                advance()
        elif ch in "\"'":
            start_row, start_col = row, col
            advance()
            while True:
                if i >= n or code[i] == "\n":
                    return CompileError(start_row, start_col, "newline in a constant")
                if code[i] == "\\":
                    advance(2)
                    continue
                if code[i] == ch:
                    advance()
                    break
                advance()
        elif ch in _CLOSERS:
            stack.append((ch, row, col))
            advance()
        elif ch in _PAIRS:
            if not stack or stack[-1][0] != _PAIRS[ch]:
                expected = (
                    f"expected '{_CLOSERS[stack[-1][0]]}'" if stack else "expression expected"
                )
                return CompileError(row, col, f"{expected}, found '{ch}'")
            stack.pop()
            advance()
        else:
            advance()
    if stack:
        return CompileError(row, col, f"expected '{_CLOSERS[stack[-1][0]]}'")
    return None


@functools.lru_cache(maxsize=64)
def log_calls(code: str) -> tuple[tuple[str, str], ...]:
    """``(kind, message)`` for each line the code prints with ``server.log``/``server.error``.

    Code within the subset :mod:`squirrel_run` evaluates (variables, loops, string arithmetic)
    prints what it would print on an imp; for anything else the literal calls in the text stand
    in, in order.
    """
    try:
        return tuple(squirrel_run.run(code))
    except squirrel_run.Unsupported:
        return tuple((kind, _unescape(text)) for kind, text in _LOG_CALL.findall(code))


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), text)
