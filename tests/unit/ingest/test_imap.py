"""IMAP URLs and settings checks: what the watcher accepts before it ever connects."""

from __future__ import annotations

import pytest
from pydantic import SecretStr

from ingest.imap import FolderWatcher, ImapConfigError, check_settings, parse_imap_url
from workers.settings import Settings


def test_parse_imaps_url_with_encoded_user_and_folder() -> None:
    target = parse_imap_url("imaps://danvan%40gmail.com@imap.gmail.com/Th%C6%B0%20%C4%91%E1%BA%BFn")
    assert target.tls and target.port == 993
    assert target.user == "danvan@gmail.com"
    assert target.folder == "Thư đến"
    assert target.mailbox == "danvan@gmail.com@imap.gmail.com"
    assert not target.loopback


def test_parse_plain_url_defaults() -> None:
    target = parse_imap_url("imap://dvk@127.0.0.1")
    assert not target.tls and target.port == 143 and target.folder == "INBOX"
    assert target.loopback
    assert parse_imap_url("imap://dvk@localhost:1143/INBOX").loopback
    assert not parse_imap_url("imap://dvk@10.0.0.5/INBOX").loopback


def test_password_in_url_never_shown() -> None:
    target = parse_imap_url("imaps://dvk:s3cret@mail.test/INBOX")
    assert target.password == "s3cret"
    assert "s3cret" not in str(target)
    with pytest.raises(ImapConfigError) as caught:
        parse_imap_url("pop3://dvk:s3cret@mail.test/")
    assert "s3cret" not in str(caught.value)


@pytest.mark.parametrize("url", ["imaps://mail.test/INBOX", "imap:///INBOX", "http://a@b/"])
def test_bad_urls_are_refused(url: str) -> None:
    with pytest.raises(ImapConfigError):
        parse_imap_url(url)


def _settings(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[arg-type]


def test_several_urls_are_several_targets() -> None:
    settings = _settings(imap_url="imaps://a@h/INBOX, imaps://a@h/Archive", imap_password="x")
    assert [t.folder for t in check_settings(settings)] == ["INBOX", "Archive"]
    assert isinstance(settings.imap_password, SecretStr)


@pytest.mark.parametrize(
    "values",
    [
        {"imap_action": "delete"},
        {"imap_keyword": "Đã xử lý"},
        {"imap_keyword": "a b"},
        {"imap_action": "move", "imap_processed_folder": "INBOX"},
    ],
)
def test_unworkable_settings_are_refused(values: dict[str, object]) -> None:
    with pytest.raises(ImapConfigError):
        check_settings(_settings(imap_url="imaps://a@h/INBOX", **values))


def test_backoff_grows_with_jitter_and_a_ceiling() -> None:
    watcher = FolderWatcher(parse_imap_url("imaps://a@h/INBOX"), _settings(), None)  # type: ignore[arg-type]
    first = [watcher._delay(1) for _ in range(50)]
    assert all(0.5 <= d <= 1.0 for d in first)
    assert len(set(first)) > 1
    assert all(
        watcher.backoff_max / 2 <= watcher._delay(40) <= watcher.backoff_max for _ in range(20)
    )
    longest = watcher.login_backoff_max  # a refused login waits longer, up to its own ceiling
    assert longest > watcher.backoff_max
    assert all(longest / 2 <= watcher._delay(40, longest) <= longest for _ in range(20))


def test_a_server_without_keywords_is_told_apart() -> None:
    watcher = FolderWatcher(parse_imap_url("imaps://a@h/INBOX"), _settings(), None)  # type: ignore[arg-type]
    # What SELECT answered (imapclient's parsed form): \* means any keyword is kept.
    watcher._check_keywords_allowed({b"PERMANENTFLAGS": (b"\\Seen", b"\\*")})
    watcher._check_keywords_allowed({b"PERMANENTFLAGS": (b"\\Seen", b"$DvkProcessed")})
    watcher._check_keywords_allowed({})  # not announced: try, as RFC 3501 allows
    with pytest.raises(ImapConfigError, match="DVK_IMAP_ACTION=move"):
        watcher._check_keywords_allowed({b"PERMANENTFLAGS": (b"\\Seen", b"\\Deleted")})
