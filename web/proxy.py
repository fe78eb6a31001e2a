"""Which client a request came from: the peer, or what a trusted proxy says it forwarded.

The one place that reads forwarding headers. waitress hands every request to the app with
REMOTE_ADDR set to its TCP peer and the headers untouched (`serve` turns off its own proxy
handling, which knows a single proxy address and no networks). Here, `X-Forwarded-For` and
`X-Forwarded-Proto` are believed only when the peer is one of `DVK_TRUSTED_PROXIES` (addresses
or CIDR networks); from anyone else they are removed, so no later code can be fooled by them.

The client is the right-most address in `X-Forwarded-For` that is not itself a trusted proxy:
each proxy appends the peer it saw, so everything to the left of the first untrusted hop was
written by someone we do not trust. The scheme is the one the nearest proxy reports.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

Network = ipaddress.IPv4Network | ipaddress.IPv6Network

FORWARDING_HEADERS = (
    "HTTP_X_FORWARDED_FOR",
    "HTTP_X_FORWARDED_PROTO",
    "HTTP_X_FORWARDED_HOST",
    "HTTP_X_FORWARDED_PORT",
    "HTTP_X_FORWARDED_PREFIX",
    "HTTP_X_FORWARDED_BY",
    "HTTP_FORWARDED",
    "HTTP_X_REAL_IP",
)


class TrustedProxies:
    """WSGI middleware: set REMOTE_ADDR and wsgi.url_scheme from the forwarding headers of
    trusted proxies only, and strip those headers from every request."""

    def __init__(self, app: WSGIApplication, proxies: Iterable[str]) -> None:
        self.app = app
        self.networks: tuple[Network, ...] = tuple(
            ipaddress.ip_network(p, strict=False) for p in proxies
        )

    def trusted(self, address: str | None) -> bool:
        if not address or not self.networks:
            return False
        try:
            ip = ipaddress.ip_address(address.strip().strip("[]"))
        except ValueError:
            return False
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        return any(ip in network for network in self.networks)

    def client(self, peer: str, forwarded_for: str | None) -> str:
        """The first hop, from the right, that is not a trusted proxy."""
        if not self.trusted(peer) or not forwarded_for:
            return peer
        hops = [hop.strip().strip("[]") for hop in forwarded_for.split(",") if hop.strip()]
        for hop in reversed(hops):
            if not _is_address(hop):
                return peer  # a malformed chain: believe nothing in it
            if not self.trusted(hop):
                return hop
        return hops[0] if hops else peer

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Any:
        peer = environ.get("REMOTE_ADDR", "")
        forwarded_for = environ.get("HTTP_X_FORWARDED_FOR")
        proto = environ.get("HTTP_X_FORWARDED_PROTO")
        if self.trusted(peer):
            environ["dvk.proxy_peer"] = peer
            environ["REMOTE_ADDR"] = self.client(peer, forwarded_for)
            scheme = (proto or "").split(",")[-1].strip().lower()
            if scheme in ("http", "https"):
                environ["wsgi.url_scheme"] = scheme
        for header in FORWARDING_HEADERS:
            environ.pop(header, None)
        return self.app(environ, start_response)


def _is_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True
