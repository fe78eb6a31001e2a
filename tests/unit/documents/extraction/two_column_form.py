"""A party cell's half-year review set in two newspaper columns (a Word section of two
columns between one-column parts), and a one-column form with the usual two-cell header.
Written for these tests; the wording follows the common HD 36 report shape."""

from __future__ import annotations

import io

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Pt

MODEL = "Ngõ phố sáng đèn, vắng bóng tệ nạn"
LEADER = "Lương Thị Hạnh"
POSITION = "Phó Bí thư Chi bộ, Tổ trưởng tổ dân phố"
SIGNER = "Phạm Quang Đức"

BODY = [
    ("I. ĐẶC ĐIỂM TÌNH HÌNH", True),
    ("Khu phố có 320 hộ, 1.240 nhân khẩu; Chi bộ có 27 đảng viên sinh hoạt ở hai tổ đảng. "
     "Phần lớn người dân làm nghề đan lát, buôn bán nhỏ và đi làm ở khu công nghiệp.", False),
    ("II. KẾT QUẢ THỰC HIỆN", True),
    ("1. Lãnh đạo, chỉ đạo", True),
    (f"Đầu năm, Chi bộ ban hành kế hoạch thực hiện mô hình “{MODEL}”, giao đồng chí {LEADER} "
     f"– {POSITION} trực tiếp phụ trách; các đoàn thể nhận từng ngõ để vận động các gia "
     "đình cùng tham gia.", False),
    ("2. Kết quả đạt được", True),
    ("- Lắp mới 64 bóng đèn chiếu sáng ở chín ngõ, do các hộ góp tiền điện hằng tháng;", False),
    ("- Tổ tự quản tuần tra mỗi tối thứ bảy, không còn tụ tập gây mất trật tự ở đầu ngõ;", False),
    ("- Hai thanh niên đã bỏ được ma túy, được giới thiệu đi học nghề sửa xe máy.", False),
    ("III. PHƯƠNG HƯỚNG THỜI GIAN TỚI", True),
    ("Duy trì tổ tuần tra, nhân rộng cách làm sang hai khu phố bên cạnh, biểu dương những "
     "hộ gia đình tiêu biểu tại hội nghị tổng kết cuối năm.", False),
]  # fmt: skip


def _columns(section: Section, number: int) -> None:
    sect = section._sectPr
    for old in sect.findall(qn("w:cols")):
        sect.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(number))
    cols.set(qn("w:space"), "567")
    sect.append(cols)


def _header(document: docx.document.Document, title: str, subtitle: str) -> None:
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "ĐẢNG BỘ PHƯỜNG AN HÒA"
    table.cell(0, 1).text = "ĐẢNG CỘNG SẢN VIỆT NAM"
    table.cell(1, 0).text = "CHI BỘ KHU PHỐ 4"
    table.cell(1, 1).text = "An Hòa, ngày 30 tháng 6 năm 2025"
    document.add_paragraph()
    for text, bold in ((title, True), (subtitle, False)):
        paragraph = document.add_paragraph()
        paragraph.add_run(text).bold = bold
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _signature(document: docx.document.Document) -> None:
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Nơi nhận:\n- Đảng ủy phường;\n- Lưu."
    table.cell(0, 1).text = f"T/M CHI BỘ\nBÍ THƯ\n\n\n{SIGNER}"


def _saved(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def two_column_docx() -> bytes:
    document = docx.Document()
    _header(document, "BÁO CÁO", "kết quả 6 tháng thực hiện mô hình “Dân vận khéo”")
    _columns(document.add_section(WD_SECTION.CONTINUOUS), 2)
    for text, bold in BODY:
        paragraph = document.add_paragraph()
        paragraph.add_run(text).bold = bold
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    _columns(document.add_section(WD_SECTION.CONTINUOUS), 1)
    _signature(document)
    return _saved(document)


def one_column_docx() -> bytes:
    """The same report in one column: nothing in it may be read as columns."""
    document = docx.Document()
    _header(document, "BÁO CÁO", "kết quả 6 tháng thực hiện mô hình “Dân vận khéo”")
    for text, bold in BODY:
        paragraph = document.add_paragraph()
        paragraph.add_run(text).bold = bold
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    _signature(document)
    return _saved(document)
