"""Sending one case and judging its answer with every schemathesis check, the first drift kept."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable
from typing import Any

from schemathesis import BaseSchema, Case, Response
from schemathesis.core.failures import Failure, FailureGroup

from .credentials import CredentialError, Login
from .report import Mismatch, OperationResult, Report
from .session import PacedSession

EXCERPT = 400
#: Paths that take no bearer token: the token flow, and log streams (their id is the capability).
TOKENLESS = ("/auth", "/logstream/")
_SCHEMA_AT = re.compile(r"^Schema at (\S+):$", re.MULTILINE)
# Members whose values are credentials: masked in every request and response shown.
_SECRET_MEMBERS = frozenset(
    {"access_token", "refresh_token", "token", "key", "login_token", "password"}
)
# A login key's id is the key itself.
_LOGIN_KEY_URL = re.compile(r"/login_keys/[^/?#\s]+")


def masked(body: bytes | str, *, login_keys: bool = False) -> str:
    """A JSON body with its credentials (and login key ids, for ``login_keys``) replaced."""
    text = body.decode(errors="replace") if isinstance(body, bytes) else body
    try:
        document = json.loads(text)
    except ValueError:
        return text

    def scrub(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: "[secret]" if k in _SECRET_MEMBERS or (login_keys and k == "id") else scrub(v)
                for k, v in node.items()
            }
        if isinstance(node, list):
            return [scrub(v) for v in node]
        return node

    return json.dumps(scrub(document), separators=(",", ":"), ensure_ascii=False)


def excerpt(text: str, limit: int = EXCERPT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def data_of(response: Response) -> Any:
    """The ``data`` member of a JSON:API answer, ``None`` for anything else."""
    try:
        document = response.json()
    except ValueError:
        return None
    return document.get("data") if isinstance(document, dict) else None


def _unknown_variant(failure: Failure) -> tuple[str, str] | None:
    """For a ``oneOf`` with a discriminator: the problem named by the value no variant has
    (``type "x" is none of ...``) and the discriminating member, instead of a dump of the whole
    instance."""
    schema = getattr(failure, "schema", None)
    instance = getattr(failure, "instance", None)
    discriminator = schema.get("discriminator") if isinstance(schema, dict) else None
    if not isinstance(discriminator, dict) or not isinstance(instance, dict):
        return None
    member = discriminator.get("propertyName")
    known = list(discriminator.get("mapping") or {})
    value = instance.get(member) if isinstance(member, str) else None
    if not isinstance(member, str) or value in known:
        return None
    return f"{member} {json.dumps(value)} is none of the known: {', '.join(known)}", member


def _unknown_members(failure: Failure) -> tuple[str, str | None] | None:
    """For members a closed object does not allow: the problem naming them, each with the
    documented member it most likely replaces (``macAddress`` for an absent ``mac_address``),
    and the member itself when there is one."""
    schema = getattr(failure, "schema", None)
    instance = getattr(failure, "instance", None)
    if not isinstance(schema, dict) or schema.get("additionalProperties") is not False:
        return None
    documented = schema.get("properties")
    if not isinstance(documented, dict) or not isinstance(instance, dict):
        return None
    unknown = [name for name in instance if name not in documented]
    if not unknown:
        return None
    absent = [name for name in documented if name not in instance]
    described = []
    for name in unknown:
        was = [old for old in absent if _plain(old) == _plain(name)]
        was = was or difflib.get_close_matches(name, absent, n=1, cutoff=0.75)
        described.append(f"{name!r}" + (f" (renamed from {was[0]!r}?)" if was else ""))
    problem = f"attribute not in the description: {', '.join(described)}"
    return problem, unknown[0] if len(unknown) == 1 else None


def _plain(name: str) -> str:
    return name.replace("_", "").replace("-", "").lower()


class Checker:
    """Cases through the paced session, with the run's bearer token; results into the report."""

    def __init__(
        self,
        schema: BaseSchema,
        session: PacedSession,
        login: Login,
        report: Report,
        operation_ids: dict[tuple[str, str], str],
    ) -> None:
        self.schema = schema
        self.session = session
        self.login = login
        self.report = report
        self.operation_ids = operation_ids
        self._probed: set[str] = set()

    def call(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        path_parameters: dict[str, str] | None = None,
        query: dict[str, Any] | None = None,
    ) -> Response:
        """Send one hand-made request of the operation ``method path`` and check the answer."""
        operation = self.schema[path][method]
        kwargs: dict[str, Any] = {}
        if body is not None:
            kwargs["body"] = body
            kwargs["media_type"] = (
                "application/json" if path.startswith("/auth") else "application/vnd.api+json"
            )
        case = operation.Case(path_parameters=path_parameters or {}, query=query or {}, **kwargs)
        return self.exercise(case)

    def exercise(self, case: Case[Any]) -> Response:
        """Send ``case`` and run every check on the response; a failure is recorded, not raised."""
        method, path = case.operation.method.upper(), case.operation.path
        operation_id = self.operation_ids[method, path]
        result = self.report.operations[operation_id]
        needs_token = not path.startswith(TOKENLESS)
        if needs_token and operation_id not in self._probed:
            self._probed.add(operation_id)
            self._probe_without_token(case, result)
        headers = {"Authorization": f"Bearer {self.bearer()}"} if needs_token else {}
        response = case.call(session=self.session, headers=headers)
        if needs_token and response.status_code == 401:
            # Every answer from here on would be a (conformant) 401: nothing left to check.
            raise CredentialError(f"the service refused the access token ({operation_id})")
        self.judge(case, response, headers)
        return response

    def judge(
        self, case: Case[Any], response: Response, headers: dict[str, str] | None = None
    ) -> None:
        """Run every check on an answer to ``case``; the operation's first failure is kept."""
        operation = case.operation
        result = self.report.operations[
            self.operation_ids[operation.method.upper(), operation.path]
        ]
        result.cases += 1
        try:
            case.validate_response(
                response,
                headers=headers,
                transport_kwargs={"session": self.session, "headers": headers or {}},
            )
        except FailureGroup as group:
            if result.mismatch is None:
                result.mismatch = self.mismatch(group.exceptions, response)

    def _probe_without_token(self, case: Case[Any], result: OperationResult) -> None:
        """Once per operation: the request without a bearer token must be refused (401/403)."""
        response = case.call(session=self.session)
        if response.status_code not in (401, 403) and result.mismatch is None:
            result.mismatch = Mismatch(
                check="authentication",
                problem=f"answered {response.status_code} to a request without a bearer token",
                request=self.shown_request(response),
                response=self.shown_response(response),
            )

    def bearer(self) -> str:
        """A live access token (renewed through the SDK when about to expire)."""
        return self.login.bearer()

    def mismatch(self, failures: Iterable[Failure], response: Response) -> Mismatch:
        failure = min(failures, key=lambda f: f.severity)
        message = failure.message.strip()
        found = _SCHEMA_AT.search(message)
        instance = getattr(failure, "instance_path", None)
        problem = message.splitlines()[0]
        variant, members = _unknown_variant(failure), _unknown_members(failure)
        if variant is not None and instance is not None:
            problem, member = variant
            instance = [*instance, member]
        elif members is not None and instance is not None:
            problem, only = members
            instance = [*instance, only] if only else instance
        return Mismatch(
            check=f"{failure.code} {failure.title}",
            problem=self.redact(problem),
            request=self.shown_request(response),
            response=self.shown_response(response),
            schema_path=found.group(1) if found else None,
            instance_path=None
            if instance is None
            else "".join(f"/{segment}" for segment in instance),
        )

    def shown_request(self, response: Response) -> str:
        """The request of ``response`` for a report: method, URL, body excerpt; no secrets."""
        request = response.request
        url = str(request.url)
        sent = f"{request.method} {_LOGIN_KEY_URL.sub(r'/login_keys/[secret]', url)}"
        if isinstance(request.body, (bytes, str)) and request.body:
            body = masked(request.body, login_keys="/login_keys" in url)
            sent += f" {excerpt(body, 200)}"
        return self.redact(sent)

    def shown_response(self, response: Response) -> str:
        """Status and a body excerpt for a report; no secrets."""
        login_keys = "/login_keys" in str(response.request.url)
        body = masked(response.content, login_keys=login_keys)
        return self.redact(f"{response.status_code} {excerpt(body)}")

    def redact(self, text: str) -> str:
        """``text`` without the run's credentials (tokens, keys) in any form."""
        for secret in self.login.secrets():
            for form in (secret, json.dumps(secret)[1:-1]):
                text = text.replace(form, "[secret]")
        return text
