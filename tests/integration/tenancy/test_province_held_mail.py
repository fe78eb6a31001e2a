"""The shared mailbox's unrouted mail, held in the province's row, is on the province
administrator's page with why; a commune's office never sees it."""

from __future__ import annotations

import flask
from sqlalchemy import select

from documents.db import all_communes, for_commune
from documents.models import PROVINCE_KIND, Commune
from ingest.routing import mark_held
from ingest.store import store_message
from tests.integration.tenancy.test_isolation import Two, pg, two  # noqa: F401
from tests.integration.tenancy.test_province import app, province  # noqa: F401
from tests.integration.tenancy.test_province_admin import _admin
from tests.integration.web.conftest import login
from workers.settings import Settings

RAW = (
    b"From: Chi bo <chibo@gmail.test>\r\nTo: xa-khac@dvk.tinh.gov.vn\r\n"
    b"Subject: Bao cao thang\r\nMessage-ID: <held1@gmail.test>\r\n\r\nNoi dung.\r\n"
)
REASON = "Không địa chỉ nào là của một xã (xa-khac@dvk.tinh.gov.vn)."


def test_held_mail_is_on_the_province_administrators_page_only(
    app: flask.Flask,  # noqa: F811
    province: Two,  # noqa: F811
) -> None:
    with all_communes(province.sessions)() as session:
        row = session.scalar(select(Commune.id).where(Commune.kind == PROVINCE_KIND))
    with for_commune(province.sessions, row)() as session:
        stored = store_message(
            session, RAW, source="imap", received_at=None, settings=Settings(_env_file=None)
        )
        mark_held(session, stored.message_id, REASON)
        session.commit()
    page = _admin(app, province).get("/tinh/quan-tri").get_data(as_text=True)
    held = page.split('id="held-mail"', 1)[1].split("</section>", 1)[0]
    assert f'data-message="{stored.message_id}"' in held
    assert "Bao cao thang" in held and REASON in held and "dvk mailboxes route" in held
    office = app.test_client()
    assert login(office, "bientap").status_code == 302
    mailroom = office.get("/thu-den")
    assert mailroom.status_code == 200
    assert "Bao cao thang" not in mailroom.get_data(as_text=True)
