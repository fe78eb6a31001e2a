"""web.proxy: forwarding headers believed only from the named proxies, and always stripped."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from web.proxy import FORWARDING_HEADERS, TrustedProxies
from workers.settings import Settings


def call(proxies: list[str], peer: str, **headers: str) -> dict[str, Any]:
    seen: dict[str, Any] = {}

    def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        seen.update(environ)
        return []

    environ = {"REMOTE_ADDR": peer, "wsgi.url_scheme": "http"}
    environ.update({f"HTTP_{k.upper()}": v for k, v in headers.items()})
    TrustedProxies(app, proxies)(environ, lambda *_: None)  # type: ignore[arg-type]
    return seen


@pytest.mark.parametrize(
    ("proxies", "peer", "forwarded_for", "client"),
    [
        ([], "10.0.0.5", "203.0.113.7", "10.0.0.5"),  # nobody named: nothing believed
        (["10.0.0.5"], "10.0.0.6", "203.0.113.7", "10.0.0.6"),  # not the named one
        (["10.0.0.0/24"], "10.0.0.6", "203.0.113.7", "203.0.113.7"),
        # A client's own X-Forwarded-For is to the left of what our proxy appended.
        (["10.0.0.0/24"], "10.0.0.6", "1.2.3.4, 203.0.113.7", "203.0.113.7"),
        # Two proxies of ours in a chain: skip both.
        (
            ["10.0.0.0/24", "172.16.0.9"],
            "10.0.0.6",
            "1.2.3.4, 203.0.113.7, 172.16.0.9",
            "203.0.113.7",
        ),
        (["10.0.0.0/24"], "10.0.0.6", "203.0.113.7, not-an-address", "10.0.0.6"),
        (["10.0.0.0/24"], "10.0.0.6", "", "10.0.0.6"),
        (["fd00::/8"], "fd00::1", "2001:db8::7", "2001:db8::7"),
        (["127.0.0.1"], "::ffff:127.0.0.1", "203.0.113.7", "203.0.113.7"),
    ],
)
def test_the_client_address(proxies: list[str], peer: str, forwarded_for: str, client: str) -> None:
    seen = call(proxies, peer, x_forwarded_for=forwarded_for)
    assert seen["REMOTE_ADDR"] == client
    assert not set(FORWARDING_HEADERS) & set(seen)


def test_the_scheme_comes_from_a_trusted_proxy_only() -> None:
    assert call(["10.0.0.0/8"], "10.1.1.1", x_forwarded_proto="https")["wsgi.url_scheme"] == "https"
    assert call([], "10.1.1.1", x_forwarded_proto="https")["wsgi.url_scheme"] == "http"
    assert call(["10.0.0.0/8"], "10.1.1.1", x_forwarded_proto="gopher")["wsgi.url_scheme"] == "http"


def test_every_forwarding_header_is_stripped_from_an_untrusted_peer() -> None:
    headers = {name.removeprefix("HTTP_").lower(): "203.0.113.7" for name in FORWARDING_HEADERS}
    seen = call(["10.0.0.0/8"], "192.0.2.1", **headers)
    assert seen["REMOTE_ADDR"] == "192.0.2.1"
    assert not set(FORWARDING_HEADERS) & set(seen)


def test_the_setting_takes_addresses_and_networks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DVK_TRUSTED_PROXIES", " 10.0.0.5, 172.18.0.0/16 ,fd00::/8")
    assert Settings(_env_file=None).trusted_proxies == ["10.0.0.5/32", "172.18.0.0/16", "fd00::/8"]
    monkeypatch.setenv("DVK_TRUSTED_PROXIES", "proxy.local")
    with pytest.raises(ValidationError, match="not an IP address or network"):
        Settings(_env_file=None)
