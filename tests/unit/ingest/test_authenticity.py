"""Authentication-Results: honoured only from a trusted receiving server."""

from __future__ import annotations

from ingest.authenticity import MICROSOFT_365, parse_authentication_results, verdict
from ingest.mime import parse_message

GMAIL = """mx.google.com;
       dkim=pass header.i=@gmail.test header.s=20230601 header.b=Xo8lEr2N;
       spf=pass (google.com: domain of cbxom3@gmail.test designates 209.85.220.41 as permitted sender) smtp.mailfrom=cbxom3@gmail.test;
       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.test"""

GMAIL_FAIL = """mx.google.com;
       dkim=fail header.i=@nghiathai.test;
       spf=softfail (google.com: domain of transitioning x@nghiathai.test does not designate 1.2.3.4 as permitted sender) smtp.mailfrom=x@nghiathai.test;
       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=nghiathai.test"""

MICROSOFT = """spf=pass (sender IP is 209.85.221.44)
 smtp.mailfrom=gmail.test; dkim=pass (signature was verified)
 header.d=gmail.test;dmarc=pass action=none header.from=gmail.test;compauth=pass
 reason=100"""

TRUST_GOOGLE = frozenset({"mx.google.com"})


def test_gmail_header_is_parsed() -> None:
    parsed = parse_authentication_results(GMAIL)
    assert parsed.authserv_id == "mx.google.com"
    assert parsed.results == {"dkim": ("pass",), "spf": ("pass",), "dmarc": ("pass",)}


def test_microsoft_365_header_has_no_authserv_id() -> None:
    parsed = parse_authentication_results(MICROSOFT)
    assert parsed.authserv_id is None
    assert parsed.results["dmarc"] == ("pass",)
    assert parsed.results["compauth"] == ("pass",)


def test_comments_with_semicolons_and_versions_do_not_confuse_the_parser() -> None:
    parsed = parse_authentication_results(
        "mx.example.test 1; spf=fail (a; b (nested; c)) smtp.mailfrom=x; dkim/1=pass header.d=y"
    )
    assert parsed.authserv_id == "mx.example.test"
    assert parsed.results == {"spf": ("fail",), "dkim": ("pass",)}


def test_nothing_trusted_means_unknown() -> None:
    assert verdict([GMAIL]) == "unknown"
    assert verdict([GMAIL_FAIL]) == "unknown"


def test_trusted_pass_and_fail() -> None:
    assert verdict([GMAIL], TRUST_GOOGLE) == "pass"
    assert verdict([GMAIL_FAIL], TRUST_GOOGLE) == "fail"


def test_dkim_fail_with_spf_softfail_fails_even_without_dmarc() -> None:
    value = "mx.google.com; dkim=fail header.i=@x.test; spf=softfail smtp.mailfrom=x.test"
    assert verdict([value], TRUST_GOOGLE) == "fail"


def test_dkim_fail_alone_is_not_enough_to_fail() -> None:
    value = "mx.google.com; dkim=fail header.i=@x.test; spf=pass smtp.mailfrom=x.test"
    assert verdict([value], TRUST_GOOGLE) == "unknown"


def test_one_passing_dkim_signature_of_several_passes() -> None:
    value = "mx.google.com; dkim=fail header.i=@a.test; dkim=pass header.i=@b.test; spf=none"
    assert verdict([value], TRUST_GOOGLE) == "pass"


def test_forged_untrusted_header_is_ignored() -> None:
    forged = "mx.google.com.evil.test; dkim=pass; spf=pass; dmarc=pass"
    real = "mx.google.com; dkim=none; spf=neutral smtp.mailfrom=x.test"
    assert verdict([real, forged], TRUST_GOOGLE) == "unknown"
    assert verdict([forged], TRUST_GOOGLE) == "unknown"


def test_microsoft_365_header_trusted_only_when_asked_and_only_on_top() -> None:
    assert verdict([MICROSOFT]) == "unknown"
    assert verdict([MICROSOFT], TRUST_GOOGLE) == "unknown"
    assert verdict([MICROSOFT], frozenset({MICROSOFT_365})) == "pass"
    fail_below = "spf=fail smtp.mailfrom=x; dmarc=fail header.from=x"
    # An id-less header below the top one was carried in by the sender: ignored.
    assert verdict([MICROSOFT, fail_below], frozenset({MICROSOFT_365})) == "pass"


def test_parse_message_uses_the_trusted_ids() -> None:
    raw = (
        "Authentication-Results: " + GMAIL.replace("\n", "\r\n") + "\r\n"
        "Authentication-Results: evil.test; dmarc=fail\r\n"
        "From: a@gmail.test\r\nSubject: x\r\n\r\nbody"
    ).encode()
    assert parse_message(raw).authenticity == "unknown"
    assert parse_message(raw, trusted_authserv_ids=TRUST_GOOGLE).authenticity == "pass"
    assert parse_message(raw, trusted_authserv_ids=frozenset({"evil.test"})).authenticity == "fail"


def test_garbage_header_is_harmless() -> None:
    assert verdict(["", ";;;", "(((", "=fail"], TRUST_GOOGLE) == "unknown"
