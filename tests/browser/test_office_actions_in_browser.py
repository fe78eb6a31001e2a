"""The office's actions on a unit in a real browser (issue 14 §3, §11): each asks for
confirmation, then acts; the page, the database, the exports and the history show it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from documents.models import (
    AuditEntry,
    Deadline,
    Exemption,
    OutboundMail,
    Submission,
    UnitEmail,
)
from documents.settings import Settings
from notifier.ack import plan_acknowledgement
from notifier.reminders import remind_unit_now
from tests.integration.web.factory import PASSWORD, Seeded, add_document, at
from tests.integration.web.served import serving
from tests.unit.notifier import factories as f
from web.app import create_app

pytestmark = pytest.mark.browser

REASON = "Đơn vị mới thành lập tháng 5"
FORM = {"file": "DK.docx", "kind": "registration", "fields": dict(f.FULL_FIELDS)}


@pytest.fixture
def base_url(
    settings: Settings, sessions: sessionmaker[Session], seeded_register: Seeded
) -> Iterator[str]:
    """The app as `dvk web` builds it: with the notifier's reminder on demand."""
    with serving(create_app(settings, sessions, remind_now=remind_unit_now)) as port:
        yield f"http://127.0.0.1:{port}"


def _login(page: Any, username: str) -> None:
    page.goto("/login")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/")


def _exemptions(sessions: sessionmaker[Session]) -> list[tuple[str, str]]:
    with sessions() as session:
        return [(e.unit_id, e.reason) for e in session.scalars(select(Exemption))]


def test_the_office_exempts_a_unit_sees_it_everywhere_and_undoes_it(
    page: Any, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    _login(page, "bientap")
    page.goto("/don-vi/cong-an/lich-su")
    page.click("text=Thông tin và thao tác với đơn vị")
    page.wait_for_url("**/don-vi/cong-an")
    row = page.locator("#deadline-registration")
    assert "Chưa gửi" in row.inner_text()
    row.locator("input[name=reason]").fill(REASON)
    row.locator("button:has-text('Miễn nộp')").click()
    # The confirmation restates the decision; nothing is changed before it.
    assert "Miễn cho Công an xã hạn nộp Đăng ký (07/04/2024)?" in page.inner_text("main")
    assert f"Lý do: {REASON}" in page.inner_text("main")
    assert _exemptions(sessions) == []
    page.click("#confirm")
    page.wait_for_url("**/don-vi/cong-an")
    assert "Đã miễn cho Công an xã hạn nộp Đăng ký." in page.inner_text(".flash.ok")
    row = page.locator("#deadline-registration")
    assert "Miễn" in row.locator(".badge").inner_text()
    assert f"Lý do miễn: {REASON}" in row.inner_text()
    assert _exemptions(sessions) == [("cong-an", REASON)]

    # The register, the workbook and the report show it.
    page.goto("/")
    unit_row = page.locator("table.register tbody tr", has_text="Công an xã")
    assert "Miễn" in unit_row.inner_text() and REASON in unit_row.inner_text()
    with page.expect_download() as info:
        page.click("text=Xuất Excel")
    workbook_path = tmp_path / "so.xlsx"
    info.value.save_as(workbook_path)
    sheet = load_workbook(workbook_path)["Đăng ký"]
    cells = next([c.value for c in r] for r in sheet.iter_rows() if r[1].value == "Công an xã")
    assert cells[4] == "Miễn" and f"Lý do miễn: {REASON}" in str(cells[8])
    with page.expect_download() as info:
        page.click("text=Xuất báo cáo")
    report_path = tmp_path / "bao-cao.docx"
    info.value.save_as(report_path)
    text = "\n".join(p.text for p in Document(str(report_path)).paragraphs)
    assert f"- Được miễn nộp bản đăng ký: Công an xã ({REASON})." in text
    missing = next(line for line in text.splitlines() if line.startswith("- Chưa gửi bản đăng ký"))
    assert "Công an xã" not in missing

    page.goto("/don-vi/cong-an/lich-su")
    assert f"miễn cho Công an xã hạn nộp Đăng ký, lý do “{REASON}”" in page.inner_text("main")

    # Undo: cancelling the confirmation changes nothing; confirming restores "missing".
    page.goto("/don-vi/cong-an")
    page.locator("#deadline-registration button:has-text('Hủy miễn')").click()
    assert "Hủy miễn nộp Đăng ký cho Công an xã?" in page.inner_text("main")
    page.click("text=Hủy, không làm gì")
    page.wait_for_url("**/don-vi/cong-an")
    assert _exemptions(sessions) == [("cong-an", REASON)]
    page.locator("#deadline-registration button:has-text('Hủy miễn')").click()
    page.click("#confirm")
    page.wait_for_url("**/don-vi/cong-an")
    assert "Chưa gửi" in page.locator("#deadline-registration .badge").inner_text()
    assert _exemptions(sessions) == []
    with sessions() as session:
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions == ["exempt_unit", "unexempt_unit"]
    page.goto("/lich-su")
    assert f"hủy miễn nộp Đăng ký cho Công an xã (lý do miễn trước đó: “{REASON}”)" in (
        page.inner_text("main")
    )


def test_the_office_sends_one_unit_a_reminder_now_once(
    page: Any, sessions: sessionmaker[Session]
) -> None:
    with sessions() as session:
        session.add(UnitEmail(unit_id="cong-an", address="congan.nghiathai@gmail.test"))
        session.commit()
    _login(page, "bientap")
    page.goto("/don-vi/cong-an")
    page.locator("#deadline-report button:has-text('Gửi nhắc ngay')").click()
    assert "Gửi ngay thư nhắc nộp Báo cáo kết quả cho Công an xã?" in page.inner_text("main")
    assert "congan.nghiathai@gmail.test" in page.inner_text("main")
    with sessions() as session:
        assert session.scalar(select(OutboundMail)) is None
    page.click("#confirm")
    page.wait_for_url("**/don-vi/cong-an")
    assert "vào hộp thư đi" in page.inner_text(".flash.ok")
    with sessions() as session:
        mails = list(session.scalars(select(OutboundMail)))
        assert len(mails) == 1
        assert mails[0].to_addrs == ["congan.nghiathai@gmail.test"]
        assert mails[0].state == "planned" and mails[0].unit_id == "cong-an"
        assert mails[0].idempotency_key.startswith("reminder-now:")
        audit = session.scalar(select(AuditEntry).where(AuditEntry.action == "remind_unit"))
        assert audit is not None and audit.actor == "bientap"

    # Asked again the same day: nothing more is planned, and the office is told why.
    page.locator("#deadline-report button:has-text('Gửi nhắc ngay')").click()
    page.click("#confirm")
    page.wait_for_url("**/don-vi/cong-an")
    assert "không gửi thêm thư thứ hai" in page.inner_text(".flash.error")
    with sessions() as session:
        assert len(session.scalars(select(OutboundMail)).all()) == 1
    page.goto("/don-vi/cong-an/lich-su")
    assert "gửi ngay thư nhắc nộp Báo cáo kết quả cho Công an xã" in page.inner_text("main")


def test_a_viewer_sees_no_actions_and_is_refused(
    page: Any, sessions: sessionmaker[Session]
) -> None:
    _login(page, "xem")
    page.goto("/don-vi/cong-an")
    assert "Chưa gửi" in page.locator("#deadline-registration").inner_text()
    assert page.locator("main form").count() == 0
    token = page.locator("form.logout input[name=csrf_token]").input_value()
    with sessions() as session:
        deadline_id = session.scalar(select(Deadline.id).where(Deadline.kind == "registration"))
    for path in (f"/don-vi/cong-an/mien/{deadline_id}", f"/don-vi/cong-an/nhac/{deadline_id}"):
        response = page.request.post(
            path, form={"csrf_token": token, "reason": REASON, "xac_nhan": "1"}
        )
        assert response.status == 403
    assert _exemptions(sessions) == []
    with sessions() as session:
        assert session.scalar(select(OutboundMail)) is None


def test_a_held_reply_is_released_or_dropped_only_after_confirmation(
    page: Any, sessions: sessionmaker[Session], settings: Settings
) -> None:
    held = []
    with sessions.begin() as session:
        for sender in ("stranger@example.test", "attacker@evil.example"):
            msg = f.message(session, sender=sender, authenticity="unknown", attachments=[FORM])
            row = plan_acknowledgement(session, msg.id, settings)
            assert row is not None and row.state == "held"
            held.append(row.id)
    keep, lose = held
    _login(page, "bientap")
    page.click("text=Cần kiểm tra")
    page.wait_for_url("**/review")
    page.locator(f"form[action$='/outbox/{keep}/release'] button").click()
    assert f"Duyệt gửi thư #{keep} tới stranger@example.test?" in page.inner_text("main")
    page.click("text=Hủy, không làm gì")
    page.wait_for_url("**/review")
    assert _outbox_state(sessions, keep) == "held"
    page.locator(f"form[action$='/outbox/{keep}/release'] button").click()
    page.click("#confirm")
    page.wait_for_url("**/review")
    assert f"Đã duyệt thư #{keep}" in page.inner_text(".flash.ok")
    page.locator(f"form[action$='/outbox/{lose}/drop'] button").click()
    assert f"Bỏ thư #{lose} tới attacker@evil.example, không bao giờ gửi?" in page.inner_text(
        "main"
    )
    page.click("#confirm")
    page.wait_for_url("**/review")
    assert "Không có thư nào chờ duyệt." in page.inner_text("main")
    assert _outbox_state(sessions, keep) == "planned"
    assert _outbox_state(sessions, lose) == "dropped"
    page.goto("/lich-su")
    history = page.inner_text("main")
    assert f"duyệt gửi thư trả lời tự động #{keep} đang chờ duyệt" in history
    assert f"bỏ thư trả lời tự động #{lose} đang chờ duyệt (không gửi)" in history


def _outbox_state(sessions: sessionmaker[Session], outbox_id: int) -> str:
    with sessions() as session:
        row = session.get(OutboundMail, outbox_id)
        assert row is not None
        return row.state


def test_the_office_marks_a_resend_as_replacing_the_first_form(
    page: Any, sessions: sessionmaker[Session], seeded_register: Seeded
) -> None:
    with sessions() as session:
        resend = add_document(
            session,
            "cb-xom-1",
            "registration",
            {"unit_name": "Chi bộ xóm 1", "model_name": "Đường hoa xanh - sạch - đẹp"},
            at("2024-04-06"),
            filename="dang-ky-xom-1-sua.docx",
        )
        session.commit()
    _login(page, "bientap")
    page.goto("/don-vi/cb-xom-1")
    row = page.locator("#deadline-registration")
    assert row.locator("a.doc").count() == 2
    form = page.locator("#replace-registration form")
    form.locator("select[name=newer]").select_option(str(resend.submission_id))
    form.locator("select[name=older]").select_option(str(seeded_register.on_time.submission_id))
    form.locator("button").click()
    assert "thay thế văn bản «Đường hoa nông thôn mới»" in page.inner_text("main")
    page.click("#confirm")
    page.wait_for_url("**/don-vi/cb-xom-1")
    assert "Đã đánh dấu văn bản thay thế." in page.inner_text(".flash.ok")
    links = page.locator("#deadline-registration a.doc")
    assert links.count() == 1 and links.inner_text() == "Đường hoa xanh - sạch - đẹp"
    assert page.locator("#replace-registration").count() == 0
    with sessions() as session:
        first = session.get(Submission, seeded_register.on_time.submission_id)
        assert first is not None and not first.is_current
        assert first.superseded_by_id == resend.submission_id
    page.goto("/lich-su")
    assert (
        f"đánh dấu văn bản là bản gửi lại, thay thế văn bản #{seeded_register.on_time.submission_id}"
        in page.inner_text("main")
    )
