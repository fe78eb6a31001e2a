"""Envelope fields: one broken header costs only itself."""

from __future__ import annotations

from ingest.envelope import address, addresses, message_id, read_envelope, references, return_path


def test_two_addresses_in_from_without_comma_give_no_sender() -> None:
    envelope = read_envelope([("From", "tim@powerupdev.test concierge@powerupdev.test")])
    assert envelope.sender is None
    assert any(d.startswith("From header gives no sender to trust") for d in envelope.defects)
    assert address("tim@powerupdev.test concierge@powerupdev.test") == (None, None)


def test_display_name_in_windows_1258_encoded_word() -> None:
    assert address("=?windows-1258?Q?H=F4=F2i_N=F4ng_d=E2n?= <ND@X.test>") == (
        "nd@x.test",
        "Hội Nông dân",
    )


def test_thousands_of_encoded_words_do_not_overflow_the_stack() -> None:
    # The stdlib's address parser recurses per word; this header made it overflow.
    value = '"t" <t@x.test>,\r\n' + "\r\n".join(
        "\t=?utf-8?Q?date=3E2017-08-20T10:08:28.617=3C/pr?=" for _ in range(3000)
    )
    envelope = read_envelope([("From", "a@x.test"), ("To", value)])
    assert envelope.to[0] == "t@x.test"
    assert envelope.sender == "a@x.test"


def test_recipients_are_bounded() -> None:
    many = ", ".join(f"u{i}@x.test" for i in range(700))
    assert len(addresses([many])) == 500


def test_ids_and_paths() -> None:
    assert message_id("  <a b@c>  ") == "<ab@c>"
    assert message_id("bare@id") == "<bare@id>"
    assert message_id("<>") is None
    assert message_id("") is None
    assert references("<a@b> junk <c@d>") == ("<a@b>", "<c@d>")
    assert references("a@b c@d") == ("<a@b>", "<c@d>")
    assert return_path("<>") == ""
    assert return_path(" < > ") == ""
    assert return_path("<X@Y.test>") == "x@y.test"
    assert return_path(None) is None


def test_raw_8bit_subject_uses_the_message_charset_after_utf8() -> None:
    subject = "Báo cáo".encode("cp1258").decode("ascii", "surrogateescape")
    envelope = read_envelope([("Subject", subject)], charset="windows-1258")
    assert envelope.subject == "Báo cáo"
    utf8 = "Báo cáo".encode().decode("ascii", "surrogateescape")
    assert read_envelope([("Subject", utf8)], charset="windows-1258").subject == "Báo cáo"
