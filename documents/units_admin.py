"""Adding or editing a unit from the web: validated exactly as a unit of the units file is
(`documents.config_files.UnitSpec`, the same pydantic model), plus the file's cross-unit rule
(an address sends for one unit only), and written with an audit entry.

Addresses the office types here are stored as "confirmed" (like an address confirmed in the
review queue): a later `dvk units import` keeps them. A unit the units file does not list is
deactivated by the next import, as any unit dropped from the file is; the page says so.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from documents.config_files import UnitSpec
from documents.db import get_unit
from documents.models import AuditEntry, Unit, UnitEmail

#: The field names of a unit as the office reads them.
FIELD_NAMES = {
    "id": "Mã đơn vị",
    "name": "Tên đơn vị",
    "kind": "Loại đơn vị",
    "aliases": "Tên gọi khác",
    "emails": "Địa chỉ thư",
    "contact": "Người liên hệ",
}
_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"must not be empty"), "không được để trống"),
    (re.compile(r"at most (\d+) characters"), r"tối đa \1 ký tự"),
    (re.compile(r"one line of text"), "phải là một dòng, không có ký tự điều khiển"),
    (re.compile(r"'(.*)' is not an e-mail address"), r"«\1» không phải là địa chỉ thư điện tử"),
    (re.compile(r"should match pattern"), "chỉ gồm chữ thường không dấu, số và dấu gạch ngang"),
    (re.compile(r"should be '"), "không hợp lệ"),
    (re.compile(r"should have at most (\d+) items"), r"tối đa \1 mục"),
)


class UnitFormError(ValueError):
    """What is wrong with the form, field by field, in Vietnamese."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("; ".join(f"{FIELD_NAMES.get(k, k)}: {v}" for k, v in problems.items()))
        self.problems = problems


@dataclass(frozen=True)
class UnitForm:
    """What the office typed: one alias and one address per line."""

    id: str
    name: str
    kind: str
    aliases: str = ""
    emails: str = ""
    contact: str = ""


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _vietnamese(message: str) -> str:
    for pattern, text in _MESSAGES:
        found = pattern.search(message)
        if found:
            return found.expand(text)
    return message


def validate(form: UnitForm) -> UnitSpec:
    """The form as a unit of the units file, or every problem with it."""
    data: dict[str, Any] = {
        "id": unicodedata.normalize("NFC", form.id.strip()),
        "name": form.name,
        "kind": form.kind,
        "aliases": _lines(form.aliases),
        "emails": _lines(form.emails),
        "contact": form.contact.strip() or None,
    }
    try:
        spec = UnitSpec.model_validate(data)
    except ValidationError as exc:
        problems: dict[str, str] = {}
        for error in exc.errors():
            field = str(error["loc"][0]) if error["loc"] else "id"
            message = str(error["msg"]).removeprefix("Value error, ")
            problems.setdefault(field, _vietnamese(message))
        raise UnitFormError(problems) from None
    if len(set(spec.emails)) != len(spec.emails):
        raise UnitFormError({"emails": "một địa chỉ được ghi hai lần"})
    return spec


def _snapshot(unit: Unit) -> dict[str, Any]:
    return {
        "name": unit.name,
        "kind": unit.kind,
        "aliases": list(unit.aliases or []),
        "emails": sorted(e.address for e in unit.emails),
        "contact": unit.contact,
    }


def _owners(session: Session, addresses: Iterable[str]) -> dict[str, str]:
    rows = session.execute(
        select(UnitEmail.address, Unit.name, Unit.id)
        .join(Unit, Unit.id == UnitEmail.unit_id)
        .where(UnitEmail.address.in_(list(addresses)))
    )
    return {address: f"{name} ({unit_id})" for address, name, unit_id in rows}


def save_unit(session: Session, form: UnitForm, *, actor: str, creating: bool) -> Unit:
    """Add a unit, or edit one (its id never changes); the caller commits."""
    spec = validate(form)
    unit = get_unit(session, spec.id)
    if creating and unit is not None:
        raise UnitFormError({"id": f"đã có đơn vị mang mã «{spec.id}» ({unit.name})"})
    if not creating and unit is None:
        raise UnitFormError({"id": f"không có đơn vị mang mã «{spec.id}»"})
    taken = {
        address: owner
        for address, owner in _owners(session, spec.emails).items()
        if not owner.endswith(f"({spec.id})")
    }
    if taken:
        address, owner = next(iter(taken.items()))
        raise UnitFormError({"emails": f"{address} đang là địa chỉ của {owner}"})
    before = None if unit is None else _snapshot(unit)
    if unit is None:
        unit = Unit(id=spec.id, active=True)
        session.add(unit)
    unit.name, unit.kind, unit.aliases = spec.name, spec.kind, list(spec.aliases)
    unit.contact = spec.contact
    session.flush()
    wanted = set(spec.emails)
    for row in list(unit.emails):
        if row.address not in wanted:
            unit.emails.remove(row)
    have = {row.address for row in unit.emails}
    for address in spec.emails:
        if address not in have:
            unit.emails.append(UnitEmail(address=address, origin="confirmed"))
    session.flush()
    session.refresh(unit)
    after = _snapshot(unit)
    session.add(
        AuditEntry(
            actor=actor[:64],
            action="add_unit" if before is None else "edit_unit",
            entity="unit",
            entity_id=unit.id,
            before=before,
            after=after,
        )
    )
    session.flush()
    return unit
