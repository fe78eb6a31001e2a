"""`dvk demo` plays the 2024 example campaign on an injected, very fast clock in a throwaway
folder; the database it leaves shows every stage: forms registered, acknowledgements in the
outbox folder, reminders before 07/4 and overdue ones after, a late mark, and the report."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select

from documents import clock
from documents.db import make_engine, make_session_factory
from documents.models import Deadline, Message, OutboundMail, Submission
from notifier.senders import FolderSender
from tests.integration.workers.cli_harness import dvk
from workers.demo import run_demo

VN = "Asia/Ho_Chi_Minh"


def test_the_demo_plays_the_example_campaign_and_leaves_every_stage_in_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Whatever the environment says, nothing may leave the machine.
    monkeypatch.setenv("DVK_SMTP_URL", "smtp://nobody@127.0.0.1:9")
    monkeypatch.setenv("DVK_IMAP_URL", "imap://nobody@127.0.0.1:9/INBOX")
    folder = tmp_path / "demo"
    lines: list[str] = []
    fast = clock.AcceleratedClock(datetime(2024, 3, 1, tzinfo=UTC), 1e9)
    result = run_demo(folder, pacer=fast, say=lines.append)

    engine = make_engine(result.database_url)
    try:
        with make_session_factory(engine)() as session:
            messages = session.scalars(select(Message)).all()
            assert len(messages) == 5
            assert {m.state for m in messages} == {"processed"}
            rows = session.execute(
                select(Submission.unit_id, Deadline.kind, Submission.late_days).join(
                    Deadline, Deadline.id == Submission.deadline_id
                )
            ).all()
            registered = {u for u, kind, _ in rows if kind == "registration"}
            assert {"cb-xom-1", "cong-an"} <= registered and len(registered) >= 3
            assert any(kind == "report" for _, kind, _ in rows)
            late = {u for u, _, days in rows if days > 0}
            assert late == {"cong-an"}  # sent 09/4 for 07/4; everyone else on time

            outbox = session.scalars(select(OutboundMail)).all()
            acks = [m for m in outbox if m.purpose == "ack"]
            assert len(acks) == 5 and {m.state for m in acks} == {"sent"}
            sender = FolderSender(result.outbox)
            for mail in outbox:
                assert mail.state == "sent"
                assert sender.path_for(mail.raw).is_file()  # in the folder, nowhere else
            assert len(list(result.outbox.glob("*.eml"))) == len(outbox)
            # Every mail carries the rehearsal's time, not the system's: the clock was injected.
            assert all(m.sent_at is not None and m.sent_at.year == 2024 for m in outbox)

            def day(mail: OutboundMail) -> date:
                return clock.local_date(mail.created_at, VN)

            reminders = [
                m for m in outbox if m.purpose in ("reminder", "overdue") and m.idempotency_key
            ]
            before = {day(m) for m in reminders if m.purpose == "reminder"}
            overdue = {day(m) for m in reminders if m.purpose == "overdue"}
            assert {date(2024, 3, 28), date(2024, 4, 3), date(2024, 4, 5)} <= before
            assert {date(2024, 4, 10), date(2024, 4, 15), date(2024, 4, 19)} <= overdue
            assert any(m.purpose == "digest" for m in outbox)
            # Công an xã registered on 09/4: the overdue reminders after it spare it.
            cong_an = [m for m in outbox if m.unit_id == "cong-an" and m.purpose == "overdue"]
            assert {day(m) for m in cong_an}.isdisjoint({date(2024, 4, 10), date(2024, 4, 15)})
    finally:
        engine.dispose()

    report = Document(str(result.report))
    text = "\n".join(c.text for t in report.tables for r in t.rows for c in r.cells)
    assert "Công an xã" in text and "Chi bộ xóm 1" in text
    assert result.workbook.is_file()
    shown = "\n".join(lines)
    assert "NỘP MUỘN 2 ngày" in shown and "Hết hạn nộp phiếu đăng ký" in shown
    assert "Nhắc quá hạn lần 1 (phiếu đăng ký)" in shown


def test_the_demo_refuses_a_folder_that_holds_a_database(tmp_path: Path) -> None:
    (tmp_path / "dvk.sqlite3").write_bytes(b"")
    outcome = dvk(["demo", "--folder", str(tmp_path)], {})
    assert outcome.exit_code == 2 and outcome.crashed is None
    assert "already holds a dvk database" in outcome.stdout + outcome.stderr
