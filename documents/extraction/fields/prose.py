"""Fields written in sentences: the prose report ("…đã đăng ký và triển khai xây dựng mô hình
“X” (mô hình tập thể) thuộc lĩnh vực kinh tế… Mô hình do đồng chí Y, Bí thư Chi bộ trực tiếp
phụ trách") and the figures inside a results section.

Regexes run on the length-preserving folded text, so every match maps back to the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from documents.extraction.fields.funds import Role, role
from documents.extraction.fields.instructions import is_forwarding
from documents.extraction.fields.people import split_person
from documents.extraction.fields.zones import ORG_START, RULE, mostly_upper
from documents.extraction.normalise import (
    Number,
    clean_text,
    counts_groups,
    fold,
    fold_case,
    hedged,
    parse_money,
    parse_phone,
    strip_quotes,
)

#: The movement's own name, alone or before a dash or colon ("Dân vận khéo năm 2026 - Công
#: đoàn cơ sở xã" in a mail's subject): never a model's name.
MOVEMENT = re.compile(r"^\s*dan van kheo\s*(?:nam \d{4})?\s*(?:$|[-–—:]\s)")
_QUOTE_OPEN = '“"«'
#: An unquoted run that is the movement, spelt out or as "DVK", with its year or deadline
#: ("đăng ký mô hình DVK năm 2026 trước 15/3"): about the campaign, never a model's name ("Dân
#: vận khéo trong vận động …" may well be one).
_ABOUT_MOVEMENT = re.compile(
    r"^\s*(?:dan van kheo|dvk)(?:\s+nam\s+\d{4})?\s*(?:$|[,.]|(?:truoc|den|han|cham nhat)\b)"
)
#: The particles a chat message ends on ("… trước 15/3 nha", "… nhé", "… ạ"): casual talk, not
#: a name written down (on the lower-cased text: "ạ" and "a" fold alike).
_CHAT_PARTICLE = re.compile(r"\b(?:nha|nhé|nhe|nhen|nghen|nhá|nhỉ|ạ|nè)\s*[.!?…]*\s*$")


def quoted_after(text: str, pos: int) -> tuple[str, int] | None:
    """The quoted run starting at `pos` (nested “ ” allowed), and where it ends."""
    while pos < len(text) and text[pos] == " ":
        pos += 1
    if pos >= len(text) or text[pos] not in _QUOTE_OPEN:
        return None
    opener = text[pos]
    if opener == '"':
        end = text.find('"', pos + 1)
        return (text[pos + 1 : end], end + 1) if end > 0 else None
    depth = 0
    closer = "»" if opener == "«" else "”"
    for i in range(pos, len(text)):
        if text[i] == opener:
            depth += 1
        elif text[i] == closer:
            depth -= 1
            if depth == 0:
                return text[pos + 1 : i], i + 1
    return None


_MODEL_INTRO = re.compile(
    r"(?:xay dung|thuc hien|trien khai|dang ky)?\s*(?:mo hinh|dien hinh)(?:\s+(?:tap the|ca nhan))?"
    r"\s*(?=[“\"«A-Z])"
)
_UNQUOTED_END = re.compile(r"\s*(?:\(|\bthuoc linh vuc\b|[.;](?:\s|$)|,\s*sau\b|" + RULE + "|$)")


#: A title naming what a paper funds by its quoted name alone ("Về việc hỗ trợ
#: xây dựng “X”", "V/v tài trợ thực hiện “X”"): the model an agreement supports.
_TITLE_BUILDS = re.compile(r"\b(?:ho tro|tai tro)\s+(?:xay dung|thuc hien|trien khai)\s*(?=[“\"«])")


def title_model_name(title: str) -> str | None:
    """The model a title names, with or without the word "mô hình" before its quoted name."""
    found = model_name(title)
    if found is not None:
        return found
    match = _TITLE_BUILDS.search(fold(title))
    quoted = quoted_after(title, match.end()) if match else None
    name = clean_text(quoted[0]) if quoted else None
    return name if name and not MOVEMENT.match(fold(name)) else None


def model_name(text: str) -> str | None:
    """The model's name from a sentence or a title, never the movement's own name."""
    cased = fold_case(text)
    for match in _MODEL_INTRO.finditer(_lower_keep_caps(cased)):
        found = quoted_after(text, match.end())
        if found is not None:
            name = clean_text(found[0])
            if name and MOVEMENT.match(fold(name)):  # “Dân vận khéo” (năm 2024) (cá nhân) “X”
                year = _AFTER_MOVEMENT.match(fold(text[found[1] :]))
                after = quoted_after(text, found[1] + (year.end() if year else 0))
                name = clean_text(after[0]) if after else None
            if name and not MOVEMENT.match(fold(name)):
                return _written_properly(text, name)
            continue
        if cased[match.end() : match.end() + 1].isupper():
            rest = text[match.end() :]
            end = _UNQUOTED_END.search(fold(rest))
            candidate = clean_text(rest[: end.start()] if end else rest)
            if (
                candidate
                and 2 <= len(candidate.split()) <= 30
                and not MOVEMENT.match(fold(candidate))
                and not is_forwarding(candidate)
                and not _casual(candidate)
            ):
                return candidate
    return None


#: What may stand between the movement's quote and the model's own ("… mô hình “Dân vận khéo”
#: năm 2026 “X”", "… “Dân vận khéo” cá nhân “X”"): its year, its kind.
_AFTER_MOVEMENT = re.compile(r"\s*(?:nam\s+\d{4})?\s*,?\s*(?:(?:mo hinh\s+)?(?:tap the|ca nhan))?")


def _written_properly(text: str, name: str) -> str:
    """A name shouted in capitals in a headline ("MÔ HÌNH “BỮA CƠM CÓ THỊT”") as the text
    writes it in a sentence further on (“Bữa cơm có thịt”): the capitals are the headline's."""
    if not mostly_upper(name):
        return name
    wanted = fold(name).lower()
    for opener in re.finditer(rf"[{_QUOTE_OPEN}]", text):
        found = quoted_after(text, opener.start())
        same = found is not None and fold(clean_text(found[0]) or "").lower() == wanted
        if found is not None and same and not mostly_upper(found[0]):
            return clean_text(found[0]) or name
    return name


def _casual(candidate: str) -> bool:
    """An unquoted run that talks about the campaign or ends as chat talk does: a reminder in a
    group chat ("Nhắc các đơn vị gửi đăng ký mô hình DVK năm 2026 trước 15/3 nha"), no name."""
    return bool(_ABOUT_MOVEMENT.match(fold(candidate)) or _CHAT_PARTICLE.search(candidate.lower()))


def _lower_keep_caps(cased: str) -> str:
    """Lower-case the words a pattern keys on, keep capitals elsewhere for the name test."""
    return re.sub(r"(?i)\b(xay dung|thuc hien|trien khai|dang ky|mo hinh|dien hinh)\b",
                  lambda m: m.group(0).lower(), cased)  # fmt: skip


#: "mô hình tập thể", or the kind right after the quoted name ("… mô hình “X”, tập thể, lĩnh
#: vực …", a chat message's shorthand).
_MODEL_TYPE = re.compile(
    r"\bmo hinh\s+(tap the|ca nhan)\b|\bmo hinh\s*[“\"«][^”\"»]{3,150}[”\"»]\s*[,(–-]\s*"
    r"(?:mo hinh\s+)?(tap the|ca nhan)\b"
)


def model_type(text: str) -> str | None:
    match = _MODEL_TYPE.search(fold(text))
    if not match:
        return None
    return "collective" if (match.group(1) or match.group(2)) == "tap the" else "individual"


_DOMAIN = re.compile(r"\blinh vuc\s*:?\s*([^.;()]{3,60})")


def domain_text(text: str) -> str | None:
    match = _DOMAIN.search(fold(text))
    return text[match.start(1) : match.end(1)] if match else None


#: "… mô hình “X” (lĩnh vực kinh tế), …": a model's domain put in brackets beside it.
_DOMAIN_ASIDE = re.compile(r"\((?:[^()]{0,40}[\s,–-])?linh vuc\s*:?\s*([^.;:()]{3,60})\)")


def domain_aside(text: str) -> str | None:
    """The domain a running text gives in brackets, when it gives only one (a report may tell
    of several models, each in its own domain: then none is sure to be the one registered)."""
    folded = fold(text)
    found = {folded[m.start(1) : m.end(1)].strip(): m for m in _DOMAIN_ASIDE.finditer(folded)}
    if len(found) != 1:
        return None
    match = next(iter(found.values()))
    return text[match.start(1) : match.end(1)]


_NAME = r"([A-Z][a-z]*(?:\s+[A-Z][a-z]*){1,5})"
#: A religious dignitary's title before the name ("Đại đức Thạch Sa Rinh", "Linh mục …"): a
#: pagoda's or a parish's model is led by its head.
_CLERIC = r"[Dd]ai duc|[Tt]huong toa|[Hh]oa thuong|[Ss]u co|[Nn]i su|[Ll]inh muc|[Mm]uc su|[Aa]char"
_LEADER = re.compile(
    r"(?<![Cc]hi )(?<![Dd]/c )\bdo\s+(?:(?:[Dd]ong chi|[Dd]/c|[Dd]c|[Oo]ng|[Bb]a|[Aa]nh|[Cc]hi|"
    + _CLERIC
    + r")\s+)?"
    + _NAME
    + r"\s*(?:[,–-]\s*([^.;]{2,90}?))?\s+(?:truc tiep\s+)?(?:phu trach|lam chu nhiem|chu tri|"
    r"chi dao|lam truong ban|dieu hanh)"
)  # fmt: skip


_LEADER_SUBJECT = re.compile(
    r"\b(?:[Dd]ong chi|[Dd]/c|[Oo]ng|[Bb]a)\s+" + _NAME
    + r"\s*(?:[,–-]\s*([^.;]{2,90}?))?\s+(?:la|lam)\s+(?:chu nhiem|nguoi phu trach|truong ban|"
    r"nguoi chiu trach nhiem|phu trach)"
)  # fmt: skip
#: "Người phụ trách: Ông A – Chủ nhiệm CLB": the position after the name ends with its line (a
#: table's next cell is another row's).
_LEADER_NAMED = re.compile(
    r"\b(?:[Cc]hu nhiem mo hinh|[Nn]guoi phu trach(?: mo hinh)?)\s+(?:la\s+)?"
    r"(?:(?:[Dd]ong chi|[Dd]/c|[Oo]ng|[Bb]a)\s+)?" + _NAME + r"(?:\s*[,–-]\s*([^.;\n]{2,90}))?"
)  # fmt: skip


_LEADER_APPOSITION = re.compile(
    r"\b(?:[Dd]ong chi|[Dd]/c|[Oo]ng|[Bb]a)\s+" + _NAME
    + r"\s*[,–-]\s*([^.;,]{2,90}?)\s+(?:truc tiep\s+)?(?:phu trach|chu tri|chi dao|lam chu nhiem)"
)  # fmt: skip


_TITLED = re.compile(r"(?:^|(?<=[\s(]))(?:[Dd]ong chi|[Dd]/c|Ong|Ba)\s+" + _NAME)


def titled_names(text: str) -> list[str]:
    """The people a text names with "Ông", "Bà" or "đồng chí" ("… của Bà Thạch Thị Sa Ly, …");
    "ông bà" in lower case is a common noun, not a title."""
    cased = fold_case(text)
    return [text[m.start(1) : m.end(1)] for m in _TITLED.finditer(cased)]


def leader(text: str) -> tuple[str, str | None] | None:
    """'Mô hình do đồng chí Mai Thị Nga, Trưởng Ban công tác Mặt trận xóm 3 trực tiếp phụ trách',
    'Đồng chí X, Bí thư Chi bộ làm chủ nhiệm mô hình', 'Chủ nhiệm mô hình là đồng chí X, …'."""
    cased = fold_case(text)
    match = (
        _LEADER.search(cased)
        or _LEADER_SUBJECT.search(cased)
        or _LEADER_NAMED.search(cased)
        or _LEADER_APPOSITION.search(cased)
    )
    if not match:
        return None
    name = text[match.start(1) : match.end(1)]
    position = text[match.start(2) : match.end(2)] if match.group(2) else None
    return name, clean_text(position)


#: "số máy 0915 …" is how an office letter gives a phone.
_PHONE_WORDS = re.compile(
    r"\b(?:dien thoai|so dien thoai|so may|dt|sdt|dtdd|di dong|lien he|hotline|duong day nong(?: so)?"
    # "xin gọi ông Chín theo số 0917 …", "gọi đường dây nóng số 0290 …": a number to call
    r"|goi(?: [^\s\d.;,]+){0,5} (?:theo )?so|zalo)\b"
    r"(?:\s*/\s*zalo\b)?\s*:?\s*(?=[+(\d])"  # a chat app's number is the phone ("SĐT/Zalo")
)


def phones(text: str) -> list[str]:
    """Phone numbers written after a phone word inside running text ('liên hệ: 0978.215.364')."""
    found: list[str] = []
    folded = fold(text)
    for match in _PHONE_WORDS.finditer(folded):
        phone = parse_phone(text[match.end() : match.end() + 24])
        if phone and phone not in found and not _office_line(folded, match.start(), phone):
            found.append(phone)
    return found


#: An office's seat named in the sentence before a number ("Trụ sở: UBND xã …; điện thoại …").
_OFFICE = re.compile(r"\b(?:tru so|van phong|dia chi|co quan|phong lam viec|tong dai)\b")
_CLAUSE_START = re.compile(r".*(?:[.\n]|^)", re.S)


def _office_line(folded: str, at: int, phone: str) -> bool:
    """A landline (02x…) given in a sentence about an office's seat: the office's, not the
    person's mobile the form asks for."""
    if not phone.startswith("02"):
        return False
    before = folded[max(0, at - 120) : at]
    start = _CLAUSE_START.match(before)
    return bool(_OFFICE.search(before[start.end() :] if start else before))


#: The end of a sentence (a stop inside "0912.345.678" is none; a line break may only wrap it).
_SENTENCE_END = re.compile(r";|\.(?!\d)|\n\s*\n")
_PHONE_REACH = 160
#: A military or police rank written before a name ("Thiếu tá Nguyễn Văn …"), folded.
_RANK = r"|(?:[Tt]hieu|[Tt]rung|[Tt]huong|[Dd]ai) (?:ta|uy)"
_ANOTHER = re.compile(
    r"\b(?:[Dd]ong chi|[Dd]/c|[Oo]ng|[Bb]a|[Aa]nh|[Cc]hi" + _RANK + r")\s+[A-Z][a-z]*\s+[A-Z]"
)


def names_a_person(text: str) -> bool:
    """A person named with a form of address ("bà Phú Thị Kim Liên", "đồng chí Trưởng xóm" is
    none: a title, not a name)."""
    return _ANOTHER.search(fold_case(text)) is not None


def phone_after(text: str, start: int) -> str | None:
    """The phone written after a person's name in the same sentence ("đồng chí X – Bí thư trực
    tiếp phụ trách (điện thoại: 0388 641 207)"), unless another person is named before it."""
    end = _SENTENCE_END.search(text, start, start + _PHONE_REACH)
    if end and end.group(0) == ";" and _PHONE_WORDS.match(fold(text[end.end() :]).lstrip()):
        end = _SENTENCE_END.search(text, end.end(), end.end() + 40)  # "…; điện thoại: 09…"
    span = text[start : end.start() if end else start + _PHONE_REACH]
    word = (
        _PHONE_WORDS.search(fold(span))
        or _BRACKETED_PHONE.search(span)
        or _COLON_PHONE.search(span)
    )
    if word is None or _ANOTHER.search(fold_case(span[: word.start()])):
        return None
    return parse_phone(span[word.end() : word.end() + 24])


#: A number alone in brackets after a person's post ("…, người trực tiếp phụ trách (0913 671
#: 509)"): a phone without its word; what the match ends at is where the number starts.
_BRACKETED_PHONE = re.compile(r"\((?=\s*\+?\d[\d\s.]{8,14}\d\s*\))")
#: A number alone after a colon that ends the person's clause ("… chị X – Phó Chủ tịch, phụ
#: trách mô hình: 0359.260.417"): a phone without its word, where the sentence ends with it.
_COLON_PHONE = re.compile(r":[ \t]*(?=\+?\d[\d .]{8,14}\d[ \t]*(?:[.;)!\n]|$))")


#: A person named with an honorific and a capitalised name ("đồng chí Hồ Thị Lan"), folded.
_NAMED = re.compile(
    r"\b(?:[Dd]ong chi|[Dd]/c|[Oo]ng|[Bb]a|[Aa]nh|[Cc]hi|[Ee]m" + _RANK + r")\s+"
    r"((?:[A-Z][a-z]*\s+){1,3}[A-Z][a-z]*)\b"
)


#: The writer speaking of themself ("báo ngay cho tôi theo số …"): the number is theirs.
_FIRST_PERSON = re.compile(r"(?i)\b(?:tôi|chúng tôi|em)\b")
#: A sentence's end inside a line: a stop, then a capital.
_STOP = re.compile(r"[.!?]\s+(?=[A-ZĐÀ-Ỹ])")


def _own_sentence(line: str, at: int) -> int:
    """Where the sentence holding `at` starts in `line`: a person named in an earlier sentence
    ("… ông X làm Phó ban. Bà con báo cho tôi theo số …") is not whom its number reaches."""
    return max((m.end() for m in _STOP.finditer(line, 0, at)), default=0)


def phone_owner(text: str, phone: str) -> str | None:
    """The person a running-text phone is written with: the last one named before it on its
    line ("Điều hành: đồng chí Hồ Thị Lan, Bí thư Chi đoàn (ĐT: 0389 …)" gives Lan's number,
    not the model's leader's); None when the line names nobody before the number."""
    for line in text.split("\n"):
        folded = fold(line)
        for match in _PHONE_WORDS.finditer(folded):
            if parse_phone(line[match.end() : match.end() + 24]) != phone:
                continue
            start = _own_sentence(line, match.start())
            people = list(_NAMED.finditer(fold_case(line[: match.start()]), start))
            if not people or _FIRST_PERSON.search(line[people[-1].end() : match.start()]):
                return None  # nobody named in its sentence, or the writer's own ("cho tôi")
            # the name only, where a scan lost the comma before the position ("Hải Chỉ huy …")
            return split_person(line[people[-1].start(1) : match.start()])[0]
    return None


#: Where a model runs, said in its sentence (up to the next clause, stop or bracket): "…,
#: thực hiện trên địa bàn buôn A và buôn B, do đồng chí …" or "…, thực hiện tại các ấp Sóc
#: Tre, Kênh Xáng và Vĩnh Lợi."
_PLACE_AREA = re.compile(
    r"\b(?:thuc hien|trien khai|ap dung|xay dung)\s+(?:tren|tai)\s+dia ban\s+"
    r"(?:cua\s+)?([^,;.()\n]{2,80}(?:,\s*(?!\s|do\b|voi\b|nham\b|giao\b|tu\b)[^,;.()\n]{2,60})*)"
)
_PLACE_SAID = re.compile(r"\bthuc hien (?:tai|o|tren)\s+([^.;()\n]{3,80}?)\s*(?:[.;(]|\n|$)")
#: Villages as a paper names them: "thôn Khe Mây và bản Pa Lin", "xóm 6, xóm 9", "4 thôn, bản".
_KIND = r"(?:thon|ban|ap|xom|buon|bon|plei|soc|khom|lang|to dan pho|khu pho)"
_VILLAGE = rf"{_KIND}\s+[A-Z0-9][A-Za-z0-9]*(?:\s+[A-Z0-9][A-Za-z0-9]*)*"
_COUNTED = (
    rf"\d+\s+{_KIND}(?:\s*,\s*{_KIND}(?!\s+[A-Z0-9]))*"
    r"(?:\s+(?:cua|trong|thuoc)\s+(?:xa|phuong|thi tran)\b)?"  # "4 thôn của xã"
)
_VILLAGES = rf"(?:cac\s+)?(?:{_COUNTED}|{_VILLAGE}(?:(?:\s*,\s*|\s+va\s+){_VILLAGE})*)"
#: The model's place in a sentence that builds or runs it, when the place is villages (case
#: kept, so a name ends where its capitals do): "… thực hiện mô hình “X” tại thôn A và thôn B,
#: do …", "Mô hình được Hội … xây dựng từ năm 2025 tại bản C và bản D", "… thực hiện tại 4
#: thôn, bản". Read only as village names, after the paper's other place sentences.
_BUILT = r"\b(?i:thuc hien|xay dung|trien khai|ap dung)\b"
_AT = rf"\b(?:tai|o|tren dia ban)\s+({_VILLAGES})"
_PLACE_OF_MODEL = re.compile(rf"{_BUILT}\s+(?i:mo hinh)\b[^.;:\n]{{0,100}}?{_AT}")
#: "Mô hình do Đoàn xã thực hiện tại …", "Mô hình được Hội … xây dựng từ năm 2025 tại …".
_MODEL_PLACED = re.compile(rf"\b(?i:mo hinh)\b[^.;:\n]{{0,100}}?{_BUILT}[^.;:\n]{{0,40}}?{_AT}")
#: A message's short sentence "Làm ở xóm 6 và xóm 9.": only a place named by its kind.
_PLACE_TOLD = re.compile(
    r"(?:^|[.!]\s+)(?:lam|lam mo hinh|trien khai)\s+(?:o|tai)\s+((?:ap|thon|xom|ban|buon|phum|soc|"
    r"khom|khu pho|to dan pho|to|lang)\s[^.;()\n]{1,80}?)\s*(?:[.;(]|\n|$)",
    re.M,
)

#: A sentence that lists the model's particulars after semicolons, its ground among them: "…
#: do đồng chí A trực tiếp thực hiện; lĩnh vực kinh tế; địa bàn: các hộ nuôi tôm ấp B." A
#: label inside the sentence, so read only after a semicolon (a line's own label is labels').
_PLACE_LISTED = re.compile(
    r";\s*(?:dia ban|dia diem|noi thuc hien|pham vi)(?:\s+thuc hien)?\s*:\s*"
    r"([^;.()\n]{2,80}?)\s*(?:[.;(]|\n|$)"
)


#: "… xây dựng mô hình “Thắp sáng đường quê” tại 4 thôn của xã, do ông …": the place right
#: after the model's quoted name, named by its kind ("thôn …", "4 thôn của xã", "các ấp …") or
#: as a venue ("tại nhà văn hóa thôn A", "tại khu bán trú của trường"), a line of ground or a
#: house of worship ("tại tuyến kênh B", "tại chùa C"). Between the name and the place a paper
#: may put the movement's quote before the name, the model's kind, an aside in brackets, its
#: owner and the verb that places it ("mô hình “Dân vận khéo” cá nhân “X” (lĩnh vực …) đăng ký
#: tại thôn A"). Read on the case-kept fold: a list of places goes on only with a capitalised
#: name ("thôn A, thôn B"; ", bản thân đã …" is no village).
_PLACE_KIND = r"(?:ap|thon|xom|ban|bon|buon|phum|soc|khom|khu pho|to dan pho|lang|xa|phuong)"
_VENUE = (
    r"(?:nha van hoa|nha sinh hoat cong dong|khu|truong|tram y te|tram|diem|tuyen|duong|"
    r"cac ngo xom|ngo xom|cho|cum dan cu|vung|chua|nha tho)"
)
_QUOTE = r"[“\"«][^”\"»\n]{2,120}[”\"»]"
_KIND_OF_MODEL = r"(?:\s*,?\s*(?i:(?:mo hinh\s+)?(?:tap the|ca nhan)))?"
_NAME_TO_PLACE = (
    rf"{_QUOTE}(?:{_KIND_OF_MODEL}\s*{_QUOTE})?{_KIND_OF_MODEL}"
    r"(?:\s*\([^()\n]{0,120}\))?"  # "(mô hình cá nhân; lĩnh vực …)"
    r"(?:\s+cua\s+[A-Z][^,;.()\n“”\"«»]{1,60}?)?"  # "của Đoàn xã"
    r"(?:\s*,?\s*(?i:(?:duoc\s+)?(?:dang ky|thuc hien|trien khai|xay dung|ap dung)))?"
)
_PLACE_AFTER_QUOTED_NAME = re.compile(
    rf"\b(?i:mo hinh)\s+{_NAME_TO_PLACE}\s+(?i:tai|o|tren dia ban)\s+"
    rf"((?i:(?:(?:\d{{1,3}}|cac|hai|ba|bon|nam)\s+)?(?:{_PLACE_KIND}|({_VENUE})))\s[^,;.()\n]{{1,80}}?"
    rf"(?:,\s*(?i:{_PLACE_KIND})\s+[A-Z0-9][^,;.()\n]{{0,60}}?)*)\s*(?:[,.;(:]|\n|$)"
)
#: The words of a ceremony before the model ("Lễ ra mắt mô hình “X” tại hội trường …"): a venue
#: then is where people meet, not where the model runs (a village still is).
_CEREMONY = re.compile(r"\b(?:le|ra mat|hoi nghi|hoi thi|buoi)\b[^.;\n]{0,40}$", re.I)


def _place_after_quoted_name(cased: str) -> re.Match[str] | None:
    """The first place told right after the model's quoted name; a venue only outside a
    ceremony's words."""
    for match in _PLACE_AFTER_QUOTED_NAME.finditer(cased):
        if match.group(2) and _CEREMONY.search(cased[max(0, match.start() - 60) : match.start()]):
            continue
        return match
    return None


def location(text: str) -> str | None:
    """The place a sentence gives the model; None when no sentence says it."""
    folded = fold(text)
    match = _PLACE_AREA.search(folded) or _PLACE_SAID.search(folded) or _PLACE_TOLD.search(folded)
    match = match or _PLACE_LISTED.search(folded)
    cased = fold_case(text)
    match = match or _place_after_quoted_name(cased)
    match = match or _PLACE_OF_MODEL.search(cased) or _MODEL_PLACED.search(cased)
    if not match:
        return None
    start, end = match.start(1), match.end(1)
    clause = _NEXT_CLAUSE.search(fold_case(text[start:end]))
    end = start + clause.start() if clause else end
    tail = _PLACE_TAIL.search(fold_case(text[start:end]))
    end = start + tail.start() if tail else end
    return clean_text(text[start:end]) or None


#: "Mô hình do Công an xã xây dựng tại thôn (ra mắt …)": the model placed in "the village" not
#: named, the one the paper is written in (case kept: a capital after the kind is a name).
_BARE_VILLAGE = re.compile(
    rf"\b(?i:mo hinh)\b[^.;:\n]{{0,100}}?{_BUILT}\s+(?i:tai|o)\s+({_KIND})(?=\s*[(,.;]|\s+[a-z]|$)"
)


def bare_village(text: str) -> str | None:
    """The kind of village ("thôn", "bản") a model sentence places the model in without naming
    it; None when the sentence names its place."""
    match = _BARE_VILLAGE.search(fold_case(text))
    return text[match.start(1) : match.end(1)].lower() if match else None


#: Where the place's clause ends: a comma before a word that names no place ("ấp A, thu hút 65
#: hộ …"); a list of places goes on with capitals or a place's level ("ấp A, ấp B và Cầu Đá").
_NEXT_CLAUSE = re.compile(
    r"\s*,\s*(?!(?:ap|xa|thon|xom|ban|bon|buon|phuong|khu|to|to dan pho|khom|lang|soc|"
    r"thi tran|huyen|tinh|va|cac)\b)(?=[a-z])"
)


#: Where a place's words end though the sentence goes on: a time phrase ("ấp A và ấp B trong
#: năm 2026", "thôn C từ tháng 3/2026") or an apposition after a dash that counts or tells of
#: the places ("thôn A và thôn B – hai thôn năm 2025 còn …", "– nơi có …"). A dash before a
#: place's own part stays ("tuyến đường A – mốc 12"). Read on the case-kept fold, so a
#: village named "Năm" is no year.
_PLACE_TAIL = re.compile(
    r"\s+(?:(?:trong|vao|tu|den|trong suot|suot)\s+)?(?:nam|thang|quy)\s+(?:\d|[IV]+\b)"
    r"|\s*[-–—]\s*(?:hai|ba|bon|nam|sau|bay|tam|chin|muoi|\d+|cac|nhung|ca|noi|day|la)\b"
)


_UNIT = re.compile(
    r"(?:^|[,.]\s)[^\S\n]*([A-Z][^,;:.\n]{2,70}?)\s+(?:(?:da|xin|kinh|tran trong|gui)\s+)*"
    r"(?:dang\s+ky|bao\s+cao|xay\s+dung)\b",  # a line may break inside the verb
    re.M,
)


#: "…kiểm tra, đánh giá kết quả xây dựng mô hình “Dân vận khéo” của Chi bộ thôn A.": the unit
#: whose model a record or a review is about.
_UNIT_OF = re.compile(
    r"\bmo hinh\b[^.;\n]{0,80}?\bcua\s+([A-Z][^,;:.\n“”\"()]{2,70}?)"
    r"(?:\s*(?:[.,;(]|$)|\s+(?:la|da|duoc|tai|trong|voi|nam)\b)",
    re.M,
)


def unit_of_model(text: str) -> str | None:
    """'…họp xét mô hình “X” của Ban Công tác Mặt trận thôn A.': the unit the text says owns
    the model, when its name starts like a unit's."""
    folded = fold_case(text)
    for match in _UNIT_OF.finditer(folded):
        name = text[match.start(1) : match.end(1)]
        if ORG_START.match(fold(name)) and len(name.split()) >= 3:
            return clean_text(name)
    return None


#: "Mô hình do Hội Nông dân xã A xây dựng từ …": the unit a sentence says built the model.
_BUILT_BY = re.compile(
    r"\b[Mm]o hinh\b[^.;\n]{0,80}?\bdo\s+([A-Z][^,;:.\n“”\"()]{2,70}?)\s+"
    r"(?:xay dung|thuc hien|trien khai|dang ky|to chuc|khoi xuong|duy tri)\b"
)


def unit_built_by(text: str) -> str | None:
    """The unit a sentence says built the model, when its name starts like a unit's (a person
    "do ông …" is none)."""
    folded = fold_case(text)
    for match in _BUILT_BY.finditer(folded):
        name = text[match.start(1) : match.end(1)]
        if ORG_START.match(fold(name)) and len(name.split()) >= 3:
            return clean_text(name)
    return None


def unit(text: str) -> str | None:
    """'…năm 2024, Chi bộ xóm 3 đã đăng ký…', '…mô hình “…” của Chi bộ thôn A.': only a name
    that starts like a unit's name."""
    folded = fold_case(text)
    for match in [*_UNIT.finditer(folded), *_UNIT_OF.finditer(folded)]:
        name = text[match.start(1) : match.end(1)]
        if (
            ORG_START.match(fold(name))
            and len(name.split()) >= 3
            and not _PASSES_ON.search(fold(name))
        ):
            return clean_text(name)
    return None


#: "Chúng tôi gồm 14 hộ …, là thành viên Tổ bảo vệ rừng bản A, cư trú …", "Chúng tôi là các hộ
#: thành viên THT nuôi ong B, thôn B …": a group of households' petition names its group in the
#: opening sentence; the group is the unit that registers the model.
_PETITIONERS = re.compile(
    r"\b[Cc]hung toi\b[^.\n]{0,100}?\b(?:thanh vien|tham gia)\s+"
    r"([A-Z][^,;:.\n“”\"()]{2,70}?)\s*(?:[,;(.]|$|\s+(?:co ten|cu tru|tai)\b)",
    re.M,
)
_GROUP_START = re.compile(r"^(?:tht)\b")


def petitioners_group(text: str) -> str | None:
    """The group the petitioning households belong to, when its name starts like a unit's."""
    folded = fold_case(text)
    for match in _PETITIONERS.finditer(folded):
        name = text[match.start(1) : match.end(1)]
        starts = ORG_START.match(fold(name)) or _GROUP_START.match(fold(name))
        if starts and len(name.split()) >= 3:
            return clean_text(name)
    return None


#: Where the petitioning households live, said in their opening sentence: "Chúng tôi …, cư trú
#: tại bản A, xã …" or the village after the group's name ("… thành viên THT nuôi ong B, thôn B,
#: xã …"): a petition's model runs in its households' village.
_PETITIONERS_HOME = re.compile(
    rf"\b[Cc]hung toi\b[^.\n]{{0,200}}?(?:\b(?:cu tru|sinh song|o)\s+tai\s+"
    rf"|\b(?:thanh vien|tham gia)\s+[A-Z][^,;:.\n“”\"()]{{2,70}}?,\s*)({_VILLAGES})\s*(?:[,;.(]|$)",
    re.M,
)


def petitioners_village(text: str) -> str | None:
    """The village the petitioning households live in, named by its kind."""
    match = _PETITIONERS_HOME.search(fold_case(text))
    return clean_text(text[match.start(1) : match.end(1)]) or None if match else None


#: "Văn phòng chuyển (tiếp) bản đăng ký của …": the office passing a form on, not its unit.
_PASSES_ON = re.compile(r"\b(?:chuyen (?:tiep|ban|ho so|den|len|giup)|gui kem|gui lai)\b")


# ------------------------------------------------------------------ figures in results

PEOPLE_WORDS = (
    r"ho gia dinh|ho dan|ho(?! so\b)|nguoi dan|nguoi|luot|hoi vien|dang vien|doan vien|thanh vien|"
    r"hoc sinh|sinh vien|thanh nien|cong dan|gia dinh|to chuc|ca nhan|dong chi|can bo|phu nu|"
    r"nong dan|cuu chien binh|nhan khau|chau|em|tinh nguyen vien|nha hao tam|doanh nghiep|"
    r"giao vien|chien si|quan nhan|tan binh|benh nhan|nguoi cao tuoi|hoi vien phu nu|cu tri|"
    r"phu huynh|cha me|hoc vien|xa vien|cong nhan|nguoi lao dong|thieu nhi|doi vien|nguoi con|"
    r"chi em|"
    # people named by their work ("12 cô đỡ thôn bản", "8 công chức, viên chức")
    r"cong chuc|vien chuc|nhan vien|cong tac vien|co do|ba do|y ta|bac si"
)
_INT = r"\d{1,3}(?:\.\d{3})+|\d+"
#: "96/104 hộ": of a ratio of achieved over total, the count is the achieved one.
_COUNT = re.compile(
    r"(?<![\d.,/])(" + _INT + r")(?![\d]|[.,]\d)(?:\s*/\s*(?:" + _INT + r"))?\s+(?:" + PEOPLE_WORDS
    + r")\b"
)  # fmt: skip
#: Words of people taking part ("126/168 hộ tham gia", "thu hút 300 lượt người"), then of
#: people who gave or agreed ("104 hộ ký cam kết"), a weaker sign of the count taking part.
#: "… do tôi phụ trách cùng 15 chị em trong tổ": those working with the one in charge take part,
#: as do a group's members ("lập 3 tổ với 27 thành viên") and those taking turns at the work
#: ("20 đoàn viên thay nhau trực"); "so với 120 hộ" only compares.
WORKING_TOGETHER = r"\bcung \d|(?<!so )(?<!doi )\bvoi \d|\bthay nhau\b"
_TAKING_PART = re.compile(r"\b(?:tham gia|thu hut|huong ung)\b|" + WORKING_TOGETHER)
_GIVING = re.compile(
    # "hiến" (gives), not the "hiện" of "thực hiện", "phát hiện" that folds like it
    r"\b(?:dong gop|ung ho|(?<!thuc )(?<!phat )(?<!xuat )(?<!the )hien(?! nay| tai| dang| co)|"
    r"tap hop|cam ket|dong thuan|tu nguyen|gop (?:cong|tien|cua|von|vat lieu))\b"
)
#: Words of a count that may be of those reached rather than those taking part ("hướng dẫn
#: 1.350 lượt người dân", "thôn có 168 hộ").
_REACHED = re.compile(r"\b(?:van dong|huy dong|huong dan|giup do|ho tro)\b|\bco \d")
_SENTENCES = re.compile(r"(?:[^.;\n]|[.,](?=\d))+(?:[.;\n]|$)")


def participants(text: str) -> Number | None:
    """The first count of people in a sentence about taking part; m², km, ngày công never."""
    found, _ = participant_counts(text)
    return found[0] if found else None


def participant_counts(text: str) -> tuple[list[Number], int]:
    """Counts of people: those in sentences about taking part first, then those of people
    reached, then the rest; and how many of the first kind."""
    folded = fold(text)
    tiers: tuple[list[Number], ...] = ([], [], [], [])
    for sentence in _SENTENCES.finditer(folded):
        words = sentence.group(0)
        tier = next((k for k, p in enumerate((_TAKING_PART, _GIVING, _REACHED)) if p.search(words)), 3)  # fmt: skip
        for match in _people_counts(words):
            start = sentence.start() + match.start()
            tiers[tier].append(Number(int(match.group(1).replace(".", "")), hedged(folded[:start])))
    return [n for tier in tiers for n in tier], len(tiers[0]) + len(tiers[1])


#: "tăng từ 118 hộ lên 165 hộ": the count a figure rose (or fell) from, before "lên"/"xuống".
_FROM_BEFORE = re.compile(r"\btu\s+$")
_TO_AFTER = re.compile(r"^\s*(?:len|xuong)\s+(?:con\s+)?\d")


def _risen_from(words: str, match: re.Match[str]) -> bool:
    """A count a figure went from ("từ 118 hộ lên 165 hộ"): the count before, not the one now."""
    return bool(_FROM_BEFORE.search(words[: match.start(1)])) and bool(
        _TO_AFTER.match(words[match.end() :])
    )


def _people_counts(words: str) -> list[re.Match[str]]:
    """The counts of a sentence; those of bodies ("386 hộ dân và 12 doanh nghiệp tham gia")
    only when it counts no people."""
    found = [m for m in _COUNT.finditer(words) if not _risen_from(words, m)]
    people = [m for m in found if not counts_groups(words, m.end(1))]
    return people or found


_MONEY = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?\s*(?:ty|trieu|nghin|ngan|dong|vnd|d)(?![a-z])"
    r"(?:\s*\d+\s*(?:trieu|nghin|ngan)(?![a-z]))?(?:\s*dong)?(?!\s*chi\b)"
)
_MONEY_VERBS = re.compile(
    r"huy dong|\b(?:dong )?gop\b|ung ho|kinh phi|quy|von|tong|tai tro|so tien|xa hoi hoa|van dong"
)
#: Where the words about one sum start: after the last comma, colon or "trong đó".
_CLAUSE = re.compile(r".*(?:[,:;(]|\btrong do\b)", re.S)
#: What a trade takes in ("doanh thu", "doanh số", "thu nhập", "lợi nhuận"): no money raised.
_TAKINGS = re.compile(r"\b(?:doanh thu|doanh so|thu nhap|loi nhuan)\b")
#: Credit a body manages or lends ("quản lý 420 triệu đồng vốn vay Ngân hàng Chính sách xã hội",
#: "dư nợ 2,3 tỷ đồng", "cho 12 hộ vay 600 triệu đồng"): money lent, to be paid back, no money
#: mobilised; said before the sum in its clause or right after it. Loans the clause says were
#: raised ("tiền tiết kiệm và vốn vay huy động được 830 triệu đồng") are money mobilised.
#: "vay Ngân hàng Chính sách 300 triệu đồng": borrowed from a lender named before the sum.
_LOAN_BEFORE = re.compile(
    r"\b(?:von vay|vay von|cho vay|du no|tin dung|giai ngan)\b|\bvay\s*$"
    r"|\bvay (?:(?:von|tien) )?(?:(?:cua|tu) )?(?:ngan hang|quy)\b"
)
_LOAN_AFTER = re.compile(r"\s*(?:(?:tien|von)\s+)?(?:vay|tin dung|du no)\b")
_RAISED = re.compile(r"\b(?:huy dong|van dong|dong gop|gop)\b")
#: The budget named right after a sum ("300 triệu đồng ngân sách tỉnh", "… từ ngân sách xã").
_BUDGET_AFTER = re.compile(r"\s*\(?\s*(?:(?:tu|cua|von|thuoc)\s+)?(?:ngan sach|nha nuoc)\b")


def funds(text: str) -> Number | None:
    """The money mobilised: a sum in a sentence about raising money; rates (…/ha) are skipped."""
    found, _ = sums(text)
    return found[0] if found else None


def sums(text: str) -> tuple[list[Number], int]:
    """Sums of money mobilised, those in sentences about raising money first; and how many of
    those. The budget's share ("ngân sách xã hỗ trợ 60 triệu") is no part of it, nor a total
    written beside it (it holds the budget)."""
    folded = fold(text)
    with_verb: list[Number] = []
    others: list[Number] = []
    for sentence in _SENTENCES.finditer(folded):
        found = list(_sentence_sums(text, folded, sentence.start(), sentence.end()))
        roles = {r for r, _ in found}
        verb = bool(_MONEY_VERBS.search(sentence.group(0)))
        for said, number in found:
            if said is Role.BUDGET or (said is Role.TOTAL and Role.BUDGET in roles):
                continue
            (with_verb if verb else others).append(number)
    return (with_verb + others if with_verb else others), len(with_verb)


def _sentence_sums(text: str, folded: str, start: int, end: int) -> Iterator[tuple[Role, Number]]:
    for match in _MONEY.finditer(folded, start, end):
        s, e = match.start(), match.end()
        if folded[e : e + 1] == "/":
            continue
        if not re.search(r"\d\s*(?:ty|trieu|dong|vnd|nghin|ngan)|\d{1,3}(?:\.\d{3})+\s*d",
                         folded[s:e]):  # fmt: skip
            continue
        parsed = parse_money(text[s:e])
        if parsed is None:
            continue
        words = _clause_words(folded[start:s])
        if _TAKINGS.search(words):
            continue  # a trade's takings ("doanh số 2,1 tỷ đồng"): no money raised
        if _lent(words, folded, e):
            continue  # credit lent or managed: no money raised
        said = role(words)
        if _BUDGET_AFTER.match(folded, e):
            said = Role.BUDGET  # "300 triệu đồng ngân sách tỉnh": whose it is, said after it
        yield said, Number(parsed.value, hedged(folded[:s]))


def _lent(words: str, folded: str, end: int) -> bool:
    """A sum of credit lent or managed (`words` its clause before it, `end` where it ends)."""
    loan = bool(_LOAN_BEFORE.search(words) or _LOAN_AFTER.match(folded, end))
    return loan and not _RAISED.search(words)


def _clause_words(before: str) -> str:
    """The words about a sum, of the text before it in its sentence: its own clause; for a sum
    in brackets ("… của Nhà nước (1,2 tỷ đồng)"), the clause the bracket follows."""
    clause = _CLAUSE.match(before)
    if clause is None:
        return before
    words = before[clause.end() :]
    head = before[: clause.end()].rstrip()
    if words.strip() or not head.endswith("("):
        return words
    outer = _CLAUSE.match(head[:-1])
    return head[:-1][outer.end() :] if outer else head[:-1]


def unquote(text: str) -> str:
    return strip_quotes(text.strip())
