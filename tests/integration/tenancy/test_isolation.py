"""Communes on one PostgreSQL deployment: a user (or a command) of commune A gets nothing of
commune B, whatever route, export or command it tries, and B's rows stay as they were.

The isolation under test is the database's (row-level security, migration 0014), reached
through the application's real paths: the web app on the real test database, the `dvk`
command, and raw SQL in a session of commune A.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import flask
import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from werkzeug.routing import Rule

from documents.db import all_communes, for_commune, make_session_factory
from documents.models import (
    Attachment,
    Base,
    Campaign,
    Commune,
    Deadline,
    LayoutMemory,
    Message,
    OutboundMail,
    Submission,
    Unit,
    tenant_tables,
)
from tests.integration.web.conftest import csrf_token, login
from tests.integration.web.factory import PASSWORD, add_document, at, seed, seed_users
from tests.integration.workers.cli_harness import dvk
from web.actions import CONFIRM_FIELD
from web.users import add_user
from workers.settings import Settings
from workers.web_app import build_web_app

#: What only commune B's register says: none of it may reach commune A.
B_SECRETS = (
    "Đường hoa nông thôn mới",
    "Nguyễn Văn Thành",
    "Gia đình văn hóa kiểu mẫu",
    "Trần Đình Khải",
    "Chi bộ xóm 1",
    "chiboxom1.nghiathai",
    "Mặt trận vì dân",
)
A_UNIT = "Tổ dân phố Hòa Bình"
#: URL arguments that name no row of commune B (commune A's own deadlines and slots).
NOT_B_SPECIFIC = {"component", "page", "decision", "deadline", "slot"}
A_MODEL = "Sân chơi thiếu nhi"


@dataclass
class Two:
    sessions: sessionmaker[Session]
    a: int
    b: int
    b_rows: dict[str, list[Any]]


def _snapshot(sessions: sessionmaker[Session], commune_id: int) -> dict[str, list[Any]]:
    """Every row of a commune, table by table, as the operator sees them."""
    rows: dict[str, list[Any]] = {}
    with all_communes(sessions)() as session:
        for name in tenant_tables():
            table = Base.metadata.tables[name]
            query = select(table).where(table.c.commune_id == commune_id)
            rows[name] = sorted(map(tuple, session.execute(query)), key=repr)
    return rows


@pytest.fixture
def two(pg: Engine) -> Two:
    """Commune B with the web tests' register, users and a held mail and a layout memory;
    commune A with a unit, a campaign of the same slug, a document and an editor."""
    sessions = make_session_factory(pg)
    with all_communes(sessions).begin() as session:
        a = Commune(slug="hoa-binh", name="xã Hòa Bình")
        b = Commune(slug="nghia-thai", name="xã Nghĩa Thái")
        session.add_all([a, b])
    with for_commune(sessions, b.id)() as session:
        seeded = seed(session)
        seed_users(session)
        attachment = session.get(Attachment, seeded.on_time.attachment_id)
        assert attachment is not None
        session.add(
            OutboundMail(
                purpose="ack",
                idempotency_key="ack:b-held",
                to_addrs=["chiboxom1.nghiathai@gmail.test"],
                subject="Chi bộ xóm 1: đã nhận",
                message_id_header="<b-held@dvk.test>",
                raw=b"Subject: Chi bo xom 1\r\n\r\nx\r\n",
                state="held",
                hold_code="unknown_sender",
            )
        )
        session.add(
            LayoutMemory(
                layout_digest="b" * 64,
                field="model_name",
                example_value="Đường hoa nông thôn mới",
                example_attachment_id=attachment.id,
                learned_by="bientap",
            )
        )
        session.commit()
    with for_commune(sessions, a.id)() as session:
        session.add(Unit(id="tdp-hoa-binh", name=A_UNIT, kind="chi_bo", aliases=[]))
        campaign = Campaign(slug="dvk-2024", name="Phong trào năm 2024", year=2024)
        campaign.deadlines = [
            Deadline(kind="registration", due_date=date(2024, 4, 7)),
            Deadline(kind="report", due_date=date(2024, 9, 5)),
        ]
        session.add(campaign)
        session.flush()
        add_document(
            session,
            "tdp-hoa-binh",
            "registration",
            {"unit_name": A_UNIT, "model_name": A_MODEL, "signed_date": "2024-04-02"},
            at("2024-04-03"),
            filename="dang-ky-hoa-binh.docx",
            sender="tdp.hoabinh@gmail.test",
        )
        add_user(session, "hoabinh", PASSWORD, "editor")
        session.commit()
    return Two(sessions, a.id, b.id, _snapshot(sessions, b.id))


def _visible(body: bytes) -> str:
    """The text a response carries, inside a workbook or a Word file too."""
    if body.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            return "".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    return body.decode("utf-8", "replace")


def _b_ids(two: Two) -> dict[str, list[Any]]:
    """Values for every URL argument, taken from commune B's rows."""
    with all_communes(two.sessions)() as session:

        def ids(model: Any, column: Any = None) -> list[Any]:
            key = column if column is not None else model.id
            return list(session.scalars(select(key).where(model.commune_id == two.b)))

        memory = session.scalar(select(LayoutMemory).where(LayoutMemory.commune_id == two.b))
        assert memory is not None
        return {
            "attachment_id": ids(Attachment),
            "submission_id": ids(Submission),
            "unit_id": ids(Unit),
            "deadline_id": ids(Deadline),
            "deadline": ["registration", "report"],
            "slot": ["before-7", "overdue-1"],
            "outbox_id": ids(OutboundMail),
            "message_id": ids(Message),
            "memory_id": [memory.id],
            "digest": [memory.layout_digest],
            "decision": ["release", "drop"],
            "page": [1],
            "component": ["database"],
        }


def _urls(app: flask.Flask, rule: Rule, values: dict[str, list[Any]]) -> list[str]:
    combos: list[dict[str, Any]] = [{}]
    for argument in sorted(rule.arguments):
        assert argument in values, f"no value of commune B for <{argument}> in {rule.rule}"
        combos = [{**c, argument: v} for c in combos for v in values[argument]]
    with app.test_request_context():
        return [flask.url_for(rule.endpoint, **combo) for combo in combos]


def test_a_user_of_commune_a_gets_nothing_of_commune_b_on_any_route(
    two: Two, tmp_path: Path, postgres_url: str
) -> None:
    settings = Settings(
        _env_file=None,
        data_dir=tmp_path / "var",
        database_url=postgres_url,
        office_email="danvan@hoabinh.test",
    )
    app = build_web_app(settings, two.sessions)
    client = app.test_client()
    assert login(client, "hoabinh").status_code == 302
    home = client.get("/").get_data(as_text=True)
    assert A_UNIT in home, "commune A's user sees commune A's register (the test is not empty)"
    values = _b_ids(two)
    form = {
        "unit_id": "cb-xom-1",
        "decision": "accept",
        "back": "/",
        "learn_address": "1",
        CONFIRM_FIELD: "1",  # past the confirmation page: the action itself is refused
    }
    tried = 0
    for rule in app.url_map.iter_rules():
        if rule.endpoint in ("static", "auth.login", "auth.logout"):
            continue
        for url in _urls(app, rule, values):
            for method in sorted((rule.methods or set()) & {"GET", "POST"}):
                if method == "GET":
                    response = client.get(url)
                else:
                    token = csrf_token(client.get("/").get_data(as_text=True))
                    response = client.post(url, data={**form, "csrf_token": token})
                tried += 1
                where = f"{method} {url} → {response.status_code}"
                shown = _visible(response.get_data())
                if response.status_code in (302, 303):  # a refusal flashed on the next page
                    followed = client.get(response.headers["Location"])
                    shown += followed.get_data(as_text=True)
                    assert "Đã duyệt thư" not in shown and "Đã bỏ thư" not in shown, where
                if not rule.arguments - NOT_B_SPECIFIC:
                    assert response.status_code < 500, where
                elif method == "GET":
                    assert response.status_code == 404, where
                else:  # refused: not found, not their role, back with an error, or the form
                    assert response.status_code in (200, 302, 303, 400, 403, 404), where
                leaked = [s for s in B_SECRETS if s in shown]
                assert not leaked, f"{where} shows commune B's {leaked}"
    assert tried > 30
    assert _snapshot(two.sessions, two.b) == two.b_rows, "commune B's rows changed"
    # B's own user still logs in and sees B (nothing was broken on the way).
    other = app.test_client()
    assert login(other, "bientap").status_code == 302
    assert "Chi bộ xóm 1" in other.get("/").get_data(as_text=True)


def test_commands_of_commune_a_get_nothing_of_commune_b(
    two: Two, tmp_path: Path, postgres_url: str
) -> None:
    env = {"DVK_DATABASE_URL": postgres_url, "DVK_DATA_DIR": str(tmp_path / "var")}
    values = _b_ids(two)
    out = tmp_path / "so.xlsx"
    commands = [
        ["register", "--json"],
        ["messages", "--json"],
        ["memory", "list"],
        ["memory", "forget", str(values["memory_id"][0])],
        ["outbox", "release", "--no-send", *map(str, values["outbox_id"])],
        ["outbox", "drop", *map(str, values["outbox_id"])],
        ["user", "remove", "bientap", "--yes"],
        ["export", "xlsx", "-o", str(out)],
    ]
    for args in commands:
        outcome = dvk(["--commune", "hoa-binh", *args], env)
        shown = outcome.stdout + outcome.stderr
        if out.exists():
            shown += _visible(out.read_bytes())
            out.unlink()
        leaked = [s for s in B_SECRETS if s in shown]
        assert not leaked, f"dvk {' '.join(args)} shows commune B's {leaked}"
        assert outcome.crashed is None, f"dvk {' '.join(args)}: {outcome.crashed!r}"
    register = dvk(["--commune", "hoa-binh", "register", "--json"], env)
    assert A_UNIT in register.stdout, "the commands did see commune A (the test is not empty)"
    assert _snapshot(two.sessions, two.b) == two.b_rows, "commune B's rows changed"
    # With two communes and no --commune, a command sees no commune at all.
    anyone = dvk(["register", "--json"], env)
    assert not any(s in anyone.stdout for s in (*B_SECRETS, A_UNIT))


def test_raw_sql_in_commune_a_cannot_touch_commune_b(two: Two) -> None:
    """No WHERE clause needed: the database itself hides and protects B's rows."""
    with for_commune(two.sessions, two.a)() as session:
        connection = session.connection()
        assert connection.execute(text("SELECT current_user")).scalar() == "dvk_commune"
        for table in tenant_tables():
            seen = set(connection.execute(text(f'SELECT commune_id FROM "{table}"')).scalars())
            assert seen <= {two.a}, table
        assert connection.execute(text("SELECT count(*) FROM units")).scalar() == 1
        # A's one unit and one message, not B's four and four.
        assert connection.execute(text("UPDATE units SET name = 'x'")).rowcount == 1
        assert connection.execute(text("DELETE FROM messages WHERE true")).rowcount == 1
        session.rollback()
    with for_commune(two.sessions, two.a)() as session, pytest.raises(DBAPIError):
        session.execute(
            text(
                "INSERT INTO units (id, name, kind, aliases, active, commune_id) "
                "VALUES ('trojan', 'x', 'chi_bo', '[]', true, :b)"
            ),
            {"b": two.b},
        )
    with for_commune(two.sessions, two.a)() as session, pytest.raises(DBAPIError):
        session.execute(text("UPDATE units SET commune_id = :b"), {"b": two.b})
    with make_session_factory(two.sessions.kw["bind"], "none")() as session:
        for table in tenant_tables():
            count = session.execute(text(f'SELECT count(*) FROM "{table}"')).scalar()
            assert count == 0, f"a session of no commune sees {table}"
    assert _snapshot(two.sessions, two.b) == two.b_rows, "commune B's rows changed"
    with all_communes(two.sessions)() as session:
        messages = session.scalars(select(Message.commune_id)).all()
        assert set(messages) == {two.a, two.b}


def test_communes_load_their_units_files_with_the_same_unit_ids(
    pg: Engine, tmp_path: Path, postgres_url: str
) -> None:
    """Every commune has its "mttq" and its "cong-an": a unit is known by commune and id."""
    env = {"DVK_DATABASE_URL": postgres_url, "DVK_DATA_DIR": str(tmp_path / "var")}
    examples = Path(__file__).resolve().parents[3] / "examples"
    steps = [
        ["units", "import", str(examples / "units.yaml")],
        ["communes", "add", "nghia-hung", "xã Nghĩa Hưng"],
        ["--commune", "nghia-hung", "units", "import", str(examples / "2026" / "units.yaml")],
        ["--commune", "nghia-hung", "campaign", "load", str(examples / "campaign.yaml")],
        ["--commune", "nghia-thai", "campaign", "load", str(examples / "campaign.yaml")],
    ]
    for args in steps:
        outcome = dvk(args, env)
        assert outcome.exit_code == 0, (args, outcome.stderr, outcome.crashed)
    sessions = make_session_factory(pg)
    with all_communes(sessions)() as session:
        rows = session.execute(
            select(Commune.slug, Unit.name)
            .join(Unit, Unit.commune_id == Commune.id)
            .where(Unit.id == "mttq")
            .order_by(Commune.slug)
        ).all()
        assert [slug for slug, _ in rows] == ["nghia-hung", "nghia-thai"]
        assert "Nghĩa Hưng" in rows[0][1] and "Nghĩa Thái" in rows[1][1]
        assert len(session.scalars(select(Campaign.commune_id)).all()) == 2
    hung = dvk(["--commune", "nghia-hung", "register", "--json"], env)
    assert "Nghĩa Hưng" in hung.stdout and "Nghĩa Thái" not in hung.stdout
    refused = dvk(["campaign", "load", str(examples / "campaign.yaml")], env)
    assert refused.exit_code == 2 and "--commune" in refused.stderr


def test_the_embedded_sqlite_register_refuses_a_second_commune(tmp_path: Path) -> None:
    """SQLite has no row-level security: it stays one commune's register."""
    env = {"DVK_DATABASE_URL": f"sqlite:///{tmp_path / 'dvk.sqlite3'}"}
    assert dvk(["db", "upgrade"], env).exit_code == 0
    refused = dvk(["communes", "add", "nghia-hung", "xã Nghĩa Hưng"], env)
    assert refused.exit_code == 2 and "PostgreSQL" in refused.stderr
