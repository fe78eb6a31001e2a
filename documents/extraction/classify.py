"""Registration, report or neither, from the title first and the form's fields second.

Titles survive every layout ("PHIẾU ĐĂNG KÝ", "BẢN ĐĂNG KÝ XÂY DỰNG MÔ HÌNH", "BÁO CÁO Kết quả
thực hiện mô hình"), so they decide; fuzzy matching on folded text absorbs OCR slips. A cover
letter ("V/v gửi bản đăng ký…", công văn, tờ trình) names the form without being one: without
the form's own fields it is `unknown`. A sheet scoring a model against criteria ("Phiếu tự đánh
giá, chấm điểm", or a body table of criteria with points) tells what the model achieved: a report.

A paper about a model whose title names neither a form nor a known report (a feature story of an
exemplary person, a logbook of activities, a decision recognising a model) is inferred
(`inferred_kind`): a report, or a registration when it asks to register; the caller caps its
values below 0.9. Papers not about a model stay `unknown`.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from documents.contract import Kind
from documents.extraction.fields.story import quoted_models
from documents.extraction.normalise import key

#: "V/v gửi bản đăng ký": the gist of a letter sending a form; "V/v báo cáo kết quả …" is a
#: letter that itself reports.
_GIST = r"^(?:v v|ve viec)\b(?!\s+bao cao\b)"
_COVER = re.compile(_GIST + r"|\b(?:cong van|to trinh|giay moi|quyet dinh|thong bao|"
                    r"ke hoach|huong dan|bien ban|giay gioi thieu)\b")  # fmt: skip
#: "(Ban hành) kèm theo Công văn số …" over a form is the form's own issuing note, not a letter.
_COVER_BODY = re.compile(
    _GIST + r"|\bgui kem\b|(?<!ban hanh )\bkem theo (?:day|cong van|to trinh)\b"
)
_FORM_FIELDS = {"model_name", "leader_name", "content", "results", "participants", "funds_vnd",
                "domain", "model_type"}  # fmt: skip
_REPORT_FIELDS = {"results", "participants", "funds_vnd"}
#: Titles of papers that tell what a model achieved without calling themselves a report.
_ACCOUNT = re.compile(r"\b(?:(?:ban )?tom tat thanh tich|(?:bai )?tham luan)\b")
#: Titles of sheets that score a model against criteria ("Phiếu tự đánh giá, chấm điểm",
#: "Bảng tự chấm điểm"): the unit tells what its model achieved, criterion by criterion.
_SCORING = re.compile(r"\b(?:tu danh gia|tu cham diem|cham diem|danh gia xep loai)\b")


#: A bracketed note under a title telling what the paper goes with ("(Gửi kèm hồ sơ đăng ký mô
#: hình)", "(Kèm theo Bản đăng ký …)"): the attachment's own note, no cover letter's gist.
_ATTACHED_NOTE = re.compile(r"^\s*\((?:[^()]*\b)?(?:gửi kèm|kèm theo)\b[^()]*\)\s*$", re.I | re.M)


def _letter_head(text: str) -> str:
    """The opening text a cover letter's gist is looked for in, without attachments' notes."""
    return key(_ATTACHED_NOTE.sub("", text[:800]))[:400]


#: "THỎA THUẬN TÀI TRỢ", "BẢN THỎA THUẬN", "HỢP ĐỒNG …", "BIÊN BẢN GHI NHỚ": an agreement
#: between two sides; the "V/v …" or "Về việc …" line under it is its own subject.
_AGREEMENT = re.compile(r"^(?:ban )?(?:thoa thuan|hop dong|ghi nho|bien ban ghi nho)\b")


def _cover(title: str) -> bool:
    """A title naming a cover letter, a decision, a record …, line by line: words of two lines
    make no title ("BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN" over "BẢN TIN DÂN VẬN" is no "biên bản");
    the issuing note under a title ("(Ban hành kèm theo Quyết định số …)") names no letter,
    nor does an agreement's subject under its title."""
    if _AGREEMENT.match(key(title.split("\n", 1)[0])):
        return False
    return any(
        _COVER.search(key(line)) and not _ISSUING_NOTE.match(key(line))
        for line in title.split("\n")
    )


#: "(Ban hành kèm theo Quyết định số … của …)": rules or a plan issued with a decision.
_ISSUING_NOTE = re.compile(r"^(?:ban hanh )?kem theo (?:quyet dinh|nghi quyet|cong van)\b")
#: "QUY CHẾ Hoạt động của Tổ …": the rules a group adopts to carry out the model it sets up.
_RULES = re.compile(r"^quy che\b")


def is_account(title: str) -> bool:
    """A summary of achievements or a conference paper: it tells a model's results in a shape
    of its own (a table of people, a speech), which the reader knows less well than a form."""
    return bool(_ACCOUNT.search(key(title)[:40]))


def is_scoring(title: str) -> bool:
    """A self-assessment or scoring sheet, by its title."""
    return bool(_SCORING.search(key(title)[:48]))


def _has(text: str, phrase: str) -> bool:
    if phrase in text:
        return True
    return len(text) >= len(phrase) and fuzz.partial_ratio(phrase, text) >= 86


def _about_models(text: str) -> bool:
    return _has(text, "mo hinh") or _has(text, "dan van")


#: "ĐỀ ÁN Xây dựng mô hình …": a unit's project proposal for a model, what it will do and how.
#: "THÔNG BÁO Kết quả đánh giá mô hình …": a notice of the results a unit's model was judged on.
_NOTICE_OF_RESULTS = re.compile(r"^thong bao\b.{0,20}\bket qua\b")
_PROPOSAL = re.compile(r"^(?:du thao )?de an\b")
#: "KẾ HOẠCH Triển khai xây dựng mô hình …" over the model's labelled name: a unit's plan for
#: its own model, as a proposal is (a superior's plan for the movement labels no model).
_PLAN = re.compile(r"^ke hoach (?:\w+ ){0,4}mo hinh\b")
#: "ĐƠN ĐỀ NGHỊ Về việc công nhận … mô hình …": a group of households' petition asking to
#: register or recognise the model they carry out; its "Về việc" is its own subject, no letter's.
_PETITION = re.compile(r"^don de nghi\b")


def _petition_for_model(t: str, head: str) -> bool:
    """A petition ("Đơn đề nghị") about a model: the households register the model."""
    return bool(_PETITION.match(t)) and (_about_models(t) or _about_models(head))


#: The proof of a roadside panel ("MA-KÉT PA-NÔ TUYÊN TRUYỀN", "(Bản in thử – pa-nô thật 2,4 m
#: × 1,2 m)"): it presents a model (its unit, who leads it, what it does) as a registration
#: does; its cost ("Kinh phí" of printing and setting it up) is no money the model raised.
_PANEL = re.compile(
    r"^\W*(?:ma ket|maket|ban in thu|in thu|ban thiet ke|thiet ke)\b.{0,60}\b(?:pa no|pano|bang ron)\b"
)


def is_panel(opening: list[str]) -> bool:
    """A panel's proof, by its opening lines (heading, title, first lines of the body)."""
    return any(_PANEL.match(key(line)) for line in opening)


def classify(
    title: str, text: str, labelled: set[str], scored: bool = False, panel: bool = False
) -> Kind:
    """The kind of a document from its title, its opening text and the fields found by label;
    `scored`: its body holds a table of criteria with points (`criteria.py`); `panel`: it is
    the proof of a panel presenting a model (`is_panel`)."""
    t = key(title)
    head = key(text[:800])
    form_fields = labelled & _FORM_FIELDS
    if panel and len(form_fields - _REPORT_FIELDS) >= 2:
        return Kind.REGISTRATION  # a panel presenting a model, with its cost (no funds raised)
    is_form_title = any(_has(t[:16], p) for p in ("phieu dang ky", "ban dang ky", "bao cao ket"))
    if _petition_for_model(t, head) and not _has(t, "bao cao"):
        return Kind.REGISTRATION  # a group's petition to register or recognise its model
    if t and _cover(title) and not is_form_title and len(form_fields) < 3:
        return Kind.UNKNOWN
    if not is_form_title and _COVER_BODY.search(_letter_head(text)) and len(form_fields) < 3:
        return Kind.UNKNOWN
    if is_account(title) and (_about_models(t) or _about_models(head)):
        return Kind.REPORT  # a summary of achievements, a conference paper: a model's results
    scoring = not is_form_title and (scored or is_scoring(title))
    if scoring and (_about_models(t) or _about_models(head)):
        return Kind.REPORT  # a model scored against criteria, with the evidence of each
    if _NOTICE_OF_RESULTS.match(t) and (_about_models(t) or _about_models(head)):
        return Kind.REPORT  # a body's notice of how a unit's model was judged: what it achieved
    if _PROPOSAL.match(t) and not _has(t, "bao cao") and (_about_models(t) or _about_models(head)):
        return Kind.REGISTRATION  # a unit's project to build a model: it registers the model
    if _RULES.match(t) and len(quoted_models(text)) == 1:
        return Kind.REGISTRATION  # a group's rules for the one model it carries out
    if _PLAN.match(t) and not _has(t, "bao cao") and "model_name" in form_fields:
        return Kind.REGISTRATION
    oriented = orientation(title)
    for source in (t, head):
        if not source:
            continue
        found = _named_kind(source, labelled, form_fields)
        if found is not Kind.UNKNOWN and (source is t or oriented in (Kind.UNKNOWN, found)):
            return found  # words in the body that contradict the title's orientation don't decide
    if len(form_fields) >= 3:
        if oriented is not Kind.UNKNOWN:
            return oriented
        return Kind.REPORT if labelled & _REPORT_FIELDS else Kind.REGISTRATION
    return Kind.UNKNOWN


def _named_kind(source: str, labelled: set[str], form_fields: set[str]) -> Kind:
    """The kind a title or an opening names in words ("đăng ký", "báo cáo")."""
    registration = _has(source, "dang ky")
    report = _has(source, "bao cao")
    if registration and report:
        report = _has(source, "bao cao ket qua") or bool(labelled & _REPORT_FIELDS)
        registration = not report
    if report and (_about_models(source) or _has(source, "ket qua") or form_fields):
        return Kind.REPORT
    if registration and (_about_models(source) or form_fields):
        return Kind.REGISTRATION
    return Kind.UNKNOWN


#: Titles of papers that take a model on, looking ahead to what it will do: a launch
#: ("Lễ ra mắt mô hình"), a founding, a member's yearly commitment ("Bản cam kết"), an
#: agreement funding it ("Thỏa thuận tài trợ", "hỗ trợ xây dựng …").
_LOOKS_AHEAD = re.compile(
    r"\b(?:ra mat|thanh lap|cam ket|tai tro|(?:ho tro|giup do|giup) (?:xay dung|thuc hien))\b"
)
#: Titles of papers looking back on a period, telling what was done: a self-review ("Bản kiểm
#: điểm"), a summing-up ("tổng kết", "sơ kết"), a thank-you for what was given and built.
_LOOKS_BACK = re.compile(r"\b(?:kiem diem|tong ket|so ket|cam on)\b")


def orientation(title: str) -> Kind:
    """The kind a paper's title points to when it names neither a form nor a report (class:
    a paper about one model either takes it on, what it will do, and so registers it, or
    looks back on what it did, and so reports it); unknown when the title says neither."""
    t = key(title)
    if _LOOKS_BACK.search(t):
        return Kind.REPORT
    return Kind.REGISTRATION if _LOOKS_AHEAD.search(t) else Kind.UNKNOWN


#: Told to the sender and kept by the extraction: its values stay below 0.9 whatever agrees.
INFERRED = "Không phải phiếu đăng ký hay báo cáo theo mẫu: loại văn bản được suy ra từ nội dung, cần kiểm tra"

#: A decision or notice recognising or rewarding a model: it names the unit and the model.
_RECOGNITION = re.compile(
    r"^(?:quyet dinh|thong bao)\b.{0,40}\b(?:cong nhan|khen thuong|tuyen duong|bieu duong)\b"
    # an invitation to a ceremony honouring a model tells that model, from the inviting body
    r"|^giay moi\b.{0,40}\b(?:ton vinh|tuyen duong|bieu duong|khen thuong)\b"
    # or to visit a model to spread it, where its unit reports on it
    r"|^giay moi\b.{0,40}\b(?:tham quan|nhan rong)\b.{0,30}\bmo hinh\b"
)
#: A unit's letter proposing its own model for recognition ("TỜ TRÌNH Về việc đề nghị công
#: nhận mô hình …"): in prose, it tells that model, its unit, who leads it and what it achieved.
_PROPOSAL_LETTER = re.compile(r"^to trinh\b.{0,60}\bde nghi\b.{0,30}\b(?:cong nhan|khen thuong)\b")
#: An invitation tells one model only when its text names one: a meeting about several is none.
_INVITATION = re.compile(r"^giay moi\b")
#: A figure of what a model did or gathered: people, households, money, events.
_FIGURE = re.compile(
    r"\b\d[\d.,]*\s*(?:trieu|ty|dong|nguoi|ho|hoi vien|doan vien|thanh vien|luot|buoi|dot|km)\b"
)
#: A writing-contest entry ("BÀI DỰ THI") on the movement tells one model in its essay: the
#: author's particulars on its cover are no evidence of it (`fields/entrant.py` blanks them).
_CONTEST_ENTRY = re.compile(r"\bbai (?:du thi|thi viet)\b")
#: "CHƯƠNG TRÌNH PHỐI HỢP … về xây dựng mô hình …": a joint programme two units adopt to set up
#: one model registers it (the lead unit builds it); one that reviews results names them.
_JOINT_PROGRAMME = re.compile(r"^chuong trinh phoi hop\b.{0,160}\bxay dung mo hinh\b")
#: Fields that tell a paper is about one model even without a form's title.
_MODEL_EVIDENCE = _FORM_FIELDS | {"unit_name", "leader_position", "phone", "location"}


#: "THƯ NGỎ" (an open letter) in which a unit announces the model it takes on and calls people
#: to join and contribute; a thank-you letter ("Thư ngỏ cảm ơn") tells what was achieved.
_OPEN_LETTER = re.compile(r"^thu ngo\b(?!.{0,30}\bcam on\b)")
#: What an open letter says of its model: it registers or sets it up, calls to join it.
_TAKES_ON = re.compile(r"\b(?:dang ky|xay dung|thuc hien|trien khai|chung tay|keu goi)\b")
#: "THÔNG BÁO KẾT LUẬN …" of a superior after a working session with a unit on its model
#: (achievements, shortcomings, next tasks); "BIÊN BẢN NGHIỆM THU / BÀN GIAO" of what a model
#: built, its volumes and funds: both tell what the model achieved.
_OF_RESULTS = re.compile(r"^(?:thong bao (?:\w+ ){0,2}ket luan|bien ban (?:nghiem thu|ban giao))\b")


def _paper_of_one_model(title: str, text: str) -> Kind:
    """The kind of a letter, a notice or minutes naming one model (class: an open letter
    calling to build it registers it; a notice of conclusions on it or the minutes of accepting
    what it built report it); unknown when it names no model or several."""
    t = key(title)
    if not (_OPEN_LETTER.match(t) or _OF_RESULTS.match(t)):
        return Kind.UNKNOWN
    if len(quoted_models(f"{title}\n{text}")) != 1:
        return Kind.UNKNOWN
    if _OF_RESULTS.match(t):
        return Kind.REPORT
    return Kind.REGISTRATION if _TAKES_ON.search(f"{t} {key(text[:800])}") else Kind.UNKNOWN


def inferred_kind(title: str, text: str, labelled: set[str]) -> Kind:
    """The kind of a paper `classify` left unknown, from what it is about: a paper telling a
    model of the movement (its name, its unit, its figures) is a report, or a registration when
    its title asks to register; cover letters and papers not about a model stay unknown."""
    t = key(title)
    head = key(text[:800])
    recognition = is_recognition(title, text)
    # the gist under a bare "TỜ TRÌNH" may open the body ("Về việc đề nghị công nhận …")
    proposal = bool(_PROPOSAL_LETTER.match(t) or _PROPOSAL_LETTER.match(f"{t} {head[:120]}"))
    proposal = proposal and len(quoted_models(text)) == 1
    if (of_one_model := _paper_of_one_model(title, text)) is not Kind.UNKNOWN:
        return of_one_model
    if _cover(title) and not (recognition or proposal):
        return Kind.UNKNOWN
    if proposal:
        return Kind.REPORT  # what the model achieved, for its recognition
    oriented = orientation(title)
    # a commitment or an agreement may name its model only below its opening
    about = (
        _about_models(t)
        or _about_models(head)
        or (oriented is not Kind.UNKNOWN and "mo hinh" in key(text))
    )
    if _COVER_BODY.search(_letter_head(text)) or not about:
        return Kind.UNKNOWN
    entry = _CONTEST_ENTRY.search(t) is not None
    if not (recognition or entry or labelled & _MODEL_EVIDENCE or _FIGURE.search(key(text))):
        return Kind.UNKNOWN
    if _INVITATION.match(t) and len(quoted_models(text)) != 1:
        return Kind.UNKNOWN
    if _has(t, "dang ky") or _sets_up(title, text):
        return Kind.REGISTRATION
    # a paper taking the model on registers it; one looking back on what it did reports it
    return Kind.REPORT if oriented is Kind.UNKNOWN else oriented


def _sets_up(title: str, text: str) -> bool:
    """A joint programme setting up one model (class: two issuers' "Chương trình phối hợp"
    about building a model): a registration of that model, not an account of its results."""
    t = key(title)
    folded = f"{t} {key(text[:800])}" if t == "chuong trinh phoi hop" else t
    return bool(_JOINT_PROGRAMME.match(folded))


def is_conclusion(title: str) -> bool:
    """A superior's notice of conclusions on a unit's model: its header and signer are the
    superior's, the unit is the one it worked with."""
    return key(title).startswith("thong bao") and bool(_OF_RESULTS.match(key(title)))


def is_recognition(title: str, text: str = "") -> bool:
    """A decision or notice recognising or rewarding a model: its header and its signer are the
    issuer's (the commune), not the unit's whose model it names. An invitation titled alone
    ("GIẤY MỜI") says what to in the body's first line ("Dự lễ tôn vinh …")."""
    t = key(title)
    if t == "giay moi" and text.strip():
        t = f"{t} {key(text.strip().split(chr(10), 1)[0])}"
    return bool(_RECOGNITION.search(t))
