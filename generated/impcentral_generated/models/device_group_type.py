from typing import Literal

DeviceGroupType = Literal[
    "development_devicegroup",
    "dut_devicegroup",
    "factoryfixture_devicegroup",
    "pre_dut_devicegroup",
    "pre_factoryfixture_devicegroup",
    "pre_production_devicegroup",
    "production_devicegroup",
]

DEVICE_GROUP_TYPE_VALUES: set[DeviceGroupType] = {
    "development_devicegroup",
    "dut_devicegroup",
    "factoryfixture_devicegroup",
    "pre_dut_devicegroup",
    "pre_factoryfixture_devicegroup",
    "pre_production_devicegroup",
    "production_devicegroup",
}


def check_device_group_type(value: str) -> DeviceGroupType:
    if value in DEVICE_GROUP_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEVICE_GROUP_TYPE_VALUES!r}"
    )
