"""Is the sender really who the From line says? Read from Authentication-Results (RFC 8601).

Anyone can write an Authentication-Results header into a message before sending it, so a header
counts only when its authserv-id names a receiving server we trust (the office mailbox's own
provider, e.g. `mx.google.com`); with nothing trusted the answer is always "unknown". Of the
trusted headers only the topmost counts: the receiving server prepends its own header above
everything the sender wrote, so a header further down carrying a trusted id may be a forgery the
server did not remove.

Microsoft 365 writes its header without an authserv-id (`spf=pass (…) smtp.mailfrom=…; …`). Such a
header is honoured only when `MICROSOFT_365` is among the trusted ids and the header is the
topmost Authentication-Results of the message: Exchange Online prepends its own, so a forged
id-less header sent along by the sender always sits below it.

"pass" means the From's own domain was verified, never just "something passed":

* `dmarc=pass` counts only when its `header.from` is the From's domain (the verifier already
  applied DMARC's relaxed, organisational-domain alignment between that domain and DKIM/SPF);
* without a DMARC result, `dkim=pass` counts when its `header.d` (or the domain of `header.i`)
  is exactly the From's domain, and `spf=pass` when the domain of `smtp.mailfrom` is. This is
  DMARC's *strict* alignment: without the Public Suffix List dvk cannot tell an organisational
  domain from a public suffix, and a false "unknown" only holds a reply for the office, while a
  false "pass" could aim one at a stranger.

A trusted `dmarc=fail` about the From's domain (or naming no domain), or dkim=fail together with
spf=fail/softfail, makes the message "fail"; a failing result beats a passing one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from documents.addresses import canonical_domain, domain_of

PASS = "pass"  # noqa: S105 - a verdict, not a password
FAIL = "fail"
UNKNOWN = "unknown"

MICROSOFT_365 = "microsoft365"

_RESULT = re.compile(r"^\s*([A-Za-z0-9_.-]+)(?:/[0-9]+)?\s*=\s*([A-Za-z0-9_-]+)")
_PROPERTY = re.compile(r"([A-Za-z0-9_-]+)\.([A-Za-z0-9_.-]+)\s*=\s*(\"[^\"]*\"|[^\s;]+)")


@dataclass(frozen=True)
class MethodResult:
    """One result of a header: `dmarc=pass header.from=x.vn` → ("dmarc", "pass", {…})."""

    method: str
    result: str
    properties: dict[str, str] = field(default_factory=dict)  # "header.from" → "x.vn"


@dataclass(frozen=True)
class AuthResults:
    """One Authentication-Results header: who wrote it and method → results (lower-case)."""

    authserv_id: str | None
    results: dict[str, tuple[str, ...]] = field(default_factory=dict)
    details: tuple[MethodResult, ...] = ()


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
    details: list[MethodResult] = []
    for item in result_items:
        match = _RESULT.match(item)
        if match:
            method, result = match[1].lower(), match[2].lower()
            results.setdefault(method, []).append(result)
            properties = {
                f"{ptype.lower()}.{name.lower()}": value.strip('"')
                for ptype, name, value in _PROPERTY.findall(item[match.end() :])
            }
            details.append(MethodResult(method, result, properties))
    return AuthResults(authserv_id, {k: tuple(v) for k, v in results.items()}, tuple(details))


def _summarise(method_results: tuple[str, ...]) -> str | None:
    if not method_results:
        return None
    if PASS in method_results:
        return PASS
    return method_results[0]


def _topmost_trusted(header_values: Iterable[str], trusted: set[str]) -> AuthResults | None:
    """The header our own receiving server wrote: the topmost one with a trusted id."""
    for position, value in enumerate(header_values):
        parsed = parse_authentication_results(value)
        if parsed.authserv_id is None:
            if position == 0 and MICROSOFT_365 in trusted:
                return parsed
            continue
        if parsed.authserv_id in trusted:
            return parsed
    return None


def _aligned_domain(result: MethodResult) -> str | None:
    """The domain a result vouches for: header.from (DMARC), header.d/header.i (DKIM),
    smtp.mailfrom or smtp.helo's address (SPF)."""
    props = result.properties
    if result.method == "dmarc":
        return canonical_domain(props.get("header.from", ""))
    if result.method == "dkim":
        return canonical_domain(props.get("header.d", "")) or domain_of(props.get("header.i"))
    if result.method == "spf":
        return domain_of(props.get("smtp.mailfrom"))
    return None


def judge(header: AuthResults, from_domain: str | None) -> str:
    """ "pass", "fail" or "unknown" for one trusted header and the From's canonical domain."""
    dmarc = [r for r in header.details if r.method == "dmarc"]
    for result in dmarc:
        if result.result == FAIL and _aligned_domain(result) in (None, from_domain):
            return FAIL
    dkim = _summarise(header.results.get("dkim", ()))
    spf = _summarise(header.results.get("spf", ()))
    if not dmarc and dkim == FAIL and spf in (FAIL, "softfail"):
        return FAIL
    if from_domain is None:
        return UNKNOWN
    checked = dmarc or [r for r in header.details if r.method in ("dkim", "spf")]
    if any(r.result == PASS and _aligned_domain(r) == from_domain for r in checked):
        return PASS
    return UNKNOWN


def verdict(
    header_values: Iterable[str],
    trusted_authserv_ids: frozenset[str] = frozenset(),
    from_domain: str | None = None,
) -> str:
    """ "pass", "fail" or "unknown" from a message's Authentication-Results values, top first.

    Only the topmost trusted header counts; "pass" needs a result aligned with `from_domain`
    (the From's canonical domain; None when the message has no sender to trust).
    """
    trusted = {item.strip().lower() for item in trusted_authserv_ids if item.strip()}
    if not trusted:
        return UNKNOWN
    header = _topmost_trusted(header_values, trusted)
    return UNKNOWN if header is None else judge(header, from_domain)
