"""People and places outside the labelled body: the unit in the header block, the date line,
the signer under the signature, and "name - position - phone" written in one value.
"""

from __future__ import annotations

import re

from documents.extraction.fields.lines import DATE_LINE
from documents.extraction.fields.zones import (
    ORG_START,
    Zones,
    is_decoration,
    is_endorsement,
    looks_like_name,
    mostly_upper,
)
from documents.extraction.normalise import (
    clean_text,
    fold,
    fold_case,
    parse_phone,
    position_case,
    strip_honorific,
)

_HINT = re.compile(r"^\(?\s*(?:ky|da ky)\b|ghi ro ho ten|dong dau|\(ky")
_ROLE_PREFIX = re.compile(r"^\s*(?:t/?m\.?|kt\.?|tl\.?|tuq\.?|q\.|thay mat|ky thay)\s*", re.I)
_SELF_ROLE = re.compile(
    r"^nguoi (?:dang ky|bao cao|viet|lap|ky|thuc hien|de nghi|nop don|lam don|nop|lap bieu)\b"
)
_PHONE_LABEL = re.compile(r"[,;–-]?\s*\b(?:so may|(?:so\s+)?(?:dien thoai|dt|sdt|dtdd|di dong|tel))\b\s*:?",
                          re.I)  # fmt: skip
_POSITION_STARTS = (
    "bi thu", "pho bi thu", "chu tich", "pho chu tich", "truong", "pho truong", "chi hoi truong",
    "chi huy", "giao vien", "can bo", "cong chuc", "uy vien", "tram truong", "ke toan",
    "thu ky", "hieu truong", "chu nhiem", "doan vien", "hoi vien", "dang vien", "to truong",
    "chi hoi pho",
)  # fmt: skip


def header_units(zones: Zones) -> list[str]:
    """The units named in the header block, superior body first, the unit itself last.

    "HỘI NÔNG DÂN HUYỆN …" over "HỘI NÔNG DÂN XÃ …", "ĐẢNG BỘ XÃ …" over "Chi bộ xóm 3": each
    line that starts like a unit's name opens one; a short line without such a start carries
    on the one above ("HỘI NÔNG DÂN XÃ NGHĨA" / "THÁI", "ỦY BAN MTTQ VIỆT NAM" / "XÃ …")."""
    units: list[str] = []
    for line in _header_lines(zones):
        if _MOVEMENT.match(fold(line)):
            break  # a cover's "MÔ HÌNH “DÂN VẬN KHÉO”": the model's name follows, no unit
        starts = bool(ORG_START.match(fold(line)))
        place = mostly_upper(line) or bool(_PLACE_START.match(fold(line)))
        under = bool(_PLACE_START.match(fold(line))) and mostly_upper(line)  # "XÃ LẠC HƯNG ĐÔNG"
        if units and _below_commune(units[-1], line):
            units.append(line)  # "ỦY BAN NHÂN DÂN" / "XÃ …" over "THÔN …": the village's own
        elif units and (
            under or _open_ended(units[-1]) or (len(line.split()) <= 3 and not starts and place)
        ):
            units[-1] = units[-1] + " " + line
        elif mostly_upper(line) or starts:
            units.append(line)
    cut = (re.sub(r"\s+S[ốô]\s*:?\s*\d+\S*$", "", u) for u in units)  # "… Số 04-ĐK/CB" glued
    return [u for u in (clean_text(u) for u in cut) if u]


_MOVEMENT = re.compile(r"\s*mo hinh\s+\W?dan van kheo\b")
#: A unit's name broken where no name ends ("BAN THƯỜNG TRỰC ỦY BAN" / "MTTQ VIỆT NAM XÃ …",
#: "HỘI LIÊN HIỆP" / "PHỤ NỮ XÃ …"): a narrow header column wraps it, the next line goes on.
_OPEN_END = re.compile(r"(?:\buy ban|\bban chap hanh|\bban thuong truc|^hoi|\blien hiep)$")


def _open_ended(unit: str) -> bool:
    return bool(_OPEN_END.search(fold(unit).strip()))


_PLACE_START = re.compile(r"^(?:xa|phuong|thi tran|huyen|tinh|xom|thon|ap)\b")
#: A place under a commune that opens a header line, and a commune named in a line above it.
_VILLAGE_START = re.compile(r"^(?:xom|thon|ap|ban|bon|buon|to dan pho|khu pho)\s+\S")
_COMMUNE_NAMED = re.compile(r"\b(?:xa|phuong|thi tran)\s+\S")


def _below_commune(above: str, line: str) -> bool:
    """Class: a commune body's header with the village under it ("ỦY BAN NHÂN DÂN XÃ …" over
    "THÔN …") names two units; the village line is the unit under the body, never the rest of
    the body's name (that body's name already carries its commune)."""
    return bool(_VILLAGE_START.match(fold(line)) and _COMMUNE_NAMED.search(fold(above)))


def _header_lines(zones: Zones) -> list[str]:
    """The left column of the header, without the motto, decorations, số/ký hiệu and date."""
    lines: list[str] = []
    for line in zones.header[0] if zones.header else []:
        f = fold(line)
        if is_decoration(line) or re.match(r"^\s*so\s*[:.]", f) or _MOTTO_WORDS.search(f):
            if lines:
                break
            continue
        if DATE_LINE.match(f):
            continue
        lines.append(line.strip())
    return lines


def _without_recipients(lines: list[str]) -> list[str]:
    """A column that opens with "Nơi nhận:" and its "- …" list, then the signature (a form
    typed without a signature table): the lines after the list."""
    if not lines or not fold(lines[0]).startswith("noi nhan"):
        return lines
    k = 1
    while k < len(lines) and re.match(r"^\s*[-+•]", lines[k]):
        k += 1
    return lines[k:] or lines


def unit_level(name: str) -> int:
    """How high a unit stands: 3 province/district bodies, 2 commune ones, 1 below a commune."""
    f = fold(name)
    if re.search(r"\b(?:tinh|thanh pho|huyen|quan(?! su| doi| ly)|thi xa|trung uong)\b", f):
        return 3
    if re.match(r"^(?:chi bo|chi hoi|chi doan|to |doi )", f) or re.search(
        r"\b(?:xom|thon|ap|bon|buon|lang|to dan pho|khu|khoi|truong|tram|hop tac xa|cum)\b", f
    ):
        return 1
    return 2


_MOTTO_WORDS = re.compile(
    r"cong hoa xa hoi|dang cong san viet nam|doc lap|^\s*(?:nghia\s+)?viet nam\s*$|hanh phuc"
)


def signer(zones: Zones) -> tuple[str, str | None, str | None] | None:
    """The typed name under the signature, the position above it ("BÍ THƯ" → "Bí thư") and
    the phone typed under the name ("ĐT: 0912 …"), the signer's own."""
    best: tuple[str, str | None, str | None] | None = None
    for col in zones.signature:
        lines = _without_recipients([s for s in (without_mark_junk(ln) for ln in col) if s])
        if not lines or re.match(r"^(?:noi nhan|xac nhan)", fold(lines[0])):
            continue
        if is_endorsement(lines):
            continue  # the superior's confirmation or approval, not the form's signer
        names = [i for i, ln in enumerate(lines) if looks_like_name(ln) and not mostly_upper(ln)]
        if not names:  # a name typed in capitals, never a position line
            names = [
                i for i, ln in enumerate(lines)
                if looks_like_name(ln) and not is_position_line(ln) and i > 0
            ][-1:]  # fmt: skip
            if not names:
                continue
        idx = names[-1]
        roles = []
        self_role = False
        for ln in lines[:idx]:
            f = fold(ln)
            if _HINT.search(f) or is_decoration(ln) or DATE_LINE.match(f) or _scribble(ln):
                continue
            if _SELF_ROLE.match(f):
                self_role = True
                continue
            roles.append(ln)
        position: str | None = None
        if roles and not self_role:
            last = roles[-1]
            if _ROLE_PREFIX.match(last) and len(roles) == 1:
                last = _ROLE_PREFIX.sub("", last)
            position = position_case(last) if mostly_upper(last) else clean_text(last)
        name = lines[idx]
        if mostly_upper(name):
            name = " ".join(w[:1] + w[1:].lower() for w in name.split())
        best = (name, position, _phone_under(lines[idx + 1 : idx + 3]))
    return best


def _phone_under(lines: list[str]) -> str | None:
    """The phone on the first lines under a signer's name: their own number."""
    return next((p for p in map(parse_phone, lines) if p), None)


#: A stroke of the signature or an edge of the stamp that OCR reads as a letter, a digit or two
#: or a rule at the start of a signature line ("N _Đỗ Thị Huyền", "l4 CHỦ TỊCH").
_RULE_JUNK = re.compile(r"^[_~=*#|/\\]+\s*")
_VOWEL_WORDS = frozenset("aeiouy")  # "Y tế", "Ở", "Ý kiến": one-letter words, kept
_TOKEN_JUNK = re.compile(r"^(?:[^\W\d_]|\d{1,2}|[^\W\d_]\d|\d[^\W\d_])[_~=*#|/\\]*\s+")


def _scribble(line: str) -> bool:
    """A signature OCR read as a few letters ("Ww/.", "XĨ", "VY."): one short token, where a
    position has two words at least ("Bí thư", "CHỦ TỊCH")."""
    return len(line.split()) == 1 and len(line) <= 5


def without_mark_junk(line: str) -> str:
    """A signature-block line without the marks of a stroke or a stamp OCR read before it.
    No name or position opens with a lone letter or digit before a capital or a bracket, so
    only those and rule strokes go ("Y tế", "- Lưu." stay)."""
    line = line.strip()
    while len(line) > 3:
        rule = _RULE_JUNK.match(line)
        token = _TOKEN_JUNK.match(line)
        rest = line[token.end() :] if token else ""
        if rule:
            line = line[rule.end() :]
        elif token and rest[:1] and (rest[0].isupper() or rest[0] in "_([") \
                and fold(token.group(0).strip(" _~=*#|/\\")) not in _VOWEL_WORDS:  # fmt: skip
            line = rest
        else:
            break
    return line


def is_position_line(line: str) -> bool:
    f = fold(line).strip()
    return (
        bool(_ROLE_PREFIX.match(f))
        or any(f.startswith(p) for p in _POSITION_STARTS)
        or bool(_SELF_ROLE.match(f))
    )


def split_person(value: str) -> tuple[str | None, str | None, str | None]:
    """'Bà Đinh Thị Lan - Trưởng xóm, ĐT: 0900.149.843' → (name, position, phone)."""
    value = _before_next_role(value)
    phone = parse_phone(value)
    cased = fold_case(value)
    cut_at = _PHONE_LABEL.search(cased)
    if cut_at:
        value, cased = value[: cut_at.start()], cased[: cut_at.start()]
    value = strip_honorific(value.lstrip(" .…_:-–\t"))
    parts = re.split(r"\s+[-–—]\s+|\s*[,;]\s*|\s*\(\s*", value, maxsplit=1)
    name = parts[0].strip()
    position = parts[1].strip(" )") if len(parts) > 1 else None
    n = _position_inside(name)
    if n is not None:  # the dash between name and position lost ("Lê Văn Ba Bí thư Chi bộ, …")
        words = name.split()
        rest = value.strip()[len(name) :] if len(parts) > 1 else ""
        position = " ".join(words[n:]) + rest.rstrip(" )")
        name = " ".join(words[:n])
    if position and phone:  # "Bí thư Chi đoàn – 0356 090 442": the number is not the position
        position = re.sub(r"[\s,;–—-]*\(?\+?[\d][\d\s.()-]{7,}\d\)?[\s.;,]*$", "", position) or None
    return clean_text(name), clean_text(_without_rank(_without_birth(position))), phone


#: A year of birth written between a person's name and post ("ông …, sinh năm 1979, Tổ trưởng
#: …", "bà …, SN 1968, Chủ nhiệm …"): the person's age, not the post they hold.
_BIRTH = re.compile(r"^(?:sinh nam|nam sinh|sn)\s*:?\s*\d{4}\b\s*[,;–—-]?\s*")


def _without_birth(position: str | None) -> str | None:
    """The post after a year of birth; a bare year of birth is no post at all."""
    if not position:
        return position
    birth = _BIRTH.match(fold(position))
    return (position[birth.end() :] or None) if birth else position


#: A new role's label after a dash, run on from the next bullet ("Bí thư Chi bộ - Điều hành:
#: đồng chí …"): the position ends before it.
_NEXT_ROLE = re.compile(r"\s+[-–—]\s+(\w)[^\s:,;()–—-]*(?:\s+[^\s:,;()–—-]+){0,3}\s*:")


def _before_next_role(value: str) -> str:
    """A person's value ends where a dash opens another role's label ("… - Thư ký: …"): the
    position and phone after it are the next person's."""
    for role in _NEXT_ROLE.finditer(value):
        label = fold_case(role.group(0)).lstrip(" -–—")
        if role.group(1).isupper() and not _PHONE_LABEL.match(label):  # "- ĐT:" is theirs
            return value[: role.start()]
    return value


#: A military or police rank before the position ("Trung úy, Chỉ huy trưởng Ban CHQS xã").
_RANK = re.compile(
    r"^(?:(?:thieu|trung|thuong|dai)\s+(?:uy|ta|tuong)|(?:ha|trung|thuong)\s+si"
    r"|binh\s+(?:nhi|nhat))\b\s*[,;–—-]?\s*(?=\S)"
)


def _without_rank(position: str | None) -> str | None:
    """A rank is the person's grade, not the post they hold: the post follows it."""
    if not position:
        return position
    rank = _RANK.match(fold(position))
    return position[rank.end() :] if rank else position


def _position_inside(name: str) -> int | None:
    """The word a position starts at inside what should be a name, after two words at least;
    a position of one word ("Trưởng") only with a word after it (the surname "Trường" stays)."""
    folded_words = fold(name).split()
    for n in range(2, len(folded_words) - 1):
        if folded_words[n] == folded_words[n + 1]:
            continue  # "Mai Xuân Trường Trưởng Trạm …": the surname, then the position
        tail = " ".join(folded_words[n:])
        if any(tail.startswith(p + " ") or tail == p for p in _POSITION_STARTS if " " in p or
               len(folded_words) - n >= 2):  # fmt: skip
            return n
    return None


_HONORIFIC = r"(?:[Cc]hi|[Aa]nh|[Oo]ng|[Bb]a|[Cc]u|[Cc]o|[Cc]hu|[Bb]ac|[Dd]ong chi)"
_STORY_NAME = r"([A-Z][a-z]*(?:\s+[A-Z][a-z]*){1,4})"
#: A story's title naming its person first: "Chị Hoàng Thị Lan – người…", "Cụ Lò Văn A và…".
_PERSON_FIRST = re.compile(r"(?:^|\s)" + _HONORIFIC + r"\s+" + _STORY_NAME + r"\s*(?:[–—:,-]|va\b)")


def person_of_story(title: str, text: str) -> tuple[str, str | None] | None:
    """The person a story is about, named first in its title (or the line under it), and the
    position written beside them ("…, chị X, Chi hội trưởng …," or "Là Trưởng ban …, ông X")."""
    head = title + "\n" + text.split("\n", 1)[0]
    found = (
        (head[m.start(1) : m.end(1)], m.end(1)) for m in _PERSON_FIRST.finditer(fold_case(head))
    )
    name = next((n for n, end in found if looks_like_name(n) and not _hosts(head, end)), None)
    if name is None:
        return None
    whole = title + "\n" + text
    places = (m.start() for m in re.finditer(re.escape(name), whole))
    return name, next((p for at in places if (p := _position_beside(whole, at, name))), None)


_LEAD = re.compile(r"(?:^|\s)(?:Là|là)\s+([^,]{3,90}),\s*\S+\s*$")
#: A superior who chairs a working session with the unit ("đồng chí X, Bí thư Đảng ủy, chủ
#: trì buổi làm việc với …", "… đã làm việc với …"): the host, not the one the paper tells.
_HOST = re.compile(r"\b(?:chu tri|lam viec voi)\b")


def _hosts(head: str, end: int) -> bool:
    """Whether the sentence of the person ending at `end` has them host a working session."""
    return bool(_HOST.search(fold(re.split(r"[.;\n]", head[end:])[0]).lower()))


def _position_beside(text: str, at: int, name: str) -> str | None:
    lead = _LEAD.search(re.split(r"[.;\n]", text[:at])[-1])
    if lead and is_position_line(lead.group(1)):
        return clean_text(lead.group(1))
    after = re.split(r"[.;\n]", text[at + len(name) :])[0].split(",")[1:3]
    return next((clean_text(p) for p in after if is_position_line(p.strip())), None)
