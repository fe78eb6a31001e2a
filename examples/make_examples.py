"""Make the example mails of the quickstart: forms of the fictional xã Nghĩa Thái, as units send them.

    python examples/make_examples.py            # writes examples/mails/*.eml

The forms are built with python-docx in the layouts units really use (a two-column table, numbered
lines, a prose report, a mail with no attachment); every name, address and number is invented.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
OFFICE = "danvan@nghiathai.test"
ICT = timezone(timedelta(hours=7))
DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


@dataclass(frozen=True)
class Form:
    header_unit: str  # the unit line of the header block, upper case
    kind: str  # registration | report
    fields: dict[str, str]  # label -> value, in form order
    signer_title: str
    signer: str
    date_line: str
    layout: str = "table"  # table | numbered | prose
    prose: tuple[str, ...] = ()


def _header(document: docx.document.Document, form: Form) -> None:
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.text = f"ĐẢNG ỦY XÃ NGHĨA THÁI\n{form.header_unit}\n*"
    right.text = f"ĐẢNG CỘNG SẢN VIỆT NAM\n\n{form.date_line}"
    for cell in (left, right):
        for paragraph in cell.paragraphs:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _title(document: docx.document.Document, form: Form) -> None:
    lines = (
        ("PHIẾU ĐĂNG KÝ", "XÂY DỰNG MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2024")
        if form.kind == "registration"
        else ("BÁO CÁO", "KẾT QUẢ THỰC HIỆN MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2024")
    )
    for line in lines:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(line).bold = True
    document.add_paragraph("Kính gửi: Đảng ủy xã Nghĩa Thái")


def build_docx(form: Form) -> bytes:
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    _header(document, form)
    _title(document, form)
    if form.layout == "table":
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label, value in form.fields.items():
            row = table.add_row().cells
            row[0].text, row[1].text = label, value
    elif form.layout == "numbered":
        for number, (label, value) in enumerate(form.fields.items(), start=1):
            document.add_paragraph(f"{number}. {label}: {value}")
    else:
        for label, value in form.fields.items():
            document.add_paragraph(f"{label}: {value}")
        for paragraph in form.prose:
            document.add_paragraph(paragraph)
    signature = document.add_paragraph()
    signature.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    signature.add_run(f"{form.signer_title}\n(Ký, ghi rõ họ tên)\n\n\n{form.signer}").bold = True
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def build_mail(
    sender: tuple[str, str], subject: str, body: str, when: datetime, files: list[tuple[str, bytes]]
) -> bytes:
    message = EmailMessage()
    message["From"] = f"{sender[0]} <{sender[1]}>"
    message["To"] = OFFICE
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = f"<{when:%Y%m%d%H%M%S}.{sender[1].split('@')[0]}@mail.test>"
    message.set_content(body)
    for name, data in files:
        message.add_attachment(data, *DOCX_TYPE, filename=name)
    return message.as_bytes()


FORMS: dict[str, Form] = {
    "cb-xom-1": Form(
        "CHI BỘ XÓM 1",
        "registration",
        {
            "Tên đơn vị": "Chi bộ xóm 1",
            "Tên mô hình": "Dân vận khéo trong xây dựng đường giao thông nông thôn",
            "Loại mô hình": "☒ Tập thể   ☐ Cá nhân",
            "Lĩnh vực": "Kinh tế",
            "Người phụ trách": "Ông Nguyễn Văn Thành",
            "Chức vụ": "Bí thư Chi bộ",
            "Số điện thoại": "0912.345.601",
            "Địa bàn thực hiện": "Xóm 1, xã Nghĩa Thái",
            "Nội dung, giải pháp": "Vận động nhân dân hiến đất, góp công mở rộng 1,2 km đường trục xóm; "
            "công khai đóng góp trên bảng tin xóm.",
        },
        "TM. CHI BỘ\nBÍ THƯ",
        "Nguyễn Văn Thành",
        "Nghĩa Thái, ngày 25 tháng 3 năm 2024",
    ),
    "hoi-phu-nu": Form(
        "HỘI LIÊN HIỆP PHỤ NỮ XÃ",
        "registration",
        {
            "Tên mô hình": "Tổ phụ nữ tiết kiệm giúp nhau phát triển kinh tế",
            "Loại mô hình": "Tập thể",
            "Lĩnh vực": "Kinh tế",
            "Chủ nhiệm mô hình": "Bà Đỗ Thị Huyền - Chủ tịch Hội LHPN xã",
            "Điện thoại": "0987 654 321",
            "Địa chỉ": "Các chi hội phụ nữ xóm 2, 4, 6",
            "Nội dung": "Mỗi tháng hội viên góp 100.000 đồng, luân phiên cho hội viên khó khăn vay "
            "không lãi để chăn nuôi, làm nghề phụ.",
        },
        "TM. BAN CHẤP HÀNH\nCHỦ TỊCH",
        "Đỗ Thị Huyền",
        "Nghĩa Thái, ngày 01 tháng 4 năm 2024",
        layout="numbered",
    ),
    "cong-an": Form(
        "CÔNG AN XÃ",
        "registration",
        {
            "Tên mô hình": "Camera an ninh - mắt thần khu dân cư",
            "Loại mô hình": "Tập thể",
            "Lĩnh vực": "Quốc phòng - an ninh",
            "Người phụ trách": "Đ/c Trần Quốc Việt",
            "Chức vụ": "Trưởng Công an xã",
            "Số điện thoại": "+84 903 111 222",
            "Địa bàn": "Toàn xã Nghĩa Thái",
            "Nội dung": "Vận động các hộ kinh doanh lắp camera hướng ra đường, kết nối với Công an xã.",
        },
        "TRƯỞNG CÔNG AN XÃ",
        "Trần Quốc Việt",
        "Nghĩa Thái, ngày 09 tháng 4 năm 2024",
    ),
    "cb-xom-3": Form(
        "CHI BỘ XÓM 3",
        "report",
        {
            "Tên mô hình": "Dân vận khéo trong mở rộng, nâng cấp đường trục xóm",
            "Loại mô hình": "Tập thể",
            "Lĩnh vực": "Kinh tế",
            "Người phụ trách": "Phạm Văn Hùng - Bí thư Chi bộ",
        },
        "TM. CHI BỘ\nBÍ THƯ",
        "Phạm Văn Hùng",
        "Nghĩa Thái, ngày 28 tháng 8 năm 2024",
        layout="prose",
        prose=(
            "Kết quả đạt được: Chi bộ đã vận động 120 hộ hiến 1.500 m² đất, huy động 350 triệu đồng "
            "và 1.200 ngày công để mở rộng 1,5 km đường trục xóm.",
        ),
    ),
}

MAILS: list[tuple[str, tuple[str, str], str, str, datetime, str | None]] = [
    # (file stem, sender, subject, body, sent at, unit whose form is attached)
    (
        "01-dang-ky-chi-bo-xom-1",
        ("Chi bộ xóm 1", "chiboxom1.nghiathai@gmail.test"),
        "Đăng ký mô hình Dân vận khéo 2024 - Chi bộ xóm 1",
        "Kính gửi Khối Dân vận xã,\n\nChi bộ xóm 1 gửi phiếu đăng ký mô hình năm 2024.\n",
        datetime(2024, 3, 26, 9, 15, tzinfo=ICT),
        "cb-xom-1",
    ),
    (
        "02-dang-ky-hoi-phu-nu",
        ("Hội LHPN xã", "phunu@nghiathai.test"),
        "Hội Phụ nữ gửi bản đăng ký DVK",
        "Hội LHPN xã gửi bản đăng ký mô hình như tệp đính kèm ạ.\n",
        datetime(2024, 4, 2, 14, 40, tzinfo=ICT),
        "hoi-phu-nu",
    ),
    (
        "03-dang-ky-muon-cong-an",
        ("Trần Quốc Việt", "tranquocviet.ca@gmail.test"),
        "Công an xã đăng ký mô hình (gửi muộn)",
        "Công an xã xin gửi muộn bản đăng ký, mong Khối Dân vận thông cảm.\n",
        datetime(2024, 4, 9, 7, 55, tzinfo=ICT),
        "cong-an",
    ),
    (
        "04-quen-dinh-kem",
        ("Hội Nông dân xã", "nongdan@nghiathai.test"),
        "Đăng ký DVK Hội Nông dân",
        "Hội Nông dân gửi bản đăng ký ạ.\n",
        datetime(2024, 4, 3, 10, 5, tzinfo=ICT),
        None,
    ),
    (
        "05-bao-cao-chi-bo-xom-3",
        ("Phạm Văn Hùng", "phamvanhung.x3@gmail.test"),
        "Báo cáo kết quả mô hình DVK - Chi bộ xóm 3",
        "Chi bộ xóm 3 gửi báo cáo kết quả thực hiện mô hình.\n",
        datetime(2024, 8, 29, 16, 20, tzinfo=ICT),
        "cb-xom-3",
    ),
]


def main() -> None:
    out = HERE / "mails"
    out.mkdir(exist_ok=True)
    for stem, sender, subject, body, when, unit in MAILS:
        files = []
        if unit is not None:
            form = FORMS[unit]
            prefix = "DK" if form.kind == "registration" else "BC"
            files.append((f"{prefix}_DVK_2024_{unit}.docx", build_docx(form)))
        raw = build_mail(sender, subject, body, when, files)
        (out / f"{stem}.eml").write_bytes(raw)
        print(f"wrote {out / f'{stem}.eml'}")


if __name__ == "__main__":
    main()
