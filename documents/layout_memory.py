"""The office's layout memory: learned from corrections, handed to the reader, shown, forgotten.

When the office corrects a field, `learn` finds the corrected value among the form's stored
lines and remembers where it sits on that layout (`fields.memory.locate`), once for the form's
unit and once for every unit. The pipeline sends the memories that may apply to the parsing
child with each file (`hints_for`); the reader uses one only on a form whose layout fingerprint
is the same. A memory whose value the office corrects again is weakened, and dropped the second
time. Every change is audited; the office sees the memories per layout and forgets them
(`memories`, `forget`; the web page "Mẫu đã học" and `dvk memory list|forget`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from documents import clock
from documents.contract import TextLine
from documents.extraction.fields.memory import LEARNABLE, Address, MemoryHint, locate
from documents.models import AuditEntry, ExtractionRecord, LayoutMemory

#: A memory whose value was corrected again this many times is dropped.
MAX_MISSES = 2
#: At most this many memories go with one file to the parsing child.
MAX_HINTS = 2000
OVERALL = ""


class UnknownMemoryError(LookupError):
    """No such memory (already forgotten)."""


@dataclass(frozen=True)
class Lesson:
    """What one correction taught (or why it taught nothing), for the office's message."""

    field: str
    learned: bool
    note: str


@dataclass
class LayoutGroup:
    """The memories of one layout, for the office's page and `dvk memory list`."""

    digest: str
    labels: list[str]
    structure: list[str]
    memories: list[LayoutMemory] = field(default_factory=list)


def _audit(session: Session, actor: str, action: str, row: LayoutMemory,
           before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:  # fmt: skip
    session.add(AuditEntry(actor=actor[:64], action=action, entity="layout_memory",
                           entity_id=str(row.id), before=before, after=after))  # fmt: skip


def snapshot(row: LayoutMemory) -> dict[str, Any]:
    return {
        "layout_digest": row.layout_digest,
        "field": row.field,
        "scope": row.scope,
        "addresses": list(row.addresses or []),
        "example_value": row.example_value,
        "misses": row.misses,
    }


def _lines(extraction: ExtractionRecord) -> list[TextLine]:
    return [x for x in map(TextLine.from_json, extraction.lines or []) if x is not None]


def learn(
    session: Session,
    extraction: ExtractionRecord,
    changes: Mapping[str, Any],
    *,
    unit_id: str | None,
    actor: str,
) -> list[Lesson]:
    """Remember where each corrected value sits on this extraction's layout; weaken the memory
    that produced a value the office corrected again."""
    lessons: list[Lesson] = []
    for name, value in changes.items():
        if name not in LEARNABLE:
            continue
        dropped = _weaken(session, extraction, name, actor)
        if value in (None, ""):
            continue
        lessons.append(_learn_one(session, extraction, name, str(value), unit_id, actor, dropped))
    session.flush()
    return lessons


def _weaken(session: Session, extraction: ExtractionRecord, name: str, actor: str) -> str | None:
    """The memory that placed this value was wrong: one more miss, dropped at MAX_MISSES.
    Returns the scope of a dropped memory (not re-learned from this correction)."""
    where = (extraction.provenance or {}).get(name) or {}
    ident = where.get("memory") if where.get("method") == "memory" else None
    row = session.get(LayoutMemory, ident) if isinstance(ident, int) else None
    if row is None:
        return None
    # Counted once: a second correction of the same document's field is the office's own edit.
    extraction.provenance = {**extraction.provenance, name: {**where, "memory": None}}
    before = snapshot(row)
    row.misses += 1
    dropped = row.misses >= MAX_MISSES
    _audit(session, actor, "weaken_layout_memory", row, before,
           {**snapshot(row), "dropped": dropped})  # fmt: skip
    if not dropped:
        return None
    scope = row.scope
    session.delete(row)
    session.flush()
    return scope


def _learn_one(
    session: Session, extraction: ExtractionRecord, name: str, value: str,
    unit_id: str | None, actor: str, dropped: str | None,
) -> Lesson:  # fmt: skip
    if not extraction.layout_digest:
        return Lesson(name, False, "văn bản không có dấu vết mẫu phiếu để ghi nhớ")
    others = [v for k, v in (extraction.fields or {}).items() if k != name]
    addresses = locate(_lines(extraction), name, value, others)
    if not addresses:
        return Lesson(name, False, "giá trị sửa không có trong văn bản nên không ghi nhớ vị trí")
    scopes = [s for s in dict.fromkeys([unit_id or OVERALL, OVERALL]) if s != dropped]
    for scope in scopes:
        _upsert(session, extraction, name, scope, addresses, value, actor)
    return Lesson(name, bool(scopes), addresses[0].describe())


def _upsert(
    session: Session, extraction: ExtractionRecord, name: str, scope: str,
    addresses: tuple[Address, ...], value: str, actor: str,
) -> None:  # fmt: skip
    digest = str(extraction.layout_digest)
    row = session.scalar(select(LayoutMemory).where(
        LayoutMemory.layout_digest == digest, LayoutMemory.field == name,
        LayoutMemory.scope == scope))  # fmt: skip
    before = snapshot(row) if row is not None else None
    if row is None:
        row = LayoutMemory(layout_digest=digest, field=name, scope=scope, uses=0, misses=0)
        session.add(row)
    row.addresses = [a.as_json() for a in addresses]
    row.layout = dict(extraction.layout or {})
    row.example_value = value[:500]
    row.example_attachment_id = extraction.attachment_id
    row.learned_by = actor[:64]
    row.updated_at = clock.now()
    session.flush()
    _audit(session, actor, "learn_layout_memory", row, before, snapshot(row))


def hints_for(session: Session, unit_id: str | None) -> list[MemoryHint]:
    """The memories a file from `unit_id` may use: that unit's and the overall ones."""
    scopes = [OVERALL] + ([unit_id] if unit_id else [])
    rows = session.scalars(
        select(LayoutMemory)
        .where(LayoutMemory.scope.in_(scopes))
        .order_by(LayoutMemory.updated_at.desc(), LayoutMemory.id.desc())
        .limit(MAX_HINTS)
    )
    hints = []
    for row in rows:
        addresses = tuple(a for a in map(Address.from_json, row.addresses or []) if a)
        if addresses:
            hints.append(MemoryHint(row.id, row.layout_digest, row.field, row.scope, addresses,
                                    row.misses))  # fmt: skip
    return hints


def count_uses(session: Session, provenance: Mapping[str, Any]) -> None:
    """One more form read with each memory that placed a value of this extraction."""
    used = {
        p.get("memory")
        for p in provenance.values()
        if isinstance(p, dict) and p.get("method") == "memory" and isinstance(p.get("memory"), int)
    }
    if used:
        session.execute(
            update(LayoutMemory)
            .where(LayoutMemory.id.in_(used))
            .values(uses=LayoutMemory.uses + 1)
            .execution_options(synchronize_session="fetch")
        )


def memories(session: Session) -> list[LayoutGroup]:
    """Every memory, grouped by layout (the layout learned most recently first)."""
    groups: dict[str, LayoutGroup] = {}
    rows = session.scalars(
        select(LayoutMemory).order_by(
            LayoutMemory.updated_at.desc(), LayoutMemory.field, LayoutMemory.scope
        )
    )
    for row in rows:
        layout = row.layout or {}
        group = groups.setdefault(row.layout_digest, LayoutGroup(
            row.layout_digest, [str(x) for x in layout.get("labels") or []],
            [str(x) for x in layout.get("structure") or []]))  # fmt: skip
        group.memories.append(row)
    return list(groups.values())


def describe(row: LayoutMemory) -> list[str]:
    """The memory's places in words, best first."""
    return [a.describe() for a in map(Address.from_json, row.addresses or []) if a]


def forget(session: Session, memory_id: int, *, actor: str) -> LayoutMemory:
    """Forget one memory (audited); the next form of its layout is read as before."""
    row = session.get(LayoutMemory, memory_id)
    if row is None:
        raise UnknownMemoryError(f"Không có ghi nhớ #{memory_id} (có thể đã bị xóa)")
    _audit(session, actor, "forget_layout_memory", row, snapshot(row), None)
    session.execute(delete(LayoutMemory).where(LayoutMemory.id == memory_id))
    session.flush()
    return row


def forget_layout(session: Session, digest: str, *, actor: str) -> int:
    """Forget every memory of one layout; returns how many there were."""
    ids = list(session.scalars(select(LayoutMemory.id).where(LayoutMemory.layout_digest == digest)))
    for ident in ids:
        forget(session, ident, actor=actor)
    return len(ids)
