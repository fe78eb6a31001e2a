"""The province's campaign templates, and a commune adopting one.

The province publishes a campaign (deadlines, reminder policy, calendar, criteria) by loading a
campaign file into its own row (`dvk --commune PROVINCE campaign load FILE`). A commune reads the
province's active campaigns in a read-only transaction of the province's row (its row-level
security, never around it), and adopting one copies it into the commune's own register, in the
commune's own transaction. The commune then adjusts it with its own campaign file of the same
slug: its deadlines may differ from the province's, and both pages say where they do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from documents.db import all_communes, for_commune
from documents.models import PROVINCE_KIND, AuditEntry, Campaign, Commune, Deadline

ADOPT_ACTION = "adopt_template"


class AlreadyAdoptedError(ValueError):
    """The commune already runs a campaign of the template's slug (adjust it with its file)."""


@dataclass(frozen=True)
class Template:
    id: int
    slug: str
    name: str
    year: int
    timezone: str
    closes_on: date | None
    deadlines: dict[str, date]
    settings: dict[str, Any]

    @property
    def reminders(self) -> dict[str, Any]:
        found = self.settings.get("reminders")
        return found if isinstance(found, dict) else {}


@dataclass(frozen=True)
class Uptake:
    """A template as one commune runs it: not yet, as published, or with its own deadlines."""

    template: Template
    adopted: bool
    own_deadlines: dict[str, date]  # the commune's deadlines that differ from the template's

    @property
    def state(self) -> str:
        if not self.adopted:
            return "chưa áp dụng"
        return "đã áp dụng, hạn riêng" if self.own_deadlines else "đã áp dụng"


def province_id(sessions: sessionmaker[Session]) -> int | None:
    """The province's own row (from the directory of communes), None when there is none."""
    with all_communes(sessions)() as session:
        found = session.scalar(
            select(Commune.id).where(Commune.kind == PROVINCE_KIND).order_by(Commune.id)
        )
        return int(found) if found is not None else None


def _template(campaign: Campaign) -> Template:
    return Template(
        id=campaign.id,
        slug=campaign.slug,
        name=campaign.name,
        year=campaign.year,
        timezone=campaign.timezone,
        closes_on=campaign.closes_on,
        deadlines={d.kind: d.due_date for d in campaign.deadlines},
        settings=dict(campaign.settings or {}),
    )


def published_templates(sessions: sessionmaker[Session]) -> list[Template]:
    """The province's active campaigns, newest year first, read in a read-only transaction of
    the province's row."""
    found = province_id(sessions)
    if found is None:
        return []
    with for_commune(sessions, found, read_only=True)() as session:
        campaigns = session.scalars(
            select(Campaign)
            .where(Campaign.active.is_(True))
            .order_by(Campaign.year.desc(), Campaign.slug)
        ).all()
        return [_template(c) for c in campaigns]


def uptake(session: Session, templates: list[Template]) -> list[Uptake]:
    """How the session's commune runs each template."""
    result: list[Uptake] = []
    for template in templates:
        own = session.scalar(select(Campaign).where(Campaign.slug == template.slug))
        if own is None:
            result.append(Uptake(template, False, {}))
            continue
        differs = {
            d.kind: d.due_date
            for d in own.deadlines
            if template.deadlines.get(d.kind) not in (None, d.due_date)
        }
        result.append(Uptake(template, True, differs))
    return result


def adopt(session: Session, template: Template, actor: str) -> Campaign:
    """Copy the template into the session's commune (its own transaction): name, year, time
    zone, deadlines, reminder policy, calendar and criteria; recorded in the history."""
    if session.scalar(select(Campaign.id).where(Campaign.slug == template.slug)) is not None:
        raise AlreadyAdoptedError(
            f"xã đã có đợt thi đua “{template.name}”: điều chỉnh bằng tệp đợt thi đua của xã"
        )
    settings = {k: v for k, v in template.settings.items() if k != "superior"}
    campaign = Campaign(
        slug=template.slug,
        name=template.name,
        year=template.year,
        timezone=template.timezone,
        settings=settings,
        closes_on=template.closes_on,
        active=True,
        deadlines=[Deadline(kind=k, due_date=due) for k, due in template.deadlines.items()],
    )
    session.add(campaign)
    session.flush()
    session.add(
        AuditEntry(
            actor=actor[:64],
            action=ADOPT_ACTION,
            entity="campaign",
            entity_id=str(campaign.id),
            before=None,
            after={
                "template": template.slug,
                "name": template.name,
                "deadlines": {k: d.isoformat() for k, d in template.deadlines.items()},
            },
        )
    )
    session.flush()
    return campaign


def uptake_by_commune(
    sessions: sessionmaker[Session], templates: list[Template], communes: list[Commune]
) -> dict[str, list[tuple[str, Uptake]]]:
    """For the province: how each commune runs each template (template slug → (commune name,
    uptake)), each commune read in a read-only transaction of its own."""
    result: dict[str, list[tuple[str, Uptake]]] = {t.slug: [] for t in templates}
    if not templates:
        return result
    for commune in communes:
        with for_commune(sessions, commune.id, read_only=True)() as session:
            for found in uptake(session, templates):
                result[found.template.slug].append((commune.name, found))
    return result
