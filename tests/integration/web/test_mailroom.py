"""The mail room over HTTP: what a sender wrote is escaped, the return address cannot lead
elsewhere, a viewer cannot act, an action on the wrong message changes nothing, odd query
arguments never break the page."""

from __future__ import annotations

from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from documents.lifecycle import MessageState
from documents.models import AuditEntry, Message
from tests.factories import store_mail
from tests.integration.web.conftest import page_token
from tests.integration.web.factory import XSS, Seeded, at, seed
from tests.integration.web.mailbox import Mailbox, seed_mailbox


def _mailbox(sessions: sessionmaker[Session]) -> tuple[Seeded, Mailbox]:
    with sessions() as session:
        seeded = seed(session)
        return seeded, seed_mailbox(session, seeded)


def test_what_a_sender_wrote_is_escaped(
    editor: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    _mailbox(sessions)
    with sessions.begin() as session:
        store_mail(
            session,
            sent_at=at("2024-04-11"),
            headers={"From": f'"{XSS}" <x@example.test>', "Subject": XSS},
            body="x",
        )
    html = editor.get("/thu-den").get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and XSS not in html


def test_the_return_address_only_leads_back_to_the_mail_room(
    editor: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    _, box = _mailbox(sessions)
    token = page_token(editor, "/thu-den")
    kept = editor.post(
        f"/thu-den/{box.failed}/xu-ly-lai",
        data={
            "csrf_token": token,
            "xac_nhan": "1",
            "return_to": "/thu-den?trang_thai=failed&page=2",
        },
    )
    assert kept.status_code == 302 and kept.location == "/thu-den?trang_thai=failed&page=2"
    for hostile in ("https://evil.example/thu-den", "//evil.example/", "/thu-den.evil", "/"):
        answer = editor.post(
            f"/thu-den/{box.quarantined}/xu-ly-lai",
            data={"csrf_token": token, "xac_nhan": "1", "return_to": hostile},
        )
        assert answer.status_code == 302 and answer.location == "/thu-den", hostile


def test_a_viewer_cannot_act_and_a_wrong_action_changes_nothing(
    viewer: FlaskClient, editor: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    _, box = _mailbox(sessions)
    token = page_token(viewer, "/thu-den")
    assert (
        viewer.post(f"/thu-den/{box.failed}/xu-ly-lai", data={"csrf_token": token}).status_code
        == 403
    )
    token = page_token(editor, "/thu-den")
    answer = editor.post(
        f"/thu-den/{box.without_files}/xu-ly-lai",
        data={"csrf_token": token, "xac_nhan": "1"},
        follow_redirects=True,
    )
    assert "không ở trạng thái lỗi" in answer.get_data(as_text=True)
    answer = editor.post(
        f"/thu-di/{box.held_outbox}/gui-lai",
        data={"csrf_token": token, "xac_nhan": "1"},
        follow_redirects=True,
    )
    assert "không ở trạng thái gửi lỗi" in answer.get_data(as_text=True)
    with sessions() as session:
        message = session.get(Message, box.failed)
        assert message is not None and message.state == MessageState.FAILED
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_odd_query_arguments_never_break_the_page(
    viewer: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    _mailbox(sessions)
    for query in ("page=abc", "page=-3", "trang_thai=bogus", "don_vi=nobody", "tu=hôm+qua",
                  "tu=31/02/2024&den=2024-04-09"):  # fmt: skip
        answer = viewer.get(f"/thu-den?{query}")
        assert answer.status_code == 200, query
    html = viewer.get("/thu-den?tu=hôm+qua").get_data(as_text=True)
    assert "không phải ngày" in html and "7 thư" in html


def test_an_action_asks_first_and_changes_nothing_until_confirmed(
    editor: FlaskClient, sessions: sessionmaker[Session]
) -> None:
    _, box = _mailbox(sessions)
    token = page_token(editor, "/thu-den")
    asked = editor.post(
        f"/thu-den/{box.quarantined}/xu-ly-lai",
        data={"csrf_token": token, "return_to": "/thu-den?trang_thai=quarantined"},
    )
    html = asked.get_data(as_text=True)
    assert (
        asked.status_code == 200 and f"Xử lý lại thư #{box.quarantined} của a@example.test?" in html
    )
    assert (
        "ExtractionTimeout: quá 60 giây" in html
        and 'href="/thu-den?trang_thai=quarantined"' in html
    )
    with sessions() as session:
        message = session.get(Message, box.quarantined)
        assert message is not None and message.state == MessageState.QUARANTINED
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0
