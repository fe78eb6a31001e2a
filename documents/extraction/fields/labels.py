"""Recognise a label by meaning: a vocabulary of concepts per field, matched on folded keys.

Forms word their labels freely ("Đơn vị đăng ký", "Tên tập thể", "Người chủ trì", "SĐT liên
hệ") and OCR adds noise ("Dần vận", "chỉ bộ", "Tén mô hinh", "Lĩnh vục"); `label_key` folds case,
diacritics (Đ→D), punctuation and the letters OCR confuses away, numbering and bullets are cut
off first ("9.", "II.", "a)", "1 ", "-"), and rapidfuzz absorbs the remaining typos, so no exact
spelling of a sample form is needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from documents.extraction.fields.gloss import strip_english
from documents.extraction.normalise import key

OTHER = "_other"  # a label we know, that carries no contract field (it still ends a value)
#: Where a person works ("Đơn vị công tác"): a unit only when the form names no other.
AFFILIATION = "_affiliation"

#: One label for the type and the domain ("Loại, lĩnh vực"): read as the type's label, and the
#: domain is read from the same value (see `names_type_and_domain`).
TYPE_AND_DOMAIN = (
    "loai linh vuc", "loai va linh vuc", "loai hinh linh vuc", "loai hinh va linh vuc",
    "loai mo hinh linh vuc", "loai mo hinh va linh vuc",
)  # fmt: skip

VOCABULARY: dict[str, tuple[str, ...]] = {
    "unit_name": (
        "ten don vi", "don vi", "don vi dang ky", "don vi thuc hien", "don vi bao cao",
        "don vi xay dung mo hinh", "don vi chu tri", "co quan don vi",
        "ten tap the", "tap the dang ky", "ten co quan", "co quan", "to chuc", "ten to chuc",
        "don vi chu quan", "ten chi bo", "ten doan the", "ten tap the de nghi",
        "ten don vi de nghi", "ten don vi dang ky", "ten don vi thuc hien", "ten don vi bao cao",
        "don vi de nghi", "tap the de nghi", "don vi xay dung", "ten tap the dang ky",
        "thuoc chi hoi", "thuoc chi bo", "thuoc chi doan", "thuoc don vi", "thuoc to chuc",
        "don vi chu tri xay dung mo hinh",
    ),
    AFFILIATION: (
        "don vi cong tac", "noi cong tac", "co quan cong tac", "co quan don vi cong tac",
        "don vi cong tac hien nay", "sinh hoat tai", "noi sinh hoat",
    ),
    "model_name": (
        "ten mo hinh", "mo hinh", "ten mo hinh dan van kheo", "ten goi mo hinh",
        "mo hinh dang ky", "ten mo hinh dang ky", "ten mo hinh diem", "ten cong trinh",
        "ten dien hinh", "ten mo hinh dvk", "ten mo hinh dien hinh", "mo hinh dien hinh",
        "ten mo hinh dan van kheo dang ky", "ten mo hinh cach lam hay", "ten cach lam hay",
        "ten sang kien", "ten mo hinh sang kien", "la tac gia dang ky xay dung mo hinh",
        "la tac gia de nghi cong nhan mo hinh", "dang ky xay dung mo hinh",
        "thuoc mo hinh",  # a work's record: "Công trình: …" then the model it is part of
    ),
    "model_type": (
        "loai mo hinh", "loai hinh", "loai hinh mo hinh", "hinh thuc", "hinh thuc mo hinh",
        "phan loai", "phan loai mo hinh", "mo hinh tap the hay ca nhan", "tap the ca nhan",
        "ca nhan tap the", "tap the hay ca nhan", "loai tap the hay ca nhan", "loai tap the ca nhan",
        *TYPE_AND_DOMAIN,
        "loai",  # "Lĩnh vực: văn hóa - xã hội. Loại: tập thể" in a chat message
    ),
    "domain": (
        "linh vuc", "linh vuc thuc hien", "linh vuc dang ky", "thuoc linh vuc",
        "linh vuc mo hinh", "nhom linh vuc", "linh vuc hoat dong",
    ),
    "leader_name": (
        "nguoi phu trach", "chu nhiem mo hinh", "chu nhiem", "ho va ten", "ho ten", "toi ten la",
        "nguoi chiu trach nhiem", "nguoi thuc hien", "ca nhan dang ky", "ca nhan thuc hien",
        "nguoi phu trach mo hinh", "phu trach mo hinh", "phu trach", "nguoi chu tri",
        "chu tri", "truong nhom", "ho ten nguoi phu trach", "ho va ten nguoi phu trach",
        "ten nguoi phu trach", "nguoi dai dien", "ho va ten ca nhan", "nguoi dung dau",
        "nguoi dang ky", "ho va ten nguoi dang ky", "ho ten nguoi dang ky", "ho va ten chu nhiem",
        "ho ten chu nhiem", "nguoi truc tiep phu trach", "can bo phu trach", "dong chi phu trach",
        # a web form's question names the model: "Họ và tên người phụ trách mô hình *"
        "ho va ten nguoi phu trach mo hinh", "ho ten nguoi phu trach mo hinh",
        # an individual model's own builder ("Cá nhân xây dựng mô hình: X; chức vụ: …")
        "ca nhan xay dung mo hinh", "nguoi xay dung mo hinh",
    ),
    "leader_position": (
        "chuc vu", "chuc danh", "chuc vu nguoi phu trach", "chuc vu chuc danh",
        "chuc vu cong tac", "chuc vu hien nay", "chuc vu don vi", "chuc vu dang chinh quyen doan the",
        "chuc vu chinh quyen doan the", "chuc vu dang", "chuc danh chuc vu",
    ),
    "phone": (
        "dien thoai", "so dien thoai", "sdt", "dt", "dtdd", "di dong", "dien thoai lien he",
        "so dt", "lien he", "dt lien he", "so dien thoai lien he", "dien thoai di dong", "sdt lien he",
        "dd", "dt dd", "dien thoai nr", "dien thoai cq", "dt nr", "dt cq", "nr", "dien thoai co quan",
        "dien thoai nha rieng", "so dien thoai di dong",
        # a duty line's number ("SĐT trực: 0869 …")
        "sdt truc", "dien thoai truc", "so dien thoai truc", "so truc",
    ),
    "location": (
        "dia chi", "dia ban", "dia ban thuc hien", "dia diem", "dia diem thuc hien",
        "pham vi thuc hien", "pham vi", "noi thuc hien", "dia ban ap dung", "dia ban trien khai",
        "dia chi thuc hien", "dia ban xay dung mo hinh", "pham vi ap dung", "dia ban dan cu",
        "dia ban doi tuong", "dia ban thuc hien mo hinh", "dia ban ap dung mo hinh", "thuc hien tai",
        "thuc hien o", "vung trong", "vung san xuat", "vung nguyen lieu",
        "noi lam", "noi lam mo hinh", "noi trien khai", "noi ap dung",
    ),
    "content": (
        "noi dung", "noi dung giai phap", "noi dung giai phap thuc hien", "giai phap",
        "giai phap thuc hien", "noi dung mo hinh", "noi dung dang ky", "noi dung thuc hien",
        "bien phap thuc hien", "noi dung va giai phap", "muc tieu noi dung giai phap",
        "muc tieu giai phap", "noi dung cach lam", "cach lam", "noi dung cach lam chu yeu",
        "cach lam chu yeu", "muc tieu", "noi dung chinh",
        "noi dung bien phap", "cac giai phap", "noi dung cong viec",
        "noi dung cach thuc thuc hien", "cach thuc thuc hien", "noi dung cach thuc",
        "cac noi dung giai phap", "giai phap cach lam", "noi dung giai phap cach lam",
        "muc tieu noi dung", "noi dung muc tieu", "muc tieu va noi dung",
        "mo ta ban chat cua mo hinh", "mo ta ban chat mo hinh", "mo ta mo hinh", "mo ta cach lam",
        # an applicant's own words for what they will do
        "nhung viec toi se lam", "cac viec toi se lam", "viec toi se lam", "nhung viec se lam",
        "cac viec se lam", "nhung viec chung toi se lam", "nhung viec lam cu the",
        "viec lam cu the", "cac viec lam cu the",
        # a group's petition: what the households register to do
        "noi dung chung toi dang ky thuc hien", "noi dung chung toi dang ky",
    ),
    "results": (
        "ket qua", "ket qua dat duoc", "ket qua thuc hien", "ket qua cu the", "hieu qua",
        "ket qua va hieu qua", "ket qua thuc hien mo hinh", "ket qua dat duoc cua mo hinh",
        "ket qua xay dung mo hinh", "hieu qua mo hinh", "ket qua noi bat",
        "thanh tich dat duoc", "thanh tich", "thanh tich dat duoc cua ca nhan",
        "thanh tich dat duoc cua tap the", "ket qua hieu qua", "ket qua dat duoc cu the",
        "ket qua chu yeu",
    ),
    "participants": (
        "so ho tham gia", "so nguoi tham gia", "so luong nguoi tham gia", "so luot nguoi tham gia",
        "so thanh vien", "so hoi vien tham gia", "tong so nguoi tham gia", "so luong tham gia",
        "so ho dan tham gia", "nguoi tham gia", "so ho", "so nguoi", "so luot tham gia",
        "so doan vien tham gia", "so ho gia dinh tham gia", "luot nguoi tham gia", "tham gia",
    ),
    "funds_vnd": (
        "kinh phi huy dong", "kinh phi", "tong kinh phi", "nguon kinh phi", "so tien huy dong",
        "gia tri huy dong", "kinh phi thuc hien", "tong kinh phi huy dong", "so tien",
        "kinh phi dong gop", "huy dong kinh phi", "nguon luc huy dong", "tong gia tri",
    ),
    OTHER: (
        "thoi gian", "thoi gian thuc hien", "thoi gian trien khai", "bai hoc kinh nghiem",
        "de xuat kien nghi", "de xuat", "kien nghi", "chung toi de nghi", "ly do de nghi",
        "kinh gui", "noi nhan", "can cu",
        "ghi chu", "xac nhan", "y kien", "y kien cua cap uy", "dac diem tinh hinh",
        "dac diem tinh hinh chung", "thong tin chung", "thong tin ve mo hinh",
        "thong tin mo hinh", "thoi gian bat dau", "thoi gian hoan thanh", "email", "e mail",
        "so", "v v", "trich yeu", "phuong huong", "phuong huong nhiem vu", "to chuc thuc hien",
        "danh gia chung", "ton tai han che", "han che", "nguyen nhan", "ket luan", "nam sinh",
        "gioi tinh", "dan toc", "trinh do", "dang vien", "ngay sinh", "sinh nam", "qua trinh thuc hien",
        "nhiem vu", "thong tin dang ky", "kinh phi du kien", "du kien kinh phi",
        "dia diem tru so chinh", "dia diem tru so", "tru so", "dia diem tru so chinh dien thoai",
        "thuc trang", "thuc trang ly do", "ly do", "ly do xay dung mo hinh",
        "thuc trang ly do xay dung mo hinh", "muc tieu tieu chi", "tieu chi",
        "luc luong thuc hien", "thoi gian nguon luc thuc hien", "nguon luc",
        "san pham ket qua dau ra", "kha nang duy tri nhan rong", "que quan", "tru quan", "noi o",
        "noi o hien nay", "cho o hien nay",
        "sinh ngay thang nam", "trinh do chuyen mon nghiep vu", "trinh do chuyen mon",
        "qua trinh thanh lap va phat trien", "nhung dac diem chinh", "chuc nang nhiem vu",
        "quyen han nhiem vu duoc giao hoac dam nhan", "cac bien phap kinh nghiem",
        "cac hinh thuc da duoc khen thuong", "hinh thuc khen thuong", "so luoc ly lich",
        "so luoc dac diem tinh hinh", "doi tuong", "thong tin mo hinh dang ky", "stt", "tt",
        "so tt", "ong ba", "ghi chu khac", "phoi hop", "don vi phoi hop",
        "nhung bien phap nguyen nhan dat duoc thanh tich", "bien phap", "nguyen nhan",
        "cac bien phap", "cong tac lanh dao chi dao", "cong tac trien khai", "cong tac chi dao",
        "han che bai hoc kinh nghiem", "phuong huong thoi gian toi", "phuong huong",
        "ket qua du kien", "du kien ket qua", "muc tieu du kien", "muc tieu cua mo hinh",
        # a meeting's vote on the model, not what the model achieved
        "ket qua bieu quyet", "ket qua bo phieu", "ket qua kiem phieu", "ket qua lay phieu",
        "ket qua bieu quyet cong nhan", "ket qua binh xet", "ket qua bo phieu binh xet",
        "y kien tai cuoc hop", "y kien thao luan", "y kien cua dai bieu", "y kien tham gia",
        "kien nghi de xuat", "to chuc thuc hien", "danh hieu thi dua",
        "don vi nhan bao cao", "noi nhan bao cao", "co quan nhan bao cao", "ky bao cao",
        "ngay nhan bao cao", "ngay thang nam sinh", "ty le dong gop",
        "ty le dong gop vao viec tao ra mo hinh", "noi dung cong viec ho tro",
        "trinh do chuyen mon",
        # an agreement's article on what is given, not what the model does
        "noi dung hop dong", "noi dung thoa thuan", "noi dung tai tro", "gia tri tai tro",
        "noi dung va gia tri tai tro", "noi dung ho tro", "noi dung va gia tri ho tro",
        # the proceedings of a meeting, not the model's content
        "noi dung cuoc hop", "noi dung hop", "noi dung hoi nghi", "dien bien cuoc hop",
        "dien bien hoi nghi",
        # a web form's record: the year, the record number and its state, not a field
        "nam dang ky", "nam thuc hien", "ngay dang ky", "ngay gui", "ma ho so", "trang thai",
        # a web form's question for the place and date it is signed ("Địa danh, ngày đăng ký")
        "dia danh ngay dang ky", "dia danh ngay thang nam", "dia danh ngay thang",
        # planned figures and who is to benefit: no count of the model's participants
        "so nguoi tham gia du kien", "so ho tham gia du kien", "so luong tham gia du kien",
        "du kien so nguoi tham gia", "so ho huong loi", "so ho huong loi du kien",
        "so nguoi huong loi", "so nguoi huong loi du kien", "doi tuong huong loi",
        # the body above the unit, and a donor project's own file number
        "truc thuoc", "don vi cap tren", "cap tren truc tiep", "co quan cap tren",
        "ma du an", "ma ho so du an", "ma so du an",
        # a jury's member scoring the model: no one in charge of it
        "nguoi cham", "nguoi cham diem", "ho ten nguoi cham", "ho va ten nguoi cham",
        "ho ten nguoi cham diem", "ho va ten nguoi cham diem", "giam khao", "thanh vien giam khao",
        "ho ten giam khao", "ho va ten giam khao", "thanh vien to giam khao", "nguoi tham dinh",
        "ho ten nguoi tham dinh", "nguoi danh gia", "ho ten nguoi danh gia", "nguoi nhan xet",
        # an office's routing slip: who it goes up to, who submits and who approves it
        "kinh trinh", "van de trinh", "bo phan trinh", "nguoi duyet",
        "y kien cua bo phan tham muu", "y kien phe duyet cua lanh dao", "tai lieu kem theo",
        # a programme's other roles, each a label of its own ("- Điều hành: đồng chí …")
        "dieu hanh", "nguoi dieu hanh", "mc",
        "thu ky", "thu ky hoi nghi", "thu ky cuoc hop",
    ),
}  # fmt: skip

#: Letters OCR swaps inside words, folded on both sides of a comparison.
_CONFUSABLE = str.maketrans({"0": "o", "1": "l", "|": "l", "5": "s", "8": "b", "6": "b"})
_CHOICES: dict[str, str] = {}
for _field, _phrases in VOCABULARY.items():
    for _phrase in _phrases:
        _CHOICES.setdefault(" ".join(w.translate(_CONFUSABLE) for w in key(_phrase).split()),
                            _field)  # fmt: skip
_PREFIXES = sorted(_CHOICES, key=len, reverse=True)
#: Labels of several words with the spaces OCR lost ("Tênmôhình", "Lĩnhvực"): a Vietnamese
#: syllable never runs into the next one in print, so an exact match is still a label.
_UNSPACED = {k.replace(" ", ""): v for k, v in _CHOICES.items() if len(k.split()) >= 2}

_NUMBERING = re.compile(
    # "1/ …" is numbered, "65/72 học viên …" a ratio
    r"^\s*(?:(?:[IVXLC]{1,5}|H[Il1]{1,3}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*(?:[.):-]|/(?!\d))\s*"
    r"|[-+•*–·]\s+"
    # a state declaration ("Tờ khai") numbers its items in square brackets: "[09] Chức vụ"
    r"|\[\d{1,3}\]\s*"
    # a question form numbers its questions "Câu 1.", "Câu 2:"
    r"|c[âa]u\s+\d{1,2}\s*[.):]\s*"
    # rules number their articles "Điều 1.", "Điều 2:" (a heading naming what the article sets)
    r"|đi[ềe]u\s+\d{1,2}\s*[.:]\s*"
    # OCR reads the stop after a number as a comma, a semicolon or a low line ("3, Chức vụ")
    r"|\d{1,2}\s*[,;_]\s+(?=[^\W\d_]))",
    re.I,
)
#: "1  Tên mô hình": a number without a stop, taken as numbering only before a label.
_BARE_NUMBER = re.compile(r"^\s*(\d{1,2})\s+(?=\D)")
_PARENS = re.compile(r"\([^)]*\)?")
_HINT = re.compile(r"\(([^)]{3,40})\)\s*:?\s*$")

#: A heading that matches nothing else but says "results" or "content" still opens that field.
HEADING_FIELDS = {"results", "content", OTHER}


@dataclass(frozen=True)
class LabelMatch:
    field: str
    confidence: float
    number: str | None  # "9", "II", "a" when the label was numbered
    asked: bool = False  # a question the lexicon does not know ("Chi hội cần hỗ trợ gì?")


def split_number(text: str) -> tuple[str | None, str]:
    """'9. Nội dung' → ('9', 'Nội dung'); bullets give ('-', …)."""
    match = _NUMBERING.match(text)
    if not match:
        return None, text
    raw = re.sub(r"^(?:c[âa]u|đi[ềe]u)\s+", "", match.group(0).strip(), flags=re.I).strip("[]")
    number = re.sub(r"[.)/:,;_\s-]+$", "", raw) or raw
    return number, text[match.end() :]


def names_type_and_domain(label: str) -> bool:
    """One label for both choices ("Loại, lĩnh vực: Loại tập thể; lĩnh vực kinh tế"): its
    value holds the type's word and the domain's, each read from it by its own field."""
    return label_key(split_number(label)[1]) in TYPE_AND_DOMAIN


def label_key(text: str) -> str:
    """The matching key of a label: folded, no brackets, OCR-confusable letters inside words
    folded ("Tên m0 hình" → "ten mo hinh")."""
    folded = key(_PARENS.sub(" ", text))
    return " ".join(w if w.isdigit() else w.translate(_CONFUSABLE) for w in folded.split())


#: A sentence leading into a list of what a model does ("Mô hình tập trung thực hiện các nội
#: dung:", "… gồm những nội dung sau"): the contents' label, whatever words come before.
LEADS_CONTENTS = re.compile(
    r"\b(?:cac|nhung) (?:noi dung|viec|cong viec|viec lam|phan viec)(?: (?:chinh|cu the))?"
    r"(?: (?:sau|sau day|nhu sau))?$"
    # "Nhà trường sẽ:", "Chi hội sẽ:": what the unit will do, listed under it
    r"|^(?:\w+ ){1,3}se$"
)


@lru_cache(maxsize=4096)
def match_label(text: str, prefix: bool = True, unspaced: bool = False) -> LabelMatch | None:
    """The field a label names, how sure we are, and its numbering; None for no label.

    `prefix` also accepts a known label followed by more words ("Địa bàn thực hiện mô hình").
    `unspaced` also a label whose spaces OCR lost ("Tênmôhình"), for a label that a value
    follows: a header cell alone ("Nộidungđăngký") is a column's heading as often.
    """
    number, rest = split_number(text)
    rest = strip_english(rest)  # "Tên mô hình / Model name": the English half is the label's
    if number is None and (bare := _BARE_NUMBER.match(rest)):
        found = match_label(rest[bare.end() :], prefix, unspaced)
        if found is not None:
            return LabelMatch(found.field, found.confidence, bare.group(1))
    label = label_key(rest)
    if not label or len(label) > 70 or len(label.split()) > 10:
        return None
    if label not in _CHOICES and (hint := _HINT.search(rest)):  # "… phần việc (tên mô hình)"
        inner = label_key(hint.group(1))
        if inner in _CHOICES and _CHOICES[inner] != OTHER:
            return LabelMatch(_CHOICES[inner], 1.0, number)
    if label in _CHOICES:
        return LabelMatch(_CHOICES[label], 1.0, number)
    if label.startswith("ve ") and label[3:] in _CHOICES:  # a section "1. Về kết quả"
        return LabelMatch(_CHOICES[label[3:]], 0.85, number)
    if LEADS_CONTENTS.search(label):  # "Mô hình tập trung thực hiện các nội dung:"
        return LabelMatch("content", 0.85, number)
    if unspaced and (joined := label.replace(" ", "")) in _UNSPACED and joined not in _CHOICES:
        return LabelMatch(_UNSPACED[joined], 1.0, number)
    for known in _PREFIXES if prefix else ():
        if len(known) >= 4 and label.startswith(known + " ") and len(known.split()) >= 2:
            return LabelMatch(_CHOICES[known], 0.85, number)
    if prefix and (head := _dropped_letter_head(label)) is not None:
        return LabelMatch(_CHOICES[head], 0.75, number)
    if len(label) < 4:
        return None
    best = process.extractOne(label, _CHOICES.keys(), scorer=fuzz.ratio, score_cutoff=84)
    if best is not None and not _short_of_a_word(label, best[0]):
        return LabelMatch(_CHOICES[best[0]], round(0.6 + 0.3 * (best[1] - 84) / 16, 2), number)
    return None


def _short_of_a_word(label: str, known: str) -> bool:
    """Whether `label` is `known` without its last words: a close spelling, but another label.

    The word a label lacks is what gives it its sense ("Thực hiện:" names who does the work,
    "Thực hiện ở:" where); a scan loses letters, not a whole word at the end.
    """
    words, known_words = label.split(), known.split()
    return len(words) < len(known_words) and known_words[: len(words)] == words


def _dropped_letter_head(label: str) -> str | None:
    """The known label of two or more words that `label` starts with, bar one letter OCR lost.

    Tesseract drops a letter that carries a heavy mark ("Lnh vực áp dụng" for "Lĩnh vực áp
    dụng"); the fuzzy match of the whole line misses it when more words follow the label.
    Only a pure deletion counts: a changed letter ("Chủ tịch" against "chủ trì") is another
    word, not a slip.
    """
    words = label.split()
    for size in (4, 3, 2):
        if len(words) <= size:
            continue
        head = " ".join(words[:size])
        for known in _DELETIONS.get(head, ()):
            return known
    return None


def _deletions(phrase: str) -> set[str]:
    """`phrase` with one letter inside a word taken out: a first or last letter lost would
    leave another real word as often ("cô qua" from "cơ quan")."""
    return {
        phrase[:i] + phrase[i + 1 :]
        for i in range(1, len(phrase) - 1)
        if phrase[i - 1] != " " and phrase[i] != " " and phrase[i + 1] != " "
    }


#: Known labels of 2+ words and 7+ letters, under each spelling with one letter missing.
_DELETIONS: dict[str, list[str]] = {}
for _known in _CHOICES:
    if len(_known) >= 7 and len(_known.split()) >= 2:
        for _variant in _deletions(_known):
            if _variant not in _CHOICES:
                _DELETIONS.setdefault(_variant, []).append(_known)


#: What a question asks, said as the noun of a label ("Ai phụ trách?" = "Người phụ trách",
#: "… ở đâu?" = "Địa bàn", "… làm những việc gì?" = "Nội dung công việc"), on folded keys.
_ASKED = (
    (re.compile(r"^ai\b"), "nguoi"),
    (re.compile(r"\b(?:o|tai) dau\b"), "dia ban"),
    (re.compile(r"\blam (?:nhung )?(?:cong viec |viec )?gi\b|\blam (?:nhu )?the nao\b"),
     "noi dung cong viec"),
    (re.compile(r"\bdat (?:duoc )?(?:ket qua )?(?:gi|nhu the nao|the nao|ra sao)\b"), "ket qua"),
)  # fmt: skip
#: "Vì sao có mô hình?": the reasons for the model, which the lexicon would read as its name.
_WHY = re.compile(r"^(?:vi sao|tai sao|vi dau|do dau)\b.*\bmo hinh\b")
#: "Phong trào thi đua “Dân vận khéo” của tỉnh có những kết quả gì?": a leaflet's question about
#: the whole campaign (a province's figures), not about the one model it tells.
_OF_THE_MOVEMENT = re.compile(r"\b(?:phong trao|dan van kheo|toan tinh|toan huyen|ca nuoc)\b")


def about_the_campaign(question: str) -> bool:
    """A question about the whole campaign, not naming a model: its answer tells other
    units' figures (a province's count of models, its sums, its fields)."""
    asked = label_key(question)
    return bool(_OF_THE_MOVEMENT.search(asked)) and not re.search(r"\bmo hinh\b", asked)


#: The words that only make a question of a label ("Tên mô hình là gì?", "… thuộc lĩnh vực
#: nào?", "Mô hình sẽ …", "… của tập thể hay của cá nhân?").
_QUESTION_WORDS = re.compile(
    r"\b(?:la gi|la ai|nhu the nao|the nao|ra sao|nao|gi|la|cua|mot|se|da|vay|khong)\b"
)


def question_label(question: str) -> LabelMatch | None:
    """The field a question asks for, by its meaning: 'Tên mô hình là gì' → model_name,
    'Mô hình thuộc lĩnh vực nào' → domain, 'Mô hình sẽ làm những việc gì' → content.

    The question words go, what is asked becomes a label's noun, then the whole, the end
    ('Mô hình | thuộc lĩnh vực') or the start of the rest must be a label of the lexicon."""
    asked = label_key(question)
    if _WHY.match(asked):
        return LabelMatch(OTHER, 1.0, None, asked=True)  # "Vì sao có mô hình?": reasons only
    if about_the_campaign(question):
        return LabelMatch(OTHER, 1.0, None, asked=True)  # the campaign's figures, no model's
    for pattern, noun in _ASKED:
        asked = pattern.sub(noun, asked)
    words = _QUESTION_WORDS.sub(" ", asked).split()
    if not words:
        return None
    if (whole := " ".join(words)) in _CHOICES:
        return LabelMatch(_CHOICES[whole], 1.0, None)
    for start in range(1, len(words) - 1):  # the end of the question, longest first
        if (tail := " ".join(words[start:])) in _CHOICES:
            return LabelMatch(_CHOICES[tail], 0.85, None)
    found = match_label(whole)
    return found if found is not None and found.confidence >= 0.85 else None
