"""Classes of failure on typed forms of unseen layouts (joint labels, dossiers, framed values,
numbered lists, glossed labels), each on a small layout of our own (invented units, people and
wording; not a copy of any sample or corpus layout), through the whole reader."""

from __future__ import annotations

from documents.extraction import read_fields
from documents.extraction.text import DocumentText

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _doc(*lines: str, header: str = "", signature: str = "") -> DocumentText:
    doc = DocumentText(source="docx")
    doc.row([header, MOTTO], table=1)
    for line in lines:
        doc.paragraph(line)
    if signature:
        doc.row(["Nơi nhận:\n- Lưu.", signature], table=9)
    return doc


def test_a_label_naming_two_figures_gives_both() -> None:
    doc = _doc(
        "Kính gửi: Ban Dân vận Huyện ủy Hòa Lạc",
        "Công văn của Huyện ủy cho biết toàn huyện có 31 mô hình, kinh phí 2,4 tỷ đồng.",
        "Chi hội Nông dân thôn Đồng Me báo cáo như sau:",
        "1. Tên mô hình: “Cánh đồng chung một bờ”.",
        "2. Người phụ trách: ông Lưu Văn Khải – Chi hội trưởng, điện thoại 0912 337 448.",
        "3. Số hộ tham gia và kinh phí: 58 hộ dồn điền; các hộ góp 72.000.000 đồng đắp bờ vùng.",
        "4. Kết quả: Năng suất lúa tăng 12%, không còn tranh chấp bờ thửa.",
        header="HỘI NÔNG DÂN XÃ HÒA LẠC\nCHI HỘI NÔNG DÂN THÔN ĐỒNG ME",
        signature="CHI HỘI TRƯỞNG\n\n\nLưu Văn Khải",
    )
    f = read_fields(doc).fields
    assert f["participants"] == 58
    assert f["funds_vnd"] == 72_000_000
