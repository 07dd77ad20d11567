"""Device membership across the names a device has (id, MAC, agent id) and the server's reports."""

from __future__ import annotations

from impcentral.log_streams._membership import Membership


def test_names_learn_their_device_ids_from_the_servers_answers() -> None:
    members = Membership()
    for name in ("mac-0", "agent-1", "id-2"):
        members.adding(name)
    for device in ("id-0", "id-1", "id-2"):
        members.subscribed(device)
    # Each removed under a third name: none of the answers is a drop.
    assert not members.removing("agent-0")
    assert members.removing("id-1")  # added as agent-1, whose device id is known by now
    assert not members.removing("mac-2")
    assert [members.unsubscribed(d) for d in ("id-0", "id-1", "id-2")] == [None, None, None]
    assert members.names == ()


def test_removal_by_the_same_name() -> None:
    members = Membership()
    members.adding("id-0")
    members.subscribed("id-0")
    assert members.removing("id-0")
    assert members.names == ()
    assert members.unsubscribed("id-0") is None


def test_unasked_unsubscription_is_a_drop_reported_by_the_users_name() -> None:
    members = Membership()
    members.adding("mac-0")
    members.adding("id-1")
    members.subscribed("id-0")
    members.subscribed("id-1")
    assert members.unsubscribed("id-0") == "mac-0"
    assert members.names == ("id-1",)


def test_limit_drops_the_least_recently_added_and_the_server_confirms() -> None:
    members = Membership(limit=2)
    assert members.adding("a") == []
    assert members.adding("b") == []
    assert members.adding("a") == []  # already there
    assert members.adding("c") == ["a"]
    members.add_failed("c", ["a"])
    assert members.names == ("a", "b")
    assert members.adding("c") == ["a"]
    assert members.unsubscribed("a") == "a"  # the server confirms the drop
    assert members.names == ("b", "c")


def test_failed_removal_puts_the_device_back() -> None:
    members = Membership()
    members.adding("a")
    assert members.removing("a")
    members.remove_failed("a", True)
    assert members.names == ("a",)
    assert members.unsubscribed("a") == "a"  # nobody asks for it any more


def test_recreated_stream_matches_answers_again() -> None:
    members = Membership()
    members.adding("mac-0")
    members.adding("id-1")
    members.removing("agent-9")  # pending on the old stream: forgotten
    assert members.resubscribing() == ["mac-0", "id-1"]
    members.subscribed("id-0")
    members.subscribed("id-1")
    assert members.unsubscribed("id-0") == "mac-0"
    members.refused("id-1")
    assert members.names == ()
