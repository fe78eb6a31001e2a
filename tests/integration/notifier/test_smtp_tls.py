"""SmtpSender's STARTTLS, certificate checking and login against a real aiosmtpd server."""

from __future__ import annotations

import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from pydantic import SecretStr

from notifier.senders import SmtpSender, TransientSendError
from tests.conftest import unavailable
from tests.integration.notifier.conftest import RecordingHandler, free_port
from workers.settings import Settings

pytestmark = pytest.mark.integration
RAW = b"From: danvan@nghiathai.test\r\nTo: a@x.test\r\nSubject: t\r\n\r\nbody\r\n"


def check_login(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (b"vp", b"m4tkh4u")
    return AuthResult(success=ok, handled=False)


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, RecordingHandler]]:
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(cert), str(key))
    handler = RecordingHandler()
    port = free_port()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        tls_context=context,
        require_starttls=True,
        authenticator=check_login,
        auth_require_tls=True,
    )
    controller.start()
    yield port, handler
    controller.stop()


def sender(
    settings: Settings,
    port: int,
    *,
    verify: bool,
    password: str = "m4tkh4u",
    tmp_path: Path | None = None,
) -> SmtpSender:
    update: dict[str, Any] = {"smtp_url": f"smtp://vp@127.0.0.1:{port}", "smtp_verify_tls": verify}
    if tmp_path is not None:
        (tmp_path / "pw").write_text(password + "\n", encoding="utf-8")
        update["smtp_password_file"] = tmp_path / "pw"
    else:
        update["smtp_password"] = SecretStr(password)
    return SmtpSender(settings.model_copy(update=update))


def test_starttls_and_login_deliver(
    tls_server: tuple[int, RecordingHandler], tmp_path: Path
) -> None:
    port, handler = tls_server
    handler.reset()
    settings = Settings(_env_file=None)
    sender(settings, port, verify=False, tmp_path=tmp_path).send(
        RAW, "danvan@nghiathai.test", ["a@x.test"]
    )
    assert [m.rcpt_tos for m in handler.messages] == [["a@x.test"]]


def test_certificates_are_verified_by_default(tls_server: tuple[int, RecordingHandler]) -> None:
    port, handler = tls_server
    handler.reset()
    settings = Settings(_env_file=None)
    with pytest.raises(TransientSendError):
        sender(settings, port, verify=True).send(RAW, "danvan@nghiathai.test", ["a@x.test"])
    assert handler.messages == []


def test_wrong_password_is_transient_and_not_revealed(
    tls_server: tuple[int, RecordingHandler],
) -> None:
    port, handler = tls_server
    handler.reset()
    settings = Settings(_env_file=None)
    with pytest.raises(TransientSendError) as caught:
        sender(settings, port, verify=False, password="sai-mat-khau").send(
            RAW, "danvan@nghiathai.test", ["a@x.test"]
        )
    assert "sai-mat-khau" not in str(caught.value)
    assert handler.messages == []


def non_loopback_address() -> str | None:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks a route
            address = str(probe.getsockname()[0])
        except OSError:
            return None
    return None if address.startswith("127.") else address


def test_no_password_in_clear_to_a_remote_server_without_starttls() -> None:
    host = non_loopback_address()
    if host is None:
        unavailable("this machine has no non-loopback IPv4 address")
    handler = RecordingHandler()
    port = free_port()
    controller = Controller(
        handler, hostname=host, port=port, authenticator=check_login, auth_require_tls=False
    )
    controller.start()
    try:
        settings = Settings(_env_file=None)
        plain = settings.model_copy(
            update={"smtp_url": f"smtp://vp@{host}:{port}", "smtp_password": SecretStr("m4tkh4u")}
        )
        with pytest.raises(TransientSendError, match="no STARTTLS"):
            SmtpSender(plain).send(RAW, "danvan@nghiathai.test", ["a@x.test"])
        assert handler.messages == []
    finally:
        controller.stop()
