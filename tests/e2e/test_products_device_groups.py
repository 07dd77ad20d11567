"""``api.products`` and ``api.device_groups`` against the emulator, with both clients."""

from __future__ import annotations

from typing import Any

import pytest

from impcentral import ConflictError, DeviceGroups, ImpCentralApiError, NotFoundError, Products

DG = DeviceGroups


def test_products(client: Any) -> None:
    me = client.accounts.get().data.id
    created = client.products.create({"name": "thermostat", "description": "v1"})
    product_id = created.data.id
    assert created.data.attributes.name == "thermostat"
    assert created.to_dict()["data"]["attributes"]["description"] == "v1"
    assert client.products.get(product_id).data.id == product_id
    owned = client.products.list({Products.FILTER_OWNER_ID: me})
    assert [p.id for p in owned.data] == [product_id]
    assert [p.id for p in client.products.list(None, 1, 1).data] == [product_id]
    client.products.create({"name": "second"}, me)
    assert len(list(client.products.list_all(page_size=1))) == 2
    updated = client.products.update(product_id, {"name": "thermostat-2"})
    assert updated.data.attributes.name == "thermostat-2"
    with pytest.raises(ImpCentralApiError) as duplicate:
        client.products.create({"name": "thermostat-2"})
    assert duplicate.value.status_code in (400, 409)
    assert client.products.delete(product_id) is None
    with pytest.raises(NotFoundError):
        client.products.get(product_id)


def _groups(client: Any, product_id: str) -> dict[str, Any]:
    groups = {}
    for kind in (DG.TYPE_DEVELOPMENT, DG.TYPE_PRE_DUT, DG.TYPE_DUT):
        groups[kind] = client.device_groups.create(product_id, kind, {"name": kind}).data
    for kind in (DG.TYPE_PRE_PRODUCTION, DG.TYPE_PRODUCTION):
        attributes = {"name": kind, "region": "eu", "env_vars": {"MODE": "test", "LEVEL": 3}}
        groups[kind] = client.device_groups.create(product_id, kind, attributes).data
    for kind, production, dut in (
        (DG.TYPE_PRE_FACTORY_FIXTURE, DG.TYPE_PRE_PRODUCTION, DG.TYPE_PRE_DUT),
        (DG.TYPE_FACTORY_FIXTURE, DG.TYPE_PRODUCTION, DG.TYPE_DUT),
    ):
        groups[kind] = client.device_groups.create(
            product_id,
            kind,
            {"name": kind},
            {"type": production, "id": groups[production].id},
            {"type": dut, "id": groups[dut].id},
        ).data
    return groups


def test_all_seven_kinds_of_device_group(client: Any) -> None:
    product_id = client.products.create({"name": "line"}).data.id
    groups = _groups(client, product_id)
    assert {g.type for g in groups.values()} == set(
        getattr(DG, name) for name in dir(DG) if name.startswith("TYPE_")
    )
    production = client.device_groups.get(groups[DG.TYPE_PRODUCTION].id).data
    assert production.attributes.region == "eu"
    assert production.attributes.env_vars.to_dict() == {"MODE": "test", "LEVEL": 3}
    fixture = client.device_groups.get(groups[DG.TYPE_FACTORY_FIXTURE].id).data
    assert fixture.relationships.production_target.id == groups[DG.TYPE_PRODUCTION].id

    by_type = client.device_groups.list({DG.FILTER_TYPE: DG.TYPE_DUT})
    assert [g.id for g in by_type.data] == [groups[DG.TYPE_DUT].id]
    in_product = client.device_groups.list({DG.FILTER_PRODUCT_ID: product_id}, 1, 100)
    assert len(in_product.data) == 7
    assert len(list(client.device_groups.list_all({DG.FILTER_PRODUCT_ID: product_id}, 2))) == 7

    renamed = client.device_groups.update(
        groups[DG.TYPE_PRODUCTION].id,
        DG.TYPE_PRODUCTION,
        {"name": "field", "load_code_after_blessing": False},
    )
    assert renamed.data.attributes.name == "field"
    assert renamed.data.attributes.load_code_after_blessing is False
    retargeted = client.device_groups.update(
        groups[DG.TYPE_FACTORY_FIXTURE].id,
        DG.TYPE_FACTORY_FIXTURE,
        None,
        {"type": DG.TYPE_PRODUCTION, "id": groups[DG.TYPE_PRODUCTION].id},
    )
    assert retargeted.data.id == groups[DG.TYPE_FACTORY_FIXTURE].id

    with pytest.raises(ImpCentralApiError):
        client.device_groups.delete(groups[DG.TYPE_PRODUCTION].id)  # a fixture's target
    with pytest.raises(ImpCentralApiError):
        client.products.delete(product_id)  # still has groups
    for kind in (DG.TYPE_FACTORY_FIXTURE, DG.TYPE_PRE_FACTORY_FIXTURE):
        assert client.device_groups.delete(groups.pop(kind).id) is None
    for group in groups.values():
        client.device_groups.delete(group.id)
    client.products.delete(product_id)


def test_devices_of_a_group(client: Any) -> None:
    product_id = client.products.create({"name": "fleet"}).data.id
    group = client.device_groups.create(product_id, DG.TYPE_DEVELOPMENT, {"name": "dev"}).data
    devices = client.devices.list().data
    ids = [d.id for d in devices]
    mac = devices[1].attributes.mac_address
    agent = devices[2].attributes.agent_id
    assert client.device_groups.add_devices(group.id, ids[0], mac, agent) is None
    assigned = client.devices.list({"filter[devicegroup.id]": group.id})
    assert sorted(d.id for d in assigned.data) == sorted(ids)

    deployment = client.deployments.create(
        group.id, DG.TYPE_DEVELOPMENT, {"device_code": "server.log(1);", "agent_code": ""}
    ).data
    assert client.device_groups.restart_devices(group.id) is None
    assert client.device_groups.conditional_restart_devices(group.id) is None
    minimum = client.device_groups.update_min_supported_deployment(group.id, deployment.id)
    assert minimum.data.id == group.id
    current = client.device_groups.get(group.id).data.relationships
    assert current.min_supported_deployment.id == deployment.id

    assert client.device_groups.remove_devices(group.id, *ids) is None
    assert client.devices.list({"filter[devicegroup.id]": group.id}).data == []
    with pytest.raises(ImpCentralApiError):
        client.device_groups.remove_devices(group.id, ids[0])  # already unassigned


def test_production_unassign_needs_the_unbond_key(client: Any) -> None:
    product_id = client.products.create({"name": "shipping"}).data.id
    group = client.device_groups.create(product_id, DG.TYPE_PRODUCTION, {"name": "field"}).data
    device_id = client.devices.list().data[0].id
    client.device_groups.add_devices(group.id, device_id)
    with pytest.raises(ImpCentralApiError):
        client.device_groups.remove_devices(group.id, device_id)
    assert client.device_groups.remove_devices(group.id, device_id, unbond_key="k-1") is None


def test_duplicate_group_name(client: Any) -> None:
    product_id = client.products.create({"name": "p"}).data.id
    client.device_groups.create(product_id, DG.TYPE_DEVELOPMENT, {"name": "same"})
    with pytest.raises((ConflictError, ImpCentralApiError)):
        client.device_groups.create(product_id, DG.TYPE_DEVELOPMENT, {"name": "same"})
