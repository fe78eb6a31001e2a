"""People and places outside the labelled body: the unit in the header block, the date line,
the signer under the signature, and "name - position - phone" written in one value.
"""

from __future__ import annotations

import re

from documents.extraction.fields.scan import DATE_LINE
from documents.extraction.fields.zones import (
    ORG_START,
    Zones,
    is_decoration,
    looks_like_name,
    mostly_upper,
)
from documents.extraction.normalise import (
    clean_text,
    fold,
    fold_case,
    iso_date,
    parse_phone,
    position_case,
    strip_honorific,
)

_HINT = re.compile(r"^\(?\s*(?:ky|da ky)\b|ghi ro ho ten|dong dau|\(ky")
_ROLE_PREFIX = re.compile(r"^\s*(?:t/?m\.?|kt\.?|tl\.?|tuq\.?|q\.|thay mat|ky thay)\s*", re.I)
_SELF_ROLE = re.compile(r"^nguoi (?:dang ky|bao cao|viet|lap|ky|thuc hien|de nghi)\b")
_PHONE_LABEL = re.compile(r"[,;–-]?\s*\b(?:so\s+)?(?:dien thoai|dt|sdt|dtdd|di dong|tel)\b\s*:?",
                          re.I)  # fmt: skip
_POSITION_STARTS = (
    "bi thu", "pho bi thu", "chu tich", "pho chu tich", "truong", "pho truong", "chi hoi truong",
    "chi huy", "giao vien", "can bo", "cong chuc", "uy vien", "tram truong", "ke toan",
    "thu ky", "hieu truong", "chu nhiem", "doan vien", "hoi vien", "dang vien", "to truong",
)  # fmt: skip


def unit_from_header(zones: Zones) -> str | None:
    if not zones.header:
        return None
    lines: list[str] = []
    for line in zones.header[0]:
        f = fold(line)
        if is_decoration(line) or re.match(r"^\s*so\s*[:.]", f) or _MOTTO_WORDS.search(f):
            if lines:
                break
            continue
        if DATE_LINE.match(f):
            continue
        lines.append(line.strip())
    upper: list[str] = []
    for ln in (ln for ln in lines if mostly_upper(ln)):
        # a wrapped line ("HỘI NÔNG DÂN XÃ NGHĨA" / "THÁI") or a place under its body
        # ("ỦY BAN MTTQ VIỆT NAM" / "XÃ NGHĨA THÁI") continues the line above
        if upper and len(ln.split()) <= 3 and not ORG_START.match(fold(ln)):
            upper[-1] = upper[-1] + " " + ln
        else:
            upper.append(ln)
    return clean_text(upper[-1]) if upper else None


_MOTTO_WORDS = re.compile(
    r"cong hoa xa hoi|dang cong san viet nam|doc lap|^\s*(?:nghia\s+)?viet nam\s*$|hanh phuc"
)


def signed_date(zones: Zones, body_lines: list[str]) -> tuple[str | None, bool]:
    """(ISO date, found a date line at all): a blank day still counts as found."""
    candidates = [ln for col in zones.header for ln in col] + zones.title
    candidates += [ln for col in zones.signature for ln in col]
    candidates += body_lines[:3] + body_lines[-6:]
    for line in candidates:
        f = fold(line).strip()
        if DATE_LINE.match(f) and len(f) <= 90:
            return iso_date(line), True
    for col in zones.header + zones.signature:  # a date line wrapped inside its cell
        joined = " ".join(col)
        match = re.search(r",\s*ngay\b[^:]{0,40}?\d{4}", fold(joined))
        if match:
            return iso_date(joined[match.start() : match.end()]), True
    return None, False


def signer(zones: Zones) -> tuple[str, str | None] | None:
    """The typed name under the signature and the position above it ("BÍ THƯ" → "Bí thư")."""
    best: tuple[str, str | None] | None = None
    for col in zones.signature:
        lines = [ln.strip() for ln in col if ln.strip()]
        if not lines or re.match(r"^(?:noi nhan|xac nhan)", fold(lines[0])):
            continue
        names = [i for i, ln in enumerate(lines) if looks_like_name(ln) and not mostly_upper(ln)]
        if not names:  # a name typed in capitals, never a position line
            names = [
                i for i, ln in enumerate(lines)
                if looks_like_name(ln) and not _is_position_line(ln) and i > 0
            ][-1:]  # fmt: skip
            if not names:
                continue
        idx = names[-1]
        roles = []
        self_role = False
        for ln in lines[:idx]:
            f = fold(ln)
            if _HINT.search(f) or is_decoration(ln) or DATE_LINE.match(f):
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
        best = (name, position)
    return best


def _is_position_line(line: str) -> bool:
    f = fold(line).strip()
    return (
        bool(_ROLE_PREFIX.match(f))
        or any(f.startswith(p) for p in _POSITION_STARTS)
        or bool(_SELF_ROLE.match(f))
    )


def split_person(value: str) -> tuple[str | None, str | None, str | None]:
    """'Bà Đinh Thị Lan - Trưởng xóm, ĐT: 0900.149.843' → (name, position, phone)."""
    phone = parse_phone(value)
    cased = fold_case(value)
    cut_at = _PHONE_LABEL.search(cased)
    if cut_at:
        value, cased = value[: cut_at.start()], cased[: cut_at.start()]
    value = strip_honorific(value.lstrip(" .…_:-–\t"))
    parts = re.split(r"\s+[-–—]\s+|\s*[,;]\s*|\s*\(\s*", value, maxsplit=1)
    name = parts[0].strip()
    position = parts[1].strip(" )") if len(parts) > 1 else None
    words = name.split()
    folded_words = fold(name).split()
    for n in range(2, len(words) if len(parts) == 1 else 0):
        tail = " ".join(folded_words[n:])
        if any(tail.startswith(p) for p in _POSITION_STARTS):
            position = " ".join(words[n:]) + (" " + position if position else "")
            name = " ".join(words[:n])
            break
    return clean_text(name), clean_text(position), phone
