from __future__ import annotations

from pathlib import Path

import pytest

from documents.settings import redact_url
from workers.settings import Settings


def test_redact_url_hides_password_only() -> None:
    assert (
        redact_url("imaps://dvk:s3cret@mail.test:993/INBOX")
        == "imaps://dvk:***@mail.test:993/INBOX"
    )
    assert redact_url("redis://127.0.0.1:6379/0") == "redis://127.0.0.1:6379/0"
    assert redact_url(None) == ""


def test_settings_read_dvk_variables(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DVK_DATABASE_URL", "postgresql+psycopg://u:pw@db/dvk")
    monkeypatch.setenv("DVK_TRUSTED_AUTHSERV_IDS", "mx.google.com, mx.test")
    monkeypatch.setenv("DVK_WEB_PORT", "8123")
    monkeypatch.chdir(tmp_path)
    s = Settings()
    assert s.effective_database_url == "postgresql+psycopg://u:pw@db/dvk"
    assert s.trusted_authserv_ids == ["mx.google.com", "mx.test"]
    assert s.web_port == 8123
    shown = s.describe()
    assert "pw" not in shown["database_url"]
    assert shown["database_url"].endswith("@db/dvk")


def test_defaults_are_embedded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("DVK_DATABASE_URL", "DVK_BROKER_URL", "DVK_IMAP_URL", "DVK_SMTP_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    s = Settings()
    assert s.effective_database_url.startswith("sqlite:///")
    assert s.effective_database_url.endswith("var/dvk.sqlite3")
    assert s.broker_url is None and s.imap_urls == [] and s.smtp_url is None
    assert (s.web_host, s.web_port) == ("127.0.0.1", 8000)
    assert s.inbox_dir == Path("var/inbox") and s.outbox_dir == Path("var/outbox")


def test_secret_from_file(tmp_path: Path) -> None:
    secret = tmp_path / "pw"
    secret.write_text("hunter2\n", encoding="utf-8")
    s = Settings(_env_file=None, imap_password_file=secret)
    assert s.read_secret(s.imap_password, s.imap_password_file) == "hunter2"
    assert "hunter2" not in repr(s)


def test_each_part_owns_its_settings_and_the_whole_keeps_the_names(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from documents.settings import CoreSettings
    from ingest.settings import IngestSettings
    from notifier.settings import NotifierSettings
    from web.settings import WebSettings

    assert "imap_url" in IngestSettings.model_fields
    assert "smtp_url" not in IngestSettings.model_fields
    assert "smtp_url" in NotifierSettings.model_fields
    assert "imap_url" not in NotifierSettings.model_fields
    assert "web_port" in WebSettings.model_fields
    assert "imap_url" not in WebSettings.model_fields
    assert not {"imap_url", "smtp_url", "web_port"} & set(CoreSettings.model_fields)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DVK_IMAP_URL", "imap://dvk:geheim@mail.test/INBOX")
    monkeypatch.setenv("DVK_SMTP_URL", "smtp://dvk:geheim@mail.test:587")
    monkeypatch.setenv("DVK_WEB_PORT", "8124")
    monkeypatch.setenv("DVK_TRUSTED_PROXIES", "10.0.0.1, 192.168.0.0/16")
    s = Settings()
    assert s.imap_urls == ["imap://dvk:geheim@mail.test/INBOX"]
    assert s.web_port == 8124 and s.trusted_proxies == ["10.0.0.1/32", "192.168.0.0/16"]
    assert s.watched_mailboxes() == ["imap://dvk@mail.test/INBOX"]
    assert s.mail_out_target() == "smtp://dvk:***@mail.test:587"
    assert "geheim" not in str(s.describe())
    assert IngestSettings().imap_urls == s.imap_urls  # a part reads its own variables alone
