"""One contract run: the token flow and every read, then (``--write``) the scratch scenario."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import APIOperation, Case, Response

from . import scratch, spec
from .checker import Checker, data_of
from .credentials import Login
from .report import Progress, Report
from .session import DEFAULT_RATE, PacedSession

#: Collections read first, then their first item: (list path, item path, id parameter).
READS: tuple[tuple[str, str | None, str | None], ...] = (
    ("/accounts", "/accounts/{account_id}", "account_id"),
    ("/accounts/me/login_keys", "/accounts/me/login_keys/{login_key_id}", "login_key_id"),
    ("/accounts/me/refresh_tokens", None, None),
    ("/products", "/products/{product_id}", "product_id"),
    ("/devicegroups", "/devicegroups/{device_group_id}", "device_group_id"),
    ("/devices", "/devices/{device_id}", "device_id"),
    ("/deployments", "/deployments/{deployment_id}", "deployment_id"),
    ("/webhooks", "/webhooks/{webhook_id}", "webhook_id"),
)
DEVICE_LOGS = "/devices/{device_id}/logs"
LOG_STREAM = "/logstream/{log_stream_id}"


@dataclass(frozen=True)
class Options:
    endpoint: str
    write: bool = False
    #: Generated requests per read operation, on top of the hand-made ones; 0 for none.
    examples: int = 10
    rate: float = DEFAULT_RATE
    #: Accept attributes the description does not name, as the SDK's readers do.
    open_attributes: bool = False


Step = tuple[str, Callable[[], None]]


class ContractRun:
    """The steps of one run over one paced session; :meth:`run` fills :attr:`report`."""

    def __init__(self, options: Options, login: Login, progress: Progress) -> None:
        self.options = options
        self.login = login
        self.progress = progress
        raw = spec.read()
        self.schema = spec.load(options.endpoint, raw, open_attributes=options.open_attributes)
        self.operations = spec.operations(raw)
        self.report = Report(options.endpoint, self._mode())
        self.session = PacedSession(options.rate, on_send=progress.sent)
        ids = {(method, path): operation_id for method, path, operation_id in self.operations}
        self.checker = Checker(self.schema, self.session, login, self.report, ids)
        for method, path, operation_id in self.operations:
            self.report.add(operation_id, method, path, note=self._out_of_scope(method, path))

    def _mode(self) -> str:
        mode = "reads and scratch writes" if self.options.write else "read-only"
        closed = "" if self.options.open_attributes else ", unknown attributes are drift"
        return f"{mode}, {self.login.method}{closed}"

    def _out_of_scope(self, method: str, path: str) -> str:
        if (method, path) in scratch.WRITES:
            return "" if self.options.write else "writes, run with --write"
        if path.startswith("/logstream"):
            return "never run, log streams cannot be deleted"
        if method != "GET" and not path.startswith("/auth"):
            return "never run, they change devices or credentials"
        return ""

    def steps(self) -> list[Step]:
        steps: list[Step] = [("token flow", self.token_flow)]
        steps += [(f"GET {read[0]}", self._reader(*read)) for read in READS]
        if self.options.examples:
            for method, path, operation_id in self.operations:
                if method == "GET" and path != LOG_STREAM:
                    operation = self.schema[path][method]
                    steps.append((f"{operation_id}: generated", self._fuzzer(operation)))
        if self.options.write:
            scenario = scratch.Scenario(self.checker, self.options.endpoint)
            steps.append(("scratch writes", scenario.run))
        return steps

    def run(self) -> Report:
        """Every step in turn; the report is complete even when a step raises (Ctrl-C)."""
        steps = self.steps()
        self.progress.total = len(steps)
        started = time.monotonic()
        try:
            for label, step in steps:
                self.progress.start(label)
                step()
        except KeyboardInterrupt:
            self.report.aborted = "interrupted"
            raise
        finally:
            self.progress.finish()
            self.report.requests = self.session.sent
            self.report.rate_limited = self.session.rate_limited
            self.report.seconds = time.monotonic() - started
            self.session.close()
        return self.report

    def token_flow(self) -> None:
        """The SDK's login answers, then an access token for the login's renewing credential."""
        login = self.schema["/auth"]["POST"]
        for answer in self.login.login_answers:
            case = login.Case(media_type="application/json")
            self.checker.judge(case, Response.from_any(answer))
        if not self.login.login_answers:
            self.report.operations["login"].note = "the run did not log in with a password"
        body = self.login.token_request()
        if body is None:
            result = self.report.operations["createAccessToken"]
            result.note = "an access token alone cannot be renewed"
            return
        self.checker.call("POST", "/auth/token", body=body)

    def _reader(
        self, list_path: str, item_path: str | None, param: str | None
    ) -> Callable[[], None]:
        def read() -> None:
            items = data_of(self.checker.call("GET", list_path))
            head = items[0] if isinstance(items, list) and items else None
            first = head.get("id") if isinstance(head, dict) else None
            follow = [item_path] if item_path else []
            if list_path == "/devices":
                follow.append(DEVICE_LOGS)
            if list_path == "/accounts":
                me = {"account_id": "me"}
                self.checker.call("GET", "/accounts/{account_id}", path_parameters=me)
            for path in follow:
                if isinstance(first, str) and param is not None:
                    self.checker.call("GET", path, path_parameters={param: first})
                else:
                    result = self.report.operations[self.checker.operation_ids["GET", path]]
                    made_up = ", so made-up ids only" if self.options.examples else ""
                    result.note = f"{list_path} is empty{made_up}"

        return read

    def _fuzzer(self, operation: APIOperation[Any, Any, Any, Any]) -> Callable[[], None]:
        @settings(
            max_examples=self.options.examples,
            database=None,
            derandomize=True,
            deadline=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(operation.as_strategy())
        def generated(case: Case[Any]) -> None:
            self.checker.exercise(case)

        return generated
