"""A private Dovecot IMAP server for tests and benchmarks, on a free loopback port.

Debian's `dovecot-imapd` is enough; the system's own Dovecot configuration is never used or
touched. Each instance has its own configuration, runtime folder, log and mail store under a
temporary folder, plain-text login over loopback (no TLS), Maildir storage and IDLE:

    server = Dovecot.create()          # or the `dovecot` fixture of tests/integration/ingest
    server.start()
    server.add_user("dvk", "secret")
    uid = server.append("dvk", "INBOX", raw_bytes)
    ...
    server.stop()

Dovecot refuses to keep mail as root, so when run as root a system user (`dvk-mail`) owns the
mail files; its uid is declared as `first_valid_uid`. The auth process runs as group `dovecot`,
so the password file is readable by that group. New mail reaches an idling client about 0.5 s
after it arrives: Dovecot's mailbox watcher waits NOTIFY_DELAY_MSECS = 500 on purpose to merge
changes (src/lib-storage/mailbox-watch.c); no setting lowers it.

When Dovecot is not installed, `Dovecot.create()` raises `DovecotUnavailable`;
`start_required()` turns that into a test failure (see `tests.conftest.unavailable`).
"""

from __future__ import annotations

import grp
import os
import pwd
import re
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from imapclient import IMAPClient

MAIL_USER = "dvk-mail"
DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
DOVEADM = shutil.which("doveadm") or "/usr/bin/doveadm"
_APPENDUID = re.compile(rb"APPENDUID (\d+) (\d+)")
_START_WAIT = 20.0  # seconds Dovecot may take to listen; an upper bound, not a measurement


class DovecotUnavailable(RuntimeError):  # noqa: N818 - reads as a state, like a skip reason
    """Dovecot is not installed or cannot be started here."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _mail_owner() -> tuple[int, int]:
    """The uid/gid that owns the mail files: ours, or a system user when we are root."""
    if os.geteuid() != 0:
        return os.getuid(), os.getgid()
    try:
        entry = pwd.getpwnam(MAIL_USER)
    except KeyError:
        subprocess.run(
            [
                "useradd", "--system", "--user-group", "--no-create-home",
                "--shell", "/usr/sbin/nologin", MAIL_USER,
            ],
            check=True,
            capture_output=True,
        )  # fmt: skip
        entry = pwd.getpwnam(MAIL_USER)
    return entry.pw_uid, entry.pw_gid


@dataclass
class Dovecot:
    """One private Dovecot instance; see the module docstring."""

    root: Path
    port: int
    uid: int
    gid: int
    users: dict[str, str] = field(default_factory=dict)
    host: str = "127.0.0.1"
    extra_config: str = ""
    tls_port: int | None = None

    @classmethod
    def create(
        cls,
        root: Path | None = None,
        port: int | None = None,
        extra_config: str = "",
        *,
        tls: bool = False,
    ) -> Dovecot:
        """A configured (not yet started) instance; `extra_config` is appended to the
        configuration, e.g. `imap_capability = IMAP4rev1 UIDPLUS` to hide IDLE and MOVE.
        `tls` adds STARTTLS and an imaps listener (`tls_port`) with a self-signed certificate
        for 127.0.0.1 (`cert_path`, usable as a trust anchor)."""
        if not Path(DOVECOT).exists():
            raise DovecotUnavailable(
                "dovecot is not installed (Debian package dovecot-imapd); the IMAP tests need it"
            )
        base = root or Path(tempfile.mkdtemp(prefix="dvk-dovecot-"))
        base.mkdir(parents=True, exist_ok=True)
        base.chmod(0o755)  # the auth and imap processes run as other users
        uid, gid = _mail_owner()
        server = cls(root=base, port=port or free_port(), uid=uid, gid=gid)
        server.extra_config = extra_config
        if tls:
            server.tls_port = free_port()
            server._make_certificate()
        server._write_files()
        return server

    # -- paths and configuration ---------------------------------------------------------

    @property
    def config_path(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def passwd_dir(self) -> Path:
        """One passwd-file per user: Dovecot notices a changed file by its mtime and size,
        which two users added within a second with equal-length names would not change."""
        return self.root / "passwd.d"

    @property
    def mail_root(self) -> Path:
        return self.root / "mail"

    @property
    def log_path(self) -> Path:
        return self.root / "dovecot.log"

    @property
    def base_dir(self) -> Path:
        return self.root / "run"

    @property
    def cert_path(self) -> Path:
        return self.root / "cert.pem"

    def _make_certificate(self) -> None:
        subprocess.run(
            [
                "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
                "-keyout", str(self.root / "key.pem"), "-out", str(self.cert_path),
            ],
            check=True,
            capture_output=True,
        )  # fmt: skip

    def _ssl_settings(self) -> str:
        if self.tls_port is None:
            return "ssl = no"
        return f"ssl = yes\nssl_cert = <{self.cert_path}\nssl_key = <{self.root / 'key.pem'}\n"

    def url(self, user: str, folder: str = "INBOX") -> str:
        return f"imap://{user}@{self.host}:{self.port}/{folder}"

    def _write_files(self) -> None:
        self.mail_root.mkdir(exist_ok=True)
        os.chown(self.mail_root, self.uid, self.gid)
        (self.root / "state").mkdir(exist_ok=True)
        self._write_passwd()
        internal = "" if os.geteuid() == 0 else self._unprivileged_settings()
        self.config_path.write_text(
            f"""# Private test instance written by tests/servers/dovecot.py
protocols = imap
listen = {self.host}
base_dir = {self.base_dir}
state_dir = {self.root / "state"}
instance_name = dvk-test-{self.port}
verbose_proctitle = yes
log_path = {self.log_path}
info_log_path = {self.log_path}
{self._ssl_settings()}
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = {max(self.uid, 1)}
last_valid_uid = 0
first_valid_gid = 1
mail_location = maildir:{self.mail_root}/%u
mail_privileged_group =
imap_idle_notify_interval = 1 mins
mail_max_userip_connections = 100
{internal}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.passwd_dir}/%u
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {self.passwd_dir}/%u
}}
service imap-login {{
  inet_listener imap {{
    address = {self.host}
    port = {self.port}
  }}
  inet_listener imaps {{
    address = {self.host}
    port = {self.tls_port or 0}
  }}
}}
namespace inbox {{
  inbox = yes
  separator = /
}}
{self.extra_config}
""",
            encoding="utf-8",
        )

    def _unprivileged_settings(self) -> str:
        me = pwd.getpwuid(os.getuid()).pw_name
        group = grp.getgrgid(os.getgid()).gr_name
        return (
            f"default_internal_user = {me}\ndefault_internal_group = {group}\n"
            f"default_login_user = {me}\n"
        )

    def _write_passwd(self) -> None:
        folder = self.passwd_dir
        folder.mkdir(exist_ok=True)
        group = grp.getgrnam("dovecot").gr_gid if os.geteuid() == 0 else os.getgid()
        os.chown(folder, os.geteuid(), group)
        folder.chmod(0o750)
        for name, password in self.users.items():
            entry = f"{name}:{{PLAIN}}{password}:{self.uid}:{self.gid}::{self.mail_root / name}::\n"
            path = folder / name
            if path.exists() and path.read_text(encoding="utf-8") == entry:
                continue
            tmp = folder / f".{name}.tmp"
            tmp.write_text(entry, encoding="utf-8")
            tmp.chmod(0o640)
            os.chown(tmp, os.geteuid(), group)
            tmp.replace(path)

    # -- lifecycle -----------------------------------------------------------------------

    def start(self) -> None:
        # The daemon keeps the standard streams it is given: never a pipe we would wait on.
        with (self.root / "start.err").open("w+") as errors:
            code = subprocess.call(
                [DOVECOT, "-c", str(self.config_path)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=errors,
            )
            errors.seek(0)
            message = errors.read().strip()
        if code != 0:
            raise DovecotUnavailable(f"dovecot did not start: {message} {self._log_tail()}")
        deadline = time.monotonic() + _START_WAIT
        while time.monotonic() < deadline:
            try:
                with socket.create_connection((self.host, self.port), timeout=1) as sock:
                    if sock.recv(64).startswith(b"* OK"):
                        return
            except OSError:
                time.sleep(0.05)
        raise DovecotUnavailable(f"dovecot is not listening on {self.port}: {self._log_tail()}")

    def pid(self) -> int | None:
        try:
            return int((self.base_dir / "master.pid").read_text().strip())
        except (OSError, ValueError):
            return None

    def stop(self) -> None:
        pid = self.pid()
        if pid is None:
            return
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + _START_WAIT
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)
        else:
            os.kill(pid, signal.SIGKILL)
        # The listener is gone once nobody accepts on the port any more.
        while time.monotonic() < deadline:
            try:
                socket.create_connection((self.host, self.port), timeout=0.5).close()
                time.sleep(0.05)
            except OSError:
                return

    def restart(self) -> None:
        self.stop()
        self.start()

    def idling(self, user: str) -> int:
        """How many of `user`'s IMAP sessions are in IDLE right now: each imap process names
        its user and current command in its title (`verbose_proctitle`), so a test waits for
        the event itself rather than sleeping."""
        prefix = f"dovecot-dvk-test-{self.port}/imap [{user} "
        count = 0
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                title = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            if title.startswith(prefix) and title.rstrip().endswith(" IDLE]"):
                count += 1
        return count

    def destroy(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def _log_tail(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-2000:]
        except OSError:
            return ""

    # -- users and mail ------------------------------------------------------------------

    def add_user(self, name: str, password: str) -> None:
        self.users[name] = password
        self._write_passwd()

    def client(self, user: str) -> IMAPClient:
        """A logged-in plain client (the caller logs out)."""
        imap = IMAPClient(self.host, port=self.port, ssl=False, timeout=30)
        if self.tls_port is not None:
            context = ssl.create_default_context(cafile=str(self.cert_path))
            imap.starttls(context)
        imap.login(user, self.users[user])
        return imap

    def append(
        self,
        user: str,
        folder: str,
        raw: bytes,
        flags: Sequence[str] = (),
        internaldate: datetime | None = None,
    ) -> int:
        """APPEND `raw` to `folder` (created if missing) and return its UID."""
        imap = self.client(user)
        try:
            return self._append(imap, folder, raw, flags, internaldate)
        finally:
            imap.logout()

    def append_many(self, user: str, folder: str, raws: Iterable[bytes]) -> list[int]:
        imap = self.client(user)
        try:
            return [self._append(imap, folder, raw, (), None) for raw in raws]
        finally:
            imap.logout()

    @staticmethod
    def _append(
        imap: IMAPClient,
        folder: str,
        raw: bytes,
        flags: Sequence[str],
        internaldate: datetime | None,
    ) -> int:
        if not imap.folder_exists(folder):
            imap.create_folder(folder)
        response = imap.append(folder, raw, flags=tuple(flags), msg_time=internaldate)
        found = _APPENDUID.search(response if isinstance(response, bytes) else b"")
        if found is None:
            raise RuntimeError(f"no APPENDUID in the server's answer: {response!r}")
        return int(found.group(2))

    def uidvalidity(self, user: str, folder: str = "INBOX") -> int:
        imap = self.client(user)
        try:
            return int(imap.folder_status(folder, ["UIDVALIDITY"])[b"UIDVALIDITY"])
        finally:
            imap.logout()

    def flags(self, user: str, folder: str = "INBOX") -> dict[int, tuple[str, ...]]:
        """Every message's UID and flags, without touching \\Seen."""
        imap = self.client(user)
        try:
            imap.select_folder(folder, readonly=True)
            uids = imap.search(["ALL"])
            fetched = imap.fetch(uids, ["FLAGS"]) if uids else {}
            return {
                uid: tuple(f.decode() if isinstance(f, bytes) else str(f) for f in d[b"FLAGS"])
                for uid, d in fetched.items()
            }
        finally:
            imap.logout()

    def set_uidvalidity(self, user: str, folder: str, value: int) -> None:
        """Give `folder` a new UIDVALIDITY, as a server restore or migration would; every
        message then has a new identity for clients."""
        subprocess.run(
            [
                DOVEADM, "-c", str(self.config_path), "mailbox", "update", "-u", user,
                "--uid-validity", str(value), folder,
            ],
            check=True,
            capture_output=True,
        )  # fmt: skip


def start_required() -> Dovecot:
    """A started server; a missing Dovecot fails the test (see `tests.conftest.unavailable`)."""
    from tests.conftest import unavailable

    try:
        server = Dovecot.create()
        server.start()
    except DovecotUnavailable as exc:
        unavailable(str(exc))
    return server
