"""Layout memory end to end: a layout dvk gets wrong, one correction by the office, then the
next forms of that layout are read right through the real pipeline and the parsing sandbox; a
form of another layout is unaffected; a memory corrected again is weakened then dropped; and
forgetting restores the old behaviour. On PostgreSQL and SQLite."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from functools import partial

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from documents import layout_memory, review
from documents.extraction import extract
from documents.extraction.sandbox import extract_in_sandbox, shutdown
from documents.models import AuditEntry, ExtractionRecord, LayoutMemory
from documents.pipeline import Extractor
from tests.fixtures.memory_forms import FILLINGS, Filling, unusual_form
from tests.integration.documents.factories import setup_commune
from tests.integration.documents.forms_by_mail import read_form
from tests.integration.workers.cli_harness import dvk
from workers.settings import Settings

XOM_1 = "chiboxom1.nghiathai@gmail.test"
XOM_4 = "chiboxom4.nghiathai@gmail.test"


@pytest.fixture
def sandboxed() -> Iterator[Extractor]:
    yield partial(extract_in_sandbox, timeout=60, memory_mb=1024)
    shutdown()


def _fill(k: int, unit: str = "Chi bộ xóm 1") -> Filling:
    return replace(FILLINGS[k], unit=unit)


def _read(session: Session, extractor: Extractor, sender: str, data: bytes) -> ExtractionRecord:
    return read_form(session, extractor, sender, data)


def test_one_correction_then_the_next_forms_of_the_layout_are_right(
    session: Session, sandboxed: Extractor
) -> None:
    setup_commune(session)
    first = _read(session, sandboxed, XOM_1, unusual_form(_fill(0)))
    assert not first.fields.get("model_name"), "dvk gets this layout wrong"
    assert first.lines, "the form's lines are kept for the memory"

    lessons: list[layout_memory.Lesson] = []
    review.correct_fields(session, first.id, {"model_name": FILLINGS[0].model}, actor="bientap",
                          learned=lessons)  # fmt: skip
    assert [(x.field, x.learned) for x in lessons] == [("model_name", True)]
    rows = session.scalars(select(LayoutMemory).order_by(LayoutMemory.scope)).all()
    assert [(r.scope, r.field, r.layout_digest) for r in rows] == [
        ("", "model_name", first.layout_digest), ("cb-xom-1", "model_name", first.layout_digest)
    ]  # fmt: skip
    learned = session.scalars(
        select(AuditEntry).where(AuditEntry.action == "learn_layout_memory")
    ).all()
    assert {e.actor for e in learned} == {"bientap"} and len(learned) == 2

    for k in (1, 2):  # other values, other lengths
        form = _read(session, sandboxed, XOM_1, unusual_form(_fill(k)))
        assert form.layout_digest == first.layout_digest
        assert form.fields["model_name"] == FILLINGS[k].model
        assert form.provenance["model_name"]["method"] == "memory"
        assert form.confidence["model_name"] >= 0.9
        assert "model_name" not in form.doubts
    mine = session.scalar(select(LayoutMemory).where(LayoutMemory.scope == "cb-xom-1"))
    assert mine is not None and mine.uses == 2

    # another unit on the same layout: the overall memory
    other_unit = _read(session, sandboxed, XOM_4, unusual_form(_fill(3, "Chi bộ xóm 4")))
    assert other_unit.fields["model_name"] == FILLINGS[3].model
    overall = session.scalar(select(LayoutMemory).where(LayoutMemory.scope == ""))
    assert overall is not None and other_unit.provenance["model_name"]["memory"] == overall.id

    # a form of another layout (same label, other title and structure) is read as without memory
    variant = unusual_form(_fill(1), variant=True)
    elsewhere = _read(session, sandboxed, XOM_1, variant)
    assert elsewhere.layout_digest != first.layout_digest
    alone = extract(variant, "x.docx")
    assert elsewhere.fields.get("model_name") == alone.fields.get("model_name")
    assert all(p.get("method") != "memory" for p in elsewhere.provenance.values())


def test_a_memory_corrected_again_is_weakened_then_dropped(
    session: Session, sandboxed: Extractor
) -> None:
    setup_commune(session)
    first = _read(session, sandboxed, XOM_1, unusual_form(_fill(0)))
    review.correct_fields(session, first.id, {"model_name": FILLINGS[0].model}, actor="bientap")
    second = _read(session, sandboxed, XOM_1, unusual_form(_fill(1)))
    used = second.provenance["model_name"]["memory"]
    assert session.get_one(LayoutMemory, used).scope == "cb-xom-1"

    review.correct_fields(session, second.id, {"model_name": "Tên do văn phòng tự đặt"},
                          actor="bientap")  # fmt: skip
    assert session.get_one(LayoutMemory, used).misses == 1
    # the office editing its own correction again is not another miss
    review.correct_fields(session, second.id, {"model_name": "Tên khác nữa"}, actor="bientap")
    assert session.get_one(LayoutMemory, used).misses == 1

    third = _read(session, sandboxed, XOM_1, unusual_form(_fill(2)))
    assert third.fields["model_name"] == FILLINGS[2].model
    assert third.confidence["model_name"] < 0.9, "a weakened memory is not trusted"
    assert "model_name" in third.doubts

    review.correct_fields(session, third.id, {"model_name": "Lại sai"}, actor="bientap")
    assert session.get(LayoutMemory, used) is None, "dropped at the second miss"
    weakened = session.scalars(
        select(AuditEntry).where(AuditEntry.action == "weaken_layout_memory")
    ).all()
    assert [e.after["dropped"] for e in weakened if e.after] == [False, True]


def test_forgetting_restores_the_old_behaviour(session: Session, sandboxed: Extractor) -> None:
    setup_commune(session)
    first = _read(session, sandboxed, XOM_1, unusual_form(_fill(0)))
    review.correct_fields(session, first.id, {"model_name": FILLINGS[0].model}, actor="bientap")
    groups = layout_memory.memories(session)
    assert [g.digest for g in groups] == [first.layout_digest]
    # the fingerprint holds the labels dvk knows; the unusual one is what the memory adds
    assert not any("phan viec dang ky" in label for label in groups[0].labels)
    assert {m.example_value for m in groups[0].memories} == {FILLINGS[0].model}
    assert (
        "phan viec dang ky gan voi phong trao" in layout_memory.describe(groups[0].memories[0])[0]
    )

    assert layout_memory.forget_layout(session, first.layout_digest or "", actor="bientap") == 2
    assert session.scalars(select(LayoutMemory)).all() == []
    forgotten = session.scalars(
        select(AuditEntry).where(AuditEntry.action == "forget_layout_memory")
    ).all()
    assert len(forgotten) == 2 and all(e.before and e.before["field"] == "model_name"
                                       for e in forgotten)  # fmt: skip
    again = _read(session, sandboxed, XOM_1, unusual_form(_fill(1)))
    assert not again.fields.get("model_name")
    with pytest.raises(layout_memory.UnknownMemoryError):
        layout_memory.forget(session, 10_000, actor="bientap")


def test_the_office_lists_and_forgets_memories_from_the_shell(
    session: Session, sandboxed: Extractor, settings: Settings
) -> None:
    setup_commune(session)
    first = _read(session, sandboxed, XOM_1, unusual_form(_fill(0)))
    review.correct_fields(session, first.id, {"model_name": FILLINGS[0].model}, actor="bientap")
    session.commit()
    env = {
        "DVK_DATABASE_URL": settings.effective_database_url,
        "DVK_DATA_DIR": str(settings.data_dir),
    }

    listed = dvk(["memory", "list", "--json"], env)
    assert listed.exit_code == 0, listed.stderr
    (group,) = json.loads(listed.stdout)
    assert group["layout"] == first.layout_digest
    by_unit = {m["unit_name"]: m for m in group["memories"]}
    assert set(by_unit) == {None, "Chi bộ xóm 1"}
    assert by_unit[None]["example_value"] == FILLINGS[0].model
    assert "phan viec dang ky gan voi phong trao" in by_unit[None]["places"][0]
    table = dvk(["memory", "list"], env)
    assert table.exit_code == 0 and "Chi bộ xóm 1" in table.stdout

    refused = dvk(["memory", "forget", "99999"], env)
    assert refused.exit_code == 2 and "99999" in refused.stderr and refused.crashed is None
    assert "Traceback" not in refused.stdout + refused.stderr
    assert dvk(["memory", "forget"], env).exit_code == 2

    done = dvk(["memory", "forget", str(by_unit["Chi bộ xóm 1"]["id"])], env)
    assert done.exit_code == 0, done.stderr
    session.expire_all()
    assert [m.scope for m in session.scalars(select(LayoutMemory))] == [""]
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "forget_layout_memory"))
    assert entry is not None and entry.actor.startswith("shell")
    assert dvk(["memory", "forget", "--layout", first.layout_digest or ""], env).exit_code == 0
    session.expire_all()
    assert session.scalars(select(LayoutMemory)).all() == []
