"""Which commune a shared mailbox's message was sent to: envelope headers first, then To/Cc,
canonical addresses, and held (never guessed) when none or several communes match."""

from __future__ import annotations

from ingest.routing import Recipients, lookup_keys, normalise, read_recipients, resolve

LAC_HUNG, PHU_LAC = 1, 2
DIRECTORY = {
    "xa-lac-hung@dvk.tinh.gov.vn": LAC_HUNG,
    "vanphong.phulac@dvk.tinh.gov.vn": PHU_LAC,
    "danvan@xn--phlc-rra1666b.vn": PHU_LAC,  # danvan@phúlạc.vn, stored in its IDNA form
}


def _mail(*headers: str) -> bytes:
    lines = ["From: Chi bộ <chibo@gmail.test>", "Subject: Báo cáo", *headers]
    return ("\r\n".join(lines) + "\r\n\r\nNội dung.\r\n").encode()


def _route(*headers: str) -> tuple[int | None, str | None]:
    route = resolve(read_recipients(_mail(*headers)), DIRECTORY)
    return route.commune_id, route.reason


def test_the_to_address_names_the_commune() -> None:
    assert _route("To: Xã Lạc Hưng <xa-lac-hung@dvk.tinh.gov.vn>") == (LAC_HUNG, None)
    assert _route("To: VanPhong.PhuLac@DVK.Tinh.Gov.VN") == (PHU_LAC, None)


def test_a_cc_to_one_commune_routes_and_other_recipients_do_not_matter() -> None:
    assert _route("To: someone@else.test", "Cc: vanphong.phulac@dvk.tinh.gov.vn") == (
        PHU_LAC,
        None,
    )


def test_a_cc_to_two_communes_is_held_never_guessed() -> None:
    commune, reason = _route(
        "To: xa-lac-hung@dvk.tinh.gov.vn", "Cc: vanphong.phulac@dvk.tinh.gov.vn"
    )
    assert commune is None
    assert reason is not None and "nhiều xã" in reason
    assert "xa-lac-hung@dvk.tinh.gov.vn" in reason and "vanphong.phulac@" in reason


def test_two_addresses_of_the_same_commune_are_one_commune() -> None:
    assert _route("To: vanphong.phulac@dvk.tinh.gov.vn, danvan@phúlạc.vn") == (PHU_LAC, None)


def test_an_unknown_address_is_held_with_the_addresses_it_saw() -> None:
    commune, reason = _route("To: xa-khong-co@dvk.tinh.gov.vn")
    assert commune is None
    assert reason is not None and "xa-khong-co@dvk.tinh.gov.vn" in reason


def test_no_recipient_at_all_is_held() -> None:
    commune, reason = _route()
    assert commune is None and reason is not None


def test_the_envelope_recipient_decides_which_copy_this_is() -> None:
    """Postfix delivers one copy per original recipient, each with its X-Original-To: the copy
    for Phú Lạc goes to Phú Lạc even though its Cc names both communes."""
    headers = ("To: xa-lac-hung@dvk.tinh.gov.vn", "Cc: vanphong.phulac@dvk.tinh.gov.vn")
    assert _route("X-Original-To: vanphong.phulac@dvk.tinh.gov.vn", *headers) == (PHU_LAC, None)
    assert _route("Delivered-To: xa-lac-hung@dvk.tinh.gov.vn", *headers) == (LAC_HUNG, None)
    assert _route("Envelope-To: vanphong.phulac@dvk.tinh.gov.vn", *headers) == (PHU_LAC, None)


def test_the_shared_mailbox_itself_in_delivered_to_falls_back_to_the_headers() -> None:
    """Dovecot's LDA writes the final mailbox; it names no commune, so To decides."""
    assert _route("Delivered-To: hopthu@dvk.tinh.gov.vn", "To: xa-lac-hung@dvk.tinh.gov.vn") == (
        LAC_HUNG,
        None,
    )


def test_envelope_headers_naming_two_communes_are_held() -> None:
    commune, _ = _route(
        "X-Original-To: xa-lac-hung@dvk.tinh.gov.vn",
        "Delivered-To: vanphong.phulac@dvk.tinh.gov.vn",
        "To: xa-lac-hung@dvk.tinh.gov.vn",
    )
    assert commune is None


def test_plus_addressing_matches_the_base_address() -> None:
    assert _route("To: xa-lac-hung+baocao@dvk.tinh.gov.vn") == (LAC_HUNG, None)
    assert lookup_keys("a+b+c@x.vn") == ("a+b+c@x.vn", "a@x.vn")
    assert lookup_keys("a@x.vn") == ("a@x.vn",)


def test_an_internationalised_domain_matches_its_idna_form() -> None:
    assert _route("To: =?utf-8?q?Ph=C3=BA_L=E1=BA=A1c?= <DanVan@PHÚLẠC.vn>") == (PHU_LAC, None)
    assert normalise(" DanVan@Phúlạc.VN ") == "danvan@xn--phlc-rra1666b.vn"
    assert normalise("not an address") is None


def test_an_encoded_or_folded_header_is_read() -> None:
    assert _route("To: =?utf-8?b?WMOjIEzhuqFjIEjGsG5n?=\r\n <xa-lac-hung@dvk.tinh.gov.vn>") == (
        LAC_HUNG,
        None,
    )


def test_a_lookalike_address_does_not_match() -> None:
    commune, _ = _route("To: xa-lac-hung@dvk.tinh.gov.vn.evil.test")
    assert commune is None
    commune, _ = _route('To: "xa-lac-hung@dvk.tinh.gov.vn" <other@evil.test>')
    assert commune is None


def test_recipients_keep_envelope_and_visible_apart() -> None:
    found = read_recipients(_mail("X-Original-To: A@B.vn", "To: c@d.vn", "Cc: e@f.vn, A@b.vn"))
    assert found == Recipients(envelope=("a@b.vn",), visible=("c@d.vn", "e@f.vn", "a@b.vn"))
    assert found.all() == ("a@b.vn", "c@d.vn", "e@f.vn")


def test_header_like_lines_in_the_body_are_not_recipients() -> None:
    raw = _mail("To: someone@else.test") + b"To: xa-lac-hung@dvk.tinh.gov.vn\r\n"
    assert resolve(read_recipients(raw), DIRECTORY).commune_id is None
    bare = b"To: xa-lac-hung@dvk.tinh.gov.vn\n\nTo: vanphong.phulac@dvk.tinh.gov.vn\n"
    assert resolve(read_recipients(bare), DIRECTORY).commune_id == LAC_HUNG
