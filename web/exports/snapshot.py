"""The register as the exports see it: one read through `documents.register`, then plain rows.

The status rules (late, superseded, needs review) belong to `documents.register`; this module only
flattens its answer for the exports.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from documents import clock
from documents.models import Campaign
from documents.register import UnitStatus, active_campaign, unit_statuses


@dataclass(frozen=True)
class ModelRow:
    """One current document of a unit: a registered model, or the report of one."""

    unit_id: str
    unit_name: str
    unit_kind: str
    deadline: str
    kind: str
    fields: dict[str, Any]
    received_at: datetime | None
    late_days: int
    review_state: str
    submission_id: int | None
    attachment_id: int | None
    file: str


@dataclass(frozen=True)
class Snapshot:
    campaign: Campaign | None
    statuses: list[UnitStatus]
    as_of: date

    @property
    def timezone(self) -> str:
        return clock.zone(self.campaign).key

    @property
    def deadline_kinds(self) -> list[str]:
        kinds: list[str] = []
        for unit in self.statuses:
            for kind in unit.deadlines:
                if kind not in kinds:
                    kinds.append(kind)
        order = {"registration": 0, "report": 1}
        return sorted(kinds, key=lambda k: order.get(k, 9))

    def models(self, deadline: str | None = None) -> list[ModelRow]:
        rows: list[ModelRow] = []
        for unit in self.statuses:
            for kind, status in unit.deadlines.items():
                if deadline is not None and kind != deadline:
                    continue
                for doc in status.documents:
                    if not doc.is_current:
                        continue
                    rows.append(
                        ModelRow(
                            unit_id=unit.unit_id,
                            unit_name=unit.unit_name,
                            unit_kind=unit.unit_kind,
                            deadline=kind,
                            kind=doc.kind,
                            fields=dict(doc.fields or {}),
                            received_at=clock.local_naive(doc.received_at, self.timezone),
                            late_days=doc.late_days or 0,
                            review_state=doc.review_state,
                            submission_id=doc.submission_id,
                            attachment_id=doc.attachment_id,
                            file=doc.file or "",
                        )
                    )
        return rows


def take_snapshot(
    session: Session, campaign_id: int | None = None, *, today: date | None = None
) -> Snapshot:
    """The register now; `today` (the campaign's local date by default) only dates the export."""
    campaign = session.get(Campaign, campaign_id) if campaign_id else active_campaign(session)
    statuses = unit_statuses(session, campaign.id if campaign else None)
    return Snapshot(campaign=campaign, statuses=statuses, as_of=today or clock.today(campaign))
