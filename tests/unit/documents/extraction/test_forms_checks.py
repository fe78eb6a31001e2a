"""Checks of single values the typed-form classes added: a place running on into the model's
kind line, and the units file vouching only for a leader spelt with its marks."""

from __future__ import annotations

from documents.contract import Extraction, Kind
from documents.extraction.corroborate import corroborate
from documents.extraction.fields.validate import ODD, check_location
from documents.matching import UnitDirectory

UNITS = UnitDirectory([("cb-thon-2", "Chi bộ thôn 2", [])], {}, {"cb-thon-2": "Lê Văn Tư"})


def test_a_place_that_runs_on_into_the_models_kind_is_cut_there_and_doubted() -> None:
    verdict = check_location("Nhà văn hóa thôn Pác Nặm Mô hình cá nhân – lĩnh vực kinh tế")
    assert verdict.value == "Nhà văn hóa thôn Pác Nặm" and verdict.score == ODD
    assert check_location("Chợ phiên xã Hòa Bình Lĩnh vực an ninh").value == "Chợ phiên xã Hòa Bình"
    kept = check_location("thôn 2, nơi thực hiện mô hình tập thể của Hội")
    assert kept.value == "thôn 2, nơi thực hiện mô hình tập thể của Hội"


def _result(leader: str, source: str) -> Extraction:
    return Extraction(
        kind=Kind.REGISTRATION,
        source=source,
        fields={"unit_name": "Chi bộ thôn 2", "leader_name": leader},
        confidence={"unit_name": 0.86, "leader_name": 0.85},
        doubts={"unit_name": "…", "leader_name": "…"},
    )


def test_the_contact_read_with_other_marks_is_not_vouched_for() -> None:
    """A name read with other marks than the file's ("Lễ" for "Lê") folds alike: the file does
    not vouch for the marks read; the same marks in another case do match."""
    assert corroborate(_result("Lễ Văn Tư", "image-ocr"), UNITS).confidence["leader_name"] == 0.85
    assert corroborate(_result("lê văn tư", "docx"), UNITS).confidence["leader_name"] >= 0.95
