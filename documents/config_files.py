"""The units file and the campaign file: validated as a whole, then upserted in one transaction.

A bad file gets an error naming the line and the field, and changes nothing in the database.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, time
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from documents.assessment import DEFAULT_CRITERIA
from documents.models import Campaign, Deadline, Unit, UnitEmail

EMAIL_RE = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


class ConfigFileError(ValueError):
    """A configuration file that cannot be used; the message names the file, line and field."""


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value).strip()


def _email(value: str) -> str:
    value = value.strip().lower()
    if not EMAIL_RE.match(value):
        raise ValueError(f"'{value}' is not an e-mail address")
    return value


class UnitSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")
    name: str = Field(min_length=1)
    kind: Literal["chi_bo", "mttq", "doan_the", "cong_an", "quan_su", "chinh_quyen", "other"]
    aliases: list[str] = Field(default_factory=list)
    emails: list[str] = Field(default_factory=list)
    contact: str | None = None

    _name = field_validator("name", "contact")(lambda v: _nfc(v) if isinstance(v, str) else v)
    _aliases = field_validator("aliases")(lambda v: [_nfc(a) for a in v])
    _emails = field_validator("emails")(lambda v: [_email(e) for e in v])


class UnitsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    office_email: str | None = None
    office_name: str | None = None
    commune: str | None = None
    district: str | None = None
    province: str | None = None
    units: list[UnitSpec] = Field(min_length=1)

    @field_validator("units")
    @classmethod
    def _unique(cls, units: list[UnitSpec]) -> list[UnitSpec]:
        ids: set[str] = set()
        owner: dict[str, str] = {}
        for unit in units:
            if unit.id in ids:
                raise ValueError(f"unit id '{unit.id}' appears twice")
            ids.add(unit.id)
            for address in unit.emails:
                if address in owner and owner[address] != unit.id:
                    raise ValueError(f"{address} is listed for both {owner[address]} and {unit.id}")
                owner[address] = unit.id
        return units


class ReminderPolicy(BaseModel):
    model_config = ConfigDict(extra="forbid")
    before_working_days: list[int] = Field(default_factory=lambda: [7, 3, 1])
    send_at: time = time(8, 0)
    overdue_every_working_days: int = Field(3, ge=1)
    overdue_max: int = Field(3, ge=0)
    digest_to_office: bool = True


class CalendarOverrides(BaseModel):
    """Days off and swapped working days the government announces each year (data, not code)."""

    model_config = ConfigDict(extra="forbid")
    days_off: list[date] = Field(default_factory=list)
    working_days: list[date] = Field(default_factory=list)


class CriterionSpec(BaseModel):
    """One criterion of the plan by which the year's models are judged."""

    model_config = ConfigDict(extra="forbid")
    key: str = Field(pattern=r"^[a-z0-9_]{1,32}$")
    text: str = Field(min_length=1)

    _text = field_validator("text")(lambda v: _nfc(v))


def _default_criteria() -> list[CriterionSpec]:
    return [CriterionSpec(key=key, text=text) for key, text in DEFAULT_CRITERIA]


class CampaignFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    slug: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")
    name: str = Field(min_length=1)
    year: int = Field(ge=2000, le=2100)
    timezone: str = "Asia/Ho_Chi_Minh"
    office_email: str | None = None
    deadlines: dict[Literal["registration", "report"], date]
    closes_on: date | None = None  # models recognised and commended by then
    criteria: list[CriterionSpec] = Field(default_factory=_default_criteria, min_length=1)
    reminders: ReminderPolicy = Field(default_factory=ReminderPolicy)
    calendar: CalendarOverrides = Field(default_factory=CalendarOverrides)

    @field_validator("criteria")
    @classmethod
    def _unique_criteria(cls, criteria: list[CriterionSpec]) -> list[CriterionSpec]:
        keys = [c.key for c in criteria]
        twice = sorted({k for k in keys if keys.count(k) > 1})
        if twice:
            raise ValueError(f"criterion key '{twice[0]}' appears twice")
        return criteria

    @model_validator(mode="after")
    def _closes_after_deadlines(self) -> CampaignFile:
        last = max(self.deadlines.values(), default=None)
        if self.closes_on is not None and last is not None and self.closes_on < last:
            raise ValueError(
                f"closes_on {self.closes_on:%Y-%m-%d} is before the last deadline {last:%Y-%m-%d}"
            )
        return self

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone '{value}'") from exc
        return value

    @field_validator("office_email")
    @classmethod
    def _office(cls, value: str | None) -> str | None:
        return _email(value) if value else None


def _line_map(node: yaml.Node, path: tuple[Any, ...], out: dict[tuple[Any, ...], int]) -> None:
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            out[(*path, key.value)] = key.start_mark.line + 1
            _line_map(value, (*path, key.value), out)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _line_map(item, (*path, index), out)


def _load(path: Path, schema: type[BaseModel]) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigFileError(f"{path}: cannot read the file ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise ConfigFileError(f"{path}: the file is not UTF-8 text; save it as UTF-8") from exc
    try:
        node = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "somewhere"
        raise ConfigFileError(f"{path}, {where}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict) or node is None:
        raise ConfigFileError(f"{path}, line 1: expected a mapping of keys at the top level")
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        lines: dict[tuple[Any, ...], int] = {}
        _line_map(node, (), lines)
        problems = []
        for error in exc.errors():
            loc = tuple(error["loc"])
            while loc and loc not in lines:
                loc = loc[:-1]
            field = ".".join(str(p) for p in error["loc"]) or "(top level)"
            problems.append(f"{path}, line {lines.get(loc, 1)}, field '{field}': {error['msg']}")
        raise ConfigFileError("\n".join(problems)) from None


def load_units_file(path: Path) -> UnitsFile:
    result: UnitsFile = _load(path, UnitsFile)
    return result


def load_campaign_file(path: Path) -> CampaignFile:
    result: CampaignFile = _load(path, CampaignFile)
    return result


def import_units(session: Session, spec: UnitsFile) -> dict[str, int]:
    """Upsert the units; addresses from the file are replaced, addresses the office confirmed kept.

    Units missing from the file are deactivated, not deleted, so their history stays readable.
    """
    existing = {u.id: u for u in session.scalars(select(Unit))}
    counts = {"added": 0, "updated": 0, "deactivated": 0}
    listed = {u.id for u in spec.units}
    file_addresses = {a for u in spec.units for a in u.emails}
    # Free addresses that moved between units before re-inserting them.
    for row in session.scalars(select(UnitEmail).where(UnitEmail.address.in_(file_addresses))):
        session.delete(row)
    session.flush()
    for item in spec.units:
        unit = existing.get(item.id)
        if unit is None:
            unit = Unit(id=item.id)
            session.add(unit)
            counts["added"] += 1
        else:
            counts["updated"] += 1
            for row in list(unit.emails):
                if row.origin == "units_file":
                    unit.emails.remove(row)
        unit.name, unit.kind, unit.aliases = item.name, item.kind, list(item.aliases)
        unit.contact, unit.active = item.contact, True
        session.flush()
        for address in item.emails:
            session.add(UnitEmail(unit_id=item.id, address=address, origin="units_file"))
    for unit_id, unit in existing.items():
        if unit_id not in listed and unit.active:
            unit.active = False
            counts["deactivated"] += 1
            for row in list(unit.emails):
                if row.origin == "units_file":  # the file no longer vouches for it
                    unit.emails.remove(row)
    session.flush()
    return counts


def load_campaign(session: Session, spec: CampaignFile) -> Campaign:
    """Upsert the campaign by slug and its deadlines by kind."""
    campaign = session.scalar(select(Campaign).where(Campaign.slug == spec.slug))
    if campaign is None:
        campaign = Campaign(slug=spec.slug)
        session.add(campaign)
    campaign.name, campaign.year, campaign.timezone = spec.name, spec.year, spec.timezone
    campaign.office_email = spec.office_email
    campaign.settings = {
        "reminders": spec.reminders.model_dump(mode="json"),
        "calendar": spec.calendar.model_dump(mode="json"),
        "criteria": [c.model_dump(mode="json") for c in spec.criteria],
    }
    campaign.closes_on = spec.closes_on
    campaign.active = True
    session.flush()
    by_kind = {d.kind: d for d in campaign.deadlines}
    for kind, due in spec.deadlines.items():
        deadline = by_kind.get(kind)
        if deadline is None:
            campaign.deadlines.append(Deadline(kind=kind, due_date=due))
        else:
            deadline.due_date = due
    session.flush()
    return campaign
