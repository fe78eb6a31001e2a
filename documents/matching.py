"""Which unit sent a document: by the sender's address first, then by the unit the form names.

A wrong unit silently counted is worse than a question to the office: whenever the address and
the document disagree, or the document's name is weak or close to two units, the result says
`needs_review` and carries the ranked candidates. Numbers in names must be equal, never fuzzy:
"Chi bộ xóm 1" and "Chi bộ xóm 11" differ by one character and are different units.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from documents.addresses import bare_address
from documents.models import Unit
from documents.names import KeyMaker, numbers_of

#: A fuzzy score from which a name counts as clearly naming a unit.
STRONG = 85.0
#: Below this a document line names no unit at all (headers such as "ĐẢNG BỘ XÃ …").
WEAK = 70.0
#: The best unit must lead the next one by this much, or the name is ambiguous.
MARGIN = 8.0
TOP = 5

REASON_UNKNOWN_ADDRESS = "Địa chỉ gửi chưa có trong danh sách của đơn vị"
REASON_DISAGREE = "Đơn vị theo địa chỉ gửi khác với đơn vị ghi trong văn bản"
REASON_AMBIGUOUS = "Tên đơn vị trong văn bản gần giống nhiều đơn vị"
REASON_WEAK = "Tên đơn vị trong văn bản không khớp rõ với đơn vị nào"
REASON_NONE = "Không xác định được đơn vị gửi"
REASON_WEAK_SENDER = "Tên đơn vị trong văn bản không khớp rõ với đơn vị của địa chỉ gửi"


@dataclass(frozen=True)
class Candidate:
    unit_id: str
    unit_name: str
    score: float  # 0..100
    reason: str

    def as_dict(self) -> dict[str, object]:
        return {
            "unit_id": self.unit_id,
            "unit_name": self.unit_name,
            "score": self.score,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class MatchResult:
    unit_id: str | None
    method: str | None  # "sender" | "document" | "fuzzy" | "manual"
    score: float
    needs_review: bool
    reasons: tuple[str, ...] = ()
    candidates: tuple[Candidate, ...] = ()

    @classmethod
    def manual(cls, unit_id: str) -> MatchResult:
        return cls(unit_id=unit_id, method="manual", score=100.0, needs_review=False)


def normalise_address(address: str | None) -> str | None:
    """The canonical address of "Name <a@b>" or "a@b" (see `documents.addresses`); None when it
    is not one plain address."""
    return bare_address(address)


@dataclass(frozen=True)
class _Entry:
    unit_id: str
    unit_name: str
    key: str
    label: str  # the name or alias the key came from
    numbers: tuple[str, ...]


@dataclass(frozen=True)
class _DocumentVerdict:
    ranked: tuple[Candidate, ...]  # best first, one per unit
    methods: dict[str, str] = field(default_factory=dict)  # unit_id -> document | fuzzy

    @property
    def best(self) -> Candidate | None:
        return self.ranked[0] if self.ranked else None

    @property
    def decided(self) -> Candidate | None:
        """The unit the document clearly names, if any."""
        best = self.best
        if best is None or best.score < STRONG:
            return None
        runner_up = self.ranked[1].score if len(self.ranked) > 1 else 0.0
        return best if best.score - runner_up >= MARGIN else None

    def score_of(self, unit_id: str) -> float:
        return next((c.score for c in self.ranked if c.unit_id == unit_id), 0.0)


class UnitDirectory:
    """The active units with their names, aliases and addresses, ready to match against."""

    def __init__(
        self,
        units: Sequence[tuple[str, str, Sequence[str]]],
        addresses: dict[str, str],
        contacts: dict[str, str] | None = None,
    ) -> None:
        self.names = {unit_id: name for unit_id, name, _ in units}
        #: unit id → the person who usually sends for it (evidence for a form's leader)
        self.contacts = {u: c for u, c in (contacts or {}).items() if u in self.names and c}
        self.addresses = {a.lower(): u for a, u in addresses.items() if u in self.names}
        self.keys = KeyMaker.for_names([[name, *aliases] for _, name, aliases in units])
        entries: dict[tuple[str, str], _Entry] = {}
        for unit_id, name, aliases in units:
            for label in [name, *aliases]:
                key = self.keys.key(label)
                if key and (unit_id, key) not in entries:
                    entries[(unit_id, key)] = _Entry(unit_id, name, key, label, numbers_of(key))
        self.entries = tuple(entries.values())
        #: every word of the units' names and aliases as written (diacritics kept)
        self.words = frozenset(
            w for _, name, aliases in units for label in [name, *aliases] for w in label.split()
        )
        #: the units' names and aliases as written
        self.labels = frozenset(label for _, name, aliases in units for label in [name, *aliases])
        self.exact: dict[str, set[str]] = {}
        for entry in self.entries:
            self.exact.setdefault(entry.key, set()).add(entry.unit_id)

    @classmethod
    def load(cls, session: Session) -> UnitDirectory:
        rows = session.scalars(
            select(Unit).where(Unit.active.is_(True)).options(selectinload(Unit.emails))
        ).all()
        units = [(u.id, u.name, [str(a) for a in (u.aliases or [])]) for u in rows]
        addresses = {e.address: u.id for u in rows for e in u.emails}
        contacts = {u.id: u.contact for u in rows if u.contact}
        return cls(units, addresses, contacts)

    def unit_for_address(self, address: str | None) -> str | None:
        bare = normalise_address(address)
        return self.addresses.get(bare) if bare else None

    def rank(self, document_names: Sequence[str]) -> tuple[Candidate, ...]:
        """Every unit any of the names resembles, one candidate per unit, best first."""
        return self._document(document_names).ranked[:TOP]

    def _document(self, document_names: Sequence[str]) -> _DocumentVerdict:
        best: dict[str, Candidate] = {}
        methods: dict[str, str] = {}
        for name in document_names:
            if not name or not name.strip():
                continue
            key = self.keys.key(name)
            if not key:
                continue
            numbers = numbers_of(key)
            for entry in self.entries:
                if entry.key == key:
                    score, method = 100.0, "document"
                    reason = f"Trùng tên «{entry.label}»"
                else:
                    if entry.numbers != numbers:
                        continue  # numbers are never matched fuzzily
                    score = float(
                        max(fuzz.ratio(key, entry.key), fuzz.token_sort_ratio(key, entry.key))
                    )
                    score = min(score, 99.0)
                    method = "fuzzy"
                    reason = f"Gần giống «{entry.label}» ({score:.0f}%)"
                current = best.get(entry.unit_id)
                if current is None or score > current.score:
                    best[entry.unit_id] = Candidate(
                        entry.unit_id, entry.unit_name, round(score, 1), reason
                    )
                    methods[entry.unit_id] = method
        ranked = sorted(best.values(), key=lambda c: (-c.score, c.unit_name))
        return _DocumentVerdict(tuple(c for c in ranked if c.score >= WEAK / 2), methods)

    def match(self, sender: str | None, document_names: Sequence[str]) -> MatchResult:
        sender_unit = self.unit_for_address(sender)
        verdict = self._document(document_names)
        ranked = verdict.ranked
        best = verdict.best
        decided = verdict.decided
        names_something = best is not None and best.score >= WEAK

        if sender_unit is not None:
            sender_candidate = Candidate(
                sender_unit, self.names[sender_unit], 100.0, "Địa chỉ gửi của đơn vị"
            )
            others = tuple(c for c in ranked if c.unit_id != sender_unit)
            if not names_something:
                return MatchResult(sender_unit, "sender", 100.0, False, (), (sender_candidate,))
            if decided is not None and decided.unit_id != sender_unit:
                rest = tuple(c for c in others if c.unit_id != decided.unit_id)
                candidates = (decided, sender_candidate, *rest)
                return MatchResult(
                    decided.unit_id,
                    verdict.methods[decided.unit_id],
                    decided.score,
                    True,
                    (REASON_DISAGREE,),
                    candidates[:TOP],
                )
            own = verdict.score_of(sender_unit)
            candidates = (sender_candidate, *others)[:TOP]
            if own >= WEAK:
                return MatchResult(sender_unit, "sender", 100.0, False, (), candidates)
            return MatchResult(
                sender_unit, "sender", 100.0, True, (REASON_WEAK_SENDER,), candidates
            )

        reasons: list[str] = []
        if normalise_address(sender) is not None:
            reasons.append(REASON_UNKNOWN_ADDRESS)
        if decided is not None:
            return MatchResult(
                decided.unit_id,
                verdict.methods[decided.unit_id],
                decided.score,
                bool(reasons),
                tuple(reasons),
                ranked[:TOP],
            )
        if best is not None and names_something:
            close = len(ranked) > 1 and best.score - ranked[1].score < MARGIN
            reasons.append(REASON_AMBIGUOUS if close else REASON_WEAK)
            return MatchResult(
                best.unit_id,
                verdict.methods[best.unit_id],
                best.score,
                True,
                tuple(reasons),
                ranked[:TOP],
            )
        reasons.append(REASON_NONE)
        return MatchResult(None, None, 0.0, True, tuple(reasons), ranked[:TOP])
