"""Authentication-Results: honoured only from a trusted receiving server, only the topmost trusted
header, and "pass" only when the result is aligned with the From's domain."""

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
    assert verdict([GMAIL], from_domain="gmail.test") == "unknown"
    assert verdict([GMAIL_FAIL], from_domain="nghiathai.test") == "unknown"


def test_trusted_pass_and_fail() -> None:
    assert verdict([GMAIL], TRUST_GOOGLE, "gmail.test") == "pass"
    assert verdict([GMAIL_FAIL], TRUST_GOOGLE, "nghiathai.test") == "fail"


def test_dmarc_pass_counts_only_for_the_from_domain() -> None:
    """dmarc=pass header.from=gmail.test says nothing about a From at nghiathai.test: a second
    From header, or a From the verifier did not read, must not borrow it."""
    assert verdict([GMAIL], TRUST_GOOGLE, "nghiathai.test") == "unknown"
    assert verdict([GMAIL], TRUST_GOOGLE, None) == "unknown"
    assert verdict([GMAIL], TRUST_GOOGLE, "sub.gmail.test") == "unknown"
    no_domain = "mx.google.com; dmarc=pass (p=NONE)"
    assert verdict([no_domain], TRUST_GOOGLE, "gmail.test") == "unknown"
    upper = "mx.google.com; dmarc=pass header.from=GMAIL.Test"
    assert verdict([upper], TRUST_GOOGLE, "gmail.test") == "pass"


def test_dmarc_fail_about_another_domain_does_not_fail_this_one() -> None:
    other = "mx.google.com; dmarc=fail header.from=elsewhere.test"
    assert verdict([other], TRUST_GOOGLE, "gmail.test") == "unknown"
    anonymous = "mx.google.com; dmarc=fail"
    assert verdict([anonymous], TRUST_GOOGLE, "gmail.test") == "fail"


def test_dkim_and_spf_without_dmarc_need_strict_alignment() -> None:
    dkim = "mx.google.com; dkim=pass header.d=unit.test header.s=s1"
    assert verdict([dkim], TRUST_GOOGLE, "unit.test") == "pass"
    assert verdict([dkim], TRUST_GOOGLE, "other.test") == "unknown"
    assert verdict([dkim], TRUST_GOOGLE, "mail.unit.test") == "unknown"  # strict, documented
    by_i = "mx.google.com; dkim=pass header.i=@unit.test"
    assert verdict([by_i], TRUST_GOOGLE, "unit.test") == "pass"
    spf = "mx.google.com; spf=pass smtp.mailfrom=bounce@unit.test"
    assert verdict([spf], TRUST_GOOGLE, "unit.test") == "pass"
    assert verdict([spf], TRUST_GOOGLE, "evil.test") == "unknown"
    third_party = (
        "mx.google.com; dkim=pass header.d=mailer.test; spf=pass smtp.mailfrom=mailer.test"
    )
    assert verdict([third_party], TRUST_GOOGLE, "unit.test") == "unknown"


def test_a_dmarc_result_decides_over_dkim_and_spf() -> None:
    """With a DMARC result present, an aligned-looking DKIM pass does not override it."""
    value = "mx.google.com; dkim=pass header.d=unit.test; dmarc=pass header.from=other.test"
    assert verdict([value], TRUST_GOOGLE, "unit.test") == "unknown"


def test_only_the_topmost_trusted_header_counts() -> None:
    """A sender can write a header with our server's id below the real one; it is ignored."""
    real = "mx.google.com; dkim=none; spf=neutral smtp.mailfrom=x.test; dmarc=none"
    forged = "mx.google.com; dkim=pass header.d=unit.test; dmarc=pass header.from=unit.test"
    assert verdict([real, forged], TRUST_GOOGLE, "unit.test") == "unknown"
    assert verdict([forged, real], TRUST_GOOGLE, "unit.test") == "pass"
    untrusted_on_top = "evil.test; dmarc=fail header.from=unit.test"
    assert verdict([untrusted_on_top, forged], TRUST_GOOGLE, "unit.test") == "pass"


def test_idn_from_domain_matches_its_ascii_form() -> None:
    value = "mx.google.com; dmarc=pass header.from=xn--bcher-kva.example"
    assert verdict([value], TRUST_GOOGLE, "xn--bcher-kva.example") == "pass"
    unicode_form = "mx.google.com; dmarc=pass header.from=bücher.example"
    assert verdict([unicode_form], TRUST_GOOGLE, "xn--bcher-kva.example") == "pass"


def test_dkim_fail_with_spf_softfail_fails_even_without_dmarc() -> None:
    value = "mx.google.com; dkim=fail header.i=@x.test; spf=softfail smtp.mailfrom=x.test"
    assert verdict([value], TRUST_GOOGLE, "x.test") == "fail"


def test_dkim_fail_alone_is_not_enough_to_fail() -> None:
    value = "mx.google.com; dkim=fail header.i=@x.test; spf=pass smtp.mailfrom=y.test"
    assert verdict([value], TRUST_GOOGLE, "x.test") == "unknown"


def test_one_passing_dkim_signature_of_several_passes() -> None:
    value = "mx.google.com; dkim=fail header.i=@a.test; dkim=pass header.i=@b.test; spf=none"
    assert verdict([value], TRUST_GOOGLE, "b.test") == "pass"
    assert verdict([value], TRUST_GOOGLE, "a.test") == "unknown"


def test_forged_untrusted_header_is_ignored() -> None:
    forged = "mx.google.com.evil.test; dkim=pass; spf=pass; dmarc=pass"
    real = "mx.google.com; dkim=none; spf=neutral smtp.mailfrom=x.test"
    assert verdict([real, forged], TRUST_GOOGLE, "x.test") == "unknown"
    assert verdict([forged], TRUST_GOOGLE, "x.test") == "unknown"


def test_microsoft_365_header_trusted_only_when_asked_and_only_on_top() -> None:
    ms = frozenset({MICROSOFT_365})
    assert verdict([MICROSOFT], from_domain="gmail.test") == "unknown"
    assert verdict([MICROSOFT], TRUST_GOOGLE, "gmail.test") == "unknown"
    assert verdict([MICROSOFT], ms, "gmail.test") == "pass"
    assert verdict([MICROSOFT], ms, "nghiathai.test") == "unknown"
    fail_below = "spf=fail smtp.mailfrom=x; dmarc=fail header.from=gmail.test"
    # An id-less header below the top one was carried in by the sender: ignored.
    assert verdict([MICROSOFT, fail_below], ms, "gmail.test") == "pass"
    assert verdict([fail_below, MICROSOFT], ms, "gmail.test") == "fail"


def test_parse_message_uses_the_trusted_ids() -> None:
    raw = (
        "Authentication-Results: " + GMAIL.replace("\n", "\r\n") + "\r\n"
        "Authentication-Results: evil.test; dmarc=fail\r\n"
        "From: a@gmail.test\r\nSubject: x\r\n\r\nbody"
    ).encode()
    assert parse_message(raw).authenticity == "unknown"
    assert parse_message(raw, trusted_authserv_ids=TRUST_GOOGLE).authenticity == "pass"
    assert parse_message(raw, trusted_authserv_ids=frozenset({"evil.test"})).authenticity == "fail"


def test_parse_message_aligns_with_the_from_it_read() -> None:
    """The display-name spoof: the verifier vouched for gmail.test, the From is evil.test."""
    raw = (
        "Authentication-Results: " + GMAIL.replace("\n", "\r\n") + "\r\n"
        'From: "cbxom3@gmail.test" <attacker@evil.test>\r\nSubject: x\r\n\r\nbody'
    ).encode()
    parsed = parse_message(raw, trusted_authserv_ids=TRUST_GOOGLE)
    assert parsed.sender == "attacker@evil.test" and parsed.authenticity == "unknown"
    two_froms = (
        "Authentication-Results: " + GMAIL.replace("\n", "\r\n") + "\r\n"
        "From: a@gmail.test\r\nFrom: b@gmail.test\r\nSubject: x\r\n\r\nbody"
    ).encode()
    parsed = parse_message(two_froms, trusted_authserv_ids=TRUST_GOOGLE)
    assert parsed.sender is None and parsed.authenticity == "unknown"


def test_garbage_header_is_harmless() -> None:
    assert verdict(["", ";;;", "(((", "=fail"], TRUST_GOOGLE, "x.test") == "unknown"
