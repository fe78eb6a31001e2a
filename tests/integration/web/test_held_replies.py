"""Held automatic replies on the review page: listed with their reason, released or dropped by an
editor (CSRF token, audit entry), never by a viewer or a forged form."""

from __future__ import annotations

from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from documents.models import AuditEntry, OutboundMail
from documents.settings import Settings
from notifier.ack import plan_acknowledgement
from tests.integration.web.conftest import page_token
from tests.unit.notifier import factories as f

FORM = {"file": "DK.docx", "kind": "registration", "fields": dict(f.FULL_FIELDS)}


def _held(sessions: sessionmaker[Session], settings: Settings, sender: str, subject: str) -> int:
    with sessions.begin() as session:
        if session.scalar(select(func.count()).select_from(OutboundMail)) == 0:
            f.load_examples(session)
        msg = f.message(
            session, sender=sender, subject=subject, authenticity="unknown", attachments=[FORM]
        )
        row = plan_acknowledgement(session, msg.id, settings)
        assert row is not None and row.state == "held"
        return row.id


def _state(sessions: sessionmaker[Session], outbox_id: int) -> str:
    with sessions() as session:
        row = session.get(OutboundMail, outbox_id)
        assert row is not None
        return row.state


def test_the_review_page_lists_held_replies_with_their_reason(
    editor: FlaskClient, sessions: sessionmaker[Session], settings: Settings
) -> None:
    outbox_id = _held(sessions, settings, "attacker@evil.example", "<b>Trúng thưởng</b>")
    html = editor.get("/review").get_data(as_text=True)
    assert f"Thư #{outbox_id} gửi attacker@evil.example" in html
    assert "không có trong danh sách đơn vị" in html
    assert "&lt;b&gt;Trúng thưởng&lt;/b&gt;" in html and "<b>Trúng" not in html
    assert f"/outbox/{outbox_id}/release" in html and f"/outbox/{outbox_id}/drop" in html


def test_the_review_page_lists_replies_dvk_left_unanswered(
    viewer: FlaskClient, sessions: sessionmaker[Session], settings: Settings
) -> None:
    _held(sessions, settings, "attacker@evil.example", "Phiếu")
    with sessions.begin() as session:
        thanks = f.message(
            session,
            sender="chiboxom1.nghiathai@gmail.test",
            subject="Re: cảm ơn Văn phòng",
            in_reply_to="<by-hand.1@nghiathai.test>",
        )
        assert plan_acknowledgement(session, thanks.id, settings) is None
        thanks_id = thanks.id
    html = viewer.get("/review").get_data(as_text=True)
    unanswered = html.split("Thư không được trả lời tự động", 1)[1]
    assert f"Thư #{thanks_id} của chiboxom1.nghiathai@gmail.test" in unanswered
    assert "chuỗi thư của văn phòng" in unanswered


def test_an_editor_releases_and_drops_with_an_audit_entry(
    editor: FlaskClient, sessions: sessionmaker[Session], settings: Settings
) -> None:
    keep = _held(sessions, settings, "stranger@example.test", "Phiếu")
    lose = _held(sessions, settings, "attacker@evil.example", "Phiếu")
    token = page_token(editor, "/review")
    # The first press only asks: what will happen, to whom, and a button that confirms.
    asked = editor.post(f"/outbox/{keep}/release", data={"csrf_token": token})
    assert asked.status_code == 200
    question = asked.get_data(as_text=True)
    assert f"Duyệt gửi thư #{keep} tới stranger@example.test?" in question
    assert 'name="xac_nhan" value="1"' in question
    assert _state(sessions, keep) == "held"
    confirmed = {"csrf_token": token, "xac_nhan": "1"}
    response = editor.post(f"/outbox/{keep}/release", data=confirmed)
    assert response.status_code == 302 and response.headers["Location"].endswith("/review")
    editor.post(f"/outbox/{lose}/drop", data=confirmed)
    assert _state(sessions, keep) == "planned" and _state(sessions, lose) == "dropped"
    with sessions() as session:
        audit = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    assert [(a.action, a.entity_id, a.actor) for a in audit] == [
        ("outbox.release", str(keep), "bientap"),
        ("outbox.drop", str(lose), "bientap"),
    ]
    page = editor.get("/review").get_data(as_text=True)
    assert "Không có thư nào chờ duyệt." in page
    history = editor.get("/lich-su").get_data(as_text=True)  # the office's history, in sentences
    assert f"duyệt gửi thư trả lời tự động #{keep} đang chờ duyệt" in history
    assert f"bỏ thư trả lời tự động #{lose} đang chờ duyệt (không gửi)" in history
    assert "outbox.release" not in history and "outbox.drop" not in history
    # A second decision on the same mail is refused politely and changes nothing.
    again = editor.post(f"/outbox/{keep}/drop", data=confirmed, follow_redirects=True)
    assert "không ở trạng thái chờ duyệt" in again.get_data(as_text=True)
    assert _state(sessions, keep) == "planned"


def test_viewers_and_forged_forms_cannot_decide(
    viewer: FlaskClient, editor: FlaskClient, sessions: sessionmaker[Session], settings: Settings
) -> None:
    outbox_id = _held(sessions, settings, "attacker@evil.example", "Phiếu")
    token = page_token(viewer, "/review")
    assert "Duyệt gửi" not in viewer.get("/review").get_data(as_text=True)
    assert (
        viewer.post(f"/outbox/{outbox_id}/release", data={"csrf_token": token}).status_code == 403
    )
    assert (
        editor.post(f"/outbox/{outbox_id}/release", data={"csrf_token": "forged"}).status_code
        == 400
    )
    assert editor.post(f"/outbox/{outbox_id}/release").status_code == 400
    assert editor.get(f"/outbox/{outbox_id}/release").status_code == 405
    assert _state(sessions, outbox_id) == "held"
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0
