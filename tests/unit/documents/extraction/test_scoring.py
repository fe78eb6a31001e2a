"""The comparison rules of samples/README.md."""

from __future__ import annotations

import json
from pathlib import Path

from documents.extraction.scoring import load_truths, score, value_matches

TRUTH = {
    "kind": "registration",
    "fields": {"unit_name": "Chi bộ xóm 3", "model_name": "Đường hoa", "participants": None,
               "content": "Một hai ba bốn năm sáu bảy tám chín mười", "signed_date": "2024-04-02",
               "model_type": "collective"},
    "alt": {"unit_name": ["CHI BỘ XÓM 3 XÃ NGHĨA THÁI"]},
}  # fmt: skip


def test_short_text_ignores_case_quotes_space_and_trailing_punctuation() -> None:
    assert value_matches("model_name", "Đường hoa", "“ĐƯỜNG   hoa”.")
    assert not value_matches("model_name", "Đường hoa", "Đường hoa đẹp")


def test_alternatives_are_accepted() -> None:
    assert value_matches(
        "unit_name", "Chi bộ xóm 3", "chi bộ xóm 3 xã Nghĩa Thái", ["CHI BỘ XÓM 3 XÃ NGHĨA THÁI"]
    )


def test_long_text_needs_similarity_085() -> None:
    want = "Một hai ba bốn năm sáu bảy tám chín mười"
    assert value_matches("content", want, "Một hai ba bốn năm sáu bảy tám chín mười.")
    assert not value_matches("content", want, "Một hai ba")


def test_numbers_dates_and_enums_must_be_equal() -> None:
    assert value_matches("participants", 120, 120)
    assert not value_matches("participants", 120, "120")
    assert not value_matches("signed_date", "2024-04-02", "2024-04-03")
    assert not value_matches("model_type", "collective", "individual")


def test_value_where_truth_is_null_is_an_error_like_a_missing_one() -> None:
    assert value_matches("phone", None, None)
    assert not value_matches("phone", None, "0912345678")
    assert not value_matches("phone", "0912345678", None)


def test_score_tallies_fields_sources_and_kinds() -> None:
    good = {"file": "a.docx", "source": "docx", "kind": "registration",
            "fields": {"unit_name": "CHI BỘ XÓM 3 XÃ NGHĨA THÁI", "model_name": "Đường hoa",
                       "content": "Một hai ba bốn năm sáu bảy tám chín mười",
                       "signed_date": "2024-04-02", "model_type": "collective"}}  # fmt: skip
    bad = {"file": "a.pdf", "source": "pdf-text", "kind": "report", "fields": {"participants": 5}}
    report = score([(TRUTH, good), (TRUTH, bad)])
    assert report.per_source["docx"].accuracy == 1.0
    assert report.per_source["pdf-text"].ok == 13 - 6  # 5 expected values missing, 1 unexpected
    assert report.kinds.ok == 1 and report.kind_errors == [("a.pdf", "registration", "report")]
    assert report.overall.total == 26
    assert {e.field for e in report.errors} == {
        "unit_name",
        "model_name",
        "content",
        "signed_date",
        "model_type",
        "participants",
    }
    assert report.as_json()["fields_ok"] == report.overall.ok


def test_load_truths_pairs_each_listed_file(tmp_path: Path) -> None:
    (tmp_path / "x.docx").write_bytes(b"x")
    (tmp_path / "x.truth.json").write_text(json.dumps({**TRUTH, "files": ["x.docx", "x.pdf"]}))
    pairs = load_truths(tmp_path)
    assert [p.name for p, _ in pairs] == ["x.docx"]  # x.pdf does not exist
