"""Whom an acknowledgement may reach, and when it waits for the office (issue 12, items 4 and 6).

Every test stores its messages and plans through `plan_acknowledgement`, the real writer, on
PostgreSQL and SQLite.
"""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from documents.db import make_engine
from documents.models import Campaign, Message, OutboundMail, UnitEmail
from notifier.ack import plan_acknowledgement
from notifier.safety import clean_text, mailbox_counts, mails_today
from tests.unit.notifier import factories as f
from workers.settings import Settings

NOW = datetime(2024, 4, 2, 3, 0, tzinfo=UTC)
FORM = {"file": "DK_xom1.docx", "kind": "registration", "fields": dict(f.FULL_FIELDS)}
UNIT = "chiboxom1.nghiathai@gmail.test"  # listed for cb-xom-1 in examples/units.yaml
OTHER_UNIT = "chiboxom2.nghiathai@gmail.test"
_data = iter(range(10_000))


@pytest.fixture
def campaign(session: Session) -> Campaign:
    return f.load_examples(session)


def form() -> dict[str, Any]:
    return {**FORM, "data": f"form {next(_data)}".encode()}


def plan(
    session: Session, settings: Settings, *, now: datetime = NOW, **kwargs: Any
) -> tuple[Message, OutboundMail | None]:
    kwargs.setdefault("attachments", [form()])
    msg = f.message(session, **kwargs)
    return msg, plan_acknowledgement(session, msg.id, settings, now=now)


def parse(row: OutboundMail) -> EmailMessage:
    msg = email.message_from_bytes(row.raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def body(row: OutboundMail) -> str:
    text_part = parse(row).get_body(("plain",))
    assert text_part is not None
    return str(text_part.get_content())


# --- whom ----------------------------------------------------------------------------------


def test_a_listed_address_is_answered_even_without_authentication(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    msg, row = plan(session, settings, sender=UNIT, authenticity="unknown")
    assert row is not None and row.state == "planned" and row.hold_code is None
    assert parse(row)["To"] == UNIT
    assert msg.reply_code == "ack"


def test_an_address_the_office_confirmed_counts_as_listed(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    session.add(UnitEmail(unit_id="cb-xom-3", address="bithu.xom3@mail.test", origin="confirmed"))
    session.flush()
    _, row = plan(session, settings, sender="bithu.xom3@mail.test", authenticity="unknown")
    assert row is not None and row.state == "planned"


def test_an_unlisted_sender_with_aligned_authentication_is_answered(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    _, row = plan(session, settings, sender="ai.do@example.test", authenticity="pass")
    assert row is not None and row.state == "planned"
    assert parse(row)["To"] == "ai.do@example.test"


def test_an_unverified_stranger_is_registered_but_the_reply_is_held(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    msg, row = plan(session, settings, sender="attacker@evil.example", authenticity="unknown")
    assert row is not None and row.state == "held" and row.hold_code == "unverified_sender"
    assert row.hold_reason and "attacker@evil.example" in row.hold_reason
    assert row.next_attempt_at is None
    assert parse(row)["To"] == "attacker@evil.example"  # if released: the From, nobody else
    assert msg.reply_code == "held" and msg.reply_note and f"#{row.id}" in msg.reply_note


def test_reply_to_a_stranger_is_never_used(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    _, listed_from = plan(
        session, settings, sender=UNIT, reply_to="victim@elsewhere.test", authenticity="unknown"
    )
    assert listed_from is not None and listed_from.state == "planned"
    assert parse(listed_from)["To"] == UNIT
    _, verified_from = plan(
        session, settings, sender="ai.do@example.test", reply_to="victim@elsewhere.test"
    )
    assert verified_from is not None and parse(verified_from)["To"] == "ai.do@example.test"
    _, unverified = plan(
        session,
        settings,
        sender="attacker@evil.example",
        reply_to="victim@elsewhere.test",
        authenticity="unknown",
    )
    assert unverified is not None and unverified.state == "held"
    assert parse(unverified)["To"] == "attacker@evil.example"
    assert unverified.hold_reason and "victim@elsewhere.test" in unverified.hold_reason


def test_reply_to_a_listed_unit_address_is_used(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    _, row = plan(
        session,
        settings,
        sender="thu.ky.xom2@personal.test",
        reply_to=OTHER_UNIT,
        authenticity="unknown",
    )
    assert row is not None and row.state == "planned"
    assert parse(row)["To"] == OTHER_UNIT


def test_no_sender_to_trust_gets_no_reply_and_says_why(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    msg = f.message(session, sender=None, attachments=[form()])
    msg.parse_defects = ["From header gives no sender to trust: 2 From headers"]
    session.flush()
    assert plan_acknowledgement(session, msg.id, settings, now=NOW) is None
    assert msg.reply_code == "no_sender"
    assert msg.reply_note and "2 From headers" in msg.reply_note


# --- what ----------------------------------------------------------------------------------


def test_the_quoted_subject_is_cleaned_and_bounded(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    hostile = "Phiếu \u202eexe.fdp\u202c\u200b\u2066x\u2069\ufeff " + "dài " * 200
    _, row = plan(session, settings, sender=UNIT, subject=hostile)
    assert row is not None
    text = body(row)
    quoted = text.split('(tiêu đề: "', 1)[1].split('")', 1)[0]
    assert len(quoted) <= 120 and quoted.endswith("…")
    for invisible in "\u202e\u202c\u200b\u2066\u2069\ufeff":
        assert invisible not in text and invisible not in row.subject
    assert quoted.startswith("Phiếu exe.fdp x dài")
    assert "Phiếu" not in parse(row)["Subject"]


def test_clean_text_removes_every_reordering_or_invisible_character() -> None:
    assert clean_text("a\u200eb\u200fc\u061cd\u2067e\u2068f\u2060g") == "a b c d e f g"
    assert clean_text("x" * 10, limit=5) == "xxxx…"


# --- limits --------------------------------------------------------------------------------


def test_the_mailbox_limit_folds_case_tags_and_gmail_dots(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    limited = settings.model_copy(update={"max_auto_mails_per_day": 2})
    spellings = ["nguyen.van.a@gmail.com", "NguyenVanA+dk@gmail.com", "nguyenvana@googlemail.com"]
    rows = [plan(session, limited, sender=s.lower(), authenticity="pass")[1] for s in spellings]
    assert [r.state if r else None for r in rows] == ["planned", "planned", "held"]
    assert rows[2] is not None and rows[2].hold_code == "limit_mailbox"
    assert rows[2].hold_reason and "nguyenvana@gmail.com" in rows[2].hold_reason
    # Another local day starts a new count.
    _, tomorrow = plan(
        session,
        limited,
        sender="nguyenvana@gmail.com",
        authenticity="pass",
        now=NOW + timedelta(days=1),
    )
    assert tomorrow is not None and tomorrow.state == "planned"


def test_the_domain_limit_counts_only_unlisted_addresses(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    limited = settings.model_copy(update={"max_unlisted_mails_per_domain_per_day": 2})
    rows = [
        plan(session, limited, sender=f"user{n}@evil.example", authenticity="pass")[1]
        for n in range(3)
    ]
    assert [r.state if r else None for r in rows] == ["planned", "planned", "held"]
    assert rows[2] is not None and rows[2].hold_code == "limit_domain"
    other = plan(session, limited, sender="user9@other.example", authenticity="pass")[1]
    assert other is not None and other.state == "planned"
    # Units sharing a provider's domain are never throttled by it.
    units = [plan(session, limited, sender=a)[1] for a in (UNIT, OTHER_UNIT, UNIT, OTHER_UNIT)]
    assert {r.state if r else None for r in units} == {"planned"}


def test_the_hourly_cap_on_unlisted_addresses(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    limited = settings.model_copy(update={"max_unlisted_mails_per_hour": 2})
    rows = [
        plan(session, limited, sender=f"a@d{n}.example", authenticity="pass")[1] for n in range(3)
    ]
    assert [r.state if r else None for r in rows] == ["planned", "planned", "held"]
    assert rows[2] is not None and rows[2].hold_code == "limit_global"
    unit = plan(session, limited, sender=UNIT)[1]
    assert unit is not None and unit.state == "planned"  # listed: not capped
    later = plan(
        session,
        limited,
        sender="a@d9.example",
        authenticity="pass",
        now=NOW + timedelta(minutes=61),
    )[1]
    assert later is not None and later.state == "planned"


def test_held_and_dropped_mails_do_not_count(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    limited = settings.model_copy(update={"max_auto_mails_per_day": 1})
    held = [
        plan(session, limited, sender="x@evil.example", authenticity="unknown")[1] for _ in "ab"
    ]
    assert {r.state if r else None for r in held} == {"held"}
    assert mails_today(session, ["x@evil.example"], NOW, "Asia/Ho_Chi_Minh") == {
        "x@evil.example": 0
    }
    _, verified = plan(session, limited, sender="x@evil.example", authenticity="pass")
    assert verified is not None and verified.state == "planned"


def test_mails_today_counts_every_recipient_of_a_mail(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    from notifier.reminders import run_due_reminders

    run_due_reminders(session, settings, now=datetime(2024, 3, 28, 1, 0, tzinfo=UTC))
    counts = mails_today(
        session,
        ["ChiBoXom2.NghiaThai@gmail.test", "trandinhkhai62+x@gmail.test", "nobody@x.test"],
        datetime(2024, 3, 28, 2, 0, tzinfo=UTC),
        "Asia/Ho_Chi_Minh",
    )
    assert counts == {
        "chiboxom2.nghiathai@gmail.test": 1,
        "trandinhkhai62+x@gmail.test": 1,
        "nobody@x.test": 0,
    }


def _plan(url: str) -> str:
    engine = make_engine(url)
    query = mailbox_counts(["a@b.test", "c@d.test"], NOW, NOW + timedelta(days=1))
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                sql = str(
                    query.compile(
                        dialect=engine.dialect, compile_kwargs={"render_postcompile": True}
                    )
                )
                rows = conn.exec_driver_sql(
                    "EXPLAIN QUERY PLAN " + sql, tuple("x" for _ in range(sql.count("?")))
                )
                return " | ".join(str(row[-1]) for row in rows)
            # Tiny tables are cheaper to scan; forbid scans to see whether an index serves.
            conn.exec_driver_sql("SET enable_seqscan = off")
            sql = str(query.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True}))
            return " | ".join(str(row[0]) for row in conn.exec_driver_sql("EXPLAIN " + sql))
    finally:
        engine.dispose()


def test_mails_today_is_an_indexed_lookup(sqlite_url: str, postgres_url: str) -> None:
    """The limit is read through the recipients index, not by scanning the day's outbox."""
    lite = _plan(sqlite_url)
    assert "USING INDEX ix_outbound_recipients_mailbox_key_created_at" in lite, lite
    assert "SCAN outbound_recipients" not in lite, lite
    pg = _plan(postgres_url)  # which index depends on statistics; that one serves does not
    assert "Seq Scan" not in pg and "Index Scan using ix_outbound_recipients" in pg, pg


# --- threads -------------------------------------------------------------------------------


def test_a_reply_to_our_mail_without_a_form_is_left_to_the_office(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    _, first = plan(session, settings, sender=UNIT)
    assert first is not None
    thanks, row = plan(
        session,
        settings,
        sender=UNIT,
        subject="Re: cảm ơn",
        attachments=[],
        in_reply_to=first.message_id_header,
    )
    assert row is None and thanks.reply_code == "own_thread"
    unreadable, row = plan(
        session,
        settings,
        sender=UNIT,
        attachments=[{"file": "anh.jpg", "kind": "unknown", "data": b"blurred"}],
        references=first.message_id_header,
    )
    assert row is None and unreadable.reply_code == "own_thread"
    _, with_form = plan(session, settings, sender=UNIT, in_reply_to=first.message_id_header)
    assert with_form is not None and with_form.state == "planned"


def test_a_thanks_naming_only_the_office_domain_is_not_answered(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    """A Message-ID on our domain that dvk never sent (a mail the staff wrote by hand)."""
    assert session.scalar(select(func.count()).select_from(OutboundMail)) == 0
    msg, row = plan(
        session,
        settings,
        sender=UNIT,
        subject="Re: Thông báo của Văn phòng",
        attachments=[],
        in_reply_to="<CAFx9-by-hand@NghiaThai.test>",
    )
    assert row is None and msg.reply_code == "own_thread"
    # The same thanks in someone else's thread is a unit's mail without a form: answered.
    _, elsewhere = plan(
        session, settings, sender=UNIT, attachments=[], in_reply_to="<abc@mail.gmail.test>"
    )
    assert elsewhere is not None and elsewhere.state == "planned"


# --- copies --------------------------------------------------------------------------------


def test_a_copy_is_answered_once_whichever_is_planned_first(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    first, row = plan(session, settings, sender=UNIT)
    copy = f.message(session, sender=UNIT, attachments=[])
    copy.duplicate_of_id = first.id
    session.flush()
    again = plan_acknowledgement(session, copy.id, settings, now=NOW)
    assert row is not None and again is not None and again.id == row.id
    assert copy.reply_code == "copy"
    assert session.scalar(select(func.count()).select_from(OutboundMail)) == 1

    other = f.message(session, sender=OTHER_UNIT, attachments=[form()])
    other_copy = f.message(session, sender=OTHER_UNIT, attachments=[])
    other_copy.duplicate_of_id = other.id
    session.flush()
    assert plan_acknowledgement(session, other_copy.id, settings, now=NOW) is None
    assert other_copy.reply_code == "copy"
    assert plan_acknowledgement(session, other.id, settings, now=NOW) is not None
    assert session.scalar(select(func.count()).select_from(OutboundMail)) == 2


def test_a_direct_copy_is_answered_when_the_first_came_through_a_list(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    """A unit writes to the office and to a group the office is in: the group's copy (List-Id)
    arrives first and gets no answer; the direct copy is answered, once, about the first's files."""
    via_list, none = plan(
        session, settings, sender=UNIT, extra_headers={"List-Id": "<ban-dan-van.groups.test>"}
    )
    assert none is None and via_list.reply_code == "list_or_auto"
    direct = f.message(session, sender=UNIT, attachments=[])
    direct.duplicate_of_id = via_list.id
    session.flush()
    row = plan_acknowledgement(session, direct.id, settings, now=NOW)
    assert row is not None and row.state == "planned"
    assert row.idempotency_key == f"ack:{via_list.id}" and row.related_message_id == direct.id
    assert "DK_xom1.docx" in body(row)  # the first's files, read once
    assert plan_acknowledgement(session, via_list.id, settings, now=NOW) is not None
    assert session.scalar(select(func.count()).select_from(OutboundMail)) == 1
