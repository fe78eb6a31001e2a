"""The reader's memory stage on its own: where a corrected value sits, found again on the next
form of the same layout (other values, other lengths), never on another layout."""

from __future__ import annotations

import pytest

from documents.contract import TextLine
from documents.extraction import extract
from documents.extraction.fields.memory import (
    Address,
    MemoryHint,
    anchor_key,
    locate,
    resolve,
)
from documents.extraction.sandbox import extract_in_sandbox, shutdown
from tests.fixtures.memory_forms import FILLINGS, unusual_form


def _taught(shape: str, unit: str = "") -> tuple[str, MemoryHint]:
    """The first form read, and the memory one correction of its model name teaches."""
    first = extract(unusual_form(FILLINGS[0], shape=shape), "a.docx")
    assert first.layout is not None
    others = [v for k, v in first.fields.items() if k != "model_name"]
    addresses = locate(first.lines, "model_name", FILLINGS[0].model, others)
    assert addresses, "the corrected value is found on the form"
    return first.layout.digest, MemoryHint(7, first.layout.digest, "model_name", unit, addresses)


@pytest.mark.parametrize("shape", ["lines", "table"])
def test_the_unusual_label_is_missed_without_a_memory(shape: str) -> None:
    for filling in FILLINGS:
        result = extract(unusual_form(filling, shape=shape), "a.docx")
        assert result.fields.get("model_name") in (None, ""), "the template is one dvk gets wrong"
        assert any("tên mô hình" in w for w in result.warnings)


@pytest.mark.parametrize("shape", ["lines", "table"])
def test_one_correction_reads_the_next_forms_of_the_layout(shape: str) -> None:
    digest, hint = _taught(shape)
    relation = {"lines": "inline", "table": "right"}[shape]
    assert hint.addresses[0] == Address(relation, anchor_key("Phần việc đăng ký gắn với phong trào"),
                                        0, 0 if shape == "lines" else 1)  # fmt: skip
    for filling in FILLINGS[1:]:
        result = extract(unusual_form(filling, shape=shape), "b.docx", [hint])
        assert result.layout is not None and result.layout.digest == digest
        assert result.fields["model_name"] == filling.model
        where = result.provenance["model_name"]
        assert (where.method, where.memory) == ("memory", 7)
        assert result.confidence["model_name"] >= 0.9, "a value that validates is trusted"
        # the rest of the form is read as before
        assert result.fields["leader_name"] == filling.leader


@pytest.mark.parametrize("shape", ["lines", "table"])
def test_a_memory_never_applies_to_another_layout(shape: str) -> None:
    digest, hint = _taught(shape)
    other = extract(unusual_form(FILLINGS[1], shape=shape, variant=True), "c.docx", [hint])
    assert other.layout is not None and other.layout.digest != digest
    # the same label is on it, so only the fingerprint keeps the memory away
    assert any(anchor_key(line.text.split(":")[0]) == hint.addresses[0].anchor
               or anchor_key(line.text) == hint.addresses[0].anchor for line in other.lines)  # fmt: skip
    alone = extract(unusual_form(FILLINGS[1], shape=shape, variant=True), "c.docx")
    assert other.fields == alone.fields
    assert other.provenance == alone.provenance


def test_a_memory_of_the_units_own_is_tried_before_the_overall_one() -> None:
    digest, overall = _taught("lines")
    wrong_place = MemoryHint(9, digest, "model_name", "cb-dong-hoa",
                             (Address("inline", anchor_key("Người phụ trách")),))  # fmt: skip
    result = extract(unusual_form(FILLINGS[2]), "b.docx", [overall, wrong_place])
    # the unit's memory wins (here it points at the leader's line, and that is what is read)
    assert result.provenance["model_name"].memory == 9
    assert result.fields["model_name"] == FILLINGS[2].leader


def test_a_value_that_fails_its_validator_is_not_taken_from_memory() -> None:
    digest, _ = _taught("lines")
    at_a_label = MemoryHint(3, digest, "model_name", "", (Address("below", anchor_key("Đơn vị đăng ký"
                            ": Chi bộ thôn Đông Hòa"), 0, 2),))  # fmt: skip
    # "Loại mô hình: Tập thể" is a label line: never a model name
    result = extract(unusual_form(FILLINGS[0]), "a.docx", [at_a_label])
    assert result.fields.get("model_name") != "Loại mô hình: Tập thể"
    assert (
        result.provenance.get("model_name") is None or result.provenance["model_name"].memory != 3
    )


def test_a_memory_that_was_corrected_again_is_not_trusted() -> None:
    digest, hint = _taught("lines")
    weakened = MemoryHint(hint.id, digest, hint.field, "", hint.addresses, misses=1)
    result = extract(unusual_form(FILLINGS[3]), "b.docx", [weakened])
    assert result.fields["model_name"] == FILLINGS[3].model
    assert result.confidence["model_name"] < 0.9
    assert "đã học" in result.doubts["model_name"]


def test_the_place_is_relative_to_the_label_not_to_coordinates() -> None:
    lines = [
        TextLine("PHIẾU GHI NHẬN", 0),
        TextLine("Đơn vị: Chi bộ xóm 3", 1),
        TextLine("3. Phần việc đăng ký gắn với phong trào:", 2),
        TextLine("“Đường làng sáng, xanh, sạch, đẹp”", 3),
        TextLine("Người phụ trách: Ông Phạm Văn An   Chức vụ: Trưởng thôn", 4),
    ]
    below = locate(lines, "model_name", "Đường làng sáng, xanh, sạch, đẹp")
    assert below[0] == Address("below", anchor_key("Phần việc đăng ký gắn với phong trào"), 0, 1)
    person = locate(lines, "leader_name", "Phạm Văn An")
    # the honorific belongs to the value's writing; the second label ends the value
    assert person[0] == Address("inline", "nguoi phu trach", 0, 0, "chuc vu")
    longer = [
        TextLine("Một dòng mới ở đầu phiếu", 0),
        *lines[:3],
        TextLine("Tuyến đường hoa", 3),
        TextLine("Người phụ trách: Bà Lò Thị Mai - Chi hội trưởng   Chức vụ: Chi hội trưởng", 4),
    ]
    assert resolve(longer, below[0]) is not None
    assert resolve(longer, below[0]).text == "Tuyến đường hoa"  # type: ignore[union-attr]
    found = resolve(longer, person[0])
    assert found is not None and found.text == "Bà Lò Thị Mai - Chi hội trưởng"


def test_a_value_not_on_the_form_teaches_nothing() -> None:
    first = extract(unusual_form(FILLINGS[0]), "a.docx")
    assert locate(first.lines, "model_name", "Một tên không có trong phiếu") == ()
    assert locate(first.lines, "domain", "culture_society") == ()


def test_hints_cross_the_sandbox_and_lines_come_back() -> None:
    digest, hint = _taught("table")
    try:
        result = extract_in_sandbox(unusual_form(FILLINGS[1], shape="table"), "b.docx", [hint],
                                    timeout=60, memory_mb=1024)  # fmt: skip
    finally:
        shutdown()
    assert result.fields["model_name"] == FILLINGS[1].model
    assert result.provenance["model_name"].memory == hint.id
    assert result.layout is not None and result.layout.digest == digest
    assert any(line.text == FILLINGS[1].model for line in result.lines)
