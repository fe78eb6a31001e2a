"""Choosing each field's value: of the candidates every kind of evidence gave, the one to keep,
checked by its validator and scored by its evidence (stage three of `parse.py`), and the doubts
the document's shape casts on every value chosen."""

from __future__ import annotations

import re
from dataclasses import dataclass

from documents.contract import FIELD_KEYS
from documents.extraction.classify import INFERRED
from documents.extraction.fields import candidates as sources
from documents.extraction.fields import frame
from documents.extraction.fields.candidates import Candidate
from documents.extraction.fields.confidence import EXACT_TEXT, SIGNED_FOR_ANOTHER, Evidence, score
from documents.extraction.fields.flow import Reader
from documents.extraction.fields.found import Method, Where
from documents.extraction.fields.lines import LONG_FIELDS
from documents.extraction.fields.lost_lines import runs_into_a_lost_line
from documents.extraction.fields.own_model import MODEL_FIELDS
from documents.extraction.fields.people import unit_level
from documents.extraction.fields.validate import ODD, Verdict, check, is_mobile, mend_surname
from documents.extraction.normalise import fold_case, key
from documents.extraction.text import DocumentText

#: Fields chosen before the others: a person's position and phone follow the person chosen,
#: the figures follow the results text.
ORDER = ("leader_name", *(k for k in FIELD_KEYS if k not in ("leader_name",)))
#: A short value that filled its line, over a line OCR lost (`lost_lines.py`).
LOST_LINE_CAP = 0.85


@dataclass(frozen=True)
class Choice:
    candidate: Candidate
    verdict: Verdict
    confidence: float
    reasons: tuple[str, ...]


def choose_all(
    found: list[Candidate], doc: DocumentText, reader: Reader, story: bool = False
) -> tuple[dict[str, Choice], dict[str, str]]:
    """Each field's value; `story`: the paper tells the story of the person its title names."""
    chosen: dict[str, Choice] = {}
    refused: dict[str, str] = {}
    ocr = doc.ocr_confidence is not None or doc.source.endswith("ocr")
    written = _written(doc) if ocr else None
    for name in ORDER:
        pool = _pool(name, found, chosen, reader)
        if name == "location" and story and not pool and "leader_position" in chosen:
            # the person's village is where they do what the story tells
            pool = list(sources.place_of_position(str(chosen["leader_position"].verdict.value)))
        choice, reason = _pick(name, pool, doc, written)
        if choice is not None:
            choice = _place_cut_short(name, choice) if ocr else choice
            choice = _unsure_if_mended(choice) if ocr and name == "leader_name" else choice
            chosen[name] = _as_sure_as_the_person(name, choice, chosen.get("leader_name"))
        elif reason:
            refused[name] = reason
    return chosen, refused


def _pool(
    name: str, found: list[Candidate], chosen: dict[str, Choice], reader: Reader
) -> list[Candidate]:
    pool = [c for c in found if c.name == name]
    if name in ("leader_position", "phone"):
        leader = chosen.get("leader_name")
        groups = _groups_of(leader, found) if leader else {""}
        named = f"name:{key(str(leader.verdict.value))}" if leader else ""
        pool = [
            c for c in pool if c.group == named or any(_same_person(c.group, g) for g in groups)
        ]
    if name in ("participants", "funds_vnd") and "results" in chosen:
        results = chosen["results"]
        text = f"{results.verdict.value}\n{results.candidate.after}".strip()
        places = results.candidate.places
        pool += [c for c in sources.from_results(text, places) if c.name == name]
    if any(c.rank < sources.LAST_RESORT for c in pool):  # neither chosen nor agreeing then
        pool = [c for c in pool if c.rank < sources.LAST_RESORT]
    return pool


def _groups_of(leader: Choice, found: list[Candidate]) -> set[str]:
    """The chosen person's group, and those of the same person read with the name cut short
    ("Lý Thị" where the text reads "Lý Thị Mẩy" elsewhere): their position and phone too."""
    full = key(str(leader.verdict.value))
    cut = {c.group for c in found if c.name == "leader_name" and c.group and len(c.text.split()) >= 2
           and full.startswith(key(c.text) + " ")}  # fmt: skip
    # the same person read by another source too (the story's title, the author's line)
    same = {c.group for c in found if c.name == "leader_name" and c.group and key(c.text) == full}
    return {leader.candidate.group, *cut, *same}


def _as_sure_as_the_person(name: str, choice: Choice, leader: Choice | None) -> Choice:
    """A position is someone's: when the reader is unsure who is in charge (two people under
    two labels, the chair of a meeting and the person given the model), it is as unsure of
    the position, however clean the position's own line."""
    if name != "leader_position" or leader is None or leader.confidence >= 0.9:
        return choice
    if choice.confidence <= leader.confidence:
        return choice
    why = "chức vụ của người phụ trách, mà người phụ trách chưa chắc chắn"
    return Choice(choice.candidate, choice.verdict, leader.confidence, (*choice.reasons, why))


def unsure_of_the_shape(choice: Choice) -> Choice:
    """Values of an achievement summary or a conference paper go to review: such papers put
    people, models and figures in tables and speeches the reader has few layouts of."""
    if choice.confidence < 0.9:
        return choice
    why = "văn bản dạng tóm tắt thành tích hoặc tham luận, cần kiểm tra"
    return Choice(choice.candidate, choice.verdict, 0.85, (*choice.reasons, why))


def unsure_of_the_kind(choice: Choice) -> Choice:
    """Values of a paper whose kind was inferred from what it tells (a story, a logbook, a
    decision, a proposal letter), not from a form's title, go to review: its shape is not a
    form's. Nothing of it reads above 0.85, the sure-looking values of prose included."""
    if choice.confidence <= 0.85:
        return choice
    return Choice(choice.candidate, choice.verdict, 0.85, (*choice.reasons, INFERRED))


#: A place named by its level and one syllable ("… xã Nghĩa"): names of communes and hamlets
#: mostly have two, so on a scan the rest may sit on a line the OCR lost or cut off.
_ONE_SYLLABLE_PLACE = re.compile(r"\b(?:xa|phuong|thi tran|huyen|tinh|ap|thon|xom|ban)\s+[A-Z]\w*$")


def _place_cut_short(name: str, choice: Choice) -> Choice:
    if name != "location" or choice.confidence < 0.9:
        return choice
    if not _ONE_SYLLABLE_PLACE.search(fold_case(str(choice.verdict.value)).rstrip(" .,;")):
        return choice
    why = "địa danh ở cuối chỉ có một tiếng, có thể bị cắt khi xuống dòng"
    return Choice(choice.candidate, choice.verdict, 0.85, (*choice.reasons, why))


def unsure_which_model(name: str, choice: Choice) -> Choice:
    """A review telling several models without saying which is the unit's own: the model's
    values may be another model's."""
    if name not in MODEL_FIELDS or choice.confidence < 0.9:
        return choice
    why = "văn bản nêu nhiều mô hình, chưa rõ mô hình nào là của đơn vị"
    return Choice(choice.candidate, choice.verdict, 0.85, (*choice.reasons, why))


def unsure_after_correction(choice: Choice) -> Choice:
    """A forwarded form whose forwarder's note corrects one of its values: any value read from
    the form may be the one corrected."""
    if choice.confidence < 0.9:
        return choice
    why = "thư chuyển tiếp báo một giá trị trong bản đăng ký bị ghi nhầm, cần đối chiếu"
    return Choice(choice.candidate, choice.verdict, 0.85, (*choice.reasons, why))


def _same_person(group: str, leader_group: str) -> bool:
    """A position or phone written with a person (in a signature, a sentence or the person's
    own value) belongs to that person only; one under its own label to whoever is in charge."""
    return not group or group == leader_group


def _pick(
    name: str, pool: list[Candidate], doc: DocumentText, written: str | None
) -> tuple[Choice | None, str | None]:
    """The best usable candidate and its confidence; `written`: the OCR document's text as
    `_written` folds it (None for a typed document)."""
    ocr = written is not None
    checked = [(c, _checked(name, c, ocr)) for c in pool]
    usable = [(c, v) for c, v in checked if v.value is not None]
    refusal = next((v.reason for c, v in checked if v.value is None and c.rank < 20), None)
    if not usable:
        return None, refusal
    ranks = {id(cv[0]): _rank(name, cv, usable) for cv in usable}  # before sorting in place
    usable.sort(key=lambda cv: (cv[1].score == ODD, ranks[id(cv[0])], cv[0].rank, _weaker(cv[0])))
    best, verdict = usable[0]
    agree, disagree = _agreement(best, verdict, usable[1:])
    if best.method is Method.MEMORY:
        disagree = 0  # the office corrected what the other readings give on this layout
    quality: float | None = None
    mended: tuple[str, ...] = ()
    if ocr:
        long = name in ("content", "results")
        quality = doc.ocr_confidence if long else _quality(doc, best.places)
        mended = _mended(doc, best.places, verdict.value)
    conf, reasons = score(Evidence(best, verdict, agree, disagree, quality, ocr, mended))
    if ocr and name in EXACT_TEXT and runs_into_a_lost_line(doc, best.places):
        conf = min(conf, LOST_LINE_CAP)
        reasons.append("giá trị kín dòng, dòng dưới có thể bị mất khi quét")
    if (
        written is not None
        and name in EXACT_TEXT
        and not agree
        and _lone_number_unconfirmed(written, verdict.value)
    ):
        conf, reasons = min(conf, LONE_NUMBER_CAP), [*reasons, LONE_NUMBER]
    mine = _comparable(verdict.value)
    if any(_signed_for_another(best, c, mine, _comparable(v.value)) for c, v in usable[1:]):
        conf, reasons = min(conf, 0.85), [*reasons, SIGNED_FOR_ANOTHER]
    return Choice(best, verdict, conf, tuple(reasons)), None


#: A number inside a scanned name or place ("5 ấp", "xóm 3") is one glyph no word around it
#: checks: Tesseract's 5/6, 3/8 or 1/7 slip reads as a real value. Written the same way a second
#: time in the document it is confirmed; else it stays below the confident band.
LONE_NUMBER_CAP = 0.88
LONE_NUMBER = "chữ số trong tên hay địa bàn đọc từ bản quét, không có chỗ nào khác xác nhận"
_NUMBER_PHRASE = re.compile(r"(\w+ )?(?<![\d/.,-])(\d{1,2})(?![\d/.,-])( \w+)?")


def _written(doc: DocumentText) -> str:
    """The document's text folded once for `_lone_number_unconfirmed` (it runs per field)."""
    return _fold_spaces(doc.plain_text)


def _fold_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", fold_case(text).lower())


def _lone_number_unconfirmed(text: str, value: object) -> bool:
    """Whether a number of the value, with the word before it (else after it), is written
    only once in `text` (the document as `_written` folds it): the value itself."""
    for match in _NUMBER_PHRASE.finditer(_fold_spaces(str(value))):
        before, number, after = match.groups()
        phrase = f"{before}{number}" if before else f"{number}{after or ''}"
        if len(re.findall(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)) < 2:
            return True
    return False


def _weaker(candidate: Candidate) -> float:
    """Of two free texts equally placed, the one under a label that fully names the field
    ("Kết quả đạt được:" after the heading "2. Kết quả kiểm tra thực tế")."""
    return -candidate.strength if candidate.name in LONG_FIELDS else 0.0


def _checked(name: str, candidate: Candidate, ocr: bool) -> Verdict:
    verdict = check(name, candidate.text)
    if ocr and name == "leader_name" and isinstance(verdict.value, str):
        mended = mend_surname(verdict.value)
        if mended != verdict.value:
            return check(name, mended)
    return verdict


#: A surname mended from OCR is a guess: at most this sure.
MENDED_CAP = 0.85


def _unsure_if_mended(choice: Choice) -> Choice:
    """A surname read by OCR and mended to the one surname it folds to is a guess: the name
    read may be a rare surname spelt right ("Đàng", a Chăm surname, is no misread "Đặng")."""
    read = check("leader_name", choice.candidate.text).value
    value = choice.verdict.value
    if not isinstance(read, str) or read == value or mend_surname(read) != value:
        return choice
    why = f"Họ “{read.split()[0]}” đọc được đã sửa thành “{str(value).split()[0]}”, cần kiểm tra"
    confidence = min(choice.confidence, MENDED_CAP)
    return Choice(choice.candidate, choice.verdict, confidence, (*choice.reasons, why))


def _rank(name: str, cv: tuple[Candidate, Verdict], usable: list[tuple[Candidate, Verdict]]) -> int:
    """A unit named only as the superior body in the header yields to a more specific one;
    of two phones read alike (a home or office line and a mobile), the mobile is the person's."""
    candidate, verdict = cv
    if name == "phone":
        return candidate.rank + (0 if is_mobile(str(verdict.value)) else 1)
    if name != "unit_name" or candidate.rank != frame.SUPERIOR_ONLY:
        return candidate.rank
    levels = [unit_level(str(v.value)) for c, v in usable if c.rank in (35, 38, 40)]
    return 34 if not levels or min(levels) >= unit_level(str(verdict.value)) else 45


def _agreement(
    best: Candidate, verdict: Verdict, others: list[tuple[Candidate, Verdict]]
) -> tuple[int, int]:
    """Other readings with the same value, and strong ones with another value."""
    mine = _comparable(verdict.value)
    agree = disagree = 0
    for candidate, other in others:
        theirs = _comparable(other.value)
        if theirs == mine:
            agree += int(candidate.method != best.method or candidate.places != best.places)
        elif mine in theirs or theirs in mine:
            continue  # "Chi bộ xóm 3" and "CHI BỘ XÓM 3 XÃ …": neither proves the other
        elif candidate.rank <= 25 and other.score != ODD:
            disagree += 1
    return agree, disagree


def _signed_for_another(best: Candidate, candidate: Candidate, mine: str, theirs: str) -> bool:
    """A unit read only as the superior body of the header, while the signer signs on behalf of
    another named body ("TM. BAN CÔNG TÁC MẶT TRẬN" under "ỦY BAN MTTQ … XÃ …"): the form may
    be that body's, its place lost."""
    superior = best.method is Method.HEADER and best.rank == frame.SUPERIOR_ONLY
    signed = candidate.method is Method.SIGNATURE and candidate.name == "unit_name"
    other = theirs not in mine and mine not in theirs and not frame.ORGAN.match(theirs)
    return superior and signed and other


def _comparable(value: object) -> str:
    return key(str(value)) if value is not None else ""


def _quality(doc: DocumentText, places: tuple[Where, ...]) -> float | None:
    values = []
    for where in places:
        if 0 <= where.block < len(doc.blocks):
            block = doc.blocks[where.block]
            if where.cell < len(block.quality) and block.quality[where.cell] is not None:
                values.append(block.quality[where.cell])
    return min(v for v in values if v is not None) if values else doc.ocr_confidence


def _mended(doc: DocumentText, places: tuple[Where, ...], value: object) -> tuple[str, ...]:
    """The words of the value whose diacritics the OCR stage mended in the blocks it came from."""
    words = {w.lower() for w in _LETTERS.findall(str(value))}
    found = (w for where in places if 0 <= where.block < len(doc.blocks)
             for w in doc.blocks[where.block].mended)  # fmt: skip
    return tuple(dict.fromkeys(w for w in found if w.lower() in words))


_LETTERS = re.compile(r"[^\W\d_]+")
