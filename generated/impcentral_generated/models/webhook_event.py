from typing import Literal

WebhookEvent = Literal["blessing", "blinkup", "deployment"]

WEBHOOK_EVENT_VALUES: set[WebhookEvent] = {
    "blessing",
    "blinkup",
    "deployment",
}


def check_webhook_event(value: str) -> WebhookEvent:
    if value in WEBHOOK_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_EVENT_VALUES!r}"
    )
