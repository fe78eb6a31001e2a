"""The mail room ("Thư đến") in a real browser: the messages needing a person first with their
reason, filters typed the Vietnamese way, and the office's actions — retry, assign a unit,
release a held reply, send an unsent one again — each checked on the page, in the database and
in the audit trail."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from documents.lifecycle import PIPELINE, MessageState, OutboxState, ReviewState
from documents.models import AuditEntry, Message, OutboundMail, Submission
from tests.integration.web.factory import PASSWORD, Seeded
from tests.integration.web.mailbox import Mailbox, seed_mailbox

pytestmark = pytest.mark.browser


@pytest.fixture
def mailbox(seeded_register: Seeded, sessions: sessionmaker[Session]) -> Mailbox:
    with sessions() as session:
        return seed_mailbox(session, seeded_register)


def _login(page: Any, username: str) -> None:
    page.goto("/login")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/")


def _audit(sessions: sessionmaker[Session], action: str) -> list[AuditEntry]:
    with sessions() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_the_office_retries_a_message_and_assigns_a_form_to_a_unit(
    page: Any, mailbox: Mailbox, sessions: sessionmaker[Session]
) -> None:
    _login(page, "bientap")
    page.click("header.top >> text=Thư đến")
    page.wait_for_url("**/thu-den")
    rows = page.locator("table.mailroom tbody tr")
    assert rows.count() == 7
    ids = [rows.nth(i).get_attribute("id") for i in range(5)]
    assert ids == [f"thu-{i}" for i in (mailbox.quarantined, mailbox.failed, mailbox.held,
                                        mailbox.unsent, mailbox.no_unit)]  # fmt: skip
    first = page.locator(f"#thu-{mailbox.quarantined}")
    text = first.inner_text()
    assert "a@example.test" in text and "Phiếu lỗi" in text and "02/04/2024 08:00" in text
    assert "Tạm giữ do lỗi" in text and "ExtractionTimeout: quá 60 giây" in text
    assert "Thư thường" in text
    assert page.locator(f"#thu-{mailbox.held} button").all_inner_texts() == [
        "Duyệt gửi", "Bỏ, không gửi",
    ]  # fmt: skip
    assert page.locator(f"#thu-{mailbox.unsent} button").all_inner_texts() == ["Gửi lại"]
    assert page.locator(f"#thu-{mailbox.without_files}").locator("text=Không có tệp").count() == 1
    assert page.locator(f"#thu-{mailbox.no_unit} a.download").count() == 1

    # Dates as the office types them, read in the campaign's zone.
    page.fill("#tu", "6/4/2024")
    page.fill("#den", "09/04/2024")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/thu-den?*")
    assert [rows.nth(i).get_attribute("id") for i in range(rows.count())] == [
        f"thu-{mailbox.failed}", f"thu-{mailbox.held}",
    ]  # fmt: skip
    assert page.input_value("#tu") == "6/4/2024"
    page.fill("#tu", "31/02/2024")
    page.click("form.filters button[type=submit]")
    assert "không phải một ngày có thật" in page.locator("#err_tu").inner_text()
    assert page.get_attribute("#tu", "aria-invalid") == "true"

    page.goto("/thu-den")
    page.select_option("select[name=trang_thai]", "can-xu-ly")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/thu-den?trang_thai=can-xu-ly*")
    assert rows.count() == 5

    page.click(f"#thu-{mailbox.quarantined} button:has-text('Xử lý lại')")
    page.click("#confirm")
    page.wait_for_url("**/thu-den?trang_thai=can-xu-ly*")
    assert (
        f"Đã đưa thư #{mailbox.quarantined} vào hàng chờ xử lý lại"
        in page.locator(".flash").inner_text()
    )
    assert page.locator(f"#thu-{mailbox.quarantined}").count() == 0, "it needs nobody now"
    with sessions() as session:
        message = session.get(Message, mailbox.quarantined)
        assert message is not None
        assert (message.state, message.attempts, message.error) == (MessageState.RECEIVED, 0, None)
    [retried] = _audit(sessions, "message.retry")
    assert (retried.actor, retried.entity_id) == ("bientap", str(mailbox.quarantined))

    row = page.locator(f"#thu-{mailbox.no_unit}")
    assert "Chưa rõ đơn vị" in row.inner_text() and "Chưa chắc chắn về đơn vị" in row.inner_text()
    row.locator("select[name=unit_id]").select_option("mttq")
    row.locator("button:has-text('Giao đơn vị')").click()
    page.wait_for_url("**/thu-den?trang_thai=can-xu-ly*")
    assert "Đã xác nhận đơn vị." in page.locator(".flash").inner_text()
    assert page.locator(f"#thu-{mailbox.no_unit}").count() == 0
    with sessions() as session:
        submission = session.get(Submission, mailbox.no_unit_submission)
        message = session.get(Message, mailbox.no_unit)
        assert submission is not None and message is not None
        assert (submission.unit_id, submission.review_state) == ("mttq", ReviewState.ACCEPTED)
        assert message.unit_id == "mttq"
    [assigned] = _audit(sessions, "confirm_unit")
    assert assigned.actor == "bientap" and (assigned.after or {})["unit_id"] == "mttq"

    page.select_option("select[name=don_vi]", "mttq")
    page.select_option("select[name=trang_thai]", "")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/thu-den?*don_vi=mttq*")
    assert [rows.nth(i).get_attribute("id") for i in range(rows.count())] == [
        f"thu-{mailbox.no_unit}"
    ]
    assert "Ủy ban MTTQ xã" in rows.first.inner_text()

    page.click("header.top >> text=Lịch sử")
    history = page.locator("ol.history").inner_text()
    assert f"đưa thư đến #{mailbox.quarantined} vào hàng chờ xử lý lại" in history
    assert "message.retry" not in history


def test_the_office_releases_a_held_reply_and_sends_an_unsent_one_again(
    page: Any, mailbox: Mailbox, sessions: sessionmaker[Session]
) -> None:
    with sessions.begin() as session:
        reminder = OutboundMail(
            purpose="reminder", idempotency_key="reminder:1:before-3:cb-xom-2",
            to_addrs=["chiboxom2.nghiathai@gmail.test"], subject="Nhắc nộp phiếu đăng ký",
            message_id_header="<r1@nghiathai.test>", raw=b"x", state=OutboxState.FAILED,
            attempts=8, last_error="421 try later",
        )  # fmt: skip
        session.add(reminder)
    _login(page, "bientap")
    page.goto("/thu-den")
    listed = page.locator(f"#thu-di-{reminder.id}")
    assert (
        "Nhắc nộp phiếu đăng ký" in listed.inner_text() and "421 try later" in listed.inner_text()
    )
    listed.locator("button:has-text('Gửi lại')").click()
    page.click("#confirm")
    page.wait_for_url("**/thu-den")
    assert page.locator(f"#thu-di-{reminder.id}").count() == 0
    with sessions() as session:
        again = session.get(OutboundMail, reminder.id)
        assert again is not None and again.state == OutboxState.PLANNED
    page.click(f"#thu-{mailbox.held} button:has-text('Duyệt gửi')")
    page.click("#confirm")
    page.wait_for_url("**/thu-den")
    assert f"Đã duyệt thư #{mailbox.held_outbox}" in page.locator(".flash").inner_text()
    page.click(f"#thu-{mailbox.unsent} button:has-text('Gửi lại')")
    page.click("#confirm")
    page.wait_for_url("**/thu-den")
    assert f"Thư #{mailbox.unsent_outbox} sẽ được gửi lại" in page.locator(".flash").inner_text()
    for message_id in (mailbox.held, mailbox.unsent):
        assert "attention" not in (page.locator(f"#thu-{message_id}").get_attribute("class") or "")
    with sessions() as session:
        held = session.get(OutboundMail, mailbox.held_outbox)
        unsent = session.get(OutboundMail, mailbox.unsent_outbox)
        assert held is not None and unsent is not None
        assert held.state == unsent.state == OutboxState.PLANNED and unsent.attempts == 0
    assert [e.entity_id for e in _audit(sessions, "outbox.release")] == [str(mailbox.held_outbox)]
    assert sorted(e.entity_id for e in _audit(sessions, "outbox.resend")) == sorted(
        [str(reminder.id), str(mailbox.unsent_outbox)]
    )


def test_a_viewer_reads_the_mail_room_without_actions(page: Any, mailbox: Mailbox) -> None:
    _login(page, "xem")
    page.goto("/thu-den")
    assert page.locator("table.mailroom tbody tr").count() == 7
    assert page.locator("main form:not(.filters)").count() == 0
    assert "Tạm giữ do lỗi" in page.locator(f"#thu-{mailbox.quarantined}").inner_text()
    stages = page.locator(f"#thu-{mailbox.without_files} ol.stages li")
    assert stages.all_inner_texts() == [s.label for s in PIPELINE]
    assert page.locator(f"#thu-{mailbox.without_files} ol.stages li.done").all_inner_texts() == [
        "Lưu thư", "Phân loại", "Xác định đơn vị",
    ]  # fmt: skip
