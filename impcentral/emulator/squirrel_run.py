"""Run the straight-line part of Squirrel code for the log lines it prints.

Enough for the code people deploy to try a device: ``local`` variables, numbers, strings and
their arithmetic, ``if``, ``while``, ``for``, ``break``/``continue`` and ``server.log`` /
``server.error``. Anything else (functions, classes, tables, other calls) raises
:class:`Unsupported`, and the caller falls back to the literal log calls in the text.
A loop that runs too long stops, as the watchdog of a real imp would restart it.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from typing import Any

MAX_STEPS = 100_000
MAX_LINES = 1000

_TOKEN = re.compile(
    r"""(?P<space>\s+|//[^\n]*|\#[^\n]*|/\*.*?\*/)
      |(?P<number>\d+\.\d*(?:[eE][-+]?\d+)?|\d+)
      |(?P<string>@"(?:[^"]|"")*"|"(?:[^"\\\n]|\\.)*")
      |(?P<name>[A-Za-z_]\w*)
      |(?P<op>==|!=|<=|>=|&&|\|\||\+\+|--|[-+*/%]=|[-+*/%<>!=(){};,.])""",
    re.VERBOSE | re.DOTALL,
)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "'": "'", "0": "\0"}
_BINARY = [("||",), ("&&",), ("==", "!="), ("<", "<=", ">", ">="), ("+", "-"), ("*", "/", "%")]

Env = dict[str, Any]
Expr = Callable[[Env], Any]
Stmt = Callable[[Env], None]


class Unsupported(Exception):
    """The code uses something outside the subset."""


class _Break(Exception):
    pass


class _Continue(Exception):
    pass


class _Stop(Exception):
    """Step or line budget spent."""


def run(code: str) -> list[tuple[str, str]]:
    """``(kind, message)`` for each ``server.log``/``server.error`` the code prints, in order."""
    try:
        return _Parser(code, _Output()).program()()
    except RecursionError:
        raise Unsupported("nested too deeply") from None


class _Output:
    def __init__(self) -> None:
        self.lines: list[tuple[str, str]] = []
        self.steps = 0

    def step(self) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise _Stop

    def emit(self, kind: str, value: Any) -> None:
        self.lines.append((kind, _text(value)))
        if len(self.lines) >= MAX_LINES:
            raise _Stop


def _text(value: Any) -> str:
    """Squirrel's ``tostring``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class _Parser:
    def __init__(self, code: str, out: _Output) -> None:
        self.out = out
        self.tokens: list[tuple[str, str]] = []
        pos = 0
        while pos < len(code):
            match = _TOKEN.match(code, pos)
            if match is None:
                raise Unsupported(code[pos : pos + 10])
            pos = match.end()
            kind = match.lastgroup or ""
            if kind != "space":
                self.tokens.append((kind, match.group()))
        self.pos = 0

    # --- tokens ----------------------------------------------------------------------------

    def peek(self) -> str:
        return self.tokens[self.pos][1] if self.pos < len(self.tokens) else ""

    def take(self, expected: str | None = None) -> tuple[str, str]:
        if self.pos >= len(self.tokens) or (expected and self.peek() != expected):
            raise Unsupported(f"expected {expected!r}")
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def accept(self, text: str) -> bool:
        if self.peek() == text:
            self.pos += 1
            return True
        return False

    # --- statements ------------------------------------------------------------------------

    def program(self) -> Callable[[], list[tuple[str, str]]]:
        body = []
        while self.pos < len(self.tokens):
            body.append(self.statement())
        out = self.out

        def execute() -> list[tuple[str, str]]:
            env: Env = {}
            try:
                for stmt in body:
                    stmt(env)
            except _Stop:
                pass
            except (_Break, _Continue):
                raise Unsupported("break outside a loop") from None
            except (TypeError, ZeroDivisionError) as exc:
                raise Unsupported(str(exc)) from None
            return out.lines

        return execute

    def statement(self) -> Stmt:
        word = self.peek()
        if word == "{":
            self.take()
            block = []
            while not self.accept("}"):
                block.append(self.statement())
            return _sequence(block)
        if word == "local":
            stmt = self.local()
        elif word == "if":
            return self.if_statement()
        elif word == "while":
            self.take()
            self.take("(")
            cond = self.expression()
            self.take(")")
            return self.loop(cond, self.statement(), None)
        elif word == "for":
            return self.for_statement()
        elif word in ("break", "continue"):
            self.take()
            error = _Break if word == "break" else _Continue

            def jump(env: Env) -> None:
                raise error

            stmt = jump
        else:
            stmt = _discard(self.expression())
        self.accept(";")
        return stmt

    def local(self) -> Stmt:
        self.take("local")
        names: list[tuple[str, Expr]] = []
        while True:
            kind, name = self.take()
            if kind != "name":
                raise Unsupported(name)
            value = self.expression() if self.accept("=") else (lambda env: None)
            names.append((name, value))
            if not self.accept(","):
                break

        def declare(env: Env) -> None:
            for name, value in names:
                env[name] = value(env)

        return declare

    def if_statement(self) -> Stmt:
        self.take("if")
        self.take("(")
        cond = self.expression()
        self.take(")")
        then = self.statement()
        otherwise = self.statement() if self.accept("else") else None

        def branch(env: Env) -> None:
            if cond(env):
                then(env)
            elif otherwise is not None:
                otherwise(env)

        return branch

    def for_statement(self) -> Stmt:
        self.take("for")
        self.take("(")
        init: Stmt | None = None
        if self.peek() == "local":
            init = self.local()
        elif self.peek() != ";":
            init = _discard(self.expression())
        self.take(";")
        cond = self.expression() if self.peek() != ";" else (lambda env: True)
        self.take(";")
        step = self.expression() if self.peek() != ")" else None
        self.take(")")
        loop = self.loop(cond, self.statement(), step)

        def run_for(env: Env) -> None:
            if init is not None:
                init(env)
            loop(env)

        return run_for

    def loop(self, cond: Expr, body: Stmt, step: Expr | None) -> Stmt:
        out = self.out

        def run_loop(env: Env) -> None:
            while cond(env):
                out.step()
                try:
                    body(env)
                except _Break:
                    return
                except _Continue:
                    pass
                if step is not None:
                    step(env)

        return run_loop

    # --- expressions -----------------------------------------------------------------------

    def expression(self) -> Expr:
        start = self.pos
        kind, name = self.tokens[self.pos] if self.pos < len(self.tokens) else ("", "")
        if kind == "name" and self.pos + 1 < len(self.tokens):
            op = self.tokens[self.pos + 1][1]
            if op in ("=", "+=", "-=", "*=", "/=", "%="):
                self.pos += 2
                value = self.expression()
                return self.assign(name, op, value)
        self.pos = start
        return self.binary(0)

    def assign(self, name: str, op: str, value: Expr) -> Expr:
        def store(env: Env) -> Any:
            if name not in env:
                raise Unsupported(f"unknown variable {name}")
            result = value(env) if op == "=" else _apply(op[0], env[name], value(env))
            env[name] = result
            return result

        return store

    def binary(self, level: int) -> Expr:
        if level == len(_BINARY):
            return self.unary()
        left = self.binary(level + 1)
        while self.peek() in _BINARY[level]:
            op = self.take()[1]
            right = self.binary(level + 1)
            left = _combine(op, left, right)
        return left

    def unary(self) -> Expr:
        if self.accept("!"):
            operand = self.unary()
            return lambda env: not operand(env)
        if self.accept("-"):
            negated = self.unary()
            return lambda env: -negated(env)
        if self.peek() in ("++", "--"):
            delta = 1 if self.take()[1] == "++" else -1
            kind, name = self.take()
            if kind != "name":
                raise Unsupported(name)
            return self.increment(name, delta, prefix=True)
        return self.postfix()

    def increment(self, name: str, delta: int, *, prefix: bool) -> Expr:
        def bump(env: Env) -> Any:
            if name not in env:
                raise Unsupported(f"unknown variable {name}")
            old = env[name]
            env[name] = old + delta
            return env[name] if prefix else old

        return bump

    def postfix(self) -> Expr:
        kind, text = self.take()
        if kind == "number":
            number = float(text) if "." in text else int(text)
            return lambda env: number
        if kind == "string":
            value = _string(text)
            return lambda env: value
        if text == "(":
            inner = self.expression()
            self.take(")")
            return inner
        if kind != "name":
            raise Unsupported(text)
        if text in ("true", "false", "null"):
            constant = {"true": True, "false": False, "null": None}[text]
            return lambda env: constant
        if text == "server" and self.accept("."):
            method = self.take()[1]
            if method not in ("log", "error"):
                raise Unsupported(f"server.{method}")
            self.take("(")
            argument = self.expression()
            self.take(")")
            out = self.out
            return lambda env: out.emit(method, argument(env))
        if text in _KEYWORDS or self.peek() in ("(", ".", "["):
            raise Unsupported(text)
        if self.peek() in ("++", "--"):
            return self.increment(text, 1 if self.take()[1] == "++" else -1, prefix=False)

        def load(env: Env) -> Any:
            if text not in env:
                raise Unsupported(f"unknown variable {text}")
            return env[text]

        return load


def _sequence(block: list[Stmt]) -> Stmt:
    def run_block(env: Env) -> None:
        for stmt in block:
            stmt(env)

    return run_block


def _discard(expr: Expr) -> Stmt:
    def evaluate(env: Env) -> None:
        expr(env)

    return evaluate


#: Statements outside the subset (other words fail as unknown variables when reached).
_KEYWORDS = frozenset({"function", "class", "return", "foreach", "do", "switch", "try", "const"})


def _string(token: str) -> str:
    if token.startswith("@"):
        return token[2:-1].replace('""', '"')
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), token[1:-1])


_OPERATIONS: dict[str, Callable[[Any, Any], Any]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "%": operator.mod,
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


def _apply(op: str, left: Any, right: Any) -> Any:
    if op == "+" and (isinstance(left, str) or isinstance(right, str)):
        return _text(left) + _text(right)
    if op in ("/", "%") and isinstance(left, int) and isinstance(right, int):
        quotient = abs(left) // abs(right) * (1 if (left < 0) == (right < 0) else -1)
        return quotient if op == "/" else left - quotient * right
    return _OPERATIONS[op](left, right)


def _combine(op: str, left: Expr, right: Expr) -> Expr:
    if op == "&&":
        return lambda env: left(env) and right(env)
    if op == "||":
        return lambda env: left(env) or right(env)
    return lambda env: _apply(op, left(env), right(env))
