"""A paper that tells one model in running text, with no labels: a bulletin's interview ("PV:
…" / "Đồng chí X: …"), a news script, an invitation whose agenda has the model reported.

Such a paper names the model once in quotes, with its unit ("mô hình “X” của Đoàn xã A", "… do
Hội Nông dân xã B xây dựng"), and a person beside it (the one interviewed, the one in charge,
the one who reports on the agenda); the other fields sit in sentences: "Kết quả, …", "tại nhà
văn hóa bản C", "Tổ có 18 hội viên", "số 0912 …". The reporter's questions are not the model's
(they give the province's figures), nor is an invitation's venue its place.

Every value read here is review material: strength 0.85 at most, with the reason. Only papers
naming one model and no labelled model, person or results are read this way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from documents.extraction.fields import prose
from documents.extraction.fields.candidates import Candidate
from documents.extraction.fields.found import Method, Where
from documents.extraction.fields.parties import opens_party
from documents.extraction.fields.zones import ORG_START, looks_like_name
from documents.extraction.normalise import clean_text, fold, fold_case, parse_phone

#: A model named in quotes ("mô hình “X”", "mô hình cá nhân “X”", "Tên mô hình: “X”"), the
#: movement's name before it or not ("mô hình “Dân vận khéo” “X”").
_QUOTED = re.compile(r"\bmo hinh(?:\s+(?:tap the|ca nhan))?\s*:?\s*(?=[“\"«])", re.I)
#: The reporter's question in an interview: not the model's facts.
_QUESTION = re.compile(r"^\s*(?:pv|phong vien|hoi|nha bao)\s*:", re.I)
#: Fields a form labels: a paper that labels any of them is read as a form.
FORM_FIELDS = frozenset({"model_name", "leader_name", "content"})
#: How sure any value read from a story is, at most.
STRENGTH = 0.85
_WHY = "đọc từ bài viết/văn bản kể về mô hình, không có nhãn"


def quoted_models(text: str) -> list[tuple[str, int]]:
    """The models a text names in quotes, each once, with where its sentence goes on; the
    movement's own name ("Dân vận khéo") is none."""
    found: dict[str, int] = {}
    folded = fold(text)
    for match in _QUOTED.finditer(folded):
        quoted = _past_movement(text, prose.quoted_after(text, match.end()))
        if quoted is None:
            continue
        name = clean_text(quoted[0]) or ""
        if not name or prose.MOVEMENT.match(fold(name)):
            continue
        found.setdefault(fold(name).lower(), quoted[1])
    return [(text, at) for text, at in found.items()]


def _past_movement(text: str, quoted: tuple[str, int] | None) -> tuple[str, int] | None:
    """The model's quoted name after the movement's ("mô hình “Dân vận khéo” “X”", with a year
    between or not); any other quoted run as it is."""
    if quoted is None or not prose.MOVEMENT.match(fold(clean_text(quoted[0]) or "")):
        return quoted
    year = re.match(r"\s*(?:nam\s+\d{4})?", fold(text[quoted[1] :]))
    return prose.quoted_after(text, quoted[1] + (year.end() if year else 0)) or quoted


def is_story(body_text: str, labelled: set[str]) -> bool:
    """One model named in quotes, and no field a form would label."""
    return len(quoted_models(body_text)) == 1 and not labelled & FORM_FIELDS


def story_lines(body_text: str) -> list[str]:
    """The paper's lines without the reporter's questions."""
    return [line for line in body_text.split("\n") if not _QUESTION.match(fold(line))]


def from_story(body_text: str, labelled: set[str]) -> Iterator[Candidate]:
    """Candidates from a paper telling one model in sentences; nothing from any other paper."""
    if not is_story(body_text, labelled):
        return
    text = "\n".join(story_lines(body_text))
    models = quoted_models(text)
    if len(models) != 1:
        return
    after = models[0][1]
    unit = unit_after(text, after) or unit_before(text)
    if unit:
        yield _candidate("unit_name", unit, 29)
    person = person_of(text)
    if person is not None:
        yield _candidate("leader_name", person[0], person[2], group="story")
        if person[1]:
            yield _candidate("leader_position", person[1], person[2], group="story")
        phone = phone_in(text)
        if phone:
            yield _candidate("phone", phone, 19, group="story")
    place = place_in(text)
    if place:
        yield _candidate("location", place, 27)
    results = results_in(text)
    if results:
        yield _candidate("results", results, 27)
    money = _funds(text)
    if money:
        yield Candidate("funds_vnd", money, Method.FIGURES, 19, 0.8,
                        doubt="số tiền đọc từ một câu trong bài, không có nhãn")  # fmt: skip
    count = members(text)
    if count is not None:
        yield Candidate("participants", str(count), Method.FIGURES, 21, 0.8,
                        doubt="số thành viên đọc từ một câu trong bài, không có nhãn")  # fmt: skip


def _candidate(name: str, value: str, rank: int, group: str = "") -> Candidate:
    return Candidate(name, value, Method.PROSE, rank, STRENGTH, group=group, doubt=_WHY)


# ------------------------------------------------------------------ the unit

#: "… “X” của <unit>", "… “X” do <unit> xây dựng", "… “X” mà <unit> triển khai".
_OWNER = re.compile(r"^[\s,]*(?:\([^)]{0,60}\)\s*)?(?:cua|do|ma)\s+")
#: Where a unit's name ends in its sentence.
_UNIT_END = re.compile(
    r"\s*(?:[,.;:(“\"]|$)|\s+(?:da|duoc|dang|xay dung|thuc hien|trien khai|de xuat|phat dong|"
    r"to chuc|lam|tu|trong|tai|o|voi|nham|la|dang ky|buoc|chon|vua|ke tu|sau|giup|mo|ra doi)\b"
)


def unit_after(text: str, at: int) -> str | None:
    """The unit written right after the model's quoted name: "của|do|mà <unit> …"."""
    cased = fold_case(text)
    owner = _OWNER.match(fold(text[at : at + 80]).lower())
    if owner is None:
        return None
    start = at + owner.end()
    end = _unit_end(text, start)
    name = clean_text(text[start : end if end is not None else start + 80]) or ""
    if not cased[start : start + 1].isupper() or not ORG_START.match(fold(name).lower()):
        return None
    return name if 2 <= len(name.split()) <= 12 else None


#: "<unit> (đã) thực hiện mô hình “X”", "nghị quyết của <unit> về mô hình “X”": the unit
#: written just before the model's name, as the verb or the resolution that brings it in.
_BUILDS = re.compile(
    r"\s+(?:da\s+|dang\s+)?(?:thuc hien|xay dung|trien khai|dang ky|khoi xuong|duy tri)\s+$"
)
_RESOLVES = re.compile(r"\b(?:nghi quyet|chu truong|ke hoach|de an)\s+cua\s+(?=\S)")
_ABOUT = re.compile(r"\s+ve\s+$")


def unit_before(text: str) -> str | None:
    """The unit of the sentence that brings the one quoted model in, named before it."""
    folded = fold(text)
    quoted = _QUOTED.search(folded)
    if quoted is None:
        return None
    start = max(folded.rfind(stop, 0, quoted.start()) for stop in (".", "\n", ";")) + 1
    before, lead = text[start : quoted.start()], folded[start : quoted.start()]
    verb = _BUILDS.search(lead)
    if verb is not None:
        return _unit_ending(re.split(r"[,;:(]", before[: verb.start()])[-1])
    about, resolves = _ABOUT.search(lead), _RESOLVES.search(lead)
    if about is not None and resolves is not None and resolves.end() < about.start():
        return _unit_ending(before[resolves.end() : about.start()], whole=True)
    return None


def _unit_ending(words_before: str, whole: bool = False) -> str | None:
    """The longest run of words ending `words_before` that starts like a unit's name with a
    capital ("Đảng ủy xã A" of "Từ tháng 3, Đảng ủy xã A"); only all of it when `whole`."""
    words = words_before.split()
    for i in range(1 if whole and words else len(words)):
        name = " ".join(words[i:])
        if name[:1].isupper() and ORG_START.match(fold(name).lower()):
            return name if 3 <= len(words) - i <= 12 else None
    return None


def _unit_end(text: str, start: int) -> int | None:
    """Where the unit's name that starts at `start` ends: at a stop or a lower-case verb. A
    capitalised word is the name's own even when it folds like a verb: "Mỹ Lâm Đông" goes on
    over its "Lâm", which folds like "làm"."""
    for end in _UNIT_END.finditer(fold(text), start):
        word = text[end.start() : end.end()].lstrip()[:1]
        if not word.isalpha() or not word.isupper():
            return end.start()
    return None


# ------------------------------------------------------------------ the person

_TITLE = r"(?:[Dd]ong chi|[Dd]/c|[Oo]ng|[Bb]a|[Aa]nh|[Cc]hi|[Cc]u|[Cc]hu|[Cc]o|[Tt]hay)"
_NAME = r"([A-Z][a-z]*(?:['’][A-Z][a-z]*)?(?:\s+[A-Z][a-z]*(?:['’][A-Z][a-z]*)?){1,4})"
#: "<title> <name>, <position>": a position in capitals first, up to its comma or stop.
_PERSON = re.compile(
    r"(?<![A-Za-z])" + _TITLE + r"\s+" + _NAME + r"\s*,\s*([A-Z][^,.;:()\n]{2,80})"
)
#: What ties a person to the model in their sentence, by order of preference.
_TIES = (
    # "người “giữ lửa” cho tổ là chị …": who keeps the model's flame is who runs it
    re.compile(r"\b(?:phu trach|chu nhiem|truong nhom|chu tri|giu lua)\b"),
    re.compile(r"\b(?:trao doi|tro chuyen|phong van|gap go)\b[^.;\n]{0,40}\bvoi\s*$"),
    re.compile(r"\b(?:bao cao|trinh bay)\s*:"),
    # "Sau khi nghe bà X, <position> báo cáo": the one who reports on the model to a superior
    re.compile(r"\bnghe\s*$"),
    # who goes door to door to win people over ("đến từng nhà", "đi từng hộ vận động") is
    # who does the model's work of persuasion
    re.compile(r"\b(?:den|di|toi|go cua) tung (?:nha|ho|gia dinh)\b"),
    re.compile(r"\b(?:chia se|cho biet)\b"),
)
#: The rank of a person tied to the model only by what they said: after the person a story's
#: title names (`people.person_of_story`, 21), who may be another.
_SAID_ONLY = 22


def person_of(text: str) -> tuple[str, str | None, int] | None:
    """The person of the story (the one in charge, the one interviewed, the one who reports,
    the one who speaks of it), their position, and the rank of the reading."""
    cased = fold_case(text)
    found = [m for m in _PERSON.finditer(cased) if looks_like_name(text[m.start(1) : m.end(1)])]
    for n, tie in enumerate(_TIES):
        for match in found:
            before = _sentence_before(cased, match.start())
            after = _sentence_after(cased, match.end())
            if tie.search(before.lower()) or tie.search(after.lower()):
                name = text[match.start(1) : match.end(1)]
                position = clean_text(text[match.start(2) : match.end(2)])
                kept = position if position and len(position.split()) <= 12 else None
                return name, kept, _SAID_ONLY if n == len(_TIES) - 1 else 19
    return None


#: Where a clause ends: a semicolon, a line's end or a full stop (not a decimal point).
_CLAUSE_END = re.compile(r"[;\n]|\.(?!\d)")


def _sentence_before(text: str, at: int) -> str:
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at), text.rfind(";", 0, at))
    return text[start + 1 : at]


def _sentence_after(text: str, at: int) -> str:
    end = _CLAUSE_END.search(text, at)
    return text[at : end.start() if end else len(text)]


# ------------------------------------------------------------------ the phone

#: "số 0369 584 120", "số máy 0915 …", "Số của tôi 0912 …", "điện thoại liên hệ 0363 …", "(ĐT: 0888 …)".
_PHONE_CUE = re.compile(
    r"\b(?:so(?:\s+(?:dien thoai|may|cua (?:toi|anh|chi|ong|ba|em|minh)))?|dien thoai(?: lien he)?|"
    r"dt|sdt|lien he|goi)\s*:?\s*(?=[+(]?\d)",
    re.I,
)


def phone_in(text: str) -> str | None:
    """The one phone number the story gives after a cue word; none when it gives several."""
    folded = fold(text)
    found = {
        phone
        for match in _PHONE_CUE.finditer(folded)
        if (phone := parse_phone(text[match.end() : match.end() + 20])) and phone[:2] != "02"
        and not _BOOKKEEPER.search(_sentence_before(folded, match.start()))
    }  # fmt: skip
    return found.pop() if len(found) == 1 else None


#: Who keeps the money ("kế toán", "thủ quỹ"): the phone in their sentence is for donors'
#: questions about the accounts, not the model's contact.
_BOOKKEEPER = re.compile(r"\b(?:ke toan|thu quy)\b", re.I)


# ------------------------------------------------------------------ the place

_LEVEL = (
    r"(?:xu dong|canh dong|nha van hoa|hoi truong|nha hoi|nha sinh hoat cong dong|san|chua|dinh|"
    r"truong|ban|ap|thon|xom|buon|bon|lang|khu pho|khu|to dan pho|khom|soc|phum|to)"
)
#: A place: its levels, then its name in capitals or its number ("nhà văn hóa bản Sín Chải",
#: "xóm 4"), maybe a list of them ("chùa A, ấp B", "xóm 4, xóm 5").
_ONE = (
    r"(?i:"
    + _LEVEL
    + r")(?:[^\S\n]+(?i:"
    + _LEVEL
    + r"))*(?:[^\S\n]+(?:[A-Z][\w'’-]*|\d+[A-Za-z]?))+"
)
_PLACE = re.compile(
    r"(?<![\w])((?i:tai|o|khap))[^\S\n]+(?:(?i:ngay|chinh)[^\S\n]+)?(" + _ONE
    + r"(?:[^\S\n]*(?:,|(?i:va))[^\S\n]+" + _ONE + r")*)"
)  # fmt: skip
#: Sentences about the event a paper invites to, not the model ("Lễ tôn vinh tổ chức tại …").
_EVENT = re.compile(
    r"\b(?:kinh moi|toi du|dai bieu|buoi le|le ton vinh|hoi nghi|tap trung|dia diem)\b"
)


def place_in(text: str) -> str | None:
    """Where the model runs: a place said with "tại" first, with "ở" second, "khắp" (all over
    it) third; a sentence about the event a paper invites to says nothing of it."""
    cased = fold_case(text)
    best: dict[str, str] = {}
    for match in _PLACE.finditer(cased):
        if _EVENT.search(_sentence_before(cased, match.start()).lower()):
            continue
        best.setdefault(match.group(1).lower(), text[match.start(2) : match.end(2)])
    value = best.get("tai") or best.get("o") or best.get("khap")  # "vang khắp thôn A" last
    return clean_text(value) if value else None


# ------------------------------------------------------------------ results and figures

#: "Kết quả, …" or "Kết quả: …" opening a sentence (after a speaker's name or an item's number).
_RESULTS = re.compile(r"(?:^|[.!?:]\s+|\n)\s*(?:\d+\.\s*)?ket qua\s*[,:]\s*", re.I)
_SENTENCE_END = re.compile(r"\.(?!\d)\s+(?=[A-Z“\"])|\n|$")


def results_in(text: str) -> str | None:
    """The sentence a story opens with "Kết quả," or "Kết quả:", up to its stop."""
    folded = fold_case(text)
    match = _RESULTS.search(folded)
    if match is None:
        return None
    end = _SENTENCE_END.search(folded, match.end())
    value = text[match.end() : end.start() if end else len(text)].strip().rstrip(";,.").strip()
    return value if len(value.split()) >= 4 else None


_DIGITS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "sau": 6,
           "bay": 7, "tam": 8, "chin": 9}  # fmt: skip
_UNITS = r"(?:mot|hai|ba|bon|tu|lam|nam|sau|bay|tam|chin)"
#: "mười hai", "ba mươi lăm" (folded): a count written in words.
_WORD_NUMBER = r"(?:(?:hai|ba|bon|nam|sau|bay|tam|chin)\s+muoi|muoi)(?:\s+" + _UNITS + r")?"
#: The group a model forms or the people who joined it: "Tổ có 18 hội viên", "Hiện đội có 35
#: đoàn viên", "Mười hai cụ trong tổ góp …", "Có 24 đoàn viên tình nguyện …", "vận động 57 chị
#: em góp …", "có 86 phật tử tham gia …", "; 145 hộ dân trong thôn góp ngày công".
_GROUP = r"(?:to|doi|nhom|clb|cau lac bo|lop|mo hinh|hop tac xa|htx|chi hoi)"
_PEOPLE = r"(?:" + prose.PEOPLE_WORDS + r"|phat tu|cu|ba con)"
_COUNT = r"(\d{1,4}|" + _WORD_NUMBER + r")\s+" + _PEOPLE
_PLACE_WORD = r"(?:thon|xom|ban|bon|buon|ap|lang|khu|to|xa|phuong|chi hoi|chi doan)\b"
_MEMBERS = re.compile(
    r"(?:\b" + _GROUP + r"\b[^.;,\n]{0,20}?\bco|^\s*co|[:.]\s+co)\s+" + _COUNT + r"\b"
    r"|(?:^|[.:]\s+)" + _COUNT + r"\s+(?:trong|cua)\s+" + _GROUP + r"\b"
    r"|\b(?:co|van dong|thu hut|quy tu)\s+" + _COUNT
    + r"\s+(?:tu nguyen |tinh nguyen |cung )?(?:tham gia|gop|dong gop|ung ho)\b"
    # "; 145 hộ dân trong thôn góp ngày công": a clause opening with the people who gave
    r"|(?:^|[.;:]\s+)" + _COUNT + r"(?:\s+(?:trong|cua|o)\s+" + _PLACE_WORD + r")?"
    r"\s+(?:tu nguyen |cung )?(?:tham gia|gop|dong gop)\b",
    re.M,
)  # fmt: skip


#: A loan is no money raised ("ngân hàng cho vay thêm 500 triệu đồng").
_LOAN = re.compile(r"\b(?:cho vay|khoan vay|vay von|von vay|vay ngan hang|tien vay|no vay)\b")


def _funds(text: str) -> str | None:
    """The sum the story says was raised, when it says one (a sum in a sentence without such
    words, an income or a price, is none)."""
    kept = [c for c in _CLAUSE_END.split(text) if not _LOAN.search(fold(c).lower())]
    numbers, with_verb = prose.sums("\n".join(kept))
    raised = {n.value for n in numbers[:with_verb]}
    if len(raised) != 1:
        return None
    first = numbers[0]
    return ("khoảng " if first.approximate else "") + f"{first.value:,}".replace(",", ".") + " đồng"


def members(text: str) -> int | None:
    """The count of the model's own group, when the story gives one count of it."""
    found = set()
    for match in _MEMBERS.finditer(fold(text).lower()):
        raw = next(g for g in match.groups() if g)
        number = int(raw) if raw.isdigit() else _words_to_int(raw)
        if number:
            found.add(number)
    return found.pop() if len(found) == 1 else None


def _words_to_int(words: str) -> int | None:
    """'mười hai' → 12, 'ba mươi lăm' → 35 (folded)."""
    parts = words.split()
    if parts[0] == "muoi":
        return 10 + (_DIGITS.get(parts[1], 0) if len(parts) > 1 else 0)
    if len(parts) >= 2 and parts[1] == "muoi":
        return 10 * _DIGITS[parts[0]] + (_DIGITS.get(parts[2], 0) if len(parts) > 2 else 0)
    return None


# ------------------------------------------------------------------ an event's venue

_INVITATION = re.compile(r"^giay moi\b")
_VENUE = re.compile(r"^(?:dia diem|thoi gian|dia diem to chuc)$")
#: A paper that runs an event: a conference script, a programme of a meeting or ceremony.
_EVENT = re.compile(
    r"^(?:kich ban|loi dan(?: chuong trinh)?|chuong trinh (?:hoi nghi|buoi|le|dai hoi|hop|gap mat"
    r"|giao luu|tong ket|so ket))\b"
)
#: The building an event is held in, before the village or office it stands in.
_HALL = re.compile(
    r"^(?:tai\s+)?(?:nha van hoa|nha sinh hoat cong dong|nha rong|nha cong dong|hoi truong"
    r"|phong hop|san van dong|san|tru so|dinh)\b\s*"
)
#: A village-level place, the only place a hall's address can give the model.
_VILLAGE = re.compile(r"^(?:thon|ban|ap|xom|buon|bon|plei|soc|khom|lang|to dan pho|khu pho)\s+\S")
VENUE_STRENGTH = 0.8
VENUE_RANK = 31  # after a place said in the paper's sentences (29)
_VENUE_WHY = "địa điểm tổ chức buổi lễ/hội nghị, chưa chắc là địa bàn thực hiện mô hình"


def without_venue(found: list[Candidate], title: str) -> list[Candidate]:
    """An event's venue is where people meet, not where the model runs: an invitation's
    "Địa điểm:" is left out; a script's or programme's ("Địa điểm: Nhà văn hóa thôn A") gives at
    most a weak hint, the village the hall stands in (none for "Hội trường UBND xã")."""
    head = fold(title).strip().lower()
    if _INVITATION.match(head):
        return [c for c in found if not _is_venue(c)]
    if not _EVENT.match(head):
        return found
    kept = [c for c in found if not _is_venue(c)]
    hints = [h for c in found if _is_venue(c) and (h := venue_hint(c)) is not None]
    return kept + hints


_SEAT = re.compile(r"^(?:dia chi|tru so|dia chi tru so|tru so chinh)$")
_PARTY_LINES = 8


def without_party_seat(
    found: list[Candidate], body: Sequence[tuple[str, Where]]
) -> list[Candidate]:
    """A party's address in an agreement ("BÊN A: Hội Nông dân xã …" then "Địa chỉ: Trụ sở UBND
    xã …") is where the party sits, not where the model runs: no location."""
    heads = [where.block for text, where in body if opens_party(text)]
    if not heads:
        return found

    def seat(c: Candidate) -> bool:
        return (
            c.name == "location"
            and _SEAT.match(_label(c.label)) is not None
            and any(0 < w.block - h <= _PARTY_LINES for w in c.places for h in heads)
        )

    return [c for c in found if not seat(c)]


def _is_venue(candidate: Candidate) -> bool:
    return candidate.name == "location" and _VENUE.match(_label(candidate.label)) is not None


def venue_hint(candidate: Candidate) -> Candidate | None:
    """The village a venue stands in, as a guess below the paper's own sentences."""
    place = village_of_venue(candidate.text)
    if place is None:
        return None
    return replace(candidate, text=place, rank=VENUE_RANK, strength=min(candidate.strength,
                   VENUE_STRENGTH), doubt=_VENUE_WHY)  # fmt: skip


def village_of_venue(venue: str) -> str | None:
    """'Nhà văn hóa thôn Tân Xuân' → 'thôn Tân Xuân'; 'Hội trường UBND xã' → None."""
    text = venue.strip()
    hall = _HALL.match(fold(text).lower())
    rest = text[hall.end() :].strip() if hall else text
    return clean_text(rest) if _VILLAGE.match(fold(rest).lower()) else None


def _label(label: str) -> str:
    return re.sub(r"[^a-z ]+", " ", fold(label).lower()).strip()
