"""Clean and check a candidate value: stage three of the reader.

Each field has a cleaner (label remnants, honorifics, quotes, OCR junk at the ends) and a
validator that says whether the value looks the part: a Vietnamese personal name, a phone
number, a unit's name, a position, a place, a date, an amount. A value that cannot be what its
field holds is rejected (None, with the reason); one that looks right raises the confidence,
one that looks odd lowers it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from documents.contract import FieldValue
from documents.extraction.choices import is_option_line
from documents.extraction.fields.labels import OTHER, match_label
from documents.extraction.fields.lines import is_choice_line
from documents.extraction.fields.prose import quoted_after
from documents.extraction.fields.zones import ORG_START, RULE, looks_like_name, mostly_upper
from documents.extraction.normalise import (
    clean_long_text,
    clean_text,
    fold,
    iso_date,
    parse_amount,
    parse_count,
    parse_domain,
    parse_model_type,
    parse_phone,
    strip_honorific,
)

GOOD, NEUTRAL, ODD = 1, 0, -1


@dataclass(frozen=True)
class Verdict:
    value: FieldValue
    score: int = NEUTRAL  # GOOD raises confidence, ODD lowers it
    reason: str | None = None  # why the value was rejected or is doubtful (Vietnamese)
    approximate: bool = False


def rejected(reason: str) -> Verdict:
    return Verdict(None, ODD, reason)


# ------------------------------------------------------------------ cleaning

_EDGE_PUNCT = re.compile(r"^[^\w“\"«(\[+\-–]+|(?<=\S)\s+[^\w\s”\"»).…]{1,2}$")


def _glued_capital(word: str) -> bool:
    """'ỎDân': a stray capital with a diacritic glued before a capitalised word."""
    return (
        len(word) >= 3 and not word[0].isascii() and word[0].isupper()
        and word[1].isupper() and word[2].islower()
    )  # fmt: skip


def trim_junk(text: str) -> str:
    """OCR junk glued to a value's ends ("ỎDân vận khéo …Õ" → "Dân vận khéo …")."""
    text = _EDGE_PUNCT.sub("", text.strip()).strip()
    if text and _glued_capital(text.split()[0]):
        text = text[1:]
    last = text[-1:]
    if last and not last.isascii() and last.isupper() and len(text) > 1:
        before = text[-2]
        if before in '…”".,;' or before.islower():
            text = text[:-1].rstrip()
    return text


def strip_label_remnant(name: str, text: str) -> str:
    """A value that repeats its label ("Họ và tên Ông Phan Hữu Dũng") loses it."""
    words = text.split()
    for n in range(min(6, len(words) - 1), 0, -1):
        found = match_label(" ".join(words[:n]), prefix=False)
        if found is not None and found.field == name and found.confidence >= 1.0:
            return " ".join(words[n:]).lstrip(" :.-–")
    return text


def _short(name: str, text: str | None) -> str | None:
    if not text:
        return None
    text = _before_opening(_before_rule(clean_text(text) or ""))
    return clean_text(trim_junk(strip_label_remnant(name, text)))


#: A record's opening sentence ("Hôm nay, vào lúc 15 giờ, ngày …"), which a PDF may join to
#: the labelled line above it into one paragraph: a short value never goes on into it.
_OPENING = re.compile(r"\s+(?:Hôm nay|Vào (?:lúc|hồi))\b[^.;]{0,60}\bngày\b")


def _before_opening(text: str) -> str:
    opening = _OPENING.search(text)
    return text[: opening.start()] if opening and opening.start() > 0 else text


_RULE = re.compile(r"\s*" + RULE)


def _before_rule(text: str) -> str:
    """A short value that runs into a rule line ("Dân vận khéo ──── - Có 265 hộ…") ends there."""
    rule = _RULE.search(text)
    if rule and re.search(r"[^\W\d_]", text[: rule.start()]):
        return text[: rule.start()]
    return text


# ------------------------------------------------------------------ validators


#: "Đơn vị tính" (unit of measure) is a column of a table of targets, not the unit's label:
#: OCR splits the header cell over two lines ("Đơn vị" / "tính"), so the label "Đơn vị" seems
#: to have a value that starts with "tính" and runs into the next header cells.
_UNIT_OF_MEASURE = re.compile(r"^(?:tính|Tính|TÍNH)\b")


#: "Ban Chấp hành Công đoàn cơ sở xã …", "BCH Đoàn xã …": the organisation's executive speaks
#: for it; the unit is the organisation ("Ban Chấp hành Quân sự" is a unit of its own).
_EXECUTIVE = re.compile(r"^(?:ban chap hanh|bch|ban thuong vu|btv)\s+(?!quan su\b|ban\b)")


def _without_executive(value: str) -> str:
    executive = _EXECUTIVE.match(fold(value))
    if executive and ORG_START.match(fold(value)[executive.end() :]):
        return value[executive.end() :]
    return value


#: "Chi hội NCT ấp Sóc Tre (Hội NCT xã Vĩnh Phong Đông)", "CLB … (trực thuộc Ban công tác Mặt
#: trận ấp …)": the body above the unit, in brackets.
_SUPERIOR_AFTER = re.compile(r"\s*\(([^()]{4,80})\)\s*$")
_UNDER = re.compile(r"^(?:truc thuoc|thuoc|cua|duoi su quan ly cua)\s+")


def _without_superior(value: str) -> str:
    after = _SUPERIOR_AFTER.search(value)
    superior = fold(after.group(1)) if after else ""
    superior = superior[m.end() :] if (m := _UNDER.match(superior)) else superior
    if after and value[: after.start()].strip() and ORG_START.match(superior):
        return value[: after.start()].rstrip(" ,;-–")
    return value


def _label_of(value: str) -> str | None:
    """The field whose label the whole value is, exactly ("KẾT QUẢ NỔI BẬT", "Tên mô hình:"):
    a heading or a label read as a name, when a value is missing under it."""
    found = match_label(value.rstrip(":?"), prefix=False)
    return found.field if found is not None and found.confidence >= 1.0 else None


def check_unit(text: str) -> Verdict:
    value = _short("unit_name", text)
    value = _without_superior(_without_executive(value)) if value else value
    if not value or is_choice_line(value):
        return rejected("Tên đơn vị là ô đánh dấu, không phải tên")
    if _UNIT_OF_MEASURE.match(value):
        return rejected("“Đơn vị tính” là cột đơn vị đo, không phải tên đơn vị")
    if _label_of(value) not in (None, "unit_name"):
        return rejected(f"Tên đơn vị là một đề mục: “{value}”")  # "KẾT QUẢ NỔI BẬT"
    if len(value.split()) > 16:
        return Verdict(value, ODD, "Tên đơn vị quá dài")
    if ORG_START.match(fold(value)) or re.search(r"\b(?:xom|thon|xa|ap|ban|to|khu)\b", fold(value)):
        return Verdict(value, GOOD)
    return Verdict(value, NEUTRAL, "Tên đơn vị không giống tên một đơn vị")


#: "3. Mô hình tiêu biểu", "Mô hình điển hình": a heading that praises the model, whose name
#: follows in the text; the words after "Mô hình" are no name.
_QUALIFIER_ONLY = re.compile(
    r"^(?:(?:tieu bieu|dien hinh|noi bat|xuat sac|hieu qua|tot|diem)(?:\s+|$)"
    r"|(?:cua|trong|nam|giai doan|\d{4}|va|,|-|–)(?:\s+|$))+$"
)


#: What may stand before a model's quoted name and is none of it: "Mô hình", the model's kind
#: ('cá nhân “X”') and the movement's own name in quotes, with its year ('“Dân vận khéo” “X”').
_BEFORE_NAME = re.compile(
    r"^(?:mo hinh\s*)?(?:(?:tap the|ca nhan)\s*[:,–-]?\s*)?"
    r"(?:[“\"«]\s*dan van kheo\s*[”\"»]\s*(?:nam \d{4}\s*)?[:,–-]?\s*)?(?=[“\"«])"
)
#: Whose the model is, after its name ("… của Hội Cựu chiến binh xã …", "… của bà …").
_OWNER = r"\s*,?\s*cua\s+(?=" + ORG_START.pattern.lstrip("^") + r"|ong\b|ba\b)[^()“”\"«»;–]*?"
#: What may follow it and is none of it: a year, whose it is, a remark in brackets, a clause
#: telling its kind or domain ('“X” năm 2026 của Hội … – lĩnh vực văn hóa - xã hội') or who
#: runs it ('“X” của Chi bộ …, do đồng chí … phụ trách').
_AFTER_NAME = re.compile(
    r"^(?:\s*,?\s*nam \d{4})?(?:" + _OWNER + r")?\s*(?:\([^()]*\)"
    r"|[;,–-]\s*(?:mo hinh|thuoc linh vuc|linh vuc|loai hinh|tap the|ca nhan)\b.*"
    r"|[;,]\s*do\s+(?:dong chi|d/c|ong|ba|anh|chi)\s.*)?[.;,]?\s*$"
)


@dataclass(frozen=True)
class QuotedModel:
    """A model's quoted name out of its value, what followed it, and whether the cut is sure
    (the words around it are known not to be the name) or a guess."""

    name: str
    tail: str
    sure: bool


def quoted_model(value: str) -> QuotedModel | None:
    """The quoted name of a model's value whose other words are no part of it: the movement's
    name or the model's kind before it, a year, its owner, a remark, its kind or domain after.
    Words after it that are none of these leave it whole, unless words before it were cut: then
    the name is the quoted run, but only a guess."""
    folded = fold(value)
    before = _BEFORE_NAME.match(folded)
    found = quoted_after(value, before.end()) if before else None
    if before is None or found is None or not found[0].strip():
        return None
    name, end = found[0].strip(), found[1]
    tail = value[end:].strip()
    if _AFTER_NAME.match(folded[end:]):
        return QuotedModel(name, tail, True)
    return QuotedModel(name, tail, False) if before.end() > 0 else None


#: "Mô hình đăng ký:" over "Tên: X", "Nơi làm: …": the heading's value opens with the word
#: "Tên" (name) as its own small label; the name is what follows it.
_NAME_WORD = re.compile(r"^\s*ten(?: goi)?\s*:\s*(?=\S)", re.I)


def check_model(text: str) -> Verdict:
    value = _short("model_name", text)
    if value and (word := _NAME_WORD.match(fold(value))):
        value = value[word.end() :]
    quoted = quoted_model(value) if value else None
    value = quoted.name if quoted else value
    if not value or is_choice_line(value):
        return rejected("Tên mô hình trống hoặc là ô đánh dấu")
    if _label_of(value) is not None:
        return rejected(f"Tên mô hình là một nhãn khác: “{value}”")
    if is_option_line("domain", value) or is_option_line("model_type", value):
        # "Mô hình cá nhân – lĩnh vực: Kinh tế": the label's line ran on to the domain
        return rejected(f"“{value}” là lĩnh vực hoặc loại mô hình, không phải tên mô hình")
    if _QUALIFIER_ONLY.match(fold(value).strip(' :.“”"')):
        return rejected(f"“{value}” chỉ khen mô hình (tiêu biểu, điển hình), không phải tên")
    if not re.search(r"[^\W\d_]", value):
        return rejected(f"Tên mô hình chỉ có chữ số, là một dòng số liệu: “{value}”")
    if re.match(r"^dan van kheo\b\W*(?:nam \d{4}|dang ky|\s)*$", fold(value).strip('“”" ')):
        return rejected("Chỉ ghi tên phong trào “Dân vận khéo”, không ghi tên mô hình")
    if quoted and not quoted.sure:
        return Verdict(value, ODD, f"Tên mô hình lấy trong ngoặc kép, bỏ phần sau: “{quoted.tail}”")
    words = len(value.split())
    if words > 40:
        return Verdict(value, ODD, "Tên mô hình quá dài, có thể là cả đoạn văn")
    if words < 2:
        return Verdict(value, ODD, "Tên mô hình quá ngắn")
    return Verdict(value, GOOD if words <= 30 else NEUTRAL)


_SURNAME_TEXT = """Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Mai Trịnh
    Trương Lâm Lưu Lữ Tô Tạ Tăng Thái Hà Quách Cao Kiều Lại Đoàn Chu Châu Đào Đàm La Liêu Lò
    Lương Mã Mạc Nông Ông Phùng Quang Tiêu Tống Triệu Văn Vi Vy Vương Hứa Khúc Bạch Bành Diệp
    Giang Hồng Kim Lạc Linh Lục Ninh Nghiêm Nhan Phí Phương Quan Sầm Sơn Thân Thạch Thiều Từ
    Ứng Uông Âu Bế Cù Cung Doãn Đồng Đường Giáp Hàn Hầu Khổng Khương Lăng Lộc Luyện Mẫn Mông
    Ngọ Nhâm Phó Quản Tào Thiệu Tôn Trà Trình Vạn Vàng Quàng Lường Sùng Giàng Thào Mùa Lầu Cầm
    Lù Ma Đèo Tòng Y H Kpă Ksor Rơ Nay Siu Rah Lừu Hờ Lục Nùng Tẩn Chảo Bàn Đới Đậu Đái Ân Âu
    Biện Cấn Chế Chung Giả Hạ Hoa Hùng Kha Khiếu Lều Lỗ Mạch Mầu Nghiêm Ngụy Nhữ Ôn Phú Phùng
    Quế Thạch Thái Thân Tiết Trác Văn Viên Vương Xa Yên"""
_SURNAMES = frozenset(_SURNAME_TEXT.split())
_SURNAME_KEYS: dict[str, list[str]] = {}
for _surname in _SURNAMES:
    _SURNAME_KEYS.setdefault(fold(_surname), []).append(_surname)


def has_surname(name: str) -> bool:
    first = name.split()[0] if name.split() else ""
    return first in _SURNAMES or first.capitalize() in _SURNAMES


def mend_surname(name: str) -> str:
    """An OCR slip in a surname ("Định Thị Lan" for "Đinh"): the one surname it folds to."""
    words = name.split()
    if not words or has_surname(name):
        return name
    known = _SURNAME_KEYS.get(fold(words[0]), [])
    return " ".join([known[0], *words[1:]]) if len(known) == 1 else name


def check_person(text: str) -> Verdict:
    name = clean_text(trim_junk(strip_honorific(strip_label_remnant("leader_name", text))))
    if not name:
        return rejected("Không có họ tên người phụ trách")
    if mostly_upper(name) and len(name.split()) >= 2:
        name = " ".join(w[:1] + w[1:].lower() for w in name.split())
    if not looks_like_name(name) or (ORG_START.match(fold(name)) and not has_surname(name)):
        return rejected(f"“{name}” không giống họ tên một người")
    if _POSITIONS.match(fold(name)) and not has_surname(name):  # "HIỆU TRƯỞNG" over a signature
        return rejected(f"“{name}” là chức vụ, không phải họ tên")
    if name.split()[-1].lower() in _MIDDLE_ONLY:  # "Lý Thị": the given name was cut off
        return Verdict(name, ODD, f"Họ tên “{name}” thiếu tên (chỉ có họ và tên đệm)")
    if has_surname(name):
        return Verdict(name, GOOD)
    return Verdict(name, NEUTRAL, f"Họ “{name.split()[0]}” ít gặp, cần kiểm tra")


#: Middle names that are never the last word of a Vietnamese name ("Lý Thị …", "Hà Văn …").
_MIDDLE_ONLY = frozenset({"thị", "văn"})  # with their marks: "Vân", "Thi" are given names


_POSITIONS = re.compile(
    r"^(?:pho |nguyen |quyen |uy vien |thuong truc |can bo |)(?:bi thu|chu tich|truong|chi hoi "
    r"truong|to truong|doi truong|thon doi truong|xom doi truong|chi huy|giam doc|hieu truong|"
    r"tram truong|chu nhiem|thu ky|ke toan|can bo|cong chuc|vien chuc|giao vien|hoi vien|"
    r"dang vien|doan vien|thanh vien|uy vien|chi doan truong|bi thu chi doan|chu ho|nhan vien|"
    r"y si|bac si|dieu duong|chien si|cong an|chu co so|chu trang trai|nong dan|cuu chien binh|"
    r"truong ban|truong thon|truong xom|truong ap|truong khu|to pho|chi uy vien|dai dien)\b"
)


_ROLE_CLAUSE = re.compile(
    r",\s+(?=[a-zđà-ỹ][^,]*\b(?:truc tiep|duoc phan cong|phu trach|chiu trach nhiem|"
    r"chi dao|dieu hanh)\b)"
)


#: Class: a speech's or a paper's by-line runs from the speaker's post into what they did
#: ("(Do ông X, Trưởng thôn A trình bày tại nhà văn hóa thôn, …)"): the post ends at the verb.
_SPOKE = re.compile(
    r"\s+(?:trinh bay|phat bieu|doc|chia se|bao cao)\s+(?:tai|truoc|o|vao|trong|nhan|ngay|sang|"
    r"chieu|toi)\b"
)


#: A phone after a position: behind a phone word ("ĐT:", "số máy") or alone in brackets.
_PHONE_TAIL = re.compile(
    r"[\s,;–-]*(?:\b(?:dt|sdt|dd|dtdd|dien thoai|di dong|so may)\b\s*:?\s*[+(\d]"
    r"|\(\s*\+?\d[\d\s.-]{7,}\d\s*\)).*$"
)


def _wordy(value: str) -> bool:
    """Mostly letters, with a real word in it: not OCR dust ('1)', 'B5', 'Ww/')."""
    letters = sum(c.isalpha() for c in value)
    words = [w for w in re.findall(r"[^\W\d_]+", value) if len(w) >= 3]
    return bool(words) and letters >= 0.6 * len(value.replace(" ", ""))


def check_position(text: str) -> Verdict:
    """A position, without a clause on what the person does ('…, trực tiếp chỉ đạo …')."""
    cut = _ROLE_CLAUSE.search(fold(text))
    text = text[: cut.start()] if cut else text
    spoke = _SPOKE.search(fold(text))  # "Trưởng thôn A trình bày tại nhà văn hóa"
    text = text[: spoke.start()] if spoke else text
    phone = _PHONE_TAIL.search(fold(text))  # "Bí thư Đoàn xã ĐT: 0868 352 917"
    value = _short("leader_position", text[: phone.start()] if phone else text)
    if not value:
        return rejected("Chức vụ trống")
    if not _wordy(value):
        return rejected(f"“{value}” không giống một chức vụ")
    if looks_like_name(value) and not _POSITIONS.match(fold(value)):
        return Verdict(value, ODD, "Chức vụ trông như họ tên")
    if len(value.split()) > 18:
        return Verdict(value, ODD, "Chức vụ quá dài")
    return Verdict(value, GOOD if _POSITIONS.match(fold(value)) else NEUTRAL)


_MOBILE = re.compile(r"^0(?:3[2-9]|5[689]|7[06-9]|8[1-9]|9\d)\d{7}$")


def is_mobile(phone: str) -> bool:
    return bool(_MOBILE.match(phone))


def all_phones(text: str) -> list[str]:
    """Every phone number of a value ('NR: 0228 3865 402 DĐ: 0834 216 579' has two)."""
    found: list[str] = []
    for part in re.split(r"[;,/]|\s(?=[A-Za-zĐđ]{1,4}\s*:)", text):
        phone = parse_phone(part)
        if phone and phone not in found:
            found.append(phone)
    return found


#: "Liên hệ: Văn phòng Ủy ban MTTQ xã, 0270 …", "Trụ sở UBND xã: …", "Đường dây nóng …": the
#: line of an office (who issued or receives the paper), not the person in charge of the model.
_OFFICE_LINE = re.compile(
    r"^\W*(?:van phong|tru so|bo phan (?:mot cua|tiep nhan)|duong day nong|tong dai)\b"
)


def check_phone(text: str) -> Verdict:
    """A phone number; of several, the mobile one (the person's), but then not for sure."""
    phones = all_phones(text) or ([p] if (p := parse_phone(text)) else [])
    if not phones and _MOBILE.match(unzeroed := "0" + re.sub(r"[\s.]", "", text.strip())):
        # a spreadsheet keeps a phone typed as a number without its leading zero
        return Verdict(unzeroed, ODD, f"Số điện thoại {clean_text(text)} thiếu số 0 đầu")
    if not phones:
        return rejected(f"Số điện thoại không đọc được: {clean_text(text)}")
    mobiles = [p for p in phones if _MOBILE.match(p)]
    phone = mobiles[0] if mobiles else phones[0]
    if _OFFICE_LINE.search(fold(text)):
        return Verdict(
            phone, ODD, f"Số {phone} là số của văn phòng, cơ quan, không phải người phụ trách"
        )
    if len(phones) > 1:
        return Verdict(phone, NEUTRAL, "Có nhiều số điện thoại; đã chọn số di động")
    if _MOBILE.match(phone) or re.match(r"^02\d{9}$", phone):
        return Verdict(phone, GOOD)
    # neither a mobile prefix in use since 2018 nor an 11-digit landline: a misread digit or
    # an old number (field-notes: 0162… → 032…), for the office to check
    return Verdict(
        phone, ODD, f"Số điện thoại {phone} không có đầu số di động hay cố định hiện dùng"
    )


_PLACE = re.compile(
    r"\b(?:xom|thon|xa|ap|ban|to dan pho|to|khu|duong|phuong|thi tran|huyen|tinh|truong|"
    r"nha van hoa|tuyen|cum|doi|khom|lang|buon|plei|soc|dia ban|toan xa|toan thon|khu dan cu)\b"
)


#: A statement of the model's kind or domain ("Mô hình tập thể – lĩnh vực văn hóa - xã hội"),
#: capitalised as a line of its own: a place never goes on into it.
KIND_LINE = re.compile(r"\s+(?=Mô hình (?:tập thể|cá nhân)\b|Lĩnh vực\b)")


#: An article's sentence of where a group works ("Tổ hoạt động trên địa bàn thôn X và …"):
#: the place is what follows "trên địa bàn", "trong phạm vi" or "tại".
_WORKS_ON = re.compile(
    r"^[^,.;:]{0,40}?\b(?:hoat dong|thuc hien|trien khai)\s+"
    r"(?:(?:tren|trong)\s+(?:dia ban|pham vi)|tai)\s+(?=\S)"
)


def check_location(text: str) -> Verdict:
    value = _short("location", text)
    if not value or is_choice_line(value):
        return rejected("Địa bàn trống hoặc là ô đánh dấu")
    works_on = _WORKS_ON.match(fold(value))
    if works_on:
        return Verdict(value[works_on.end() :], NEUTRAL)  # the place, from the article's sentence
    run_on = KIND_LINE.search(value)
    if run_on and re.search(r"[^\W\d_]", value[: run_on.start()]):
        # a leaflet's centred lines read as one paragraph: the place, then the next line
        value = value[: run_on.start()].rstrip(" ,;–-")
        return Verdict(value, ODD, f"Địa bàn có lẫn dòng sau: “{clean_text(text)}”")
    if len(value.split()) > 30:
        return Verdict(value, ODD, "Địa bàn quá dài")
    if _POSTAL.search(fold(value)):
        return Verdict(value, NEUTRAL, "Địa bàn ghi như một địa chỉ (đến cấp tỉnh), cần kiểm tra")
    return Verdict(value, GOOD if _PLACE.search(fold(value)) else NEUTRAL)


#: A place written down to its province ("ấp …, xã …, tỉnh …"): the address of a site, which a
#: record gives for the work done, more than the area the model covers.
_POSTAL = re.compile(r",\s*(?:tinh|thanh pho)\s+\S+(?:\s+\S+){0,3}\s*$")


#: A lead-in to what follows ("Các mô hình tiêu biểu:", "Kết quả cụ thể như sau:"): one short
#: sentence ending with a colon says nothing by itself.
_LEAD_IN = re.compile(r"^[^.;:\n]{2,80}:$")


def check_long(text: str) -> Verdict:
    value = clean_long_text(text)
    if not value:
        return rejected("Nội dung trống")
    if _LEAD_IN.match(" ".join(text.split())):
        return rejected(f"“{value}” chỉ là câu dẫn, không có nội dung")
    return Verdict(value, GOOD if len(value.split()) >= 5 else NEUTRAL)


def _choice(parser: Callable[[str | None], tuple[str | None, bool]], label: str) -> Callable[[str], Verdict]:  # fmt: skip
    def check(text: str) -> Verdict:
        chosen, ambiguous = parser(text)
        if chosen is None:
            suffix = " (không đánh dấu hoặc đánh dấu nhiều ô)" if ambiguous else ""
            return rejected(f"Không xác định được {label}: “{clean_text(text)}”{suffix}")
        if ambiguous:  # no tick read: the one option without an empty box, inferred
            reason = f"Không đọc được dấu đánh vào ô {label}; suy ra từ các ô trống: “{clean_text(text)}”"
            return Verdict(str(chosen), ODD, reason)
        return Verdict(str(chosen), GOOD)

    return check


#: More people than this in one model is a misread figure (a scan's row of dots read as
#: digits: "40002000642"), not a count: a commune has some thousands of people.
MAX_PARTICIPANTS = 1_000_000


def check_count(text: str) -> Verdict:
    number = parse_count(text)
    if number is None:
        return rejected(f"Không đọc được số người tham gia: “{clean_text(text)}”")
    if number.value >= MAX_PARTICIPANTS:
        return rejected(f"Số người tham gia không hợp lý: “{clean_text(text)}”")
    reason = f"Số người tham gia là con số ước lượng: “{clean_text(text)}”"
    return Verdict(number.value, NEUTRAL if number.approximate else GOOD,
                   reason if number.approximate else None, number.approximate)  # fmt: skip


#: "Không huy động đóng góp của nhân dân; in từ kinh phí của xã (12.000.000 đồng)": the
#: paper says nothing was mobilised, so a sum beside it is the budget's.
_NONE_MOBILISED = re.compile(
    r"\bkhong (?:(?:can |phai )?(?:huy dong|van dong|keu goi|dong gop)|su dung kinh phi huy dong"
    r"|co kinh phi huy dong)\b"
)


def check_amount(text: str) -> Verdict:
    if _NONE_MOBILISED.search(fold(text)):
        return rejected(f"Văn bản ghi không huy động kinh phí: “{clean_text(text)}”")
    number = parse_amount(text)
    if number is None:
        return rejected(f"Không đọc được kinh phí: “{clean_text(text)}”")
    reason = f"Kinh phí là con số ước lượng: “{clean_text(text)}”"
    return Verdict(number.value, NEUTRAL if number.approximate else GOOD,
                   reason if number.approximate else None, number.approximate)  # fmt: skip


def check_date(text: str) -> Verdict:
    value = iso_date(text)
    if value is None:
        return rejected("Ngày ký để trống hoặc không đọc được")
    year = int(value[:4])
    return Verdict(value, GOOD if 2000 <= year <= 2100 else ODD)


CHECKS: dict[str, Callable[[str], Verdict]] = {
    "unit_name": check_unit,
    "model_name": check_model,
    "model_type": _choice(parse_model_type, "loại mô hình (tập thể/cá nhân)"),
    "domain": _choice(parse_domain, "lĩnh vực"),
    "leader_name": check_person,
    "leader_position": check_position,
    "phone": check_phone,
    "location": check_location,
    "content": check_long,
    "results": check_long,
    "participants": check_count,
    "funds_vnd": check_amount,
    "signed_date": check_date,
}


#: Short text a label can run into, or a line break can cut short.
SHORT_TEXT = frozenset({"unit_name", "model_name", "leader_position", "location"})


def check(name: str, text: str) -> Verdict:
    """The cleaned value of `text` for field `name`, and how well it fits the field."""
    if name == OTHER or name not in CHECKS:
        return rejected("không phải trường của phiếu")
    verdict = CHECKS[name](text)
    if name in SHORT_TEXT and isinstance(verdict.value, str) and verdict.score != ODD:
        doubt = _overrun(verdict.value) or _cut_short(verdict.value)
        if doubt:
            return Verdict(verdict.value, ODD, doubt, verdict.approximate)
    return verdict


_COLON = re.compile(r"\S\s*:(?=\s|$)")


def inner_label(value: str) -> str | None:
    """A label with its colon inside a value ("DÂN Đơn vị báo cáo: Chi bộ …"): the words
    before a colon that are, exactly, a known label."""
    for colon in _COLON.finditer(value):
        words = value[: colon.start() + 1].split()[-6:]
        for n in range(len(words), 0, -1):
            phrase = " ".join(words[-n:])
            found = match_label(phrase, prefix=False)
            if found is not None and found.confidence >= 1.0:
                return phrase
    return None


def _overrun(value: str) -> str | None:
    """A value that holds another label ran over it: what follows belongs to that label."""
    label = inner_label(value)
    return f"giá trị lẫn nhãn khác “{label}”" if label else None


_PAIRS = (("“", "”"), ("(", ")"), ("«", "»"))


def _cut_short(value: str) -> str | None:
    """An opening quote or bracket without its closing one (or the reverse): the value was
    cut at a line or cell break and may miss words."""
    if any(value.count(a) != value.count(b) for a, b in _PAIRS) or value.count('"') % 2:
        return "giá trị có thể bị cắt ngang (thiếu dấu ngoặc)"
    return None
