"""The IMAP URL check the web page and `dvk mailboxes` share (`documents.mail_accounts`)."""

from __future__ import annotations

import pytest

from documents.mail_accounts import MailAccountError, parse_mailbox_url, public_url, with_folder


def test_a_url_gives_its_parts_with_the_defaults() -> None:
    parts = parse_mailbox_url(
        "imaps://danvan%40xa.gov.vn@mail.tinh.gov.vn/Th%C6%B0%20%C4%91%E1%BA%BFn"
    )
    assert (parts.tls, parts.user, parts.host, parts.port) == (
        True,
        "danvan@xa.gov.vn",
        "mail.tinh.gov.vn",
        993,
    )
    assert parts.folder == "Thư đến" and parts.password is None
    plain = parse_mailbox_url("imap://u@127.0.0.1")
    assert (plain.tls, plain.port, plain.folder) == (False, 143, "INBOX")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("https://u@mail.test/", "phải bắt đầu bằng imaps:// hoặc imap://"),
        ("pop3://u:Bi-mat-1@mail.test/", "phải bắt đầu bằng imaps:// hoặc imap://"),
        ("imaps://mail.test/INBOX", "cần có tên đăng nhập và máy chủ"),
        ("imaps://u:Bi-mat-1@/INBOX", "cần có tên đăng nhập và máy chủ"),
        ("imaps://u:Bi-mat-1@h:cong/INBOX", "cổng phải là một số"),
        ("imaps://u@h/INBOX?x=1", "không được có phần ? hoặc #"),
        ("", "phải bắt đầu bằng imaps://"),
    ],
)
def test_a_bad_url_is_refused_in_vietnamese_without_its_password(url: str, message: str) -> None:
    with pytest.raises(MailAccountError, match=message.replace("?", r"\?")) as caught:
        parse_mailbox_url(url)
    assert "Bi-mat-1" not in str(caught.value)


def test_a_password_typed_in_the_url_is_moved_out() -> None:
    assert public_url(" imaps://u:p%40ss@mail.test:9993/INBOX ") == (
        "imaps://u@mail.test:9993/INBOX",
        "p@ss",
    )
    assert public_url("imaps://u@mail.test/INBOX") == ("imaps://u@mail.test/INBOX", None)


def test_another_folder_is_the_same_account_with_another_path() -> None:
    url = "imaps://u%40x.vn@mail.test:993/INBOX"
    assert (
        with_folder(url, " Lưu trữ/2025 ")
        == "imaps://u%40x.vn@mail.test:993/L%C6%B0u%20tr%E1%BB%AF/2025"
    )
    assert parse_mailbox_url(with_folder(url, "Lưu trữ/2025")).folder == "Lưu trữ/2025"
    for bad in ("", "  ", "a*", "a\r\nb"):
        with pytest.raises(MailAccountError, match="tên thư mục không hợp lệ"):
            with_folder(url, bad)
