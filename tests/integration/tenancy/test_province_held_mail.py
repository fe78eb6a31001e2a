"""The shared mailbox's unrouted mail, held in the province's row, is on the province
administrator's page with why; a commune's office never sees it; the administrator routes it
to its commune from that page."""

from __future__ import annotations

from pathlib import Path

import flask
from sqlalchemy import select

from documents.db import all_communes, for_commune
from documents.lifecycle import MessageState
from documents.models import PROVINCE_KIND, AuditEntry, Commune, Message
from ingest.routing import ROUTED, mark_held
from ingest.store import store_message
from tests.integration.tenancy.test_isolation import Two, two  # noqa: F401
from tests.integration.tenancy.test_province import app, province  # noqa: F401
from tests.integration.tenancy.test_province_admin import _admin, _post
from tests.integration.web.conftest import login
from workers.settings import Settings
from workers.web_app import build_web_app

RAW = (
    b"From: Chi bo <chibo@gmail.test>\r\nTo: xa-khac@dvk.tinh.gov.vn\r\n"
    b"Subject: Bao cao thang\r\nMessage-ID: <held1@gmail.test>\r\n\r\nNoi dung.\r\n"
)
REASON = "Không địa chỉ nào là của một xã (xa-khac@dvk.tinh.gov.vn)."


def _hold(deployment: Two) -> tuple[int, int]:
    """(the province's row, the id of a message held in it)."""
    with all_communes(deployment.sessions)() as session:
        row = session.scalar(select(Commune.id).where(Commune.kind == PROVINCE_KIND))
    assert row is not None
    with for_commune(deployment.sessions, row)() as session:
        stored = store_message(
            session, RAW, source="imap", received_at=None, settings=Settings(_env_file=None)
        )
        mark_held(session, stored.message_id, REASON)
        session.commit()
    return row, stored.message_id


def test_held_mail_is_on_the_province_administrators_page_only(
    app: flask.Flask,  # noqa: F811
    province: Two,  # noqa: F811
) -> None:
    _, held_id = _hold(province)
    stored_id = held_id
    page = _admin(app, province).get("/tinh/quan-tri").get_data(as_text=True)
    held = page.split('id="held-mail"', 1)[1].split("</section>", 1)[0]
    assert f'data-message="{stored_id}"' in held
    assert "Bao cao thang" in held and REASON in held and "dvk mailboxes route" in held
    office = app.test_client()
    assert login(office, "bientap").status_code == 302
    mailroom = office.get("/thu-den")
    assert mailroom.status_code == 200
    assert "Bao cao thang" not in mailroom.get_data(as_text=True)


def test_the_administrator_routes_held_mail_to_its_commune_on_the_web(
    province: Two,  # noqa: F811
    tmp_path: Path,
    postgres_url: str,
) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path / "var", database_url=postgres_url)
    web = build_web_app(settings, province.sessions)
    row, held_id = _hold(province)
    client = _admin(web, province)
    page = client.get("/tinh/quan-tri").get_data(as_text=True)
    assert f"/tinh/quan-tri/thu-cho/{held_id}" in page and 'value="nghia-thai"' in page

    refused = _post(client, f"/tinh/quan-tri/thu-cho/{held_id}", {"commune": "nam-phong"})
    assert f"Chưa chuyển thư #{held_id}" in refused  # never into the province's own row
    done = _post(client, f"/tinh/quan-tri/thu-cho/{held_id}", {"commune": "nghia-thai"})
    assert f"Đã chuyển thư #{held_id} về xã mã “nghia-thai”" in done
    again = _post(client, f"/tinh/quan-tri/thu-cho/{held_id}", {"commune": "hoa-binh"})
    assert f"Chưa chuyển thư #{held_id}" in again  # routed once only

    with for_commune(province.sessions, province.b)() as session:
        routed = session.scalars(select(Message).where(Message.subject == "Bao cao thang")).all()
        assert len(routed) == 1
        assert routed[0].state == MessageState.RECEIVED  # waiting for the pipeline
    with for_commune(province.sessions, province.a)() as session:
        assert (
            session.scalars(select(Message).where(Message.subject == "Bao cao thang")).all() == []
        )
    with for_commune(province.sessions, row)() as session:
        held = session.get_one(Message, held_id)
        assert held.reply_code == ROUTED
        actions = session.scalars(
            select(AuditEntry.actor).where(AuditEntry.action == "message.route")
        )
        assert list(actions) == ["web:quantri"]
