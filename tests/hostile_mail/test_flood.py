"""A flood: 200 mails from one address in a day. All are kept and visible to the office; the
address gets no more than `max_auto_mails_per_day` automatic mails back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from documents.models import Message
from tests.faults.mailgen import form_mail, unit_addresses
from tests.hostile_mail.flow import deliver, sent_mails, states
from workers.bootstrap import Context

pytestmark = [pytest.mark.integration, pytest.mark.slow]

FLOOD = 200


def test_two_hundred_mails_from_one_address(ctx: Context) -> None:
    address = next(a for a in unit_addresses() if a.unit_id == "cb-xom-1")
    start = datetime.now(UTC) - timedelta(hours=1)
    mails = [
        form_mail(n, address, run="flood", when=start + timedelta(seconds=n)) for n in range(FLOOD)
    ]
    deliver(ctx, [m.raw for m in mails])

    found = states(ctx, [m.message_id for m in mails])
    assert len(found) == FLOOD, "every flooding mail is stored"
    assert set(found.values()) == {"processed"}
    with ctx.sessions() as session:
        from_address = session.scalar(
            select(func.count(Message.id)).where(func.lower(Message.sender) == address.email)
        )
    assert from_address == FLOOD, "the office sees all of them"

    to_address = [m for m in sent_mails(ctx) if address.email in str(m["To"]).lower()]
    limit = ctx.settings.max_auto_mails_per_day
    print(f"\nflood: {FLOOD} mails stored, {len(to_address)} automatic replies (limit {limit})")
    assert 1 <= len(to_address) <= limit
