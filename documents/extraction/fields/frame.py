"""Candidates from the page's frame rather than its labels: the header's unit, the
signature's person and body, the date line, and the people a text gives the model to. Each is a
guess a labelled value beats; `parse` weighs them against the labels' candidates."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import pairwise

from documents.extraction.fields import chrome, in_charge, parties, prose
from documents.extraction.fields.candidates import Candidate
from documents.extraction.fields.found import ISSUER, Method, Where
from documents.extraction.fields.lines import DATE_LINE, find_labels
from documents.extraction.fields.people import (
    header_units,
    is_position_line,
    signer,
    unit_level,
)
from documents.extraction.fields.routing import is_routing_line, is_routing_row
from documents.extraction.fields.zones import ORG_START, Zones, is_endorsement, looks_title
from documents.extraction.normalise import fold, fold_case, key, parse_phone
from documents.names import base_tokens

#: The rank of a header unit that only names a body with units under it.
SUPERIOR_ONLY = 37
_SUPERIOR = re.compile(r"^(?:dang bo|dang uy|ban chap hanh|bch|uy ban|ubmttq|mttq|hoi|doan)\b")


#: A steering board or council in the header, or the movement's name carried on from it
#: ("BAN CHỈ ĐẠO PHONG TRÀO" / "THI ĐUA “DÂN VẬN KHÉO”"): it checks or honours units, it is none.
_BOARD = re.compile(
    r"^(?:ban chi dao|hoi dong thi dua|to kiem tra|doan kiem tra|thi dua|phong trao)\b|dan van kheo"
)


def from_header(zones: Zones) -> Iterator[Candidate]:
    """The most specific unit of the header (a chi bộ under its đảng bộ); a header naming only
    a body that has units under it (ĐẢNG BỘ XÃ …), or the board that checks units, yields to a
    unit named in the text."""
    named = header_units(zones)
    units = [u for u in named if not _BOARD.search(fold(u))]
    if not units:
        return
    levels = [unit_level(u) for u in units]
    best = min(range(len(units)), key=lambda i: (levels[i], -i))
    best = _lead_of_joint(units, body_rows(zones), best)
    superior_only = len(units) == 1 and levels[best] >= 2 and _SUPERIOR.match(fold(units[best]))
    board = len(units) < len(named)
    issuer = board or bool(superior_only and _AUTHORITY.match(fold(units[best])) and _issued(zones))
    issuer = issuer or _certificate(zones)
    rank = SUPERIOR_ONLY if superior_only or board else 30
    yield Candidate("unit_name", units[best], Method.HEADER, rank, 1.0, zones.header_places,
                    doubt=ISSUER if issuer else "")  # fmt: skip


_BARE_VILLAGE_WHY = "văn bản chỉ ghi “tại thôn”: lấy tên thôn ở tiêu đề văn bản"


def from_bare_village(zones: Zones, body_text: str) -> Iterator[Candidate]:
    """'Mô hình do Công an xã xây dựng tại thôn (…)': "the village" unnamed is the one whose
    paper it is, the village its header names (spelt as the body spells it); never sure."""
    kind = prose.bare_village(body_text)
    if kind is None:
        return
    lines = {ln.strip() for column in zones.header for ln in column
             if fold(ln).strip().lower().startswith(fold(kind) + " ")}  # fmt: skip
    if len(lines) != 1:
        return
    name = lines.pop().split(maxsplit=1)[1]
    written = re.search(re.escape(name), body_text, re.I)
    name = written.group(0) if written else " ".join(w.capitalize() for w in name.split())
    yield Candidate("location", f"{kind} {name}",
                    Method.PROSE, 29, 0.8, zones.header_places, doubt=_BARE_VILLAGE_WHY)  # fmt: skip


#: "1. Hội Liên hiệp Phụ nữ xã (đơn vị chủ trì)": the lead unit of a paper two units adopt.
_LEAD = re.compile(r"^\s*(?:\d+\s*[.)]\s*)?(.+?)\s*\(\s*don vi chu tri\s*\)\s*:?\s*$")


def _lead_of_joint(units: list[str], rows: list[str], best: int) -> int:
    """Class: a joint programme stacks its issuers in the header; the unit of the model is the
    one its duties name "(đơn vị chủ trì)", never the partner ("(đơn vị phối hợp)"). The header
    unit whose name opens with the lead's words, when exactly one does; else `best`."""
    leads = [m.group(1) for m in (_LEAD.match(fold(r)) for r in rows) if m]
    if len(leads) != 1 or len(units) < 2:
        return best
    words = [w for w, _ in base_tokens(leads[0])]
    hits = [i for i, u in enumerate(units) if [w for w, _ in base_tokens(u)][: len(words)] == words]
    return hits[0] if len(hits) == 1 else best


#: A social post's time under its author ("10 tháng 12 lúc 20:15 · 🌏", "3 giờ", "Hôm qua lúc
#: 8:02"), folded.
_POSTED_AT = re.compile(
    r"^\s*(?:\d{1,2} thang \d{1,2}(?: nam \d{4})?(?:,? luc \d{1,2}:\d{2})?|\d{1,2} (?:gio|phut|ngay)"
    r"|hom qua luc \d{1,2}:\d{2})\s*(?:[·•]|$)"
)
#: After the unit a paper's own sentences name (`prose.unit`, 35): a page's name is who posts,
#: most often the unit whose model the post tells.
PAGE_NAME = 38
_PAGE_DOUBT = "tên trang mạng xã hội đăng bài, chưa chắc là đơn vị xây dựng mô hình"


def from_page_name(zones: Zones) -> Iterator[Candidate]:
    """Class: a printed social-media post names its author above the post's time ("Hội Nông
    dân xã A ✔" / "3 tháng 11 lúc 16:02"); a shared post names the sharer first, the original
    author last, just above the original's time. That author, when it is a unit, is the
    poster of the model's news: a guess for the unit, never confident alone."""
    lines = [*zones.title, *(ln for b in zones.body[:12] for ln in b.text.split("\n"))]
    lines = [ln.strip() for ln in lines if ln.strip()]
    for above, line in pairwise(lines):
        if not _POSTED_AT.match(fold(line)):
            continue
        name = _page_name(above)
        if name and ORG_START.match(fold(name)):
            yield Candidate("unit_name", name, Method.PROSE, PAGE_NAME, 0.85, doubt=_PAGE_DOUBT)
            return


def _page_name(line: str) -> str:
    """A page's name without its verified tick and tabs ("Hội Nông dân xã A\t ✔")."""
    return " ".join(line.replace("✔", " ").replace("✓", " ").split())


#: The ranks of an agreement's building party and its representative: the unit before the
#: header's (30), which may be a superior's or the paper's title read as a header; the person
#: after one a sentence gives the model to (26).
_PARTY_RANKS = {"unit_name": 29, "leader_name": 27, "leader_position": 27}
_PARTY_DOUBT = "bên xây dựng mô hình trong bản thỏa thuận và người đại diện, không có nhãn"


def from_agreement(zones: Zones) -> Iterator[Candidate]:
    """Class: an agreement's receiving party is the unit building the model, its
    representative the person in charge; the giver's lines are neither. Never confident
    alone."""
    for name, value, group in parties.candidates_of(body_rows(zones)):
        yield Candidate(name, value, Method.PROSE, _PARTY_RANKS[name], 0.85, group=group,
                        doubt=_PARTY_DOUBT)  # fmt: skip


#: The rank of the unit a record, notice or decision says owns the model: before the header's
#: body (30), which issued the paper ("UBND XÃ … / ẤP …" over a record of the hamlet's meeting).
OWNER_IN_ISSUED = 29


def from_owner_in_issued(zones: Zones) -> Iterator[Candidate]:
    """A paper issued by a body about a model ("BIÊN BẢN", "THÔNG BÁO", "QUYẾT ĐỊNH") that names
    the unit the model is of, another than its header's: that unit, never confident alone."""
    if not _issued(zones):
        return
    owner = prose.unit_of_model("\n".join(body_rows(zones)))
    if owner is None:
        return
    mine = key(owner)
    if any(mine in key(u) or (key(u) in mine and ORG_START.match(fold(u)))
           for u in header_units(zones)):  # fmt: skip
        return  # the header names the same unit (a bare "ẤP …" only names where it is)
    yield Candidate("unit_name", owner, Method.PROSE, OWNER_IN_ISSUED, 0.85,
                    doubt="đơn vị đọc từ câu văn của văn bản do cơ quan khác ban hành")  # fmt: skip


#: "(buổi) làm việc với <unit> về …": the unit a superior's notice of conclusions met about
#: its model, up to what the meeting was about, where or why.
_WORKED_WITH = re.compile(
    r"\blam viec voi\s+(.{3,90}?)(?=\s+(?:ve|de|tai|nham|sau|trong|cung)\b|\s*[,.;:(\n]|\s*$)"
)
#: Below the unit of a record's or notice's own sentence (`OWNER_IN_ISSUED`).
WORKED_WITH = 28


def from_worked_with(zones: Zones) -> Iterator[Candidate]:
    """Class: a superior's notice of conclusions ("THÔNG BÁO KẾT LUẬN … tại buổi làm việc với
    Ban Chỉ huy Quân sự xã") is about the unit it worked with, as the title or the body's
    opening names it; the fuller name when one writes the other out ("… xã" / "… xã Tân Lập").
    Never confident alone."""
    units = [
        unit
        for text in ("\n".join(zones.title), "\n".join(body_rows(zones)[:4]))
        for match in _WORKED_WITH.finditer(fold(text))
        if ORG_START.match(key(unit := text[match.start(1) : match.end(1)].strip()))
        and unit[:1].isupper()
        and len(unit.split()) <= 14
    ]
    if not units:
        return
    unit = units[0]
    unit = max((u for u in units if key(u).startswith(key(unit))), key=len)
    yield Candidate("unit_name", unit, Method.PROSE, WORKED_WITH, 0.85,
                    doubt="đơn vị cấp trên làm việc cùng, đọc từ câu văn")  # fmt: skip


#: Bodies that issue decisions about units, besides running models of their own.
_AUTHORITY = re.compile(r"^(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|dang uy)\b")
#: A decision, a record, a notice or a certificate about units ("QUYẾT ĐỊNH", "Số: 124/QĐ-UBND",
#: "GIẤY XÁC NHẬN").
_ISSUED = re.compile(
    r"^(?:quyet dinh|bien ban|thong bao|giay xac nhan)\b|^so\b.{0,20}/(?:qd|tb|bb|gxn)-"
)
#: A certificate ("GIẤY XÁC NHẬN", "Số: 61/GXN-UBND"): one body certifies another's model.
_CERTIFICATE = re.compile(r"^giay xac nhan\b|^so\b.{0,20}/gxn-")


def _issued(zones: Zones, kind: re.Pattern[str] = _ISSUED) -> bool:
    lines = [*zones.title, *(b.text for b in zones.body[:4])]
    return any(kind.search(fold(line).strip()) for text in lines for line in text.split("\n"))


def _certificate(zones: Zones) -> bool:
    """A certificate, in its title or its number in the header: its header is who certifies,
    never the unit whose model it certifies (class: a paper issued by one body about another)."""
    numbers = [line for col in zones.header for line in col]
    return _issued(zones, _CERTIFICATE) or any(
        _CERTIFICATE.search(fold(n).strip()) for n in numbers
    )


_IN_CHARGE = re.compile(
    r"\b(?:phu trach|chu nhiem|chu tri|nguoi thuc hien|truong nhom|theo doi,? don doc|"
    r"truc tiep (?:theo doi|chi dao|dieu hanh|quan ly))\b"
)
_OTHER_IN_CHARGE = "văn bản giao người khác phụ trách, không phải người ký"
_UNREAD_IN_CHARGE = "văn bản có nhắc người phụ trách nhưng không đọc được tên"


def body_rows(zones: Zones, skip: frozenset[int] = frozenset()) -> list[str]:
    """The body's lines, a table row as one line ("Đ/c X – Phó ban – trực tiếp phụ trách");
    `skip`: blocks (document indexes) read otherwise, a roster's rows (`roster.py`)."""
    rows: list[str] = []
    for k, block in enumerate(zones.body):
        if zones.offset + k in skip or is_routing_row(block.cells):
            continue  # read otherwise, or a routing slip's addressee or approver
        if len(block.cells) > 1:
            rows.append(" – ".join(" ".join(c.split()) for c in block.cells if c.strip()))
        else:
            rows.extend(ln for ln in block.text.split("\n") if not is_routing_line(ln))
    return rows


def from_signature(
    zones: Zones, body_text: str, people: list[in_charge.InCharge]
) -> Iterator[Candidate]:
    """The signer stands for the person in charge only when the text names nobody; a text that
    gives the model to someone else, or speaks of one (“phụ trách”) we could not read, makes
    the signer a guess."""
    signed = signer(zones)
    if signed is None:
        return
    places = zones.signature_places
    strength, doubt = _signer_strength(signed[0], body_text, people)
    if strength > 0.8 and _issued(zones):
        strength, doubt = 0.8, _ISSUED_SIGNER
    yield Candidate("leader_name", signed[0], Method.SIGNATURE, 50, strength, places,
                    group="signer", doubt=doubt)  # fmt: skip
    if signed[1]:
        yield Candidate("leader_position", signed[1], Method.SIGNATURE, 50, strength, places,
                        group="signer", doubt=doubt)  # fmt: skip
    if signed[2]:  # the signer's own number: theirs only when they are the one in charge
        yield Candidate("phone", signed[2], Method.SIGNATURE, 50, strength, places,
                        group="signer", doubt=doubt)  # fmt: skip


#: The label of who chaired a meeting ("1. Chủ trì: X – Bí thư Chi bộ").
_CHAIR_LABEL = re.compile(r"^(?:\W*[0-9ivx]{1,4}\W*\s*)?chu tri\W*$")


def chair_unsure(found: Iterable[Candidate], zones: Zones) -> Iterator[Candidate]:
    """The chair of a record, a notice or a decision (a label naming whoever ran the meeting)
    is not surely the person in charge of the model: never confident alone."""
    issued = _issued(zones)
    for c in found:
        chair = c.name in ("leader_name", "leader_position") and _CHAIR_LABEL.match(fold(c.label))
        if issued and chair and c.strength > 0.8:
            c = replace(c, strength=0.8, doubt=c.doubt or _ISSUED_SIGNER)
        yield c


def _signer_strength(
    name: str, body_text: str, people: list[in_charge.InCharge]
) -> tuple[float, str]:
    if in_charge.others_than(people, name):
        return 0.7, _OTHER_IN_CHARGE
    if not people and _IN_CHARGE.search(fold(body_text)):
        return 0.8, _UNREAD_IN_CHARGE
    if _someone_else_named(body_text, name):
        return 0.8, _OTHER_NAMED
    return 1.0, ""


#: A record, notice or decision is signed by who ran the meeting or issued it.
_ISSUED_SIGNER = "người ký biên bản, thông báo hay quyết định chưa chắc là người phụ trách mô hình"
_OTHER_NAMED = "văn bản nêu tên người khác, người ký chưa chắc là người phụ trách mô hình"


def _someone_else_named(body_text: str, signer_name: str) -> bool:
    """A person named with "Ông", "Bà" or "đồng chí" in the text who is not the signer (the
    individual an award summary is about, the member who runs the model): the signer, who
    signs for the unit, may not be the person in charge."""
    mine = key(signer_name)
    return any(
        not (theirs in mine or mine in theirs) for theirs in map(key, prose.titled_names(body_text))
    )


#: The rank of the person given the model when the text names a chair apart (a record of the
#: meeting that weighed the model): before a "Chủ trì" label's person, after a labelled leader.
OVER_THE_CHAIR = 2


def from_in_charge(people: list[in_charge.InCharge]) -> Iterator[Candidate]:
    """The person a sentence or a list gives the model to: the one “trực tiếp” in charge
    first. Never confident alone: the sentence may name a superior's liaison as well."""
    person = in_charge.first(people)
    if person is None:
        return
    direct = [p for p in people if p.direct]
    sole = len(direct) == 1 or len(people) == 1
    strength = 0.85 if sole else 0.8
    doubt = "người phụ trách đọc từ câu văn hoặc danh sách, không có nhãn"
    # ahead of a "Chủ trì" label (rank 3) when the text gives the model to someone else
    rank = OVER_THE_CHAIR if in_charge.over_the_chair(people) else 26
    yield Candidate("leader_name", person.name, Method.PROSE, rank, strength, group="incharge",
                    doubt=doubt)  # fmt: skip
    if person.position:
        yield Candidate("leader_position", person.position, Method.PROSE, rank, strength,
                        group="incharge", doubt=doubt)  # fmt: skip


def from_phones_of_people(body_text: str, people: list[in_charge.InCharge]) -> Iterator[Candidate]:
    """The phone written with the person in charge in the sentence that names them: that
    person's only (the group of the sentence's reading, `from_prose` or `from_in_charge`)."""
    named = prose.leader(body_text)
    person = in_charge.first(people)
    for group, name in (("prose", named[0] if named else None),
                        ("incharge", person.name if person else None)):  # fmt: skip
        phone = _phone_with(body_text, name) if name else None
        if phone:
            yield Candidate("phone", phone, Method.PROSE, 20, 1.0, group=group)


def _phone_with(text: str, name: str) -> str | None:
    at = text.find(name)
    while at >= 0:
        phone = prose.phone_after(text, at + len(name))
        if phone:
            return phone
        at = text.find(name, at + len(name))
    return None


#: A person named by post alone, then a phone in the same bracket or clause: "(đồng chí Bí
#: thư báo cáo, ĐT 0359 772 041)", folded.
_POST_PHONE = re.compile(
    r"\b(?:dong chi|d/c|ong|ba)\s+((?:pho\s+)?(?:bi thu|chu tich|chu nhiem|giam doc|hieu truong|"
    r"chi huy truong|truong ban|truong thon|truong ban|to truong))\b[^()\n:;]{0,40}?"
    r"\b(?:dt|dien thoai|sdt)\b"
)
#: A person with their post written after the name: "đồng chí Hồ Văn A, Bí thư Chi bộ …".
_NAME_AND_POST = re.compile(
    r"\b(?:[Dd]ong chi|[Dd]/c|[Oo]ng|[Bb]a)\s+((?:[A-Z][a-z]*\s+){1,3}[A-Z][a-z]*)\s*[,–-]\s*"
    r"([A-Z][a-z]*(?:\s+[a-z]+){0,2})"
)
_POST_PHONE_DOUBT = "số điện thoại ghi cạnh chức vụ, không ghi tên người"


def from_phones_of_posts(body_text: str) -> Iterator[Candidate]:
    """A phone written beside a post without a name ("đồng chí Bí thư báo cáo, ĐT …"): the
    phone of each person the text names with that post, for the one chosen as in charge
    (`choose._pool` keeps the chosen person's group); never sure."""
    folded, cased = fold(body_text), fold_case(body_text)
    for said in _POST_PHONE.finditer(folded):
        phone = parse_phone(body_text[said.end() : said.end() + 24])
        if not phone:
            continue
        post = said.group(1)
        for named in _NAME_AND_POST.finditer(cased):
            if fold(named.group(2)).startswith(post):
                name = body_text[named.start(1) : named.end(1)]
                yield Candidate("phone", phone, Method.PROSE, 21, 0.85,
                                group=f"name:{key(name)}", doubt=_POST_PHONE_DOUBT)  # fmt: skip


_CITES = re.compile(r"\b(?:so \d|huong dan|ke hoach|quyet dinh|cong van|nghi quyet|chi thi)")
#: A document's code just before its date ("03-HD/BXDĐ ngày …", "12/QĐ-UBND ngày …").
_DOC_CODE = re.compile(r"(?:-[a-z]{1,8}/|/[a-z]{1,8}-)[a-z0-9/-]*\s*$")
_ON_BEHALF = re.compile(r"^\s*(?:t/?m|thay mat)\.?\s+(.+)$")
_PLACED = re.compile(r"\b(?:xom|thon|xa|phuong|ap|ban|bon|buon|lang|to dan pho|khu|khoi|truong)\b")


def from_signature_unit(zones: Zones) -> Iterator[Candidate]:
    """'TM. BAN CÔNG TÁC MẶT TRẬN / THÔN ĐÔNG HẠ': the unit signs on its own behalf. Only a name
    with its place counts ('T/M CHI BỘ' alone names no unit); a certificate is signed by who
    certifies."""
    if _certificate(zones):
        return
    for col in zones.signature:
        for k, line in enumerate(col):
            match = _ON_BEHALF.match(fold(line))
            if not match:
                continue
            name = line[match.start(1) :].strip()
            nxt = col[k + 1] if k + 1 < len(col) else ""
            if nxt and _PLACED.match(fold(nxt)) and nxt.isupper() and not _signer_role(nxt):
                name = f"{name} {nxt}"  # the place on the next line
            if _placed(name):
                yield Candidate("unit_name", name, Method.SIGNATURE, 38, 1.0,
                                zones.signature_places)  # fmt: skip
                return


#: The organs of a body, which sign on its behalf ("TM. BAN CHẤP HÀNH"): they name no other unit.
ORGAN = re.compile(
    r"^(?:ban (?:chap hanh|thuong vu|thuong truc|can su|chi uy|giam hieu|lanh dao|chu nhiem)"
    r"|thuong truc|thuong vu|chi uy|bch)\b"
)


def _placed(name: str) -> bool:
    """A body named with its place ("BAN CÔNG TÁC MẶT TRẬN THÔN A"), or one of its own
    ("BAN CÔNG TÁC MẶT TRẬN"); an organ signing for its body ("BAN CHẤP HÀNH") names no unit."""
    folded = fold(name)
    return bool(_PLACED.search(folded)) and not ORGAN.match(folded)


def _signer_role(line: str) -> bool:
    """'TRƯỞNG BAN' under 'TM. BAN …': the signer's position, not the body's place (a school,
    'TRƯỜNG …', folds alike and is a place)."""
    return is_position_line(line) and not line.lower().startswith("trường ")


def from_date(zones: Zones, body: list[tuple[str, Where | None]]) -> Iterator[Candidate]:
    """The date line: in the header, the title, the signature, or the first or last lines;
    never in a superior's approval or confirmation (`is_endorsement`)."""
    body = without_endorsements(body)
    lines: list[tuple[str, tuple[Where, ...]]] = []
    lines += [
        (ln, (zones.header_cells[ln],) if ln in zones.header_cells else zones.header_places)
        for col in zones.header
        for ln in col
    ]
    lines += [(ln, ()) for ln in zones.title]
    signed = [col for col in zones.signature if not is_endorsement(col)]
    lines += [(ln, zones.signature_places) for col in signed for ln in col]
    lines += [
        (t, (w,) if w else ())
        for t, w in _year_rejoined(body[:4])[:3]
        + _opening_slide(body)
        + _year_rejoined(_above_title(body))
        + _year_rejoined(_last(zones, body))
    ]
    for line, places in lines:
        f = fold(line).strip()
        before = f.split("ngay")[0]
        if _CITES.search(before) or _DOC_CODE.search(before):
            continue  # "Hướng dẫn số 03-HD ngày 26/02/2026": the date of another document
        if DATE_LINE.match(f) and len(f) <= 90:
            yield Candidate("signed_date", line, Method.DATE_LINE, 0, 1.0, places)
            return
    for col in zones.header + signed:  # a date line wrapped inside its cell
        joined = " ".join(col)
        match = re.search(
            r",\s*ngay\b[^:]{0,40}?(?:\d{4}|nam[\s.…_]*20[\s.…_]+\d{2})", fold(joined)
        )
        if match:
            text = joined[match.start() : match.end()]
            yield Candidate("signed_date", text, Method.DATE_LINE, 1, 1.0, zones.header_places)
            return
    today = list(_date_today(body[:8]))
    found = today or _date_under_motto(body) or list(_date_sent(body[-12:]))
    yield from found or _issuing_decision([*zones.title, *(t for t, _ in body[:3])])


def without_endorsements(
    body: list[tuple[str, Where | None]],
) -> list[tuple[str, Where | None]]:
    """The body's lines less the cells that hold a superior's approval or confirmation (a
    signature table the zones did not take for one, its approver's column first)."""
    cells: dict[Where, list[str]] = {}
    for text, where in body:
        if where is not None:
            cells.setdefault(where, []).append(text)
    endorsed = {where for where, lines in cells.items() if is_endorsement(lines)}
    return [(t, w) for t, w in body if w not in endorsed]


#: "(Ban hành kèm theo Quyết định số 07-QĐ/CB ngày 12 tháng 3 năm 2026 của …)" under the title
#: of rules: with no date line of their own, rules are dated by the decision issuing them.
_ISSUED_WITH = re.compile(r"^\W*(?:ban hanh )?kem theo (?:quyet dinh|nghi quyet)\b[^()]*?\bngay\b")


def _issuing_decision(lines: list[str]) -> list[Candidate]:
    """The issuing decision's date, under the title or atop the body (where a PDF without
    formatting puts it), as a guess for review (another paper's date, in truth)."""
    for line in lines:
        match = _ISSUED_WITH.match(fold(line))
        if match:
            date = line[match.end() - 4 :].split("của")[0]
            return [Candidate("signed_date", date, Method.TITLE, 5, 0.85)]
    return []


#: The national motto or the Party's name over a date line: a page's own header.
_MOTTO = re.compile(r"\b(?:cong hoa xa hoi chu nghia|doc lap\s*-\s*tu do|dang cong san viet nam)")


def _date_under_motto(body: list[tuple[str, Where | None]]) -> list[Candidate]:
    """A dossier's cover (the unit, the model, "…, năm 2026") before the form it binds: the
    form's own header, motto and date line, comes in the body, and its date is the form's."""
    lines = _year_rejoined(body)
    for k, (text, _) in enumerate(lines):
        if not _MOTTO.search(fold(text)):
            continue
        for line, where in lines[k + 1 : k + 7]:
            f = fold(line).strip()
            before = f.split("ngay")[0]
            if DATE_LINE.match(f) and len(f) <= 90 and not _CITES.search(before):
                places = (where,) if where else ()
                return [Candidate("signed_date", line, Method.DATE_LINE, 2, 1.0, places)]
    return []


#: The date inside a line that says when the record was sent ("Gửi lúc 21:47, ngày 07 tháng 3
#: năm 2026", "Nộp lúc 9:05 12/3/2026").
_SENT_DATE = re.compile(r"ngay\s*\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4}|\b\d{1,2}/\d{1,2}/\d{4}\b")


def _date_sent(body: list[tuple[str, Where | None]]) -> Iterator[Candidate]:
    """A web form's sending time stands for its signing when no date line is given: the
    sender submits the form as another signs and dates the paper one."""
    for text, where in body:
        folded = fold(text)
        if not chrome.SENT_AT.match(folded.strip()):
            continue
        match = _SENT_DATE.search(folded)
        if match:
            value = text[match.start() : match.end()]
            yield Candidate(
                "signed_date", value, Method.DATE_LINE, 3, 1.0, (where,) if where else ()
            )
            return


#: A record's opening sentence ("Hôm nay, vào hồi 8 giờ, ngày 06 tháng 11 năm 2026, tại …"):
#: the record is signed the same day ("kết thúc … cùng ngày").
_TODAY = re.compile(r"\bhom nay\b[^.;]{0,40}?\b(ngay\s*\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4})")


def _date_today(body: list[tuple[str, Where | None]]) -> Iterator[Candidate]:
    for text, where in body:
        match = _TODAY.search(fold(text))
        if match:
            value = text[match.start(1) : match.end(1)]
            yield Candidate(
                "signed_date", value, Method.DATE_LINE, 2, 1.0, (where,) if where else ()
            )
            return


def _above_title(body: list[tuple[str, Where | None]]) -> list[tuple[str, Where | None]]:
    """The lines above a form's title that opens the body, within its first blocks: a header
    the zones did not take as one (a sheet printed with its row numbers puts them in a cell
    before the header's own) still holds the date line above the title."""
    lines: list[tuple[str, Where | None]] = []
    blocks: set[int] = set()
    for text, where in body[:40]:
        if where is not None:
            blocks.add(where.block)
        if len(blocks) > _HEADER_BLOCKS:
            return []
        if looks_title(text):
            return lines
        lines.append((text, where))
    return []


#: How many blocks a header left in the body may take above the title.
_HEADER_BLOCKS = 6


def _last(zones: Zones, body: list[tuple[str, Where | None]]) -> list[tuple[str, Where | None]]:
    """The body's last lines, or those above the signature when an annex follows it."""
    if zones.signed_at is None:
        return _above_submit_bar(body)[-6:]
    signed_at = zones.signed_at
    before: list[tuple[str, Where | None]] = [
        (t, w) for t, w in body if w is not None and w.block < signed_at
    ]
    return before[-6:]


def _opening_slide(body: list[tuple[str, Where | None]]) -> list[tuple[str, Where | None]]:
    """A presentation's opening slide (its meeting, the unit, the title, the model, who
    presents) ends with the place and date line: the body's fourth to eighth lines, up to
    the first label of a field."""
    if not body or body[0][1] is None:
        return []
    lines: list[tuple[str, Where | None]] = []
    for text, where in body[3:8]:
        if where is None or find_labels(text):
            break
        lines.append((text, where))
    return [(t, w) for t, w in lines if _PLACE_DATE.match(fold(t).strip())]


#: "Mường Lói, ngày 18 …": a place, then the date; no time or other figure before it (a
#: broadcast's "17 giờ 30 thứ Bảy, ngày 09/5" is when it airs, no signing).
_PLACE_DATE = re.compile(r"^[^\d:,]{2,40},\s*ngay\b")


#: A web form's submit bar ("Gửi   Xóa hết câu trả lời", "Submit  Clear form"), folded.
#: A PDF may put its two buttons on lines of their own.
_SUBMIT_BAR = re.compile(
    r"^(?:(?:gui|nop|submit)\s+)?(?:xoa het cau tra loi|xoa bieu mau|clear form)$"
)
#: A blank's rule, a printed answer line (underscores, dots or dashes only), or the submit
#: button alone on its line.
_RULE_LINE = re.compile(r"^[\s_.…·-]*$|^\s*(?:gui|nop|submit)\s*$")


def _above_submit_bar(
    body: list[tuple[str, Where | None]],
) -> list[tuple[str, Where | None]]:
    """A web form's printout ends with its submit bar and the service's notices under it
    (password warning, terms, its name, the address): the answers, the date line among them,
    end above the bar; the empty answer lines at their end are no lines of text."""
    for k in range(len(body) - 1, max(-1, len(body) - 15), -1):
        if _SUBMIT_BAR.match(" ".join(fold(body[k][0]).split())):
            body = body[:k]
            break
    while body and _RULE_LINE.match(fold(body[-1][0])):
        body = body[:-1]
    return body


#: The wrapped end of a date line: "tháng 3 năm 2026", "năm 2026" (folded).
_DATE_TAIL = re.compile(r"\s*(?:thang\s*\d{1,2}\s*)?nam\s*\d{4}\s*\.?\s*")


def _year_rejoined(lines: list[tuple[str, Where | None]]) -> list[tuple[str, Where | None]]:
    """A date line whose end a narrow cell wrapped onto the next line ("…, ngày 18 tháng 12
    năm" over "2026", "…, ngày 16 tháng 3" over "năm 2026") made one line again."""
    out: list[tuple[str, Where | None]] = []
    for text, where in lines:
        before = fold(out[-1][0]).rstrip() if out else ""
        if (re.fullmatch(r"\s*\d{4}\s*\.?\s*", text) and before.endswith("nam")) or (
            _DATE_TAIL.fullmatch(fold(text))
            and re.search(r"\bngay\s*\d{1,2}\b", before)
            and not re.search(r"\d{4}", before)
        ):
            out[-1] = (f"{out[-1][0].rstrip()} {text.strip()}", out[-1][1])
        else:
            out.append((text, where))
    return out
