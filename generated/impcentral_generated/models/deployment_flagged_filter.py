from typing import Literal

DeploymentFlaggedFilter = Literal["any", "false", "true"]

DEPLOYMENT_FLAGGED_FILTER_VALUES: set[DeploymentFlaggedFilter] = {
    "any",
    "false",
    "true",
}


def check_deployment_flagged_filter(value: str) -> DeploymentFlaggedFilter:
    if value in DEPLOYMENT_FLAGGED_FILTER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEPLOYMENT_FLAGGED_FILTER_VALUES!r}"
    )
