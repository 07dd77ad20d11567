"""Where the command line keeps things: the stored login and the directory's project file.

The login lives in the per-user configuration directory (``IMPCENTRAL_CONFIG_DIR`` overrides
it), in ``auth.json``: the endpoint and the tokens, in a file only its owner can read. Every
write goes to a new file opened with mode 0600 and then replaces the old one, so a token is
never on disk readable by others, not even for a moment.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from impcentral import Tokens

APP_NAME = "impcentral"
AUTH_FILE = "auth.json"
PROJECT_FILE = ".impcentral.project"
CONFIG_DIR_ENV = "IMPCENTRAL_CONFIG_DIR"


def config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


def write_private(path: Path, data: dict[str, Any]) -> None:
    """Write JSON readable by the owner only: created 0600, then moved into place."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path} cannot be read: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path} is not a JSON object")
    return data


class ConfigError(Exception):
    """A stored file is broken; the message names it."""


@dataclass
class StoredLogin:
    endpoint: str | None
    tokens: Tokens
    temporary: bool = False


class AuthFile:
    """The stored login; also the SDK's :class:`~impcentral.TokenStore`, so every refreshed
    token is saved as soon as the SDK has it."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / AUTH_FILE

    def read(self) -> StoredLogin | None:
        data = _read_json(self.path)
        if data is None:
            return None
        tokens = data.get("tokens")
        return StoredLogin(
            endpoint=data.get("endpoint") or None,
            tokens=Tokens.from_dict(tokens if isinstance(tokens, dict) else {}),
            temporary=bool(data.get("temporary")),
        )

    def write(self, login: StoredLogin) -> None:
        tokens = login.tokens
        if login.temporary:  # nothing that renews the access token is kept
            tokens = Tokens(access_token=tokens.access_token, expires_at=tokens.expires_at)
        data = {"endpoint": login.endpoint, "temporary": login.temporary}
        write_private(self.path, {**data, "tokens": tokens.to_dict()})

    def delete(self) -> bool:
        try:
            self.path.unlink()
        except FileNotFoundError:
            return False
        return True

    # TokenStore
    def load(self) -> Tokens | None:
        stored = self.read()
        return stored.tokens if stored else None

    def save(self, tokens: Tokens) -> None:
        stored = self.read()
        endpoint = stored.endpoint if stored else None
        temporary = stored.temporary if stored else False
        self.write(StoredLogin(endpoint, tokens, temporary))


@dataclass
class Project:
    """A directory bound to a device group: ``build run`` and ``log stream`` need no arguments."""

    device_group_id: str
    product_id: str | None = None
    device_file: str = "device.nut"
    agent_file: str = "agent.nut"

    @staticmethod
    def path(directory: Path | None = None) -> Path:
        return (directory or Path.cwd()) / PROJECT_FILE

    @classmethod
    def load(cls, directory: Path | None = None) -> Project | None:
        path = cls.path(directory)
        data = _read_json(path)
        if data is None:
            return None
        group = data.get("device_group_id")
        if not isinstance(group, str) or not group:
            raise ConfigError(f"{path} names no device group")
        return cls(
            device_group_id=group,
            product_id=data.get("product_id") or None,
            device_file=str(data.get("device_file") or "device.nut"),
            agent_file=str(data.get("agent_file") or "agent.nut"),
        )

    def save(self, directory: Path | None = None) -> Path:
        path = self.path(directory)
        path.write_text(json.dumps(self.__dict__, indent=2) + "\n", encoding="utf-8")
        return path
