"""The deadline-boundary mails of the time tests: the example commune's real forms, re-dated.

The 2024 registration deadline is 07/4 and the report deadline 05/9, in Asia/Ho_Chi_Minh
(+07:00). Each case is an example mail whose form matches its sender's unit, sent (Date header)
or delivered (INTERNALDATE) at a chosen instant, with the lateness the register must give it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

MAILS = Path(__file__).resolve().parents[1] / "examples" / "mails"
ICT = timezone(timedelta(hours=7))
EDT = timezone(timedelta(hours=-4))


@dataclass(frozen=True)
class Case:
    example: str  # file in examples/mails
    unit_id: str
    deadline: str  # registration | report
    at: datetime  # aware, in the offset the header or the server writes
    late_days: int

    @property
    def utc(self) -> str:
        return self.at.astimezone(UTC).isoformat()

    @property
    def local_text(self) -> str:
        """How the acknowledgement states the time: "HH:MM ngày dd/mm/yyyy" in Hà Nội."""
        return self.at.astimezone(ICT).strftime("%H:%M ngày %d/%m/%Y")


CASES = (
    # One second before midnight on the due date: on time.
    Case("01-dang-ky-chi-bo-xom-1.eml", "cb-xom-1", "registration", datetime(2024, 4, 7, 23, 59, 59, tzinfo=ICT), 0),
    # The reported bug: 20:00 on the due date, stored as 20:00 UTC and marked late.
    Case("02-dang-ky-hoi-phu-nu.eml", "hoi-phu-nu", "registration", datetime(2024, 4, 7, 20, 0, tzinfo=ICT), 0),
    # One second after midnight: one day late.
    Case("03-dang-ky-muon-cong-an.eml", "cong-an", "registration", datetime(2024, 4, 8, 0, 0, 1, tzinfo=ICT), 1),
    # 23:59:59 on 05/9 in Hà Nội, written by a sender in another zone: on time.
    Case("05-bao-cao-chi-bo-xom-3.eml", "cb-xom-3", "report", datetime(2024, 9, 5, 12, 59, 59, tzinfo=EDT), 0),
)  # fmt: skip


def _set_header(raw: bytes, name: bytes, value: bytes) -> bytes:
    pattern = re.compile(rb"^" + name + rb":[^\r\n]*(\r?\n[ \t][^\r\n]*)*", re.IGNORECASE | re.M)
    replaced, count = pattern.subn(name + b": " + value, raw, count=1)
    assert count == 1, f"{name!r} not found"
    return replaced


def mail(case: Case, *, date: datetime | None = None, tag: str = "boundary") -> bytes:
    """The example mail of `case` with a new Message-ID and its Date set to `date` (default:
    the case's own instant, in its own offset)."""
    raw = (MAILS / case.example).read_bytes()
    raw = _set_header(raw, b"Date", format_datetime(date or case.at).encode())
    return _set_header(raw, b"Message-ID", f"<{tag}.{case.unit_id}@mail.test>".encode())
