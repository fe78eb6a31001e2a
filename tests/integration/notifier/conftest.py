"""A real SMTP server (aiosmtpd) in the test process, on a free loopback port.

It records every message it accepts. Recipients starting with "temp" get 451 and those starting
with "perm" get 550 at RCPT; `fail_data` queues replies for the next DATA commands, to play a
server that is busy (451) or refuses (554) and then recovers.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiosmtpd.controller import Controller


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes


@dataclass
class RecordingHandler:
    messages: list[Received] = field(default_factory=list)
    fail_data: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address.startswith("temp"):
            return "451 4.2.0 mailbox busy, try later"
        if address.startswith("perm"):
            return "550 5.1.1 no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            if self.fail_data:
                return self.fail_data.pop(0)
            data = envelope.original_content or envelope.content
            self.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos), data))
        return "250 OK queued"

    def reset(self) -> None:
        with self.lock:
            self.messages.clear()
            self.fail_data.clear()


@dataclass
class SmtpServer:
    host: str
    port: int
    handler: RecordingHandler

    @property
    def url(self) -> str:
        return f"smtp://{self.host}:{self.port}"

    @property
    def messages(self) -> list[Received]:
        return self.handler.messages


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def smtp_server_session() -> Iterator[SmtpServer]:
    handler = RecordingHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield SmtpServer("127.0.0.1", port, handler)
    controller.stop()


@pytest.fixture
def smtp_server(smtp_server_session: SmtpServer) -> SmtpServer:
    smtp_server_session.handler.reset()
    return smtp_server_session
