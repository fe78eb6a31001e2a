"""Every unit of the example units file, written the many ways forms write it, must match itself.

Variants of each name and alias: upper case, diacritics stripped, abbreviations swapped, number
forms (3 / Ba / III / 03), upper-case header lines, the commune's name appended, and typos (one
character changed or dropped in a word of five letters or more). Non-typo variants must all
match; typo variants at least 95 %; and no variant may match a wrong unit without review.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from documents.config_files import UnitsFile, load_units_file
from documents.matching import MatchResult, UnitDirectory

ROOT = Path(__file__).resolve().parents[3]

NUMBER_WORDS = {
    1: "Một", 2: "Hai", 3: "Ba", 4: "Bốn", 5: "Năm", 6: "Sáu", 7: "Bảy", 8: "Tám", 9: "Chín",
    10: "Mười", 11: "Mười Một", 12: "Mười Hai", 13: "Mười Ba", 14: "Mười Bốn",
}  # fmt: skip
ROMAN = {
    1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX",
    10: "X", 11: "XI", 12: "XII", 13: "XIII", 14: "XIV",
}  # fmt: skip

#: Full wording ↔ abbreviations seen in documents; each direction is tried.
SWAPS: list[tuple[str, list[str]]] = [
    ("Chi bộ", ["CB"]),
    ("Ủy ban MTTQ Việt Nam", ["UBMTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam", "MTTQ"]),
    ("Mặt trận Tổ quốc", ["MTTQ", "UBMTTQ"]),
    ("MTTQ", ["Mặt trận Tổ quốc", "UBMTTQ", "UBMT"]),
    ("Hội Liên hiệp Phụ nữ", ["Hội LHPN", "HLHPN", "HPN", "Hội Phụ nữ"]),
    ("Hội LHPN", ["Hội Liên hiệp Phụ nữ", "HPN", "Hội Phụ nữ"]),
    ("Hội Nông dân", ["HND", "Hội ND"]),
    ("Hội Cựu chiến binh", ["Hội CCB", "HCCB", "CCB"]),
    ("Hội CCB", ["Hội Cựu chiến binh", "HCCB"]),
    ("Đoàn Thanh niên", ["Đoàn TN", "ĐTN", "Đoàn TNCS Hồ Chí Minh"]),
    ("Đoàn TN", ["Đoàn Thanh niên", "ĐTN"]),
    ("Ban Chỉ huy Quân sự", ["BCHQS", "Ban CHQS", "BCH Quân sự"]),
    ("Ban CHQS", ["Ban Chỉ huy Quân sự", "BCHQS"]),
    ("Công an", ["CA"]),
    ("Trạm Y tế", ["TYT"]),
    ("Mầm non", ["MN"]),
    ("Tiểu học", ["TH"]),
    ("THCS", ["Trung học cơ sở"]),
    ("Hợp tác xã", ["HTX"]),
    ("HTX", ["Hợp tác xã"]),
    ("Ủy ban nhân dân", ["UBND"]),
    ("UBND", ["Ủy ban nhân dân", "Uỷ ban nhân dân"]),
    ("Người cao tuổi", ["NCT"]),
    ("Chữ thập đỏ", ["CTĐ"]),
]
XOM_RE = re.compile(r"\b([Xx]óm) (\d+)\b")


def strip_marks(text: str) -> str:
    bare = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", "".join(c for c in bare if not unicodedata.combining(c)))


def number_forms(text: str) -> Iterator[str]:
    match = XOM_RE.search(text)
    if not match:
        return
    n = int(match.group(2))
    for form in (NUMBER_WORDS.get(n), ROMAN.get(n), f"{n:02d}", str(n)):
        if form:
            yield XOM_RE.sub(f"{match.group(1)} {form}", text)


def typos(text: str) -> Iterator[str]:
    words = text.split(" ")
    for i, word in enumerate(words):
        letters = [c for c in word if c.isalpha()]
        if len(letters) < 5:
            continue
        mid = len(word) // 2
        dropped = word[:mid] + word[mid + 1 :]
        swapped = word[:mid] + ("x" if word[mid] != "x" else "y") + word[mid + 1 :]
        for wrong in (dropped, swapped):
            yield " ".join([*words[:i], wrong, *words[i + 1 :]])


def variants(name: str, commune: str) -> tuple[set[str], set[str]]:
    """(clean variants, typo variants) of one name."""
    base = {name}
    for full, abbreviations in SWAPS:
        pattern = re.compile(rf"(?<!\w){re.escape(full)}(?!\w)")
        if pattern.search(name):
            base |= {pattern.sub(abbr, name) for abbr in abbreviations}
    for text in list(base):
        base |= set(number_forms(text))
    clean: set[str] = set()
    for text in base:
        suffixed = text if commune.casefold() in text.casefold() else f"{text} {commune}"
        for form in (text, suffixed):
            clean |= {form, form.upper(), strip_marks(form), strip_marks(form).upper()}
    typo = {t for text in (name, f"{name} {commune}") for t in typos(text)}
    return clean, typo - clean


@pytest.fixture(scope="module")
def spec() -> UnitsFile:
    return load_units_file(ROOT / "examples" / "units.yaml")


@pytest.fixture(scope="module")
def directory(spec: UnitsFile) -> UnitDirectory:
    units = [(u.id, u.name, u.aliases) for u in spec.units]
    return UnitDirectory(units, {a: u.id for u in spec.units for a in u.emails})


def run(directory: UnitDirectory, unit_id: str, texts: set[str]) -> tuple[int, list[str]]:
    """(correct top-1 count, descriptions of silent wrong matches)."""
    correct, silent = 0, []
    for text in sorted(texts):
        result: MatchResult = directory.match(None, [text])
        if result.unit_id == unit_id:
            correct += 1
        elif result.unit_id is not None and not result.needs_review:
            silent.append(f"{text!r} → {result.unit_id} (expected {unit_id})")
    return correct, silent


def test_every_unit_matches_itself_in_every_written_form(
    spec: UnitsFile, directory: UnitDirectory
) -> None:
    commune = spec.commune_name or "xã Nghĩa Thái"
    clean_total = clean_ok = typo_total = typo_ok = 0
    misses: list[str] = []
    silent: list[str] = []
    misses_typo: list[str] = []
    for unit in spec.units:
        clean: set[str] = set()
        typo: set[str] = set()
        for name in [unit.name, *unit.aliases]:
            c, t = variants(name, commune)
            clean |= c
            typo |= t
        ok, wrong = run(directory, unit.id, clean)
        clean_total, clean_ok = clean_total + len(clean), clean_ok + ok
        silent += wrong
        misses += [
            f"{text!r} → {directory.match(None, [text]).unit_id} (expected {unit.id})"
            for text in sorted(clean)
            if directory.match(None, [text]).unit_id != unit.id
        ]
        ok, wrong = run(directory, unit.id, typo)
        misses_typo += [
            f"{text!r} → {directory.match(None, [text])}"
            for text in sorted(typo)
            if directory.match(None, [text]).unit_id != unit.id
        ]
        typo_total, typo_ok = typo_total + len(typo), typo_ok + ok
        silent += wrong
    print(
        f"\nclean variants: {clean_ok}/{clean_total} correct top-1; "
        f"typo variants: {typo_ok}/{typo_total} ({100 * typo_ok / max(typo_total, 1):.1f} %)"
    )
    assert clean_total > 1000 and typo_total > 100
    assert misses == [], "\n".join(misses)
    print("\n".join(misses_typo))
    assert typo_ok / typo_total >= 0.95
    assert silent == []


def test_clean_document_names_need_no_review(directory: UnitDirectory) -> None:
    for text, unit_id in [
        ("CHI BỘ XÓM 3", "cb-xom-3"),
        ("Chi ủy - Chi bộ Xóm III", "cb-xom-3"),
        ("chi bo xom 03", "cb-xom-3"),
        ("Hội LHPN xã Nghĩa Thái", "hoi-phu-nu"),
        ("BAN CHỈ HUY QUÂN SỰ XÃ NGHĨA THÁI", "quan-su"),
        ("Ban Thường trực UBMTTQ xã", "mttq"),
        ("Uỷ ban nhân dân xã", "ubnd"),
        ("Ủy ban nhân dân xã", "ubnd"),
    ]:
        result = directory.match(None, [text])
        assert (result.unit_id, result.needs_review, result.method) == (unit_id, False, "document")


@pytest.mark.parametrize(
    ("text", "unit_id", "not_unit"),
    [
        ("Chi bộ Công an xã", "cb-cong-an", "cong-an"),
        ("Công an xã", "cong-an", "cb-cong-an"),
        ("Chi bộ xóm 1", "cb-xom-1", "cb-xom-11"),
        ("Chi bộ xóm 11", "cb-xom-11", "cb-xom-1"),
        ("Chi bộ xóm 12", "cb-xom-12", "cb-xom-2"),
        ("Chi bộ Trường Tiểu học", "cb-truong-tieu-hoc", "cb-truong-thcs"),
    ],
)
def test_near_identical_names_stay_apart(
    directory: UnitDirectory, text: str, unit_id: str, not_unit: str
) -> None:
    result = directory.match(None, [text])
    assert result.unit_id == unit_id and not result.needs_review
    assert not_unit not in {c.unit_id for c in result.candidates if c.score >= 85}


def test_numbers_are_never_matched_fuzzily(directory: UnitDirectory) -> None:
    for text in ("Chi bộ xóm 15", "Chi bộ xóm 3A"):
        result = directory.match(None, [text])
        assert result.unit_id is None or result.needs_review
        assert all(not c.unit_id.startswith("cb-xom-") for c in result.candidates[:1])


def test_sender_known_and_document_silent_gives_sender_unit(directory: UnitDirectory) -> None:
    for names in ([], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG BỘ XÃ NGHĨA THÁI"]):
        result = directory.match("Phạm Văn Hùng <CBXOM3.nghiathai@gmail.test>", names)
        assert (result.unit_id, result.method, result.needs_review) == ("cb-xom-3", "sender", False)


def test_sender_and_document_agree(directory: UnitDirectory) -> None:
    result = directory.match("congan@nghiathai.test", ["CÔNG AN XÃ NGHĨA THÁI"])
    assert (result.unit_id, result.method, result.needs_review) == ("cong-an", "sender", False)


def test_sender_and_document_disagree_needs_review(directory: UnitDirectory) -> None:
    result = directory.match("congan@nghiathai.test", ["Chi bộ Công an xã"])
    assert result.needs_review
    assert result.reasons == ("Đơn vị theo địa chỉ gửi khác với đơn vị ghi trong văn bản",)
    assert [c.unit_id for c in result.candidates[:2]] == ["cb-cong-an", "cong-an"]


def test_unknown_sender_with_clear_document_needs_confirmation(directory: UnitDirectory) -> None:
    result = directory.match("someone@example.test", ["Hội Nông dân xã Nghĩa Thái"])
    assert (result.unit_id, result.needs_review) == ("hoi-nong-dan", True)
    assert result.reasons == ("Địa chỉ gửi chưa có trong danh sách của đơn vị",)


def test_nothing_known_gives_no_unit(directory: UnitDirectory) -> None:
    result = directory.match("someone@example.test", ["Công ty TNHH Ánh Dương"])
    assert result.unit_id is None and result.needs_review and result.method is None


def test_ambiguous_name_ranks_candidates(directory: UnitDirectory) -> None:
    result = directory.match(None, ["Chi bộ xóm"])
    assert result.needs_review
    assert len(result.candidates) >= 2
    assert [c.score for c in result.candidates] == sorted(
        (c.score for c in result.candidates), reverse=True
    )


def test_two_names_naming_different_units_need_review(directory: UnitDirectory) -> None:
    result = directory.match(None, ["Chi bộ xóm 3", "Hội Nông dân xã"])
    assert result.needs_review
    assert {c.unit_id for c in result.candidates[:2]} == {"cb-xom-3", "hoi-nong-dan"}
