"""A province's shared mailbox routed by the To address (issue 15 §2), on the real Dovecot and
PostgreSQL with row-level security: each commune's mail lands in that commune only, mail for no
known commune or for two of them is held for the province (stored, never processed nor
acknowledged), and the province's administrator routes it from the command line."""

from __future__ import annotations

import itertools
import json
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, func, select, text
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner, Result

from documents.db import all_communes, for_commune, make_session_factory
from documents.lifecycle import UNROUTED, MessageState
from documents.mail_accounts import add_account, add_address
from documents.mailroom import MailroomError, retry_message
from documents.models import Commune, CommuneAddress, MailAccount, Message
from documents.pipeline import reset_for_reprocessing
from ingest.imap import DrainError, ImapWatcher
from ingest.routing import mark_held
from ingest.store import store_message
from tests.integration.ingest.test_imap_watcher import KEYWORD
from tests.servers.dovecot import Dovecot
from workers import cli
from workers.settings import Settings

_users = itertools.count(1)
LAC_HUNG = "xa-lac-hung@dvk.tinh.gov.vn"
PHU_LAC = "vanphong.phulac@dvk.tinh.gov.vn"


@pytest.fixture
def env(pg: Engine, postgres_url: str, tmp_path: Path) -> dict[str, str]:
    return {
        "DVK_DATABASE_URL": postgres_url,
        "DVK_DATA_DIR": str(tmp_path / "var"),
        "DVK_IMAP_URL": "",
    }


def _dvk(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], *args: str) -> Result:
    monkeypatch.setattr(cli, "_state", {})
    try:
        return CliRunner().invoke(cli.app, list(args), env=env)
    finally:
        if "ctx" in cli._state:
            cli._state["ctx"].dispose()


def _mail(n: int, to: str, cc: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Chi bộ {n} <chibo{n}@gmail.test>"
    msg["To"] = to
    if cc is not None:
        msg["Cc"] = cc
    msg["Subject"] = f"Đăng ký mô hình số {n}"
    msg["Message-ID"] = f"<route{n}@gmail.test>"
    msg.set_content(f"Kính gửi Ban Dân vận, thư số {n}.")
    return bytes(msg)


def _shared_user(dovecot: Dovecot) -> tuple[str, str]:
    user = f"province{next(_users)}"
    password = f"pw-{user}"
    dovecot.add_user(user, password)
    dovecot.append(user, "INBOX", b"Subject: warm-up\r\n\r\n")
    client = dovecot.client(user)
    try:
        client.select_folder("INBOX")
        client.delete_messages(client.search(["ALL"]))
        client.expunge()
    finally:
        client.logout()
    return user, password


def _subjects(sessions: sessionmaker[Session], commune_id: int) -> set[str]:
    with for_commune(sessions, commune_id)() as session:
        return set(session.scalars(select(Message.subject)).all())  # type: ignore[arg-type]


def _commune_ids(sessions: sessionmaker[Session]) -> dict[str, int]:
    with all_communes(sessions)() as session:
        return {c.slug: c.id for c in session.scalars(select(Commune))}


def test_a_shared_mailbox_routes_each_mail_to_its_commune_or_holds_it(
    dovecot: Dovecot,
    pg: Engine,
    env: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def dvk(*args: str) -> Result:
        result = _dvk(monkeypatch, env, *args)
        assert result.exit_code == 0, result.output
        return result

    user, password = _shared_user(dovecot)
    secret = tmp_path / "pw"
    secret.write_text(password, encoding="utf-8")
    dvk("communes", "add", "tinh", "tỉnh Ninh Bình", "--province")
    dvk("communes", "add", "lac-hung", "xã Lạc Hưng")
    dvk("communes", "add", "phu-lac", "xã Phú Lạc")
    dvk("mailboxes", "add", "--shared", dovecot.url(user), "--password-file", str(secret))
    dvk("mailboxes", "address", "add", LAC_HUNG, "--commune", "lac-hung")
    dvk("mailboxes", "address", "add", "VanPhong.PhuLac@DVK.Tinh.Gov.VN", "--commune", "phu-lac")
    ids = _commune_ids(make_session_factory(pg))
    a, b, province = ids["lac-hung"], ids["phu-lac"], ids["tinh"]

    uids = dovecot.append_many(
        user,
        "INBOX",
        [
            _mail(1, f"Xã Lạc Hưng <{LAC_HUNG.replace('@', '+baocao@')}>"),
            _mail(2, PHU_LAC.upper()),
            _mail(3, "xa-khong-co@dvk.tinh.gov.vn"),
            _mail(4, LAC_HUNG, cc=f"Văn phòng Phú Lạc <{PHU_LAC}>"),
        ],
    )
    sessions = make_session_factory(pg)
    settings = Settings(
        _env_file=None, data_dir=tmp_path / "var", database_url=env["DVK_DATABASE_URL"]
    )
    announced: list[int] = []
    assert ImapWatcher(settings, sessions, announced.append).drain_once() == 4

    # Each commune sees its own mail, and row-level security hides the other's.
    assert _subjects(sessions, a) == {"Đăng ký mô hình số 1"}
    assert _subjects(sessions, b) == {"Đăng ký mô hình số 2"}
    with for_commune(sessions, a)() as session:
        raw_sql = session.connection()
        assert raw_sql.execute(text("SELECT count(*) FROM messages")).scalar() == 1
        assert raw_sql.execute(text("SELECT count(*) FROM mail_locations")).scalar() == 1
        assert session.scalars(select(CommuneAddress.address)).all() == [LAC_HUNG]
    # The unknown address and the Cc to both communes are held for the province, with why.
    with for_commune(sessions, province)() as session:
        held = {m.subject: m for m in session.scalars(select(Message))}
    assert set(held) == {"Đăng ký mô hình số 3", "Đăng ký mô hình số 4"}
    for message in held.values():
        assert message.state == MessageState.QUARANTINED and message.reply_code == UNROUTED
    assert "xa-khong-co@dvk.tinh.gov.vn" in (held["Đăng ký mô hình số 3"].reply_note or "")
    assert "nhiều xã" in (held["Đăng ký mô hình số 4"].reply_note or "")
    # Only routed mail goes on to processing (and so to an acknowledgement).
    with all_communes(sessions)() as session:
        routed = set(session.scalars(select(Message.id).where(Message.commune_id.in_([a, b]))))
    assert set(announced) == routed and len(routed) == 2
    # Every mail is flagged on the server once it is stored, and never stored twice.
    flags = dovecot.flags(user)
    assert all(KEYWORD in flags[uid] for uid in uids)
    assert ImapWatcher(settings, sessions, announced.append).drain_once() == 0

    # The province's administrator sees the held mail and routes the Cc'd one to Phú Lạc.
    listed = json.loads(dvk("mailboxes", "held", "--json").stdout)
    assert [r["subject"] for r in listed] == ["Đăng ký mô hình số 3", "Đăng ký mô hình số 4"]
    assert all(r["reason"] for r in listed)
    cc_id = str(held["Đăng ký mô hình số 4"].id)
    dvk("mailboxes", "route", cc_id, "--commune", "phu-lac")
    assert _subjects(sessions, b) == {"Đăng ký mô hình số 2", "Đăng ký mô hình số 4"}
    with for_commune(sessions, b)() as session:
        arrived = session.scalar(select(Message).where(Message.subject.contains("số 4")))
        assert arrived is not None and arrived.state == MessageState.RECEIVED
    remaining = json.loads(dvk("mailboxes", "held", "--json").stdout)
    assert [r["subject"] for r in remaining] == ["Đăng ký mô hình số 3"]
    again = _dvk(monkeypatch, env, "mailboxes", "route", cc_id, "--commune", "phu-lac")
    assert again.exit_code == 2 and "dvk mailboxes held" in again.output


def test_routing_refuses_what_cannot_work_and_says_what_to_do(
    pg: Engine, env: dict[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def refused(*args: str) -> str:
        result = _dvk(monkeypatch, env, *args)
        assert result.exit_code == 2, result.output
        return " ".join(result.output.split())

    secret = tmp_path / "pw"
    secret.write_text("pw", encoding="utf-8")
    url = "imaps://hopthu@mail.tinh.test/INBOX"
    assert _dvk(monkeypatch, env, "communes", "add", "lac-hung", "xã Lạc Hưng").exit_code == 0
    shared = ("mailboxes", "add", url, "--password-file", str(secret))
    assert "--province" in refused(*shared, "--shared")  # no province to hold unrouted mail
    assert _dvk(monkeypatch, env, "communes", "add", "tinh", "tỉnh", "--province").exit_code == 0
    assert "bỏ --commune" in refused(*shared, "--shared", "--commune", "lac-hung")
    assert "--shared" in refused(*shared)  # neither a commune nor shared
    assert "không có xã mã" in refused(
        "mailboxes", "address", "add", LAC_HUNG, "--commune", "tinh"
    )  # the province is no commune to route to
    assert "ten@ten-mien" in refused("mailboxes", "address", "add", "lac hung", "--commune", "x")
    ok = _dvk(monkeypatch, env, "mailboxes", "address", "add", LAC_HUNG, "--commune", "lac-hung")
    assert ok.exit_code == 0, ok.output
    assert "bỏ ở đó trước" in refused(
        "mailboxes", "address", "add", LAC_HUNG.upper(), "--commune", "lac-hung"
    )
    listed = _dvk(monkeypatch, env, "mailboxes", "address", "list")
    assert LAC_HUNG in listed.stdout and "lac-hung" in listed.stdout
    assert _dvk(monkeypatch, env, "mailboxes", "address", "remove", LAC_HUNG).exit_code == 0
    assert "không chia về xã nào" in refused("mailboxes", "address", "remove", LAC_HUNG)


def test_without_a_province_a_shared_mailbox_stores_nothing_and_says_so(
    dovecot: Dovecot, pg: Engine, tmp_path: Path
) -> None:
    """Mail that cannot be routed needs the province's row to wait in: without one (removed
    after the account was added), nothing of the batch is stored or flagged, the account backs
    off with the remedy as its error, and the mail is read once the province exists."""
    user, password = _shared_user(dovecot)
    sessions = make_session_factory(pg)
    with all_communes(sessions).begin() as session:
        session.add(Commune(slug="lac-hung", name="xã Lạc Hưng"))
        session.add(Commune(slug="tinh", name="tỉnh", kind="province"))
        session.flush()
        add_account(session, dovecot.url(user), password=password, shared=True)
        add_address(session, LAC_HUNG, commune_slug="lac-hung")
    with all_communes(sessions).begin() as session:
        session.execute(delete(Commune).where(Commune.slug == "tinh"))
    uids = dovecot.append_many(user, "INBOX", [_mail(5, LAC_HUNG), _mail(6, "ai@khac.test")])
    settings = Settings(
        _env_file=None,
        data_dir=tmp_path / "var",
        database_url=pg.url.render_as_string(hide_password=False),
    )
    with pytest.raises(DrainError, match="--province"):
        ImapWatcher(settings, sessions).drain_once()
    with all_communes(sessions)() as session:
        assert session.scalar(select(func.count(Message.id))) == 0
        account = session.scalar(select(MailAccount))
        assert account is not None and "--province" in (account.last_error or "")
    assert not any(KEYWORD in flags for flags in dovecot.flags(user).values())
    with all_communes(sessions).begin() as session:
        session.add(Commune(slug="tinh", name="tỉnh", kind="province"))
    assert ImapWatcher(settings, sessions).drain_once() == 2
    assert all(KEYWORD in dovecot.flags(user)[uid] for uid in uids)


def test_an_unrouted_message_is_never_read_again_as_the_provinces_own(
    sessions: sessionmaker[Session], settings: Settings
) -> None:
    """Retrying or reprocessing would process it in the province's row: both leave it held."""
    with sessions() as session:
        stored = store_message(session, _mail(7, "ai@khac.test"), source="imap",
                               received_at=None, settings=settings)  # fmt: skip
        mark_held(session, stored.message_id, "Không địa chỉ nào là của một xã (ai@khac.test).")
        session.commit()
    with sessions() as session:
        with pytest.raises(MailroomError, match="dvk mailboxes route"):
            retry_message(session, stored.message_id, actor="test")
        assert reset_for_reprocessing(session) == 0
        held = session.get_one(Message, stored.message_id)
        assert held.state == MessageState.QUARANTINED and held.reply_code == UNROUTED
