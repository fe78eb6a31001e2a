"""Form mails for load and fault tests: each a unit's registration form, as a real .docx.

Every mail has its own Message-ID and its own document (the model name carries the mail's
number), so nothing can be deduplicated by accident and every one can be checked in the
register and in the SMTP sink afterwards.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml

from examples.make_examples import Form, build_docx, build_mail

ROOT = Path(__file__).resolve().parents[2]
UNITS_FILE = ROOT / "examples" / "units.yaml"
CAMPAIGN_FILE = ROOT / "examples" / "campaign.yaml"
OFFICE = "danvan@nghiathai.test"


@dataclass(frozen=True)
class UnitAddress:
    unit_id: str
    name: str
    email: str


@dataclass(frozen=True)
class FormMail:
    number: int
    message_id: str  # with angle brackets, as in the header and in In-Reply-To
    unit_id: str
    sender: str
    raw: bytes
    commune: str = ""  # the commune's slug, in a province (see `province`)
    mailbox: str = ""  # the IMAP user of the commune's mailbox it is sent to


def unit_addresses(units_file: Path = UNITS_FILE) -> list[UnitAddress]:
    data = yaml.safe_load(units_file.read_text(encoding="utf-8"))
    return [
        UnitAddress(unit["id"], unit["name"], email)
        for unit in data["units"]
        for email in unit.get("emails") or ()
    ]


def form_docx(
    unit_name: str, number: int, model_name: str | None = None, place: str = "xã Nghĩa Thái"
) -> bytes:
    form = Form(
        unit_name.upper(),
        "registration",
        {
            "Tên đơn vị": unit_name,
            "Tên mô hình": model_name or f"Dân vận khéo trong xây dựng nông thôn mới, đợt {number}",
            "Loại mô hình": "Tập thể",
            "Lĩnh vực": "Kinh tế",
            "Người phụ trách": f"Ông Nguyễn Văn Số {number}",
            "Chức vụ": "Bí thư Chi bộ",
            "Số điện thoại": f"0912.{number % 1000:03d}.{number // 1000 % 1000:03d}",
            "Địa bàn thực hiện": place,
            "Nội dung, giải pháp": f"Vận động nhân dân góp công, lượt {number}.",
        },
        "TM. CHI BỘ\nBÍ THƯ",
        f"Nguyễn Văn Số {number}",
        f"{place.removeprefix('xã ')}, ngày 25 tháng 3 năm 2024",
    )
    return build_docx(form)


def form_mail(
    number: int,
    unit: UnitAddress,
    *,
    run: str = "t",
    when: datetime | None = None,
    model_name: str | None = None,
    extra_headers: dict[str, str] | None = None,
    commune: GeneratedCommune | None = None,
) -> FormMail:
    """A unit's registration form; with `commune`, sent to that commune's mailbox."""
    when = when or datetime(2024, 3, 25, 8, 0, tzinfo=UTC) + timedelta(seconds=number)
    place = commune.name if commune else "xã Nghĩa Thái"
    document = form_docx(unit.name, number, model_name, place)
    addressee = f"Văn phòng Đảng ủy {place}" if commune else "Khối Dân vận xã"
    raw = build_mail(
        (unit.name, unit.email),
        f"Đăng ký mô hình Dân vận khéo - {unit.name} - số {number}",
        f"Kính gửi {addressee},\n\n{unit.name} gửi phiếu đăng ký (thư số {number}).\n",
        when,
        [(f"Phieu dang ky {number}.docx", document)],
    )
    message_id = f"<dvk-{run}-{number}@mail.test>"
    head, _sep, body = raw.partition(b"\n\n")
    replaced = (b"message-id:", b"to:") if commune else (b"message-id:",)
    lines = [line for line in head.split(b"\n") if not line.lower().startswith(replaced)]
    lines.append(f"Message-ID: {message_id}".encode())
    if commune:
        lines.append(f"To: {commune.address}".encode())
    for name, value in (extra_headers or {}).items():
        lines.append(f"{name}: {value}".encode())
    raw = b"\r\n".join(lines) + b"\r\n\r\n" + body.replace(b"\n", b"\r\n")
    if commune:
        return FormMail(
            number, message_id, unit.unit_id, unit.email, raw, commune.slug, commune.user
        )
    return FormMail(number, message_id, unit.unit_id, unit.email, raw)


def backlog(count: int, *, run: str = "t", start: int = 0) -> list[FormMail]:
    """`count` form mails spread over every unit address in turn."""
    addresses = unit_addresses()
    return [
        form_mail(n, addresses[n % len(addresses)], run=run) for n in range(start, start + count)
    ]


# -- a province: many communes, each with its own units and its own mailbox ---------------

#: Commune names are a prefix and a suffix (10 × 10 = 100 distinct names, more get a number).
_PREFIXES = ("Phú", "An", "Hòa", "Tân", "Bình", "Thạch", "Cẩm", "Kỳ", "Hương", "Đức")
_SUFFIXES = ("Lạc", "Thịnh", "Hưng", "Phong", "Tiến", "Lộc", "Sơn", "Hải", "Mỹ", "Long")
_VILLAGES = (
    "Trung Hòa", "Đông Thịnh", "Tây Sơn", "Bắc Hà", "Nam Tiến", "Yên Bình", "Phúc Lợi",
    "Tân Lập", "Hòa Bình", "Quyết Thắng", "Đồng Tâm", "Liên Minh", "Thống Nhất", "Xuân Hòa",
    "Hạ Lũy", "Thượng Phố", "Khe Lim", "Bãi Dọc", "Cồn Cát", "Vĩnh Lộc", "Minh Khai",
    "Kim Đồng", "Hồng Phong", "Tiền Phong", "Đại Đồng", "Song Giang", "Làng Chài", "Trại Mít",
    "Cây Đa", "Bến Đò", "Gò Găng", "Hói Sâu", "Rú Mít", "Đồng Bàu", "Mỹ Lộc", "Phú Mỹ",
    "Tân Tiến", "Quang Trung", "Lê Lợi", "Trần Phú",
)  # fmt: skip
#: The commune's own bodies: (id, name, kind, address local part).
_BODIES = (
    ("mttq", "Ủy ban MTTQ {commune}", "mttq", "mttq"),
    ("hoi-nong-dan", "Hội Nông dân {commune}", "doan_the", "hoinongdan"),
    ("hoi-phu-nu", "Hội Liên hiệp Phụ nữ {commune}", "doan_the", "hoiphunu"),
    ("doan-thanh-nien", "Đoàn Thanh niên {commune}", "doan_the", "doanthanhnien"),
    ("hoi-ccb", "Hội Cựu chiến binh {commune}", "doan_the", "hoiccb"),
    ("cong-an", "Công an {commune}", "cong_an", "congan"),
    ("quan-su", "Ban Chỉ huy Quân sự {commune}", "quan_su", "quansu"),
    ("ubnd", "Ủy ban nhân dân {commune}", "chinh_quyen", "ubnd"),
)


@dataclass(frozen=True)
class GeneratedCommune:
    """One commune of a generated province: its units file and its own IMAP mailbox."""

    slug: str
    name: str  # "xã Phú Lạc"
    user: str  # the mailbox's IMAP user
    address: str  # the mailbox's address: the office's, where units send their forms
    units_file: Path
    units: tuple[UnitAddress, ...]


def ascii_slug(text: str) -> str:
    """ "Phú Lạc" → "phu-lac" (Vietnamese letters without their marks, "đ" as "d")."""
    flat = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "-".join("".join(c for c in flat if c.isascii()).lower().split())


def _units(commune: str, domain: str, count: int) -> list[dict[str, object]]:
    """`count` units: the commune's bodies, then a Party cell and a Front committee for each
    village in turn (every unit its own address, in the commune's own domain)."""
    units: list[dict[str, object]] = [
        {
            "id": uid,
            "name": name.format(commune=commune),
            "kind": kind,
            "emails": [f"{local}@{domain}"],
        }
        for uid, name, kind, local in _BODIES
    ]
    villages = [
        village if round_ == 0 else f"{village} {round_ + 1}"
        for round_ in range(count // (2 * len(_VILLAGES)) + 1)
        for village in _VILLAGES
    ]
    for village in villages:
        key = ascii_slug(village)
        units.append({"id": f"cb-{key}", "name": f"Chi bộ thôn {village}", "kind": "chi_bo",
                      "aliases": [f"CB thôn {village}"], "emails": [f"chibo.{key.replace('-', '')}@{domain}"]})  # fmt: skip
        units.append({"id": f"mt-{key}", "name": f"Ban Công tác Mặt trận thôn {village}",
                      "kind": "other", "aliases": [f"BCTMT thôn {village}"],
                      "emails": [f"matran.{key.replace('-', '')}@{domain}"]})  # fmt: skip
    return units[:count]


def province(folder: Path, communes: int, units: int) -> list[GeneratedCommune]:
    """`communes` communes of `units` units each, their units files written to `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for n in range(communes):
        base = f"{_PREFIXES[n // 10 % 10]} {_SUFFIXES[n % 10]}"
        short = base if n < 100 else f"{base} {n // 100 + 1}"
        name = f"xã {short}"
        slug = ascii_slug(short)
        domain = f"{slug.replace('-', '')}.test"
        spec = {
            "commune": {
                "id": slug,
                "name": name,
                "party_committee": f"Đảng ủy {name}",
                "office_name": f"Văn phòng Đảng ủy {name}",
                "office_email": f"vanphong@{domain}",
                "signer": {"on_behalf": "T/M Đảng ủy", "title": "Bí thư"},
                "superior": {
                    "level": "province",
                    "party": "Đảng bộ tỉnh Nam Phong",
                    "report_to": "Ban Dân vận Tỉnh ủy Nam Phong",
                },
            },
            "units": _units(name, domain, units),
        }
        path = folder / f"units-{slug}.yaml"
        path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), "utf-8")
        made.append(
            GeneratedCommune(
                slug=slug,
                name=name,
                user=f"vp-{slug}",
                address=f"vanphong@{domain}",
                units_file=path,
                units=tuple(unit_addresses(path)),
            )
        )
    return made


def province_backlog(
    count: int, communes: list[GeneratedCommune], *, run: str = "p"
) -> list[FormMail]:
    """`count` form mails, commune after commune in turn, each commune's units in turn."""
    mails = []
    for n in range(count):
        commune = communes[n % len(communes)]
        unit = commune.units[n // len(communes) % len(commune.units)]
        mails.append(form_mail(n, unit, run=run, commune=commune))
    return mails
