"""Agreement with the units file raises or caps the confidence of the unit and the leader."""

from __future__ import annotations

from documents.contract import Extraction, Kind
from documents.extraction.corroborate import corroborate
from documents.matching import UnitDirectory

UNITS = UnitDirectory(
    [("cb-thon-2", "Chi bộ thôn 2", ["CB thôn 2"]), ("hoi-nd", "Hội Nông dân xã", [])],
    {},
    {"cb-thon-2": "Lê Văn Tư"},
)


def _result(unit: str, leader: str, unit_conf: float = 0.86, leader_conf: float = 0.85,
            source: str = "docx") -> Extraction:  # fmt: skip
    return Extraction(
        kind=Kind.REGISTRATION,
        source=source,
        fields={"unit_name": unit, "leader_name": leader},
        confidence={"unit_name": unit_conf, "leader_name": leader_conf},
        doubts={"unit_name": "…", "leader_name": "…"},
    )


def test_a_unit_of_the_file_and_its_contact_are_sure() -> None:
    result = corroborate(_result("CHI BỘ THÔN 2", "Lê Văn Tư"), UNITS)
    assert result.confidence["unit_name"] >= 0.95 and result.confidence["leader_name"] >= 0.95
    assert result.doubts == {}


def test_a_unit_close_to_one_of_the_file_is_not_trusted() -> None:
    result = corroborate(_result("Chi bộ thôn 2 Đông", "Lê Văn Tư", unit_conf=0.97), UNITS)
    assert result.confidence["unit_name"] < 0.9
    assert "gần giống" in result.doubts["unit_name"]
    assert result.confidence["leader_name"] == 0.85  # not the contact of a matched unit


def test_a_unit_like_none_of_the_file_is_capped() -> None:
    result = corroborate(_result("Câu lạc bộ dưỡng sinh", "Lê Văn Tư", unit_conf=0.99), UNITS)
    assert result.confidence["unit_name"] <= 0.8
    assert "không khớp" in result.doubts["unit_name"]


def test_another_person_than_the_contact_keeps_its_confidence() -> None:
    result = corroborate(_result("Chi bộ thôn 2", "Trần Thị Nụ"), UNITS)
    assert result.confidence["leader_name"] == 0.85 and "leader_name" in result.doubts


def test_the_contact_read_as_a_guess_is_not_raised() -> None:
    """Being the unit's contact does not make a weakly read person the model's leader (the
    first name of a list of staff, a signer when the person in charge went unread)."""
    result = corroborate(_result("Chi bộ thôn 2", "Lê Văn Tư", leader_conf=0.82), UNITS)
    assert result.confidence["unit_name"] >= 0.95
    assert result.confidence["leader_name"] == 0.82 and "leader_name" in result.doubts


def test_a_scanned_unit_with_other_marks_than_the_file_is_not_vouched_for() -> None:
    """The match folds diacritics: on a scan "Hội Nông dần xã" matches "Hội Nông dân xã" by its
    letters, but the file cannot vouch for marks the OCR may have misread."""
    misread = corroborate(_result("HỘI NÔNG DẦN XÃ", "Lê Văn Tư", 0.97, source="pdf-ocr"), UNITS)
    assert misread.confidence["unit_name"] < 0.9 and "DẦN" in misread.doubts["unit_name"]
    right = corroborate(_result("HỘI NÔNG DÂN XÃ", "Lê Văn Tư", source="image-ocr"), UNITS)
    assert right.confidence["unit_name"] >= 0.95
    typed = corroborate(_result("Hội Nông dần xã", "Lê Văn Tư", source="docx"), UNITS)
    assert typed.confidence["unit_name"] >= 0.95  # what the sender typed is the value


def _scanned(unit: str) -> Extraction:
    return Extraction(
        kind=Kind.REGISTRATION,
        fields={"unit_name": unit, "leader_name": "Trần Thị Nụ"},
        confidence={"unit_name": 0.86, "leader_name": 0.8},
        source="pdf-ocr",
    )


def test_a_scanned_unit_name_with_other_diacritics_is_not_trusted() -> None:
    """'CHI BỘ THỐN 2' matches 'Chi bộ thôn 2' once the marks are dropped: the scan misread
    them, and the value kept as read must go to review."""
    result = corroborate(_scanned("CHI BỘ THỐN 2"), UNITS)
    assert result.confidence["unit_name"] < 0.9
    assert "dấu khác" in result.doubts["unit_name"]


def test_a_scanned_unit_name_spelt_as_in_the_file_is_sure() -> None:
    result = corroborate(_scanned("CHI BỘ THÔN 2"), UNITS)
    assert result.confidence["unit_name"] >= 0.95


def test_a_typed_unit_name_is_matched_by_its_key_alone() -> None:
    typed = Extraction(kind=Kind.REGISTRATION, fields={"unit_name": "Chi bo thon 2"},
                       confidence={"unit_name": 0.86}, source="docx")  # fmt: skip
    assert corroborate(typed, UNITS).confidence["unit_name"] >= 0.95


def test_the_body_issuing_the_document_is_not_made_sure_as_the_unit() -> None:
    """A decision headed by the body that issues it: the units file knowing that body does not
    make it the unit whose model the decision is about."""
    from documents.extraction.fields.found import ISSUER

    issued = Extraction(
        kind=Kind.REPORT,
        source="pdf-ocr",
        fields={"unit_name": "HỘI NÔNG DÂN XÃ"},
        confidence={"unit_name": 0.83},
        doubts={"unit_name": f"Cần kiểm tra tên đơn vị (độ tin cậy 0.83): {ISSUER}"},
    )
    assert corroborate(issued, UNITS).confidence["unit_name"] < 0.9
    assert (
        corroborate(_result("HỘI NÔNG DÂN XÃ", "Lê Văn Tư"), UNITS).confidence["unit_name"] >= 0.95
    )


def test_a_kind_only_inferred_keeps_its_values_under_review() -> None:
    from dataclasses import replace

    from documents.extraction.classify import INFERRED

    result = replace(_result("CHI BỘ THÔN 2", "Lê Văn Tư"), warnings=(INFERRED,))
    result = corroborate(result, UNITS)
    assert result.confidence["unit_name"] < 0.9 and result.confidence["leader_name"] < 0.9
