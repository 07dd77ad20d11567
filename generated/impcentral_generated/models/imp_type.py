from typing import Literal

ImpType = Literal["imp001", "imp002", "imp003", "imp004m", "imp005", "imp006"]

IMP_TYPE_VALUES: set[ImpType] = {
    "imp001",
    "imp002",
    "imp003",
    "imp004m",
    "imp005",
    "imp006",
}


def check_imp_type(value: str) -> ImpType:
    if value in IMP_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMP_TYPE_VALUES!r}")
