"""Adding and editing a unit from the web: the units file's own validation, the one-unit-per-
address rule, confirmed addresses that a later import keeps, and an audit entry."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from documents.config_files import import_units, load_units_file
from documents.db import get_unit
from documents.models import AuditEntry, Unit, UnitEmail
from documents.units_admin import UnitForm, UnitFormError, save_unit, validate
from tests.unit.notifier.factories import EXAMPLES

NEW = UnitForm(
    id="chi-hoi-cuu-chien-binh",
    name="  Chi hội Cựu chiến binh xóm 1 ",
    kind="doan_the",
    aliases="CCB xóm 1\n\n Hội CCB xóm 1 \n",
    emails="CCB.Xom1@Gmail.test\n",
    contact="Lê Văn Tám",
)


def test_a_new_unit_is_saved_like_a_unit_of_the_file_and_audited(session: Session) -> None:
    unit = save_unit(session, NEW, actor="ha", creating=True)
    assert (unit.name, unit.kind, unit.aliases) == (
        "Chi hội Cựu chiến binh xóm 1",
        "doan_the",
        ["CCB xóm 1", "Hội CCB xóm 1"],
    )
    assert [(e.address, e.origin) for e in unit.emails] == [("ccb.xom1@gmail.test", "confirmed")]
    audit = session.scalar(select(AuditEntry))
    assert audit is not None and audit.action == "add_unit" and audit.before is None
    assert audit.after is not None and audit.after["emails"] == ["ccb.xom1@gmail.test"]
    with pytest.raises(UnitFormError, match="đã có đơn vị mang mã"):
        save_unit(session, NEW, actor="ha", creating=True)


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"id": "Chi Hội CCB"}, "id", "chỉ gồm chữ thường không dấu"),
        ({"name": "   "}, "name", "không được để trống"),
        ({"name": "x" * 256}, "name", "tối đa 255 ký tự"),
        ({"kind": "huyen"}, "kind", "không hợp lệ"),
        ({"emails": "khong-phai-dia-chi"}, "emails", "không phải là địa chỉ thư điện tử"),
        ({"emails": "a@b.test\nA@B.test"}, "emails", "ghi hai lần"),
    ],
)
def test_a_bad_form_is_refused_field_by_field_and_changes_nothing(
    session: Session, change: dict[str, str], field: str, message: str
) -> None:
    form = UnitForm(**{**NEW.__dict__, **change})
    with pytest.raises(UnitFormError) as refused:
        validate(form)
    assert message in refused.value.problems[field]
    with pytest.raises(UnitFormError):
        save_unit(session, form, actor="ha", creating=True)
    assert session.scalar(select(Unit)) is None and session.scalar(select(AuditEntry)) is None


def test_editing_keeps_the_id_moves_no_address_from_another_unit_and_survives_an_import(
    session: Session,
) -> None:
    spec = load_units_file(EXAMPLES / "units.yaml")
    import_units(session, spec)
    unit = get_unit(session, "cb-xom-1")
    assert unit is not None
    taken = UnitForm(
        id="cb-xom-1",
        name=unit.name,
        kind=unit.kind,
        emails="chiboxom1.nghiathai@gmail.test\nchiboxom2.nghiathai@gmail.test",
    )
    with pytest.raises(UnitFormError, match="đang là địa chỉ của Chi bộ xóm 2"):
        save_unit(session, taken, actor="ha", creating=False)
    edited = UnitForm(
        id="cb-xom-1",
        name=unit.name,
        kind=unit.kind,
        aliases="CB xóm Một",
        emails="chiboxom1.nghiathai@gmail.test\nbithu.xom1@gmail.test",
        contact="Nguyễn Văn Thành",
    )
    save_unit(session, edited, actor="ha", creating=False)
    audit = session.scalar(select(AuditEntry).where(AuditEntry.action == "edit_unit"))
    assert audit is not None and audit.before is not None and audit.after is not None
    assert audit.after["emails"] == ["bithu.xom1@gmail.test", "chiboxom1.nghiathai@gmail.test"]
    assert audit.after["aliases"] == ["CB xóm Một"]
    # The units file imported again keeps the address the office confirmed.
    import_units(session, spec)
    addresses = set(
        session.scalars(select(UnitEmail.address).where(UnitEmail.unit_id == "cb-xom-1"))
    )
    assert addresses == {"chiboxom1.nghiathai@gmail.test", "bithu.xom1@gmail.test"}
