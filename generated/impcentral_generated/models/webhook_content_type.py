from typing import Literal

WebhookContentType = Literal["application/json", "application/x-www-form-urlencoded"]

WEBHOOK_CONTENT_TYPE_VALUES: set[WebhookContentType] = {
    "application/json",
    "application/x-www-form-urlencoded",
}


def check_webhook_content_type(value: str) -> WebhookContentType:
    if value in WEBHOOK_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_CONTENT_TYPE_VALUES!r}"
    )
