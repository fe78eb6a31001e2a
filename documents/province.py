"""The province's view of its communes: how far each commune is against each deadline.

The province reads every commune, but never around row-level security: each commune is read in
its own transaction, for that commune and read-only (`documents.db.for_commune`), and its figures
come from the same `register.unit_statuses` as the commune's own register. Only the directory of
communes is read across communes (as a login or a task finds its commune).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from documents.db import all_communes, for_commune
from documents.models import COMMUNE_KIND, PROVINCE_KIND, Commune
from documents.register import UnitStatus, active_campaign, unit_statuses

#: The user role of the province's logins (in the province's row, `PROVINCE_KIND`).
PROVINCE_ROLE = "province"
#: The province's administrator: reads like `PROVINCE_ROLE`, and also creates communes and
#: their office logins (`web.province_admin`); it never writes into a commune's register.
PROVINCE_ADMIN_ROLE = "province_admin"
PROVINCE_ROLES = (PROVINCE_ROLE, PROVINCE_ADMIN_ROLE)


@dataclass(frozen=True)
class DeadlineProgress:
    """One commune against one deadline: how many of its units have sent, late or not at all."""

    kind: str
    due_date: date
    units: int
    on_time: int  # received by the deadline (including forms the office still has to check)
    late: int
    missing: int

    @property
    def sent(self) -> int:
        return self.on_time + self.late

    @property
    def share_sent(self) -> float:
        """The share of units that have sent (on time or late), 0..1; 1 when there are none."""
        return self.sent / self.units if self.units else 1.0

    @property
    def share_late(self) -> float:
        return self.late / self.units if self.units else 0.0

    @property
    def share_missing(self) -> float:
        return self.missing / self.units if self.units else 0.0


@dataclass(frozen=True)
class CommuneProgress:
    commune_id: int
    slug: str
    name: str
    campaign: str | None  # the commune's active campaign, None before one is loaded
    deadlines: dict[str, DeadlineProgress] = field(default_factory=dict)


def deadline_progress(statuses: Sequence[UnitStatus]) -> dict[str, DeadlineProgress]:
    """Each deadline's figures from the units' statuses (`register.unit_statuses`)."""
    result: dict[str, DeadlineProgress] = {}
    kinds = dict.fromkeys(kind for unit in statuses for kind in unit.deadlines)
    for kind in kinds:
        present = [unit.deadlines[kind] for unit in statuses if kind in unit.deadlines]
        late = sum(1 for s in present if s.status == "late")
        missing = sum(1 for s in present if s.status == "missing")
        result[kind] = DeadlineProgress(
            kind=kind,
            due_date=present[0].due_date,
            units=len(present),
            on_time=len(present) - late - missing,
            late=late,
            missing=missing,
        )
    return result


def communes(sessions: sessionmaker[Session]) -> list[Commune]:
    """The communes of the deployment (not the province's own row), by name. Only the
    directory is read across communes; their registers are read one by one."""
    with all_communes(sessions)() as session:
        rows = session.scalars(
            select(Commune).where(Commune.kind == COMMUNE_KIND, Commune.slug != "")
        ).all()
        return sorted(rows, key=lambda c: (c.name.casefold(), c.slug))


def commune_by_slug(sessions: sessionmaker[Session], slug: str) -> Commune | None:
    """A commune the province may read (never the province's own row)."""
    return next((c for c in communes(sessions) if c.slug == slug), None)


def is_province(sessions: sessionmaker[Session], commune_id: int | None) -> bool:
    """Whether the tenant row `commune_id` is the province's own."""
    if commune_id is None:
        return False
    with all_communes(sessions)() as session:
        found = session.get(Commune, commune_id)
        return found is not None and found.kind == PROVINCE_KIND


def read_commune(sessions: sessionmaker[Session], commune_id: int) -> sessionmaker[Session]:
    """Sessions that read one commune's register as the province does: bound to that commune by
    row-level security, and read-only (PostgreSQL refuses any write in them)."""
    return for_commune(sessions, commune_id, read_only=True)


def commune_progress(session: Session, commune: Commune) -> CommuneProgress:
    """One commune's progress, in a session of that commune."""
    campaign = active_campaign(session)
    statuses = unit_statuses(session, campaign.id if campaign else None)
    return CommuneProgress(
        commune_id=commune.id,
        slug=commune.slug,
        name=commune.name,
        campaign=campaign.name if campaign else None,
        deadlines=deadline_progress(statuses),
    )


def province_progress(sessions: sessionmaker[Session]) -> list[CommuneProgress]:
    """Every commune's progress, each read in a read-only transaction of its own commune."""
    result: list[CommuneProgress] = []
    for commune in communes(sessions):
        with read_commune(sessions, commune.id)() as session:
            result.append(commune_progress(session, commune))
    return result


def worst_first(progress: Iterable[CommuneProgress], kind: str) -> list[CommuneProgress]:
    """The communes that have the deadline `kind`, the furthest behind first: the smallest share
    of units that have sent, then the largest share missing, then by name."""
    having = [p for p in progress if kind in p.deadlines]
    return sorted(
        having,
        key=lambda p: (
            p.deadlines[kind].share_sent,
            -p.deadlines[kind].share_missing,
            -p.deadlines[kind].share_late,
            p.name.casefold(),
        ),
    )


def deadline_kinds(progress: Iterable[CommuneProgress]) -> list[str]:
    """The deadline kinds any commune has, registration before report."""
    order = {"registration": 0, "report": 1}
    kinds = {kind for p in progress for kind in p.deadlines}
    return sorted(kinds, key=lambda k: (order.get(k, 9), k))


class CommuneExistsError(ValueError):
    """A commune of that slug is in the deployment already."""


def create_commune(sessions: sessionmaker[Session], slug: str, name: str) -> Commune:
    """Add a commune to the deployment (the directory is the operators' and the province
    administrator's, read and written across communes); its register starts empty, its units
    and campaign come from its files or the province's template."""
    slug, name = slug.strip(), " ".join(name.split())
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,63}", slug):
        raise ValueError(
            "mã xã chỉ gồm chữ thường không dấu, số và dấu gạch ngang (vd. nghia-hung)"
        )
    if not name or len(name) > 255:
        raise ValueError("tên xã phải có từ 1 đến 255 ký tự")
    with all_communes(sessions).begin() as session:
        if session.connection().dialect.name != "postgresql":
            raise ValueError("cơ sở dữ liệu SQLite chỉ phục vụ một xã: dùng PostgreSQL")
        if session.scalar(select(Commune.id).where(Commune.slug == slug)) is not None:
            raise CommuneExistsError(f"đã có xã mã “{slug}”")
        commune = Commune(slug=slug, name=name, kind=COMMUNE_KIND)
        session.add(commune)
    return commune
