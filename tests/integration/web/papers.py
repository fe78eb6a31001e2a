"""Papers as they print: a commune of 34 units with realistic forms, and LibreOffice (Writer and
Calc, headless, with a private profile) turning the exports into PDF for pdfplumber to read."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from documents.models import Unit
from tests.conftest import unavailable
from tests.integration.documents.factories import setup_commune
from tests.integration.web.factory import add_document, at

SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"
CALC_LIBRARY = Path("/usr/lib/libreoffice/program/libsclo.so")

MODEL_NAMES = (
    "Xây dựng khu dân cư “Sáng - Xanh - Sạch - Đẹp”, an toàn về an ninh trật tự",
    "Đường hoa nông thôn mới",
    "Dân vận khéo trong vận động hiến đất mở rộng đường giao thông nông thôn",
    "Gia đình văn hóa kiểu mẫu",
    "Tổ hợp tác nuôi ong lấy mật gắn với bảo vệ rừng phòng hộ đầu nguồn",
    "Camera an ninh - Mắt thần khu dân cư",
    "Phụ nữ tiết kiệm, giúp nhau phát triển kinh tế hộ gia đình",
    "Cựu chiến binh gương mẫu tham gia hòa giải ở cơ sở",
)
CONTENT = (
    "Mục tiêu: tạo sự đồng thuận cao trong nhân dân, hoàn thành mô hình trước tháng 9/2024. "
    "+ Duy trì ngày thứ Bảy xanh - sạch - đẹp hằng tuần. + Xây dựng hương ước, quy ước của "
    "xóm phù hợp với tiêu chí mới. + Vận động các hộ chỉnh trang nhà ở, cổng ngõ, vườn hộ; "
    "trồng hàng rào xanh."
)
LEADERS = ("Nguyễn Văn Thành", "Đinh Thị Thanh Lan", "Trần Đình Khải", "Lê Thị Hồng Nhung")
DOMAINS = ("economy", "culture_society", "security_defense", "political_system")


@dataclass(frozen=True)
class Commune:
    units: list[Unit]
    report_submissions: list[int]


def seed_commune(session: Session, *, second_model_every: int = 0) -> Commune:
    """The example commune's 34 units, each with a registration on time and a report, with
    names, leaders and content as long as real forms carry; every `second_model_every`-th unit
    registers a second model."""
    setup_commune(session)
    units = list(session.scalars(select(Unit).order_by(Unit.id)))
    reports: list[int] = []
    for n, unit in enumerate(units):
        models = 2 if second_model_every and n % second_model_every == 0 else 1
        for m in range(models):
            name = f"{MODEL_NAMES[(n + m) % len(MODEL_NAMES)]} ({unit.name})"
            fields = {
                "unit_name": unit.name,
                "model_name": name,
                "model_type": "collective" if (n + m) % 3 else "individual",
                "domain": DOMAINS[(n + m) % 4],
                "leader_name": LEADERS[n % len(LEADERS)],
                "leader_position": "Bí thư chi bộ",
                "phone": f"09{n:02d}{m}45678"[:10],
                "location": f"Toàn bộ khu dân cư {unit.name.lower()}",
                "content": CONTENT,
                "signed_date": "2024-04-02",
            }
            add_document(
                session,
                unit.id,
                "registration",
                fields,
                at("2024-04-0" + str(1 + (n % 6))),
                filename=f"dang-ky-{unit.id}-{m}.docx",
            )
            report = add_document(
                session,
                unit.id,
                "report",
                {
                    **{k: v for k, v in fields.items() if k != "content"},
                    "results": "Trồng 2 km đường hoa, 120 hộ tham gia, xóa 3 điểm rác thải.",
                    "participants": 120 + n,
                    "funds_vnd": 1_500_000 * (n + 1),
                    "signed_date": "2024-09-01",
                },
                at("2024-09-0" + str(1 + (n % 4))),
                filename=f"bao-cao-{unit.id}-{m}.docx",
            )
            assert report.submission_id is not None
            reports.append(report.submission_id)
    session.commit()
    return Commune(units, reports)


def to_pdf(source: Path, workdir: Path) -> Path:
    """`source` (.docx or .xlsx) as PDF, by LibreOffice as the office would print it."""
    if not Path(SOFFICE).exists():
        unavailable("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    if source.suffix == ".xlsx" and not CALC_LIBRARY.exists():
        unavailable("LibreOffice Calc is not installed (apt-get install libreoffice-calc-nogui)")
    profile = workdir / "lo-profile"
    out = workdir / "pdf"
    out.mkdir(exist_ok=True)
    result = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    pdf = out / (source.stem + ".pdf")
    assert result.returncode == 0 and pdf.exists(), result.stdout + result.stderr
    return pdf
