"""The web register served by waitress in a thread, and a small browser that talks real HTTP to
it: its own cookie jar, and the local address it connects from (127.0.0.1, 127.0.0.2, … are all
this machine, and each is a different TCP peer for the server)."""

from __future__ import annotations

import http.client
import re
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import urlencode

import flask

from tests.polling import poll_until
from tests.threads import Worker
from web.app import serve

CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _answers(port: int) -> bool:
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        connection.request("GET", "/healthz")
        status = connection.getresponse().status
        connection.close()
    except OSError:
        return False
    return status in (200, 503)


@contextmanager
def serving(app: flask.Flask) -> Iterator[int]:
    """Serve `app` with dvk's waitress server until the block ends; yields the port. A server
    thread that dies fails the test (its exception is raised here)."""
    port = free_port()
    stop = threading.Event()
    server = Worker(serve, app, "127.0.0.1", port, stop, name="waitress")
    server.start()
    try:
        assert poll_until(lambda: _answers(port) or not server.is_alive(), 30), "no answer"
        if not server.is_alive():
            server.result()
        yield port
    finally:
        stop.set()
        server.result(timeout=15)


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    text: str

    @property
    def location(self) -> str:
        return self.headers.get("Location", "")


@dataclass
class Browser:
    """One browser: a cookie jar, connecting from `source` to the server on 127.0.0.1."""

    port: int
    source: str = "127.0.0.1"
    cookies: dict[str, str] = field(default_factory=dict)

    def request(
        self,
        method: str,
        path: str,
        form: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        connection = http.client.HTTPConnection(
            "127.0.0.1", self.port, timeout=30, source_address=(self.source, 0)
        )
        sent = dict(headers or {})
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=body, headers=sent)
            response = connection.getresponse()
            reply = Reply(response.status, response.headers, response.read().decode("utf-8"))
        finally:
            connection.close()
        for header in reply.headers.get_all("Set-Cookie") or []:
            self._store(header)
        return reply

    def _store(self, header: str) -> None:
        for name, morsel in SimpleCookie(header).items():
            expired = morsel["max-age"] == "0" or "1970" in morsel["expires"]
            if expired or not morsel.value:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = morsel.value

    def get(self, path: str, headers: dict[str, str] | None = None) -> Reply:
        return self.request("GET", path, headers=headers)

    def post(self, path: str, form: dict[str, str], headers: dict[str, str] | None = None) -> Reply:
        return self.request("POST", path, form=form, headers=headers)

    def token(self, path: str = "/login") -> str:
        match = CSRF_RE.search(self.get(path).text)
        assert match, f"{path} carries a CSRF token"
        return match.group(1)

    def login(self, username: str, password: str, headers: dict[str, str] | None = None) -> Reply:
        form = {"username": username, "password": password, "csrf_token": self.token()}
        return self.post("/login", form, headers=headers)

    def logout(self) -> Reply:
        return self.post("/logout", {"csrf_token": self.token("/")})

    def signed_in(self) -> bool:
        reply = self.get("/")
        assert reply.status in (200, 302), reply.status
        return reply.status == 200
