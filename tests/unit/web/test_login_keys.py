"""What the login backoff counts a client by (web.login_backoff)."""

from __future__ import annotations

import pytest

from web.login_backoff import network_key, valid_device


@pytest.mark.parametrize(
    ("address", "key"),
    [
        ("203.0.113.7", "203.0.113.7"),
        ("2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"),  # one subscriber holds the whole /64
        ("2001:db8:1:2:ffff::9", "2001:db8:1:2::/64"),
        ("::ffff:198.51.100.4", "198.51.100.4"),  # an IPv4 client on a dual-stack socket
        ("", "unknown"),
        (None, "unknown"),
        ("not an address", "unknown"),
    ],
)
def test_network_key(address: str | None, key: str) -> None:
    assert network_key(address) == key


def test_only_well_formed_device_ids_are_taken() -> None:
    assert valid_device("0123456789abcdef" * 2) == "0123456789abcdef" * 2
    for bad in (None, "", "x" * 32, "0123456789ABCDEF" * 2, "0" * 31, "0" * 33, "0" * 31 + "\n"):
        assert valid_device(bad) is None
