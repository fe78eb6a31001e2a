"""`unit_statuses(..., field_keys=…)`: the overview's light read gives the same names, domains and
types as the full read, on both databases."""

from __future__ import annotations

from sqlalchemy.orm import Session

from documents.register import unit_statuses
from tests.integration.web.factory import seed

KEYS = ("model_name", "domain", "model_type")


def test_the_light_read_matches_the_full_read(session: Session) -> None:
    seed(session)
    full = unit_statuses(session)
    light = unit_statuses(session, field_keys=KEYS)
    assert [u.unit_id for u in light] == [u.unit_id for u in full]
    documents = 0
    for whole, part in zip(full, light, strict=True):
        for kind, status in whole.deadlines.items():
            assert part.deadlines[kind].status == status.status
            for doc_full, doc_light in zip(
                status.documents, part.deadlines[kind].documents, strict=True
            ):
                documents += 1
                expected = {k: v for k, v in doc_full.fields.items() if k in KEYS and v is not None}
                assert doc_light.fields == expected
    assert documents == 3
    xom1 = next(u for u in light if u.unit_id == "cb-xom-1")
    assert xom1.deadlines["registration"].documents[0].fields == {
        "model_name": "Đường hoa nông thôn mới",
        "domain": "economy",
        "model_type": "collective",
    }
    assert xom1.deadlines["report"].documents[0].fields == {"model_name": "Đường hoa nông thôn mới"}
