"""The units file and the campaign file: validated as a whole, then upserted in one transaction.

A bad file gets an error naming the file, the line and the field, and changes nothing in the
database. The YAML is read by `documents.strict_yaml` (no aliases, no repeated keys, bounded
work), and every value is bounded so that nothing the database or the calendar cannot hold gets
past validation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, time
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    PrivateAttr,
    Tag,
    ValidationError,
    field_validator,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from documents import strict_yaml
from documents.assessment import DEFAULT_CRITERIA
from documents.db import session_commune
from documents.models import UNNAMED_COMMUNE, Campaign, Commune, Deadline, Unit, UnitEmail
from documents.names import fold

EMAIL_RE = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
SLUG = r"^[a-z0-9][a-z0-9-]{0,63}$"
#: A units or campaign file larger than this is no hand-written file: 150 units take ~40 kB, and
#: this bound keeps reading any accepted file under a second and ~10 MB.
MAX_FILE_BYTES = 256_000
#: Problems listed in one refusal; the rest are counted.
MAX_PROBLEMS = 20


class ConfigFileError(ValueError):
    """A configuration file that cannot be used; the message names the file, line and field."""


def _short(value: object, limit: int = 60) -> str:
    text = str(value).replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _one_line(limit: int) -> Any:
    """NFC text on one line, 1..`limit` characters after trimming (the column's size)."""

    def check(value: str) -> str:
        value = unicodedata.normalize("NFC", value).strip()
        if not value:
            raise ValueError("must not be empty")
        if len(value) > limit:
            raise ValueError(f"at most {limit} characters (this one has {len(value)})")
        if any(unicodedata.category(ch) == "Cc" for ch in value):
            raise ValueError("must be one line of text, without control characters")
        return value

    return AfterValidator(check)


Text = Annotated[str, _one_line(255)]


def _email(value: str) -> str:
    value = value.strip().lower()
    if len(value) > 320 or not EMAIL_RE.match(value):
        raise ValueError(f"'{_short(value)}' is not an e-mail address")
    return value


Email = Annotated[str, AfterValidator(_email)]


def _iso_date(value: object) -> object:
    """Only a written date: pydantic would take a number for seconds since 1970."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise ValueError(f"'{_short(value)}' is not a date written like 2024-04-07")
    return value.strip()


def _clock_time(value: object) -> object:
    """Only a written time: pydantic would take a number for seconds after midnight."""
    if isinstance(value, time):
        return value
    if not isinstance(value, str) or not re.fullmatch(r"\d{2}:\d{2}(:\d{2})?", value.strip()):
        raise ValueError(f"'{_short(value)}' is not a time written like \"08:00\"")
    return value.strip()


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
ClockTime = Annotated[time, BeforeValidator(_clock_time)]


class _File(BaseModel):
    """A validated file that remembers where each of its values came from."""

    model_config = ConfigDict(extra="forbid")
    _path: Path = PrivateAttr(default=Path("?"))
    _lines: dict[tuple[str, ...], int] = PrivateAttr(default_factory=dict)

    def checks(self) -> list[tuple[tuple[str | int, ...], str]]:
        """Problems across fields, found after each field is valid: (field, problem)."""
        return []

    def refusal(self, field: tuple[str | int, ...], problem: str) -> ConfigFileError:
        """An error naming this file, the line of `field` and the field, for a check that needs
        the database (and so cannot run during validation)."""
        return ConfigFileError(_where(self._path, self._lines, field) + f": {problem}")


def _where(path: Path, lines: dict[tuple[str, ...], int], field: tuple[str | int, ...]) -> str:
    key = tuple(str(part) for part in field)
    while key and key not in lines:
        key = key[:-1]
    name = ".".join(str(part) for part in field) or "(top level)"
    return f"{path}, line {lines.get(key, 1)}, field '{name}'"


class UnitSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=SLUG)
    name: Text
    kind: Literal["chi_bo", "mttq", "doan_the", "cong_an", "quan_su", "chinh_quyen", "other"]
    aliases: list[Text] = Field(default_factory=list, max_length=50)
    emails: list[Email] = Field(default_factory=list, max_length=20)
    contact: Text | None = None


class SignerSpec(BaseModel):
    """Who signs the report: "T/M Đảng ủy" / "Bí thư" / a name (left blank to sign by hand)."""

    model_config = ConfigDict(extra="forbid")
    on_behalf: Text
    title: Text
    name: Text | None = None


class SuperiorSpec(BaseModel):
    """The body a commune reports to: since 07/2025 a provincial one, before that a district's."""

    model_config = ConfigDict(extra="forbid")
    level: Literal["province", "district", "other"]
    party: Text  # the party organisation above the commune: the report header's first line
    report_to: Text  # the body that receives the report, first line of "Nơi nhận"


class CommuneSpec(BaseModel):
    """Who the commune is: the names its documents carry (the seed of the commune tenant)."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=SLUG)
    name: Text  # as written in a sentence: "xã Nghĩa Thái"
    place: Text | None = None  # the date line's place name; default: the name without "xã"
    party_committee: Text  # the issuing body: "Đảng ủy xã Nghĩa Thái"
    office_name: Text  # the office that runs dvk and files the report
    office_email: Email | None = None
    signer: SignerSpec
    superior: SuperiorSpec


def campaign_phrases(
    commune_name: str | None,
    office_name: str | None,
    units: Iterable[tuple[str, Iterable[str], str | None]],
) -> list[str]:
    """Every name the campaign's forms may carry: the commune, its office, and each unit's
    (name, aliases, contact). One list for a units file (`UnitsFile.phrases`) and the register
    (`campaign_words`), so the mailroom mends OCR text as `dvk score --units` does."""
    out = [commune_name or "", office_name or ""]
    for name, aliases, contact in units:
        out += [name, *aliases, contact or ""]
    return [p for p in out if p]


#: The two shapes of `commune:` in a units file (tags of the union's branches).
BLOCK, NAME = "commune-block", "commune-name"


class UnitsFile(_File):
    """The commune and its units. The flat `office_name`/`commune`/`district` keys of older
    files still load (the commune's name and office only); the report then asks for the
    `commune:` block, which names the body the report goes to."""

    office_email: Email | None = None
    office_name: Text | None = None
    commune: (
        Annotated[
            Annotated[CommuneSpec, Tag(BLOCK)] | Annotated[Text, Tag(NAME)],
            Discriminator(lambda v: BLOCK if isinstance(v, dict) else NAME),
        ]
        | None
    ) = None
    district: Text | None = None
    province: Text | None = None
    units: list[UnitSpec] = Field(min_length=1, max_length=5000)

    @property
    def commune_name(self) -> str | None:
        """The commune's name in either layout: "xã Nghĩa Thái"."""
        return self.commune.name if isinstance(self.commune, CommuneSpec) else self.commune

    def phrases(self) -> list[str]:
        """Every name the campaign's forms may carry: the commune, its office, each unit's name,
        aliases and contact (the OCR stage `accents` mends diacritics towards them)."""
        block = self.commune if isinstance(self.commune, CommuneSpec) else None
        office = block.office_name if block else self.office_name  # as `import_commune` keeps it
        units = [(unit.name, unit.aliases, unit.contact) for unit in self.units]
        return campaign_phrases(self.commune_name, office, units)

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
    before_working_days: list[Annotated[int, Field(ge=1, le=60)]] = Field(
        default_factory=lambda: [7, 3, 1], max_length=10
    )
    send_at: ClockTime = time(8, 0)
    overdue_every_working_days: int = Field(3, ge=1, le=60)
    overdue_max: int = Field(3, ge=0, le=20)
    digest_to_office: bool = True


class CalendarOverrides(BaseModel):
    """Days off and swapped working days the government announces each year (data, not code)."""

    model_config = ConfigDict(extra="forbid")
    days_off: list[IsoDate] = Field(default_factory=list, max_length=400)
    working_days: list[IsoDate] = Field(default_factory=list, max_length=400)


class CriterionSpec(BaseModel):
    """One criterion of the plan by which the year's models are judged."""

    model_config = ConfigDict(extra="forbid")
    key: str = Field(pattern=r"^[a-z0-9_]{1,32}$")
    text: Text


def _default_criteria() -> list[CriterionSpec]:
    return [CriterionSpec(key=key, text=text) for key, text in DEFAULT_CRITERIA]


class CampaignFile(_File):
    slug: str = Field(pattern=SLUG)
    name: Text
    year: int = Field(ge=2000, le=2100)
    timezone: str = Field("Asia/Ho_Chi_Minh", max_length=64)
    office_email: Email | None = None
    deadlines: dict[Literal["registration", "report"], IsoDate] = Field(min_length=1)
    #: The day by which the Party Committee recognises the year's models and commends the best.
    closes_on: IsoDate | None = None
    criteria: list[CriterionSpec] = Field(
        default_factory=_default_criteria, min_length=1, max_length=20
    )
    reminders: ReminderPolicy = Field(default_factory=ReminderPolicy)
    calendar: CalendarOverrides = Field(default_factory=CalendarOverrides)
    #: The body this year's report goes to, when it is not the commune's usual one.
    superior: SuperiorSpec | None = None

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except Exception as exc:  # ZoneInfoNotFoundError, ValueError, OSError on odd names
            raise ValueError(f"unknown time zone '{_short(value)}'") from exc
        return value

    def checks(self) -> list[tuple[tuple[str | int, ...], str]]:
        problems: list[tuple[tuple[str | int, ...], str]] = []
        near: list[date] = []
        for kind, due in self.deadlines.items():
            if self.year - 1 <= due.year <= self.year + 1:
                near.append(due)
            else:
                problems.append(
                    (("deadlines", kind), f"{due.isoformat()} is not near the year {self.year}")
                )
        if self.closes_on is not None:
            closes_on = self.closes_on.isoformat()
            if not self.year - 1 <= self.closes_on.year <= self.year + 1:
                problems.append((("closes_on",), f"{closes_on} is not near the year {self.year}"))
            elif near and self.closes_on < max(near):  # a deadline far off is its own problem
                last = max(near).isoformat()
                problems.append((("closes_on",), f"{closes_on} is before the last deadline {last}"))
        seen: set[str] = set()
        for index, criterion in enumerate(self.criteria):
            if criterion.key in seen:
                problems.append(
                    (("criteria", index, "key"), f"criterion key '{criterion.key}' appears twice")
                )
            seen.add(criterion.key)
        return problems


def _read_text(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ConfigFileError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    if len(raw) > MAX_FILE_BYTES:
        line = raw[:MAX_FILE_BYTES].count(b"\n") + 1
        raise ConfigFileError(
            f"{path}, line {line}: the file is larger than {MAX_FILE_BYTES // 1000} kB; "
            "a units or campaign file is a few kB"
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigFileError(
            f"{path}, line {line}: the file is not UTF-8 text; save it as UTF-8"
        ) from None


def _load(path: Path, schema: type[_File]) -> Any:
    text = _read_text(path)
    try:
        data, lines = strict_yaml.load(text)
    except strict_yaml.StrictYamlError as exc:
        raise ConfigFileError(f"{path}, line {exc.line}: {exc.problem}") from None
    if not isinstance(data, dict):
        raise ConfigFileError(f"{path}, line 1: expected a mapping of keys at the top level")
    try:
        spec = schema.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = tuple(part for part in error["loc"] if not _is_union_branch(part))
            message = str(error["msg"]).removeprefix("Value error, ")
            problems.append(f"{_where(path, lines, loc)}: {_short(message, 300)}")
        if len(problems) > MAX_PROBLEMS:
            more = len(problems) - MAX_PROBLEMS
            problems = [*problems[:MAX_PROBLEMS], f"{path}: … and {more} more problems"]
        raise ConfigFileError("\n".join(problems)) from None
    spec._path, spec._lines = path, lines
    problems = [f"{_where(path, lines, field)}: {problem}" for field, problem in spec.checks()]
    if problems:
        raise ConfigFileError("\n".join(problems))
    return spec


def _is_union_branch(part: object) -> bool:
    """pydantic names the branch of a union it chose in an error's location; the file has no
    such key."""
    return part in (BLOCK, NAME)


def load_units_file(path: Path) -> UnitsFile:
    result: UnitsFile = _load(path, UnitsFile)
    return result


def load_campaign_file(path: Path) -> CampaignFile:
    result: CampaignFile = _load(path, CampaignFile)
    return result


def commune_slug(name: str) -> str:
    """A commune's id from its name when an older units file gives none: "xã Nghĩa Thái" →
    "xa-nghia-thai"."""
    return ("-".join(re.findall(r"[a-z0-9]+", fold(name))) or "commune")[:64].strip("-")


def _commune_values(spec: UnitsFile) -> dict[str, Any] | None:
    block = spec.commune
    if isinstance(block, CommuneSpec):
        return {
            "slug": block.id,
            "name": block.name,
            "place": block.place,
            "party_committee": block.party_committee,
            "office_name": block.office_name,
            "office_email": block.office_email or spec.office_email,
            "signer_on_behalf": block.signer.on_behalf,
            "signer_title": block.signer.title,
            "signer_name": block.signer.name,
            "superior_level": block.superior.level,
            "superior_party": block.superior.party,
            "superior_report_to": block.superior.report_to,
        }
    if isinstance(block, str):  # the flat layout of older files: a name and an office
        return {
            "slug": commune_slug(block),
            "name": block,
            "office_name": spec.office_name,
            "office_email": spec.office_email,
        }
    return None


def import_commune(session: Session, spec: UnitsFile) -> Commune | None:
    """Upsert the commune the units file describes: the commune of the session's transaction
    (unnamed on a new database, named here). A file naming another commune is refused, so a
    wrong file cannot rename this one; another commune's file is loaded in its own session
    (`dvk --commune <slug> units load`)."""
    values = _commune_values(spec)
    if values is None:
        return None
    commune_id = session_commune(session)
    commune = session.get(Commune, commune_id) if commune_id is not None else None
    field = ("commune", "id") if isinstance(spec.commune, CommuneSpec) else ("commune",)
    if commune is None:
        raise spec.refusal(field, "no commune chosen for this load: name it with --commune")
    if commune.slug not in (UNNAMED_COMMUNE, values["slug"]):
        raise spec.refusal(
            field,
            f"this register holds the commune '{commune.slug}' ({commune.name}); a units "
            f"file for '{values['slug']}' is loaded into its own commune: `dvk communes add "
            f"{values['slug']} NAME`, then `dvk --commune {values['slug']} units import FILE`",
        )
    # The flat layout says nothing about the signer or the superior body: keep what is known.
    for key, value in values.items():
        if value is not None or isinstance(spec.commune, CommuneSpec):
            setattr(commune, key, value)
    session.flush()
    return commune


def import_units(session: Session, spec: UnitsFile) -> dict[str, int]:
    """Upsert the commune and the units; addresses from the file are replaced, addresses the
    office confirmed kept.

    Units missing from the file are deactivated, not deleted, so their history stays readable.
    """
    import_commune(session, spec)
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


def campaign_words(session: Session) -> list[str]:
    """`UnitsFile.phrases()` of the units file last loaded into the session's commune, read
    from the register: its commune and office names and its active units (the units the file
    listed). The sandboxed reader mends OCR text towards them (`accents.use_campaign_words`)."""
    commune_id = session_commune(session)
    commune = session.get(Commune, commune_id) if commune_id is not None else None
    named = commune is not None and commune.slug != UNNAMED_COMMUNE
    query = select(Unit).where(Unit.active.is_(True)).order_by(Unit.id)
    if commune_id is not None:  # explicit, not only PostgreSQL's row-level security
        query = query.where(Unit.commune_id == commune_id)
    return campaign_phrases(
        commune.name if named and commune else None,
        commune.office_name if named and commune else None,
        ((u.name, [str(a) for a in u.aliases or []], u.contact) for u in session.scalars(query)),
    )


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
        **({"superior": spec.superior.model_dump(mode="json")} if spec.superior else {}),
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
