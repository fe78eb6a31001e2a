"""A form's help line: the instruction printed under a question, never its answer.

A web form (Google Forms, Microsoft Forms) prints a short help text under a question before
the answer box ("Tên ngắn gọn, dễ nhớ; không quá 20 chữ", "Ghi đầy đủ tên đơn vị, ví dụ: …",
"Chọn một lĩnh vực chính", "Câu trả lời của bạn", "*Bắt buộc"). Its wording tells what to
write, or how much: an imperative, an example or a limit. Under a label still waiting for its
value such a line is skipped; the answer is the line after it.
"""

from __future__ import annotations

import re

from documents.extraction.normalise import fold

_UNITS = r"(?:chu|tu|ky tu|dong|trang|y|cau|muc)"
#: An imperative or an example opening the line: "Ghi rõ …", "Ví dụ: …", "Chọn một …".
_OPENS = re.compile(
    r"^[*(\s]*(?:"
    r"ghi (?:ro|day du|cu the|theo|bang|chinh xac)\b|vi du\s*[:：]|vd\s*[:：]"
    r"|neu (?:toi da|ngan gon|ro|cu the|tom tat)\b|chon (?:mot|1|tat ca|nhieu|toi da)\b"
    r"|danh dau (?:vao|x)\b|nhap (?:vao|day du)\b|dien (?:vao|day du|ro)\b"
    r"|cau tra loi cua ban\b|bat buoc\s*$|tra loi (?:dai|ngan)\b"
    r")"
)
#: A limit anywhere in a short line: "không quá 20 chữ", "tối đa 3 ý", "mỗi ý một dòng".
_LIMIT = re.compile(
    rf"\b(?:khong qua|toi da|it nhat)\s+\d{{1,4}}\s+{_UNITS}\b|\bmoi y (?:mot|1) dong\b"
)


def is_instruction(text: str) -> bool:
    """Does this line tell the sender what to write (an instruction), rather than say it?"""
    folded = fold(text).strip()
    if not folded or len(folded.split()) > 24:
        return False
    return bool(_OPENS.match(folded) or _LIMIT.search(folded))


#: "Kính gửi Ban, …", "Kính thưa …": the salutation of a letter or a mail.
_SALUTATION = re.compile(r"\bkinh (?:gui|thua)\b")
#: "Từ: …", "Chủ đề: Fwd: …", "Subject: …": a mail's header, maybe quoted ("> Từ: …").
_MAIL_HEADER = re.compile(
    r"^[>\s]*(?:tu|gui|ngay|chu de|tieu de|from|to|cc|date|sent|subject|fwd|re)\s*[:：]"
)


def is_forwarding(text: str) -> bool:
    """Does this text hold a salutation or a mail header (the note around a forwarded form)?"""
    folded = fold(text).strip()
    return bool(_SALUTATION.search(folded) or _MAIL_HEADER.match(folded))
