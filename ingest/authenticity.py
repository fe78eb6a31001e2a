"""Is the sender really who the From line says? Read from Authentication-Results (RFC 8601).

Anyone can write an Authentication-Results header into a message before sending it, so a header
counts only when its authserv-id names a receiving server we trust (the office mailbox's own
provider, e.g. `mx.google.com`); with nothing trusted the answer is always "unknown".

Microsoft 365 writes its header without an authserv-id (`spf=pass (…) smtp.mailfrom=…; …`). Such a
header is honoured only when `MICROSOFT_365` is among the trusted ids and the header is the
topmost Authentication-Results of the message: Exchange Online prepends its own, so a forged
id-less header sent along by the sender always sits below it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

PASS = "pass"  # noqa: S105 - a verdict, not a password
FAIL = "fail"
UNKNOWN = "unknown"

MICROSOFT_365 = "microsoft365"

_RESULT = re.compile(r"^\s*([A-Za-z0-9_.-]+)(?:/[0-9]+)?\s*=\s*([A-Za-z0-9_-]+)")


@dataclass(frozen=True)
class AuthResults:
    """One Authentication-Results header: who wrote it and method → results (lower-case)."""

    authserv_id: str | None
    results: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _strip_comments(value: str) -> str:
    """Remove RFC 5322 comments (nested parentheses), leaving quoted strings alone."""
    out: list[str] = []
    depth = 0
    quoted = False
    escaped = False
    for char in value:
        if escaped:
            escaped = False
            if depth == 0:
                out.append(char)
            continue
        if char == "\\":
            escaped = True
            if depth == 0:
                out.append(char)
        elif char == '"' and depth == 0:
            quoted = not quoted
            out.append(char)
        elif char == "(" and not quoted:
            if depth == 0:
                out.append(" ")
            depth += 1
        elif char == ")" and not quoted and depth:
            depth -= 1
        elif depth == 0:
            out.append(char)
    return "".join(out)


def parse_authentication_results(value: str) -> AuthResults:
    """Parse one header value; never raises (garbage gives an id and no results)."""
    text = " ".join(_strip_comments(value).split())
    items = [item.strip() for item in text.split(";")]
    head = items[0] if items else ""
    authserv_id: str | None
    if _RESULT.match(head):
        authserv_id = None  # Microsoft 365's id-less form: the first item is already a result
        result_items = items
    else:
        tokens = head.split()
        authserv_id = tokens[0].lower() if tokens else None
        result_items = items[1:]
    results: dict[str, list[str]] = {}
    for item in result_items:
        match = _RESULT.match(item)
        if match:
            results.setdefault(match[1].lower(), []).append(match[2].lower())
    return AuthResults(authserv_id, {k: tuple(v) for k, v in results.items()})


def _summarise(method_results: tuple[str, ...]) -> str | None:
    if not method_results:
        return None
    if PASS in method_results:
        return PASS
    return method_results[0]


def verdict(
    header_values: Iterable[str], trusted_authserv_ids: frozenset[str] = frozenset()
) -> str:
    """ "pass", "fail" or "unknown" from a message's Authentication-Results values, top first.

    A trusted header with dmarc=fail, or with dkim=fail and spf=fail/softfail, fails the
    message; otherwise dmarc=pass or dkim=pass passes it. A failing header beats a passing one.
    """
    trusted = {item.strip().lower() for item in trusted_authserv_ids if item.strip()}
    if not trusted:
        return UNKNOWN
    outcome = UNKNOWN
    for position, value in enumerate(header_values):
        parsed = parse_authentication_results(value)
        if parsed.authserv_id is None:
            if not (position == 0 and MICROSOFT_365 in trusted):
                continue
        elif parsed.authserv_id not in trusted:
            continue
        dmarc = _summarise(parsed.results.get("dmarc", ()))
        dkim = _summarise(parsed.results.get("dkim", ()))
        spf = _summarise(parsed.results.get("spf", ()))
        if dmarc == FAIL or (dkim == FAIL and spf in (FAIL, "softfail")):
            return FAIL
        if dmarc == PASS or dkim == PASS:
            outcome = PASS
    return outcome
