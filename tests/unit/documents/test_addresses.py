"""The one sender parser: the classic differential cases, and the rate limits' normaliser."""

from __future__ import annotations

import pytest

from documents.addresses import (
    bare_address,
    canonical_address,
    domain_of,
    mailbox_key,
    read_address_list,
    read_mailbox,
    read_sender,
)
from ingest.envelope import read_envelope


def sender(*froms: str) -> str | None:
    reading = read_sender(list(froms))
    return reading.mailbox.address if reading.mailbox else None


# --- what a hostile From can try -----------------------------------------------------------


def test_an_address_in_the_display_name_is_not_the_sender() -> None:
    reading = read_sender(['"unit@known.vn" <attacker@evil.example>'])
    assert reading.mailbox is not None
    assert reading.mailbox.address == "attacker@evil.example"
    assert reading.warning and "unit@known.vn" in reading.warning


@pytest.mark.parametrize(
    "value",
    [
        "unit@known.vn <attacker@evil.example>",  # unquoted: two addresses, no comma
        "unit@known.vn (x) <attacker@evil.example>",
        "alice@example.org)<bob@example.org>",  # CVE-2023-27043's shape
        "alice@example.org (<bob@example.org>",  # comment never closed
        "Bob <bob@example.com> <eve@evil.example>",
        "unit@known.vn\r\n <attacker@evil.example>",
    ],
)
def test_two_candidate_addresses_give_no_sender(value: str) -> None:
    reading = read_sender([value])
    assert reading.mailbox is None and reading.problem


def test_comments_are_never_the_address() -> None:
    assert sender("attacker@evil.example (unit@known.vn)") == "attacker@evil.example"
    assert sender("(unit@known.vn) attacker@evil.example") == "attacker@evil.example"
    assert sender("Tên (unit@known.vn) <attacker@evil.example>") == "attacker@evil.example"


def test_two_from_headers_give_no_sender_even_when_identical() -> None:
    reading = read_sender(["a@unit.vn", "b@evil.example"])
    assert reading.mailbox is None and reading.problem == "2 From headers"
    assert sender("Doug <d@example.com>", "Doug <d@example.com>") is None
    assert read_sender([]).problem == "no From header"


def test_encoded_words_around_the_address() -> None:
    # RFC 2047 forbids "@" in a Q-encoded phrase: the two parsers read it differently, so no one.
    assert sender("=?utf-8?q?unit@known.vn?= <attacker@evil.example>") is None
    # A correctly encoded display name holding an address is only a name.
    encoded = "=?utf-8?q?unit=40known=2Evn?= <attacker@evil.example>"
    assert sender(encoded) == "attacker@evil.example"
    assert sender("=?utf-8?b?dW5pdEBrbm93bi52bg==?= <attacker@evil.example>") == (
        "attacker@evil.example"
    )
    # An encoded word is never an address nor part of one.
    assert sender("=?utf-8?q?=3Cunit@known.vn=3E?=") is None
    assert sender("=?utf-8?b?dW5pdEBrbm93bi52bg==?=@evil.example") is None
    # A display name that decodes to a line break and a header is text, and the address stands.
    crlf = "=?utf-8?b?Q2hpIGLhu5kNCkJjYzogZXZpbEBleGFtcGxlLnRlc3Q=?= <u@gmail.test>"
    assert sender(crlf) == "u@gmail.test"


def test_quoted_local_parts_only_when_quoting_changes_nothing() -> None:
    assert sender('A <"john"@x.vn>') == "john@x.vn"
    assert sender('"unit@known.vn"@evil.example') is None
    assert sender('"a b"@known.vn') is None
    assert sender('"evil\\"@x"@y.vn') is None
    assert canonical_address('"john.doe"@X.VN') == "john.doe@x.vn"


def test_unicode_and_idn_domains_are_canonical_ascii() -> None:
    assert sender("x <user@bücher.example>") == "user@xn--bcher-kva.example"
    assert sender("x <user@BÜCHER.example>") == "user@xn--bcher-kva.example"
    assert sender("x <user@xn--bcher-kva.example>") == "user@xn--bcher-kva.example"
    assert sender("Tên <Người.Dùng@Ví-Dụ.VN>") == "người.dùng@xn--v-d-rma6749a.vn"
    # A look-alike domain is another domain, not the one it imitates.
    assert domain_of(sender("x <a@nghiathаi.test>")) != "nghiathai.test"  # Cyrillic а


def test_group_syntax_and_empty_from_give_no_sender() -> None:
    assert read_sender(["Group: a@b.vn, c@d.vn;"]).problem == "a group, not a mailbox"
    assert read_sender(["undisclosed-recipients:;"]).mailbox is None
    assert read_sender([""]).problem == "empty"
    assert read_sender(["   "]).problem == "empty"
    assert read_sender(["<>"]).mailbox is None
    assert read_sender(["a@b.vn, c@d.vn"]).problem == "2 addresses, not one"


@pytest.mark.parametrize(
    "value",
    [
        "a@b",  # no dot: not a host on the Internet
        "Name <a@[1.2.3.4]>",  # address literal
        "<@route.example:a@b.vn>",  # obsolete source route
        "a..b@c.vn",
        "a@b.vn.",
        "a@-b.vn",
        "a@b_c.vn",
        "a@b.123",
        "x" * 65 + "@b.vn",
    ],
)
def test_addresses_that_are_not_plain_give_no_sender(value: str) -> None:
    assert read_mailbox(value).mailbox is None


def test_ordinary_froms_are_read() -> None:
    assert sender("Nguyen V. Thanh <a@b.vn>") == "a@b.vn"  # obs-phrase period
    assert sender('"Nguyễn, Văn" <A@B.VN>') == "a@b.vn"
    assert sender("x <a@b.vn> (comment)") == "a@b.vn"
    assert sender('Chi bộ "xóm 1" <a@b.vn>') == "a@b.vn"
    assert sender('"=?utf-8?B?Q2hpIGLhu5k=?=" <a@b.vn>') == "a@b.vn"  # quoted encoded word
    assert sender("a+tag@b.vn") == "a+tag@b.vn"


def test_a_huge_or_garbage_from_never_raises() -> None:
    assert read_sender(["<" * 5000]).mailbox is None
    assert read_sender(["=?utf-8?q?" + "x" * 3000 + "?= <a@b.vn>"]).mailbox is None
    assert read_sender(["\x00\x01 <a@b.vn>"]).mailbox is None
    assert read_sender(['"' * 101 + "(((((a@b.vn"]).mailbox is None


def test_the_envelope_keeps_the_reason_and_a_decoded_name() -> None:
    envelope = read_envelope([("From", '"unit@known.vn" <Attacker@Evil.example>')])
    assert envelope.sender == "attacker@evil.example"
    assert envelope.sender_name == "unit@known.vn"
    assert any("display name shows another address" in d for d in envelope.defects)
    two = read_envelope([("From", "a@unit.vn"), ("From", "b@unit.vn")])
    assert two.sender is None and two.sender_name is None
    assert any("2 From headers" in d for d in two.defects)


def test_reply_to_and_return_path_use_the_same_parser() -> None:
    envelope = read_envelope(
        [
            ("From", "a@unit.vn"),
            ("Reply-To", '"boss@unit.vn" <x@evil.example>'),
            ("Return-Path", "<B@Unit.VN>"),
        ]
    )
    assert envelope.reply_to == "x@evil.example"
    assert envelope.return_path == "b@unit.vn"
    several = read_envelope([("From", "a@unit.vn"), ("Reply-To", "x@e.vn, y@e.vn")])
    assert several.reply_to is None
    two = read_envelope([("From", "a@unit.vn"), ("Reply-To", "x@e.vn"), ("Reply-To", "y@e.vn")])
    assert two.reply_to is None


def test_address_lists_skip_what_they_cannot_read() -> None:
    found = read_address_list(["A <a@b.vn>, bad@@x, Group: c@d.vn;, e@f.vn"], 10)
    assert found == ("a@b.vn", "c@d.vn", "e@f.vn")
    assert read_address_list([", ".join(f"u{i}@x.vn" for i in range(30))], 5) == tuple(
        f"u{i}@x.vn" for i in range(5)
    )


def test_bare_address_takes_either_form() -> None:
    assert bare_address("Chi bộ <A@B.vn>") == "a@b.vn"
    assert bare_address("A@B.vn") == "a@b.vn"
    assert bare_address("nobody") is None
    assert bare_address(None) is None


# --- the normaliser of rate limits ----------------------------------------------------------


def test_mailbox_key_folds_case_tags_and_gmail_dots() -> None:
    assert mailbox_key("Chi.Bo.Xom1+abc@GMAIL.com") == "chiboxom1@gmail.com"
    assert mailbox_key("chiboxom1@googlemail.com") == "chiboxom1@gmail.com"
    assert mailbox_key("A.B+x@Unit.VN") == "a.b@unit.vn"  # dots matter outside Gmail
    assert mailbox_key("a.b@unit.vn") != mailbox_key("ab@unit.vn")
    assert mailbox_key("+only@unit.vn") == "+only@unit.vn"
    assert mailbox_key("user@bücher.example") == "user@xn--bcher-kva.example"


def test_the_canonical_address_keeps_tags_and_dots() -> None:
    """The loose key groups spellings for counting; the canonical address stays exact."""
    assert canonical_address("Chi.Bo+x@gmail.com") == "chi.bo+x@gmail.com"
