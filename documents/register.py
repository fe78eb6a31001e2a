"""The register: which documents count for which unit and deadline, and each unit's status.

Rules (issue 5):
- A document counts for one unit, one campaign and the deadline of its kind; "unknown" files are
  kept (the extraction) but never counted.
- A unit may register several models. A resubmission of the same model supersedes the earlier
  one, which stays as history (`is_current` False, `superseded_by_id` pointing to the next).
  "Same model" is the normalised model name; when the form names no model, the file name stands
  in for it: a unit that sends "DK_xom3.docx" again is resending that document. A nameless form
  whose file name matches an earlier submission of the unit joins that submission's model.
- Lateness counts calendar days between the deadline and the local date (the campaign row's
  time zone, `documents.clock`) of the message's `received_at`; a form received 23:59:59 local
  time on the deadline day is on time, one at 00:00:01 the next day is one day late.
- A form of another year (signed date, or a year named in its title) is flagged and reviewed.
Everything is recomputed from the database, so recording the same extraction twice, or
recording extractions out of order, ends in the same register.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from itertools import pairwise
from pathlib import PurePath
from typing import Any

from sqlalchemy import Select, exists, null, select
from sqlalchemy.orm import Session

from documents import clock
from documents.contract import Kind
from documents.exemptions import exemptions_for
from documents.matching import MatchResult
from documents.models import (
    Attachment,
    AuditEntry,
    Campaign,
    Deadline,
    Extraction,
    Message,
    Submission,
    Unit,
)
from documents.names import text_key, years_in

ACCEPTED = "accepted"
#: The register's status of a unit the office excused from a deadline (`documents.exemptions`).
EXEMPT = "exempt"
NEEDS_REVIEW = "needs_review"
REJECTED = "rejected"

FLAG_OTHER_YEAR = "other_year"
FLAG_NO_DEADLINE = "no_deadline"
REASON_OTHER_YEAR = "Văn bản ghi năm khác với năm của đợt thi đua"
REASON_NO_UNIT = "Chưa xác định được đơn vị"

#: The office's decision that a submission replaces another (`documents.replacement`).
REPLACE_ACTION = "replace_submission"
#: Office decisions that a re-run of the pipeline must not undo.
OFFICE_ACTIONS = ("confirm_unit", "resolve_review")

# "… năm 2023" names the form's year; "đến năm 2025" / "trước năm 2025" is a target, not it.
_YEAR_IN_TITLE_RE = re.compile(r"(?<!den )(?<!toi )(?<!truoc )(?<!tu )nam ((?:19|20)\d{2})\b")
_COPY_SUFFIX_RE = re.compile(
    r"(\s*\(\d+\)|[\s_-]*(copy|bản sao|ban sao|lần[\s_-]*\d+|lan[\s_-]*\d+|v\d+))+$",
    re.IGNORECASE,
)
_KIND_ORDER = {"chi_bo": 0, "mttq": 1, "doan_the": 2, "cong_an": 3, "quan_su": 4, "chinh_quyen": 5}
_NUMBER_RE = re.compile(r"(\d+)")


@dataclass(frozen=True)
class DocumentSummary:
    submission_id: int
    extraction_id: int
    attachment_id: int
    file: str
    kind: str
    fields: dict[str, Any]
    message_id: str | None
    received_at: datetime  # aware UTC
    late_days: int
    review_state: str
    is_current: bool
    received_at_source: str = "arrival"  # internaldate | header | arrival (Message's)


@dataclass(frozen=True)
class DeadlineStatus:
    kind: str
    due_date: date
    status: str  # "missing" | "received" | "late" | "needs_review" | "exempt"
    documents: tuple[DocumentSummary, ...]  # the current ones
    exempt_reason: str | None = None  # set when the office excused the unit (documents.exemptions)


@dataclass(frozen=True)
class UnitStatus:
    unit_id: str
    unit_name: str
    unit_kind: str
    deadlines: dict[str, DeadlineStatus]  # keyed "registration", "report"


def late_days(received_at: datetime, due: date, campaign: clock.Zoned | str | None) -> int:
    """Whole local days after the due date (0 up to 23:59:59 local time on it)."""
    return max(0, (clock.local_date(received_at, campaign) - due).days)


def active_campaign(session: Session) -> Campaign | None:
    return session.scalar(
        select(Campaign)
        .where(Campaign.active.is_(True))
        .order_by(Campaign.year.desc(), Campaign.id.desc())
        .limit(1)
    )


def _campaign(session: Session, campaign_id: int | None) -> Campaign | None:
    return session.get(Campaign, campaign_id) if campaign_id else active_campaign(session)


def file_key(filename: str) -> str:
    """A file name as a model stand-in: no extension, case, diacritics or "(1)"/"- copy" tail."""
    stem = PurePath(unicodedata.normalize("NFC", filename)).stem if filename else ""
    return text_key(_COPY_SUFFIX_RE.sub("", stem.strip()))


def model_key_of(fields: dict[str, Any], filename: str) -> str | None:
    name = fields.get("model_name")
    if isinstance(name, str) and text_key(name):
        return ("m:" + text_key(name))[:255]
    stem = file_key(filename)
    return ("f:" + stem)[:255] if stem else None


def other_year(fields: dict[str, Any], filename: str, year: int) -> bool:
    """A signed date of another year, or another year named in the title or file name."""
    signed = fields.get("signed_date")
    if isinstance(signed, str) and signed[:4].isdigit() and int(signed[:4]) != year:
        return True
    titles = [v for k in ("title", "model_name") if isinstance(v := fields.get(k), str)]
    named = {int(m.group(1)) for t in titles for m in _YEAR_IN_TITLE_RE.finditer(text_key(t))}
    file_years = years_in(text_key(PurePath(filename).stem)) if filename else set()
    if file_years and year not in file_years:
        named |= file_years
    return bool(named - {year})


def office_decided(session: Session, submission_id: int) -> bool:
    return bool(
        session.scalar(
            select(
                exists().where(
                    AuditEntry.entity == "submission",
                    AuditEntry.entity_id == str(submission_id),
                    AuditEntry.action.in_(OFFICE_ACTIONS),
                )
            )
        )
    )


def _deadline(session: Session, campaign: Campaign | None, kind: str) -> Deadline | None:
    if campaign is None:
        return None
    return session.scalar(
        select(Deadline).where(Deadline.campaign_id == campaign.id, Deadline.kind == kind)
    )


def _join_model_by_file(
    session: Session, submission: Submission, filename: str, key: str | None
) -> str | None:
    """A form without a model name resends the model of an earlier file with the same name."""
    if key is None or not key.startswith("f:") or submission.unit_id is None:
        return key
    rows = session.execute(
        select(Submission.model_key, Attachment.filename)
        .join(Extraction, Extraction.id == Submission.extraction_id)
        .join(Attachment, Attachment.id == Extraction.attachment_id)
        .where(
            Submission.unit_id == submission.unit_id,
            Submission.deadline_id == submission.deadline_id,
            Submission.id != submission.id,
        )
        .order_by(Submission.received_at, Submission.id)
    ).all()
    for other_key, other_file in rows:
        if other_key and file_key(other_file) == key[2:]:
            return str(other_key)
    return key


def lock_units(session: Session, *unit_ids: str | None) -> None:
    """Serialise re-elections per unit: two workers recording two resends of one unit at once
    would otherwise both see themselves as the latest (PostgreSQL row lock; SQLite has one
    writer anyway). FOR NO KEY UPDATE, so that it does not conflict with the key-share locks
    that inserting a submission (a foreign key to the unit) takes."""
    for unit_id in sorted({u for u in unit_ids if u}):
        session.execute(select(Unit.id).where(Unit.id == unit_id).with_for_update(key_share=True))


def refresh_group(
    session: Session, unit_id: str | None, deadline_id: int | None, model_key: str | None
) -> None:
    """Re-elect the current submission of one (unit, deadline, model): the latest not rejected."""
    session.flush()
    if unit_id is None or deadline_id is None:
        return
    members = session.scalars(
        select(Submission)
        .where(
            Submission.unit_id == unit_id,
            Submission.deadline_id == deadline_id,
            Submission.model_key.is_(None)
            if model_key is None
            else Submission.model_key == model_key,
        )
        .order_by(Submission.received_at, Submission.id)
    ).all()
    live = [s for s in members if s.review_state != REJECTED]
    for s in members:
        if s.review_state == REJECTED:
            s.is_current, s.superseded_by_id = False, None
    for older, newer in pairwise(live):
        older.is_current, older.superseded_by_id = False, newer.id
    if live:
        live[-1].is_current, live[-1].superseded_by_id = True, None
    session.flush()


def office_model_key(session: Session, submission_id: int) -> str | None:
    """The model key the office gave a submission when it marked it as replacing another
    (`documents.replacement`, action "replace_submission" in the audit trail)."""
    entry = session.scalar(
        select(AuditEntry)
        .where(
            AuditEntry.entity == "submission",
            AuditEntry.entity_id == str(submission_id),
            AuditEntry.action == REPLACE_ACTION,
        )
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    key = (entry.after or {}).get("model_key") if entry is not None else None
    return str(key) if key else None


def derive(
    session: Session, submission: Submission, extraction: Extraction, campaign: Campaign | None
) -> None:
    """Deadline, model key, lateness and flags of a submission from its extraction and message."""
    attachment = extraction.attachment
    message = attachment.message
    deadline = _deadline(session, campaign, extraction.kind)
    submission.deadline_id = deadline.id if deadline else None
    submission.received_at = message.received_at
    fields = dict(extraction.fields or {})
    key = model_key_of(fields, attachment.filename)
    # The office said this submission replaces another (documents.replacement): keep its model.
    office_key = office_model_key(session, submission.id) if submission.id else None
    submission.model_key = office_key or _join_model_by_file(
        session, submission, attachment.filename, key
    )
    flags = [f for f in (submission.flags or []) if f not in (FLAG_OTHER_YEAR, FLAG_NO_DEADLINE)]
    if deadline is None:
        flags.append(FLAG_NO_DEADLINE)
        submission.late_days = 0
    else:
        submission.late_days = late_days(message.received_at, deadline.due_date, campaign)
    if campaign is not None and other_year(fields, attachment.filename, campaign.year):
        flags.append(FLAG_OTHER_YEAR)
    submission.flags = flags


def record_submission(
    session: Session, extraction_id: int, match: MatchResult, *, campaign_id: int | None = None
) -> Submission | None:
    """Count one extraction for its unit and deadline (see the module's rules); idempotent."""
    extraction = session.get(Extraction, extraction_id)
    if extraction is None:
        raise LookupError(f"extraction {extraction_id} does not exist")
    existing = session.scalar(select(Submission).where(Submission.extraction_id == extraction_id))
    if extraction.kind not in (Kind.REGISTRATION.value, Kind.REPORT.value):
        if existing is not None:
            group = (existing.unit_id, existing.deadline_id, existing.model_key)
            session.delete(existing)
            refresh_group(session, *group)
        return None
    message = extraction.attachment.message
    campaign = _campaign(session, campaign_id)
    deadline = _deadline(session, campaign, extraction.kind)
    submission = existing or Submission(extraction_id=extraction.id, message_id=message.id)
    before = (submission.unit_id, submission.deadline_id, submission.model_key)
    decided = existing is not None and office_decided(session, existing.id)
    if not decided:
        submission.unit_id = match.unit_id
        submission.match_method = match.method
        submission.match_score = match.score
        submission.candidates = [c.as_dict() for c in match.candidates]
    submission.deadline_id = deadline.id if deadline else None
    submission.received_at = message.received_at
    if existing is None:
        session.add(submission)
        session.flush()
    derive(session, submission, extraction, campaign)
    if not decided:
        reasons = list(match.reasons)
        if match.unit_id is None and not reasons:
            reasons.append(REASON_NO_UNIT)
        if FLAG_OTHER_YEAR in submission.flags:
            reasons.append(REASON_OTHER_YEAR)
        review = match.needs_review or match.unit_id is None or bool(reasons)
        submission.review_state = NEEDS_REVIEW if review else ACCEPTED
        submission.review_reasons = reasons
    after = (submission.unit_id, submission.deadline_id, submission.model_key)
    lock_units(session, before[0], after[0])
    if before != after:
        refresh_group(session, *before)
    refresh_group(session, *after)
    return submission


def _sort_key(unit: Unit) -> tuple[Any, ...]:
    """Close to the units file's order, which the table does not keep: by kind, numbered units
    ("Chi bộ xóm 2" before "xóm 10") first, then by name."""
    parts = tuple(
        (0, int(p), "") if p.isdigit() else (1, 0, text_key(p))
        for p in _NUMBER_RE.split(unit.name)
        if p
    )
    numbered = any(p[0] == 0 for p in parts)
    return (_KIND_ORDER.get(unit.kind, 9), not numbered, parts)


_SUMMARY_COLUMNS = (
    Submission.id,
    Submission.extraction_id,
    Attachment.id,
    Attachment.filename,
    Extraction.kind,
    Extraction.fields,
    Message.message_id_header,
    Submission.received_at,
    Submission.late_days,
    Submission.review_state,
    Submission.unit_id,
    Submission.deadline_id,
    Message.received_at_source,
)


def _summary_query(field_keys: tuple[str, ...] | None = None) -> Select[Any]:
    """The summaries' query; with `field_keys`, only those fields, read as text in SQL (the
    whole JSON of thousands of forms is the bulk of a large register's read)."""
    columns: list[Any] = list(_SUMMARY_COLUMNS)
    if field_keys is not None:
        columns[5] = null()
        columns += [Extraction.fields[key].as_string() for key in field_keys]
    return (
        select(*columns)
        .join(Extraction, Extraction.id == Submission.extraction_id)
        .join(Attachment, Attachment.id == Extraction.attachment_id)
        .join(Message, Message.id == Submission.message_id)
    )


def _summary(
    row: Any, current: set[int] | None = None, field_keys: tuple[str, ...] | None = None
) -> DocumentSummary:
    extra = len(_SUMMARY_COLUMNS)
    fields = (
        dict(row[5] or {})
        if field_keys is None
        else {k: v for k, v in zip(field_keys, row[extra:], strict=True) if v is not None}
    )
    return DocumentSummary(
        submission_id=row[0],
        extraction_id=row[1],
        attachment_id=row[2],
        file=row[3],
        kind=row[4],
        fields=fields,
        message_id=row[6],
        received_at=row[7],
        late_days=row[8],
        review_state=row[9],
        is_current=current is None or row[0] in current,
        received_at_source=row[12],
    )


def _summaries(
    session: Session,
    ids: Iterable[int],
    current: set[int],
    field_keys: tuple[str, ...] | None = None,
) -> dict[int, DocumentSummary]:
    wanted = list(ids)
    out: dict[int, DocumentSummary] = {}
    for start in range(0, len(wanted), 1000):
        chunk = wanted[start : start + 1000]
        query = _summary_query(field_keys).where(Submission.id.in_(chunk))
        for row in session.execute(query):
            out[row[0]] = _summary(row, current, field_keys)
    return out


def _current_summaries(
    session: Session, deadline_ids: list[int], field_keys: tuple[str, ...] | None = None
) -> tuple[dict[tuple[str, int], list[int]], dict[int, DocumentSummary]]:
    """Today's current documents of the given deadlines, in one joined query."""
    current: dict[tuple[str, int], list[int]] = defaultdict(list)
    summaries: dict[int, DocumentSummary] = {}
    query = _summary_query(field_keys).where(
        Submission.deadline_id.in_(deadline_ids),
        Submission.unit_id.is_not(None),
        Submission.review_state != REJECTED,
        Submission.is_current.is_(True),
    )
    for row in session.execute(query):
        current[(row[10], row[11])].append(row[0])
        summaries[row[0]] = _summary(row, None, field_keys)
    return current, summaries


def _status(documents: list[DocumentSummary], exempt: bool = False) -> str:
    """An exempt unit is never missing or late; what it did send is still checked or counted."""
    if not documents:
        return EXEMPT if exempt else "missing"
    if any(d.review_state == NEEDS_REVIEW for d in documents):
        return "needs_review"
    if all(d.late_days > 0 for d in documents):
        return EXEMPT if exempt else "late"
    return "received"


def unit_statuses(
    session: Session,
    campaign_id: int | None = None,
    *,
    as_of: datetime | None = None,
    field_keys: tuple[str, ...] | None = None,
) -> list[UnitStatus]:
    """Each active unit's status per deadline, in a fixed number of queries.

    With `as_of`, only what had arrived by then counts, and "current" means current then: a
    form superseded later was still the current one at that moment. With `field_keys`, each
    document's `fields` holds only those keys (as text): what a page that lists names needs.
    Exemptions count as they stand now, whatever `as_of`: the office's decision, not an event.
    """
    campaign = _campaign(session, campaign_id)
    units = sorted(session.scalars(select(Unit).where(Unit.active.is_(True))).all(), key=_sort_key)
    deadlines = (
        session.scalars(select(Deadline).where(Deadline.campaign_id == campaign.id)).all()
        if campaign
        else []
    )
    by_deadline = {d.id: d for d in deadlines}
    current: dict[tuple[str, int], list[int]] = defaultdict(list)
    summaries: dict[int, DocumentSummary] = {}
    if by_deadline and as_of is None:
        current, summaries = _current_summaries(session, list(by_deadline), field_keys)
    elif by_deadline and as_of is not None:
        # A form superseded later was still the current one at `as_of`: find the latest of each
        # (unit, deadline, model) group received by then.
        query = select(
            Submission.id,
            Submission.unit_id,
            Submission.deadline_id,
            Submission.model_key,
            Submission.received_at,
        ).where(
            Submission.deadline_id.in_(list(by_deadline)),
            Submission.unit_id.is_not(None),
            Submission.review_state != REJECTED,
            Submission.received_at <= clock.utc(as_of, "as_of"),
        )
        latest: dict[tuple[str, int, str | None], tuple[datetime, int]] = {}
        for row in session.execute(query):
            group = (row.unit_id, row.deadline_id, row.model_key)
            stamp = (row.received_at, row.id)
            if group not in latest or stamp > latest[group]:
                latest[group] = stamp
        for (unit_id, deadline_id, _), (_, sid) in latest.items():
            current[(unit_id, deadline_id)].append(sid)
        ids = {sid for group in current.values() for sid in group}
        summaries = _summaries(session, ids, ids, field_keys)
    exempt = exemptions_for(session, by_deadline)
    result: list[UnitStatus] = []
    for unit in units:
        statuses: dict[str, DeadlineStatus] = {}
        for deadline in deadlines:
            docs = sorted(
                (summaries[i] for i in current.get((unit.id, deadline.id), []) if i in summaries),
                key=lambda d: (d.received_at, d.submission_id),
            )
            excused = exempt.get((unit.id, deadline.id))
            status = _status(docs, excused is not None)
            statuses[deadline.kind] = DeadlineStatus(
                deadline.kind,
                deadline.due_date,
                status,
                tuple(docs),
                excused.reason if excused is not None and status == EXEMPT else None,
            )
        result.append(UnitStatus(unit.id, unit.name, unit.kind, statuses))
    return result


def review_queue(session: Session, campaign_id: int | None = None) -> list[Submission]:
    """Submissions waiting for the office, oldest first (also those with no unit or deadline)."""
    campaign = _campaign(session, campaign_id)
    query = select(Submission).where(Submission.review_state == NEEDS_REVIEW)
    if campaign is not None:
        in_campaign = select(Deadline.id).where(Deadline.campaign_id == campaign.id)
        query = query.where(
            (Submission.deadline_id.in_(in_campaign)) | (Submission.deadline_id.is_(None))
        )
    query = query.where(
        (Submission.is_current.is_(True)) | (Submission.unit_id.is_(None))
    ).order_by(Submission.received_at, Submission.id)
    return list(session.scalars(query).all())
