"""The command groups, one module each; :data:`impcentral.cli._app.GROUP_MODULES` names
them, and each is imported when its group is first named."""
