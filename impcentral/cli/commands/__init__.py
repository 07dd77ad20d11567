"""The command groups; importing them registers them on :data:`impcentral.cli._app.cli`."""

from . import auth, build, device, dg, log, loginkey, product, project, webhook

__all__ = ["auth", "build", "device", "dg", "log", "loginkey", "product", "project", "webhook"]
