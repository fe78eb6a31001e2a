"""The mail room's query and its own actions, on both databases: who needs a person comes first
(most urgent kind first), the filters by state, unit and local day, paging, the reasons, and the
retry and resend actions with their audit entries."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from documents import mailroom
from documents.lifecycle import (
    PIPELINE,
    Attention,
    DocumentState,
    MessageState,
    OutboxState,
    Stage,
)
from documents.models import AuditEntry, Campaign, Message, OutboundMail
from documents.pipeline import unfinished_message_ids
from tests.integration.web.factory import Seeded, seed
from tests.integration.web.mailbox import Mailbox, seed_mailbox


@pytest.fixture
def mailbox(sessions: sessionmaker[Session]) -> tuple[Seeded, Mailbox]:
    with sessions() as session:
        seeded = seed(session)
        return seeded, seed_mailbox(session, seeded)


def _ids(session: Session, filters: mailroom.Filters, **kw: int) -> list[int]:
    campaign = session.scalar(select(Campaign))
    page = mailroom.mailroom_page(session, filters, campaign=campaign, **kw)
    return [row.message.id for row in page.rows]


def test_messages_needing_a_person_come_first_most_urgent_kind_first(
    session: Session, mailbox: tuple[Seeded, Mailbox]
) -> None:
    _, box = mailbox
    page = mailroom.mailroom_page(session, mailroom.Filters())
    rows = list(page.rows)
    assert [r.message.id for r in rows[:5]] == [
        box.quarantined, box.failed, box.held, box.unsent, box.no_unit,
    ]  # fmt: skip
    assert [r.attention for r in rows[:5]] == [
        Attention.QUARANTINED, Attention.FAILED, Attention.HELD, Attention.UNSENT,
        Attention.NO_UNIT,
    ]  # fmt: skip
    assert all(r.attention is None for r in rows[5:])
    calm = [r.message.received_at for r in rows[5:]]
    assert calm == sorted(calm, reverse=True) and len(calm) == 2, "then the newest first"
    assert page.total == 7 and page.needing == 5


def test_each_waiting_message_says_why_and_what_its_action_acts_on(
    session: Session, mailbox: tuple[Seeded, Mailbox]
) -> None:
    seeded, box = mailbox
    rows = {r.message.id: r for r in mailroom.mailroom_page(session, mailroom.Filters()).rows}
    assert rows[box.quarantined].reason == "Đã thử 5 lần. Lỗi: ExtractionTimeout: quá 60 giây"
    assert rows[box.held].outbox_id == box.held_outbox
    assert rows[box.held].reason == "Địa chỉ người nhận không có trong danh sách đơn vị"
    assert rows[box.unsent].outbox_id == box.unsent_outbox
    assert "550 mailbox unavailable" in (rows[box.unsent].reason or "")
    no_unit = rows[box.no_unit]
    assert no_unit.submission_id == seeded.review.submission_id
    assert no_unit.reason == "Chưa chắc chắn về đơn vị"
    assert [c["unit_id"] for c in no_unit.candidates] == ["mttq", "cong-an"]
    assert [d.state for d in no_unit.documents] == [DocumentState.REGISTERED]
    assert rows[box.without_files].documents == () and rows[box.without_files].reason is None


def test_filters_by_state_unit_and_local_day(
    session: Session, mailbox: tuple[Seeded, Mailbox]
) -> None:
    _, box = mailbox
    needing = _ids(session, mailroom.Filters(state=mailroom.NEEDS_PERSON))
    assert needing == [box.quarantined, box.failed, box.held, box.unsent, box.no_unit]
    assert _ids(session, mailroom.Filters(state=MessageState.FAILED)) == [box.failed]
    of_unit = _ids(session, mailroom.Filters(unit_id="cb-xom-1"))
    expected = session.scalars(select(Message.id).where(Message.unit_id == "cb-xom-1")).all()
    assert box.without_files in of_unit and sorted(of_unit) == sorted(expected)
    assert box.no_unit not in of_unit
    # The failed message came at 05:00 on 06/04 in Hà Nội, 22:00 on 05/04 UTC: days are local.
    days = mailroom.Filters(since=date(2024, 4, 6), until=date(2024, 4, 9))
    assert _ids(session, days) == [box.failed, box.held]
    assert box.failed not in _ids(session, mailroom.Filters(until=date(2024, 4, 5)))
    assert _ids(session, mailroom.Filters(since=date(2024, 4, 11))) == [
        r for r in _ids(session, mailroom.Filters()) if r not in (
            box.quarantined, box.failed, box.held, box.unsent, box.no_unit, box.without_files)
    ]  # fmt: skip


def test_pages_keep_the_order_and_clamp(session: Session, mailbox: tuple[Seeded, Mailbox]) -> None:
    _, box = mailbox
    everything = _ids(session, mailroom.Filters())
    pages = [_ids(session, mailroom.Filters(), page=n, per_page=2) for n in (1, 2, 3, 4)]
    assert [i for p in pages for i in p] == everything
    assert pages[0] == [box.quarantined, box.failed]
    last = mailroom.mailroom_page(session, mailroom.Filters(), page=99, per_page=2)
    assert (last.number, last.count, last.total) == (4, 4, 7)


def test_retry_puts_a_failed_message_back_in_line_and_is_audited(
    sessions: sessionmaker[Session], mailbox: tuple[Seeded, Mailbox]
) -> None:
    _, box = mailbox
    with sessions.begin() as session:
        assert box.quarantined not in unfinished_message_ids(session, max_attempts=5)
        mailroom.retry_message(session, box.quarantined, actor="bientap")
        # The tick (and `dvk run`'s loop) re-queues what this returns: it is back in line.
        assert box.quarantined in unfinished_message_ids(session, max_attempts=5)
    with sessions() as session:
        message = session.get(Message, box.quarantined)
        assert message is not None
        assert (message.state, message.attempts, message.error) == (MessageState.RECEIVED, 0, None)
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "message.retry"))
        assert entry is not None and entry.actor == "bientap"
        assert (entry.entity, entry.entity_id) == ("message", str(box.quarantined))
        assert entry.before == {"state": "quarantined", "attempts": 5,
                                "error": "ExtractionTimeout: quá 60 giây"}  # fmt: skip
        with pytest.raises(mailroom.MailroomError, match="không ở trạng thái lỗi"):
            mailroom.retry_message(session, box.without_files, actor="bientap")
        with pytest.raises(mailroom.MailroomError, match="Không có thư #999999"):
            mailroom.retry_message(session, 999999, actor="bientap")


def test_resend_plans_an_unsent_reply_once_more_and_is_audited(
    sessions: sessionmaker[Session], mailbox: tuple[Seeded, Mailbox]
) -> None:
    _, box = mailbox
    with sessions.begin() as session:
        mailroom.resend_mail(session, box.unsent_outbox, actor="bientap")
    with sessions() as session:
        row = session.get(OutboundMail, box.unsent_outbox)
        assert row is not None and (row.state, row.attempts) == (OutboxState.PLANNED, 0)
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "outbox.resend"))
        assert entry is not None and entry.before is not None
        assert entry.before["state"] == "failed" and entry.entity_id == str(box.unsent_outbox)
        with pytest.raises(mailroom.MailroomError, match="không ở trạng thái gửi lỗi"):
            mailroom.resend_mail(session, box.unsent_outbox, actor="bientap")
        with pytest.raises(mailroom.MailroomError, match="không ở trạng thái gửi lỗi"):
            mailroom.resend_mail(session, box.held_outbox, actor="bientap")
    with sessions() as session:
        page = mailroom.mailroom_page(session, mailroom.Filters(state=mailroom.NEEDS_PERSON))
        assert box.unsent not in [r.message.id for r in page.rows]


def test_unsent_reminders_are_listed_apart_and_can_be_sent_again(
    sessions: sessionmaker[Session], mailbox: tuple[Seeded, Mailbox]
) -> None:
    with sessions.begin() as session:
        reminder = OutboundMail(
            purpose="reminder", idempotency_key="reminder:1:before-3:cb-xom-2",
            to_addrs=["chiboxom2.nghiathai@gmail.test"], subject="Nhắc nộp phiếu đăng ký",
            message_id_header="<r1@nghiathai.test>", raw=b"x", state=OutboxState.FAILED,
            attempts=8, last_error="421 try later (after 8 attempts)",
        )  # fmt: skip
        session.add(reminder)
    with sessions() as session:
        listed = mailroom.unsent_other_mail(session)
        assert [o.id for o in listed] == [reminder.id], "the unsent reply is in its message's row"
        mailroom.resend_mail(session, reminder.id, actor="bientap")
        session.commit()
        assert mailroom.unsent_other_mail(session) == []


def test_each_message_shows_the_pipeline_stages_it_went_through(
    session: Session, mailbox: tuple[Seeded, Mailbox]
) -> None:
    _, box = mailbox
    rows = {r.message.id: r for r in mailroom.mailroom_page(session, mailroom.Filters()).rows}
    assert [stage for stage, _ in rows[box.failed].stages] == list(PIPELINE)
    done = {mid: [s for s, ok in row.stages if ok] for mid, row in rows.items()}
    assert done[box.failed] == [Stage.STORE, Stage.CLASSIFY]
    assert done[box.without_files] == [Stage.STORE, Stage.CLASSIFY, Stage.MATCH]
    assert done[box.no_unit] == [Stage.STORE, Stage.CLASSIFY, Stage.EXTRACT, Stage.REGISTER]
    with session.begin_nested():
        message = session.get(Message, box.no_unit)
        assert message is not None
        message.unit_id, message.reply_code = "mttq", "ack"
    row = next(
        r
        for r in mailroom.mailroom_page(session, mailroom.Filters()).rows
        if r.message.id == box.no_unit
    )
    assert all(ok for _, ok in row.stages)
